package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The table from type number to each RDATA record's own decoder and text parser, and the
 * bounds checks they share. Offsets are from the start of the message.
 */
final class RdataCodec {
  private RdataCodec() {}

  static Rdata decode(DnsReader r, DnsType type, int off, int len) {
    return switch (type.value()) {
      case 1 -> Rdata.A.decode(r, off, len);
      case 28 -> Rdata.Aaaa.decode(r, off, len);
      case 2, 5, 12, 39 -> Rdata.NameRdata.decode(type, r, off, len);
      case 6 -> Rdata.Soa.decode(r, off, len);
      case 15 -> Rdata.Mx.decode(r, off, len);
      case 16 -> Rdata.Txt.decode(r, off, len);
      case 13 -> Rdata.Hinfo.decode(r, off, len);
      case 33 -> Rdata.Srv.decode(r, off, len);
      case 257 -> Rdata.Caa.decode(r, off, len);
      case 41 -> Rdata.Opt.decode(r, off, len);
      default -> new Rdata.Unknown(type, r.bytes(off, len));
    };
  }

  /** Decodes standalone RDATA octets (no message around them for pointers). */
  static Rdata decodeStrict(DnsType type, ByteString data) {
    byte[] b = data.toByteArray();
    DnsReader r = new DnsReader(b, 0, b.length);
    try {
      return decode(r, type, 0, b.length);
    } catch (MalformedPacketException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Decodes standalone RDATA from a buffer's position..limit, leaving the buffer untouched. */
  static Rdata decode(DnsType type, ByteBuffer buf) {
    DnsReader r = new DnsReader(buf);
    return decode(r, type, 0, r.length());
  }

  static Rdata parseText(DnsType type, DnsText.Tokens t) {
    return switch (type.value()) {
      case 1 -> new Rdata.A(Ipv4Address.parse(t.next("A.address")));
      case 28 -> new Rdata.Aaaa(Ipv6Address.parse(t.next("AAAA.address")));
      case 2, 5, 12, 39 -> new Rdata.NameRdata(type, t.name(type + ".name"));
      case 6 -> new Rdata.Soa(t.name("SOA.mname"), t.name("SOA.rname"), t.u32("SOA.serial"),
          t.u32("SOA.refresh"), t.u32("SOA.retry"), t.u32("SOA.expire"), t.u32("SOA.minimum"));
      case 15 -> new Rdata.Mx(t.u16("MX.preference"), t.name("MX.exchange"));
      case 16 -> {
        List<ByteString> strings = new ArrayList<>();
        while (t.hasNext()) {
          strings.add(t.characterString("TXT.string"));
        }
        yield new Rdata.Txt(strings);
      }
      case 13 -> new Rdata.Hinfo(t.characterString("HINFO.cpu"), t.characterString("HINFO.os"));
      case 33 -> new Rdata.Srv(t.u16("SRV.priority"), t.u16("SRV.weight"), t.u16("SRV.port"),
          t.name("SRV.target"));
      case 257 -> new Rdata.Caa(t.u8("CAA.flags"), t.next("CAA.tag"),
          DnsText.unescapeLong(t.next("CAA.value"), "CAA.value"));
      default -> throw new IllegalArgumentException(
          "type " + type + " has no text form here; use the RFC 3597 form \\# <length> <hex>");
    };
  }

  /** Reads a name that must end within the RDATA (its pointers may lead anywhere before it). */
  static DnsName name(DnsReader r, int off, int end, String field) {
    if (off >= end) {
      throw new TruncatedPacketException(DnsReader.PROTOCOL, field, off, 1, end - off);
    }
    DnsName n = r.readName(off, field);
    if (r.nameEnd > end) {
      throw new MalformedPacketException(DnsReader.PROTOCOL, field, off,
          "runs to offset " + r.nameEnd + ", past the RDATA's end at " + end);
    }
    return n;
  }

  static void fits(String field, int off, int needed, int end) {
    if (off + needed > end) {
      throw new TruncatedPacketException(DnsReader.PROTOCOL, field, off, needed, end - off);
    }
  }

  static void exactLength(String type, int off, int len, int expected) {
    if (len != expected) {
      throw new MalformedPacketException(DnsReader.PROTOCOL, type + " RDATA", off,
          "has length " + len + ", not " + expected);
    }
  }

  static void consumed(String field, int at, int end) {
    if (at != end) {
      throw new MalformedPacketException(DnsReader.PROTOCOL, field, at,
          "has " + (end - at) + " bytes after its last field");
    }
  }

  static List<ByteString> characterStrings(DnsReader r, int off, int end, String field) {
    List<ByteString> out = new ArrayList<>(4);
    int p = off;
    while (p < end) {
      int n = r.u8(p);
      fits(field, p + 1, n, end);
      out.add(r.bytes(p + 1, n));
      p += 1 + n;
    }
    return out;
  }
}
