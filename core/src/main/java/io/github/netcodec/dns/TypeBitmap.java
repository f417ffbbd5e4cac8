package io.github.netcodec.dns;

import io.github.netcodec.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The type bitmap of NSEC and NSEC3 (RFC 4034 §4.1.2): windows of up to 32 octets, one bit per
 * type. Decoding insists on the canonical form the RFC requires (increasing windows, no empty
 * window, no trailing zero octet), so that what decodes re-encodes byte for byte.
 */
final class TypeBitmap {
  private TypeBitmap() {}

  static List<DnsType> canonical(List<DnsType> types, String field) {
    TreeSet<DnsType> set = new TreeSet<>();
    for (DnsType t : types) {
      set.add(java.util.Objects.requireNonNull(t, field));
    }
    return List.copyOf(set);
  }

  static List<DnsType> decode(DnsReader r, int off, int end, String field) {
    List<DnsType> out = new ArrayList<>();
    int p = off;
    int lastWindow = -1;
    while (p < end) {
      RdataCodec.fits(field + " window", p, 2, end);
      int window = r.u8(p);
      int len = r.u8(p + 1);
      if (window <= lastWindow) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, field, p,
            "has window " + window + " after window " + lastWindow + ", not in increasing order");
      }
      if (len < 1 || len > 32) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, field, p + 1,
            "has bitmap length " + len + ", not in 1..32");
      }
      RdataCodec.fits(field + " bitmap", p + 2, len, end);
      if (r.u8(p + 1 + len) == 0) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, field, p + 1 + len,
            "ends window " + window + " with a zero octet, which RFC 4034 §4.1.2 forbids");
      }
      for (int i = 0; i < len; i++) {
        int b = r.u8(p + 2 + i);
        for (int bit = 0; bit < 8; bit++) {
          if ((b & 0x80 >>> bit) != 0) {
            out.add(DnsType.of(window << 8 | i << 3 | bit));
          }
        }
      }
      lastWindow = window;
      p += 2 + len;
    }
    return out;
  }

  static int length(List<DnsType> types) {
    int n = 0;
    int window = -1;
    int maxOctet = 0;
    for (DnsType t : types) {
      int w = t.value() >>> 8;
      if (w != window) {
        if (window >= 0) {
          n += 2 + maxOctet + 1;
        }
        window = w;
      }
      maxOctet = (t.value() & 0xff) >>> 3;
    }
    if (window >= 0) {
      n += 2 + maxOctet + 1;
    }
    return n;
  }

  static void encode(ByteBuffer dst, List<DnsType> types) {
    int i = 0;
    while (i < types.size()) {
      int w = types.get(i).value() >>> 8;
      byte[] bits = new byte[32];
      int max = 0;
      while (i < types.size() && types.get(i).value() >>> 8 == w) {
        int low = types.get(i).value() & 0xff;
        bits[low >>> 3] |= (byte) (0x80 >>> (low & 7));
        max = low >>> 3;
        i++;
      }
      dst.put((byte) w).put((byte) (max + 1)).put(bits, 0, max + 1);
    }
  }

  static String text(List<DnsType> types) {
    StringBuilder sb = new StringBuilder();
    for (DnsType t : types) {
      sb.append(' ').append(t);
    }
    return sb.toString();
  }

  static List<DnsType> parse(DnsText.Tokens t) {
    List<DnsType> out = new ArrayList<>();
    while (t.hasNext()) {
      out.add(DnsType.valueOf(t.next("type")));
    }
    return out;
  }
}
