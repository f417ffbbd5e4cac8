package io.github.netcodec.dns;

import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Decodes the options of an OPT record's RDATA into {@link EdnsOption} records. */
final class EdnsOptionCodec {
  private EdnsOptionCodec() {}

  private static MalformedPacketException bad(String field, int off, String expectation) {
    return new MalformedPacketException(DnsReader.PROTOCOL, field, off, expectation);
  }

  /** Decodes the options of an OPT RDATA spanning {@code off..end} of the message. */
  static List<EdnsOption> decodeAll(DnsReader r, int off, int end) {
    List<EdnsOption> out = new ArrayList<>(2);
    int p = off;
    while (p < end) {
      if (p + 4 > end) {
        throw new TruncatedPacketException(DnsReader.PROTOCOL, "OPT.option", p, 4, end - p);
      }
      int code = r.u16(p);
      int len = r.u16(p + 2);
      int d = p + 4;
      if (d + len > end) {
        throw new TruncatedPacketException(DnsReader.PROTOCOL, "OPT.option data", d, len,
            end - d);
      }
      out.add(decode(r, code, d, len));
      p = d + len;
    }
    return out;
  }

  private static EdnsOption decode(DnsReader r, int code, int d, int len) {
    switch (code) {
      case EdnsOption.NSID:
        return new EdnsOption.Nsid(r.bytes(d, len));
      case EdnsOption.CLIENT_SUBNET: {
        if (len < 4) {
          throw new TruncatedPacketException(DnsReader.PROTOCOL, "CLIENT-SUBNET", d, 4, len);
        }
        int family = r.u16(d);
        int source = r.u8(d + 2);
        int scope = r.u8(d + 3);
        int max = family == 1 ? 32 : family == 2 ? 128 : 255;
        if (source > max || scope > max) {
          throw bad("CLIENT-SUBNET.source prefix", d + 2,
              "is " + source + "/" + scope + ", above " + max + " for family " + family);
        }
        if (len - 4 != (source + 7) / 8) {
          throw bad("CLIENT-SUBNET.address", d + 4, "has " + (len - 4)
              + " octets, not the " + (source + 7) / 8 + " its source prefix " + source + " needs");
        }
        return new EdnsOption.ClientSubnet(family, source, scope, r.bytes(d + 4, len - 4));
      }
      case EdnsOption.COOKIE:
        if (len != 8 && (len < 16 || len > 40)) {
          throw bad("COOKIE", d, "has length " + len + ", not 8 or 16..40");
        }
        return new EdnsOption.Cookie(r.bytes(d, 8), r.bytes(d + 8, len - 8));
      case EdnsOption.TCP_KEEPALIVE:
        if (len == 0) {
          return new EdnsOption.TcpKeepalive(OptionalInt.empty());
        }
        if (len != 2) {
          throw bad("TCP-KEEPALIVE", d, "has length " + len + ", not 0 or 2");
        }
        return new EdnsOption.TcpKeepalive(OptionalInt.of(r.u16(d)));
      case EdnsOption.PADDING:
        return new EdnsOption.Padding(r.bytes(d, len));
      case EdnsOption.EXTENDED_ERROR:
        if (len < 2) {
          throw new TruncatedPacketException(DnsReader.PROTOCOL, "EDE.info-code", d, 2, len);
        }
        return new EdnsOption.ExtendedError(r.u16(d), r.bytes(d + 2, len - 2));
      default:
        return new EdnsOption.Unknown(code, r.bytes(d, len));
    }
  }

}
