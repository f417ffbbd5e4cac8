package io.github.netcodec.dhcp;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;

/**
 * The option areas of a DHCP message (RFC 2131 §4.1, RFC 3396 §7): the options field, then the
 * {@code file} field, then the {@code sname} field when option 52 overloads them. Framing checks
 * and scans over an area's octets.
 */
final class DhcpAreas {
  private DhcpAreas() {}

  /** A framing error: which field, at which message offset, and what was wrong. */
  record Problem(String field, int offset, String expectation) {
    MalformedPacketException toException() {
      return new MalformedPacketException(DhcpWire.PROTOCOL, field, offset, expectation);
    }

    IllegalArgumentException toIllegalArgument() {
      return new IllegalArgumentException(toException().getMessage());
    }
  }

  /**
   * Checks that every option in {@code a} up to End (or the area's end) has its length octet
   * and data inside the area. {@code base} is the area's offset in the message, for messages.
   *
   * @return the first problem, or null
   */
  static Problem check(ByteString a, int base, String areaName) {
    int n = a.size();
    int i = 0;
    while (i < n) {
      int c = a.getUnsigned(i);
      if (c == 0) {
        i++;
        continue;
      }
      if (c == 255) {
        return null;
      }
      if (i + 1 >= n) {
        return new Problem("option " + DhcpOptionCode.of(c), base + i,
            "has no length octet before the " + areaName + " ends at offset " + (base + n));
      }
      int len = a.getUnsigned(i + 1);
      if (i + 2 + len > n) {
        return new Problem("option " + DhcpOptionCode.of(c), base + i, "has length " + len
            + ", overrunning the " + areaName + ", which ends at offset " + (base + n));
      }
      i += 2 + len;
    }
    return null;
  }

  /**
   * Returns the Option Overload value of an options field: 1, 2 or 3 when its instances of
   * option 52 hold exactly one such octet together, otherwise 0 (no overload).
   */
  static int overload(ByteString main) {
    int n = main.size();
    int i = 0;
    int total = 0;
    int value = 0;
    while (i < n) {
      int c = main.getUnsigned(i);
      if (c == 0) {
        i++;
        continue;
      }
      if (c == 255) {
        break;
      }
      int len = main.getUnsigned(i + 1);
      if (c == 52) {
        if (len == 1 && total == 0) {
          value = main.getUnsigned(i + 2);
        }
        total += len;
      }
      i += 2 + len;
    }
    return total == 1 && value >= 1 && value <= 3 ? value : 0;
  }

  /** Returns the offset of the End option in an area, or -1 when the area has none. */
  static int endOffset(ByteString a) {
    int n = a.size();
    int i = 0;
    while (i < n) {
      int c = a.getUnsigned(i);
      if (c == 0) {
        i++;
      } else if (c == 255) {
        return i;
      } else {
        i += 2 + a.getUnsigned(i + 1);
      }
    }
    return -1;
  }
}
