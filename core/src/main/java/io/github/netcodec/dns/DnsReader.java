package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Bounds-checked reads over one DNS message by offset from its first byte, and the name
 * decompressor. Heap buffers are read through their backing array; other buffers are copied
 * once (the copy is the size of the input). The buffer itself is never moved.
 */
final class DnsReader {
  static final String PROTOCOL = "DNS";

  /**
   * The most compression pointers followed in one name. A well-formed name of at most 255
   * octets has at most 127 labels, and a sane encoder needs no more than one pointer per name;
   * since every pointer must also point strictly before the label run it ends, a loop is
   * impossible anyway, but without a cap a hostile message of chained pointers (each pointing
   * two bytes back) would cost work quadratic in its size, name after name.
   */
  static final int MAX_POINTER_HOPS = 126;

  private final byte[] a;
  private final int base;
  private final int len;
  /** Offset just after the name read last, in the message (not where its pointer led). */
  int nameEnd;

  /** Where the message parser stands: the offset after the last section read. */
  int cursor;

  /**
   * The last four names decoded, by the offset a pointer to them would carry: a name that is
   * just a pointer to such an offset (the common shape of owner names in answers, and of glue
   * owners pointing into NS RDATA) is the same name, so the instance is shared instead of
   * decoded again. Four fields instead of arrays, replaced round-robin: a parse allocates no
   * table, and the recent names are the ones later records point back to.
   */
  private int at0 = -1;
  private int at1 = -1;
  private int at2 = -1;
  private int at3 = -1;
  private DnsName name0;
  private DnsName name1;
  private DnsName name2;
  private DnsName name3;
  /** The entry the next name replaces, 0..3. */
  private int victim;
  /** Pointers followed by the last {@link #decodeName}. */
  private int lastHops;

  DnsReader(ByteBuffer buf) {
    int pos = buf.position();
    len = buf.limit() - pos;
    if (buf.hasArray()) {
      a = buf.array();
      base = buf.arrayOffset() + pos;
    } else {
      a = new byte[len];
      buf.get(pos, a, 0, len);
      base = 0;
    }
  }

  DnsReader(byte[] bytes, int offset, int length) {
    a = bytes;
    base = offset;
    len = length;
  }

  int length() {
    return len;
  }

  void require(int offset, int needed, String field) {
    if (needed < 0 || offset > len - needed) {
      throw new TruncatedPacketException(PROTOCOL, field, offset, needed, len - offset);
    }
  }

  int u8(int offset) {
    return a[base + offset] & 0xff;
  }

  int u16(int offset) {
    return (a[base + offset] & 0xff) << 8 | (a[base + offset + 1] & 0xff);
  }

  long u32(int offset) {
    return ((long) u16(offset) << 16) | u16(offset + 2);
  }

  int s32(int offset) {
    return u16(offset) << 16 | u16(offset + 2);
  }

  ByteString bytes(int offset, int length) {
    return ByteString.copyOf(a, base + offset, length);
  }

  byte[] array(int offset, int length) {
    return Arrays.copyOfRange(a, base + offset, base + offset + length);
  }

  DnsName readName(int offset, String field) {
    return readName(offset, field, -1);
  }

  /**
   * Reads a possibly compressed name (RFC 1035 §4.1.4) at {@code offset} and sets {@link
   * #nameEnd}. A pointer must point strictly before the start of the label run that ends in it,
   * so the offsets visited only decrease and no loop is possible; hops are capped as well. The
   * first pass validates and measures, the second copies into an array of the exact size. The
   * field name for errors is {@code prefix[index].name}, or {@code prefix} when {@code index} is
   * negative; it is only built when there is an error.
   */
  DnsName readName(int offset, String prefix, int index) {
    int target = -1;
    if (offset + 1 < len && (a[base + offset] & 0xc0) == 0xc0) {
      target = (a[base + offset] & 0x3f) << 8 | (a[base + offset + 1] & 0xff);
      if (target < offset) {
        DnsName hit = target == at0 ? name0 : target == at1 ? name1 : target == at2 ? name2
            : target == at3 ? name3 : null;
        if (hit != null) {
          nameEnd = offset + 2;
          return hit;
        }
      }
    }
    DnsName name = decodeName(offset, prefix, index);
    if (lastHops < MAX_POINTER_HOPS) { // one more pointer to it must stay within the cap
      // a bare pointer is remembered under its target, which the next pointers will carry; the
      // name there took one hop fewer than this one
      remember(target >= 0 ? target : offset, name);
    }
    return name;
  }

