package io.github.netcodec.dhcp;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;

/**
 * Framing checks of the {@code file} and {@code sname} fields when Option Overload puts options
 * in them (RFC 2131 §4.1), and the problem type the checks of every option area report.
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
}
