package io.github.netcodec.dhcp;

import io.github.netcodec.ByteString;
import io.github.netcodec.dns.DnsName;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * DNS names inside DHCP options: the Client FQDN name of RFC 4702 (uncompressed, possibly
 * partial) and the RFC 3397 domain search list (compressed, pointers relative to the option's
 * concatenated data).
 */
final class DhcpNames {
  /**
   * The most compression pointers followed in one name of a search list. A name has at most
   * 127 labels and a sane encoder needs one pointer per name; since every pointer must point
   * strictly before the label run that ends in it, a loop is impossible anyway, but the cap
   * keeps a hostile chain of pointers from costing work quadratic in the option's size.
   */
  static final int MAX_POINTER_HOPS = 126;
  /** Pointers hold 14 bits. */
  private static final int MAX_POINTER_TARGET = 0x3fff;

  private DhcpNames() {}

  /** Whether text ends in a dot that is not escaped by a backslash. */
  static boolean endsWithUnescapedDot(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(n - 1) != '.') {
      return false;
    }
    int backslashes = 0;
    for (int i = n - 2; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  /** The presentation form of a possibly partial name, as decoding gives it back. */
  static String canonicalFqdn(String s) {
    if (s.isEmpty()) {
      return s;
    }
    boolean absolute = endsWithUnescapedDot(s);
    String t = DnsName.of(s).toString();
    return absolute ? t : t.substring(0, t.length() - 1);
  }

  /** The wire form of a canonical possibly partial name: partial names lack the root label. */
  static byte[] fqdnWire(String s) {
    if (s.isEmpty()) {
      return new byte[0];
    }
    byte[] w = DnsName.of(s).toWire().toByteArray();
    return endsWithUnescapedDot(s) ? w : Arrays.copyOf(w, w.length - 1);
  }

  /** Decodes the RFC 4702 wire-format name in {@code d[from..]}. */
  static String decodeFqdn(ByteString d, int from) throws DhcpOptionCodec.BadData {
    int n = d.size();
    if (from == n) {
      return "";
    }
    boolean absolute = false;
    int p = from;
    while (p < n) {
      int b = d.getUnsigned(p);
      if (b == 0) {
        if (p != n - 1) {
          throw new DhcpOptionCodec.BadData("has " + (n - 1 - p)
              + " octets after the root label at data offset " + p);
        }
        absolute = true;
        break;
      }
      if (b > DnsName.MAX_LABEL_LENGTH) {
        throw new DhcpOptionCodec.BadData("has label octet 0x" + Integer.toHexString(b)
            + " at data offset " + p + "; compression and label types are not allowed"
            + " (RFC 4702 §2.3.1)");
      }
      if (p + 1 + b > n) {
        throw new DhcpOptionCodec.BadData("has a label of " + b + " octets at data offset " + p
            + " that runs past the end of the data");
      }
      p += 1 + b;
    }
    int wireLength = n - from + (absolute ? 0 : 1);
    if (wireLength > DnsName.MAX_WIRE_LENGTH) {
      throw new DhcpOptionCodec.BadData("has a name of " + wireLength + " octets, more than "
          + DnsName.MAX_WIRE_LENGTH);
    }
    byte[] wire = new byte[wireLength];
    for (int i = from; i < n; i++) {
      wire[i - from] = d.get(i);
    }
    String t = DnsName.parse(ByteBuffer.wrap(wire)).toString();
    return absolute ? t : t.substring(0, t.length() - 1);
  }

  /** Decodes an RFC 3397 search list: names one after another, pointers into the data. */
  static List<DnsName> decodeSearchList(ByteString d) throws DhcpOptionCodec.BadData {
    int n = d.size();
    if (n == 0) {
      throw new DhcpOptionCodec.BadData("is empty; it needs at least one name");
    }
    List<DnsName> names = new ArrayList<>();
    byte[] buf = new byte[DnsName.MAX_WIRE_LENGTH];
    int pos = 0;
    while (pos < n) {
      int p = pos;
      int runStart = pos;
      int hops = 0;
      int end = -1;
      int outLen = 0;
      while (true) {
        if (p >= n) {
          throw new DhcpOptionCodec.BadData("has name " + names.size() + " at data offset " + pos
              + " running past the end of the data");
        }
        int b = d.getUnsigned(p);
        if (b == 0) {
          buf[outLen++] = 0;
          if (end < 0) {
            end = p + 1;
          }
          break;
        }
        int kind = b & 0xc0;
        if (kind == 0xc0) {
          if (p + 1 >= n) {
            throw new DhcpOptionCodec.BadData("has a compression pointer at data offset " + p
                + " cut off by the end of the data");
          }
          int target = (b & 0x3f) << 8 | d.getUnsigned(p + 1);
          if (target >= runStart) {
            throw new DhcpOptionCodec.BadData("has a pointer at data offset " + p
                + " to offset " + target + ", not before " + runStart);
          }
          if (++hops > MAX_POINTER_HOPS) {
            throw new DhcpOptionCodec.BadData("has a name at data offset " + pos
                + " following more than " + MAX_POINTER_HOPS + " compression pointers");
          }
          if (end < 0) {
            end = p + 2;
          }
          p = runStart = target;
        } else if (kind == 0) {
          if (p + 1 + b > n) {
            throw new DhcpOptionCodec.BadData("has a label of " + b + " octets at data offset "
                + p + " that runs past the end of the data");
          }
          if (outLen + 1 + b + 1 > DnsName.MAX_WIRE_LENGTH) {
            throw new DhcpOptionCodec.BadData("has a name at data offset " + pos
                + " longer than " + DnsName.MAX_WIRE_LENGTH + " octets");
          }
          for (int k = 0; k <= b; k++) {
            buf[outLen++] = d.get(p + k);
          }
          p += 1 + b;
        } else {
          throw new DhcpOptionCodec.BadData("has label type 0x" + Integer.toHexString(kind)
              + " at data offset " + p);
        }
      }
      names.add(DnsName.parse(ByteBuffer.wrap(buf, 0, outLen)));
      pos = end;
    }
    return names;
  }

  /**
   * Writes a search list with compression into {@code dst} (or only counts, when it is null)
   * and returns its length. A suffix is reused only when its octets match exactly, so the case
   * of every name survives.
   */
  static int encodeSearchList(List<DnsName> names, ByteBuffer dst) {
    List<byte[]> entryWire = new ArrayList<>();
    List<int[]> entryAt = new ArrayList<>(); // {start in wire, offset in data}
    int pos = 0;
    for (DnsName name : names) {
      byte[] w = name.toWire().toByteArray();
      int[] starts = new int[name.labelCount()];
      int k = 0;
      for (int p = 0; w[p] != 0; p += 1 + w[p]) {
        starts[k++] = p;
      }
      int matchLabel = starts.length;
      int matchOffset = -1;
      for (int j = 0; j < starts.length && matchOffset < 0; j++) {
        for (int e = 0; e < entryWire.size(); e++) {
          byte[] ew = entryWire.get(e);
          int es = entryAt.get(e)[0];
          if (Arrays.equals(w, starts[j], w.length, ew, es, ew.length)) {
            matchLabel = j;
            matchOffset = entryAt.get(e)[1];
            break;
          }
        }
      }
      for (int j = 0; j < matchLabel; j++) {
        if (pos + starts[j] <= MAX_POINTER_TARGET) {
          entryWire.add(w);
          entryAt.add(new int[] {starts[j], pos + starts[j]});
        }
      }
      if (matchOffset >= 0) {
        int literal = matchLabel == starts.length ? w.length - 1 : starts[matchLabel];
        if (dst != null) {
          dst.put(w, 0, literal);
          dst.put((byte) (0xc0 | matchOffset >>> 8)).put((byte) matchOffset);
        }
        pos += literal + 2;
      } else {
        if (dst != null) {
          dst.put(w);
        }
        pos += w.length;
      }
    }
    return pos;
  }
}
