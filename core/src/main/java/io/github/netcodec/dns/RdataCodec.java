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
      case 35 -> Rdata.Naptr.decode(r, off, len);
      case 44 -> Rdata.Sshfp.decode(r, off, len);
      case 52 -> Rdata.Tlsa.decode(r, off, len);
      case 256 -> Rdata.Uri.decode(r, off, len);
      case 64, 65 -> Rdata.Svcb.decode(type, r, off, len);
      case 43 -> Rdata.Ds.decode(r, off, len);
      case 48 -> Rdata.Dnskey.decode(r, off, len);
      case 46 -> Rdata.Rrsig.decode(r, off, len);
      case 47 -> Rdata.Nsec.decode(r, off, len);
      case 50 -> Rdata.Nsec3.decode(r, off, len);
      case 51 -> Rdata.Nsec3param.decode(r, off, len);
      case 250 -> Rdata.Tsig.decode(r, off, len);
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
      case 35 -> new Rdata.Naptr(t.u16("NAPTR.order"), t.u16("NAPTR.preference"),
          t.characterString("NAPTR.flags"), t.characterString("NAPTR.services"),
          t.characterString("NAPTR.regexp"), t.name("NAPTR.replacement"));
      case 44 -> new Rdata.Sshfp(t.u8("SSHFP.algorithm"), t.u8("SSHFP.fingerprintType"),
          DnsText.parseHex(t.restOrEmpty(), "SSHFP.fingerprint"));
      case 52 -> new Rdata.Tlsa(t.u8("TLSA.usage"), t.u8("TLSA.selector"),
          t.u8("TLSA.matchingType"), DnsText.parseHex(t.restOrEmpty(), "TLSA.data"));
      case 256 -> new Rdata.Uri(t.u16("URI.priority"), t.u16("URI.weight"),
          DnsText.unescapeLong(t.next("URI.target"), "URI.target"));
      case 64, 65 -> new Rdata.Svcb(type, t.u16("SVCB.priority"), t.name("SVCB.target"),
          svcParams(t));
      case 43 -> new Rdata.Ds(t.u16("DS.keyTag"), t.u8("DS.algorithm"), t.u8("DS.digestType"),
          DnsText.parseHex(t.restOrEmpty(), "DS.digest"));
      case 48 -> new Rdata.Dnskey(t.u16("DNSKEY.flags"), t.u8("DNSKEY.protocol"),
          t.u8("DNSKEY.algorithm"), DnsText.parseBase64(t.restOrEmpty(),
              "DNSKEY.publicKey"));
      case 46 -> new Rdata.Rrsig(DnsType.valueOf(t.next("RRSIG.typeCovered")),
          t.u8("RRSIG.algorithm"), t.u8("RRSIG.labels"), t.u32("RRSIG.originalTtl"),
          DnsText.parseTime(t.next("RRSIG.expiration"), "RRSIG.expiration"),
          DnsText.parseTime(t.next("RRSIG.inception"), "RRSIG.inception"), t.u16("RRSIG.keyTag"),
          t.name("RRSIG.signerName"),
          DnsText.parseBase64(t.restOrEmpty(), "RRSIG.signature"));
      case 47 -> new Rdata.Nsec(t.name("NSEC.nextDomain"), TypeBitmap.parse(t));
      case 50 -> new Rdata.Nsec3(t.u8("NSEC3.hashAlgorithm"), t.u8("NSEC3.flags"),
          t.u16("NSEC3.iterations"), salt(t.next("NSEC3.salt")),
          DnsText.parseBase32Hex(t.next("NSEC3.nextHashedOwner"), "NSEC3.nextHashedOwner"),
          TypeBitmap.parse(t));
      case 51 -> new Rdata.Nsec3param(t.u8("NSEC3PARAM.hashAlgorithm"), t.u8("NSEC3PARAM.flags"),
          t.u16("NSEC3PARAM.iterations"), salt(t.next("NSEC3PARAM.salt")));
      case 250 -> tsig(t);
      default -> throw new IllegalArgumentException(
          "type " + type + " has no text form here; use the RFC 3597 form \\# <length> <hex>");
    };
  }

  private static ByteString salt(String s) {
    return s.equals("-") ? ByteString.EMPTY : DnsText.parseHex(s, "salt");
  }

  private static List<SvcParam> svcParams(DnsText.Tokens t) {
    List<SvcParam> out = new ArrayList<>();
    while (t.hasNext()) {
      DnsText.Token tok = t.nextToken("SvcParam");
      String s = tok.text();
      int eq = s.indexOf('=');
      if (eq < 0) {
        out.add(SvcParamCodec.parse(s, null));
      } else if (eq == s.length() - 1 && t.hasNext()) {
        // key="quoted value": the tokenizer splits at the quote
        out.add(SvcParamCodec.parse(s.substring(0, eq), t.next("SvcParam value")));
      } else {
        out.add(SvcParamCodec.parse(s.substring(0, eq), s.substring(eq + 1)));
      }
    }
    return out;
  }

  private static Rdata.Tsig tsig(DnsText.Tokens t) {
    DnsName alg = t.name("TSIG.algorithm");
    long time = t.number("TSIG.timeSigned", 0xffff_ffff_ffffL);
    int fudge = t.u16("TSIG.fudge");
    int macSize = t.u16("TSIG.macSize");
    ByteString mac = macSize == 0 ? ByteString.EMPTY
        : DnsText.parseBase64(t.next("TSIG.mac"), "TSIG.mac");
    int id = t.u16("TSIG.originalId");
    String e = t.next("TSIG.error");
    int error = Character.isDigit(e.charAt(0)) ? Integer.parseInt(e) : DnsRcode.valueOf(e).value();
    int otherSize = t.u16("TSIG.otherSize");
    ByteString other = otherSize == 0 ? ByteString.EMPTY
        : DnsText.parseBase64(t.next("TSIG.otherData"), "TSIG.otherData");
    if (mac.size() != macSize || other.size() != otherSize) {
      throw new IllegalArgumentException("TSIG sizes do not match the MAC and other data");
    }
    return new Rdata.Tsig(alg, time, fudge, mac, id, error, other);
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

  /**
   * Reads the character-strings that fill {@code off..end}. The common single string becomes
   * {@code List.of(s)}; several go into an array of exactly their number (each takes at least
   * one byte, so a first pass counts them without trusting anything), wrapped without a copy.
   */
  static List<ByteString> characterStrings(DnsReader r, int off, int end, String field) {
    int count = 0;
    int p = off;
    while (p < end) {
      int n = r.u8(p);
      fits(field, p + 1, n, end);
      p += 1 + n;
      count++;
    }
    if (count == 0) {
      return List.of();
    }
    if (count == 1) {
      return List.of(r.bytes(off + 1, r.u8(off)));
    }
    ByteString[] out = new ByteString[count];
    p = off;
    for (int i = 0; i < count; i++) {
      int n = r.u8(p);
      out[i] = r.bytes(p + 1, n);
      p += 1 + n;
    }
    return FrozenList.wrapTrusted(out);
  }
}