  private void remember(int offset, DnsName name) {
    switch (victim) {
      case 0 -> {
        at0 = offset;
        name0 = name;
      }
      case 1 -> {
        at1 = offset;
        name1 = name;
      }
      case 2 -> {
        at2 = offset;
        name2 = name;
      }
      default -> {
        at3 = offset;
        name3 = name;
      }
    }
    victim = (victim + 1) & 3;
  }

  private DnsName decodeName(int offset, String prefix, int index) {
    int outLen = 0;
    int pos = offset;
    int runStart = offset;
    int hops = 0;
    int end = -1;
    while (true) {
      if (pos >= len) {
        throw new TruncatedPacketException(PROTOCOL, field(prefix, index, ""), pos, 1, len - pos);
      }
      int b = a[base + pos] & 0xff;
      if (b == 0) {
        outLen++;
        if (end < 0) {
          end = pos + 1;
        }
        break;
      }
      int kind = b & 0xc0;
      if (kind == 0xc0) {
        if (pos + 1 >= len) {
          throw new TruncatedPacketException(PROTOCOL, field(prefix, index, ""), pos, 2,
              len - pos);
        }
        int target = (b & 0x3f) << 8 | (a[base + pos + 1] & 0xff);
        if (target >= runStart) {
          throw new MalformedPacketException(PROTOCOL, field(prefix, index, ""), pos,
              "has a pointer to offset " + target + ", not before "
                  + (runStart == pos ? "it" : "its labels, which start at " + runStart));
        }
        if (++hops > MAX_POINTER_HOPS) {
          throw new MalformedPacketException(PROTOCOL, field(prefix, index, ""), pos,
              "follows more than " + MAX_POINTER_HOPS + " compression pointers");
        }
        if (end < 0) {
          end = pos + 2;
        }
        pos = runStart = target;
      } else if (kind == 0) {
        if (pos + 1 + b > len) {
          throw new TruncatedPacketException(PROTOCOL, field(prefix, index, " label"), pos, 1 + b,
              len - pos);
        }
        outLen += 1 + b;
        if (outLen + 1 > DnsName.MAX_WIRE_LENGTH) {
          throw tooLong(field(prefix, index, ""), offset);
        }
        pos += 1 + b;
      } else {
        throw new MalformedPacketException(PROTOCOL, field(prefix, index, ""), pos,
            "has label type 0x" + Integer.toHexString(kind)
                + ", not a length (0x00) or a pointer (0xc0)");
      }
    }
    nameEnd = end;
    lastHops = hops;
    if (outLen == 1) {
      return DnsName.ROOT;
    }
    byte[] out = new byte[outLen];
    if (hops == 0) {
      System.arraycopy(a, base + offset, out, 0, outLen);
    } else {
      int p = offset;
      int o = 0;
      while (o < outLen - 1) {
        int b = a[base + p] & 0xff;
        if (b >= 0xc0) {
          p = (b & 0x3f) << 8 | (a[base + p + 1] & 0xff);
        } else {
          System.arraycopy(a, base + p, out, o, 1 + b);
          o += 1 + b;
          p += 1 + b;
        }
      }
    }
    return DnsName.ofTrustedWire(out);
  }

  private static String field(String prefix, int index, String suffix) {
    return (index < 0 ? prefix : prefix + "[" + index + "].name") + suffix;
  }

  private static MalformedPacketException tooLong(String field, int offset) {
    return new MalformedPacketException(PROTOCOL, field, offset,
        "expands to more than " + DnsName.MAX_WIRE_LENGTH + " octets");
  }
}
