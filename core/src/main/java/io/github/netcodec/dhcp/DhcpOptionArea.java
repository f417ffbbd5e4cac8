package io.github.netcodec.dhcp;

import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The part of a message after the {@code file} field: either the DHCP magic cookie
 * 99.130.83.99 and the options field (RFC 2131 §3), or, without the cookie, a BOOTP vendor area
 * (RFC 951 {@code vend}) kept as raw octets. Immutable; equal when the cookie and the octets
 * are equal.
 *
 * <p>The options field is kept as received, with every Pad, the End option and any octets
 * after it. Its framing is checked once, when the value is made: every option before End has
 * its length octet and its data inside the field. The value also notes which codes below 64
 * (the common options) occur once or more than once, so that {@link DhcpMessage}'s getters
 * answer "absent" without a walk and stop at an option's only instance.
 *
 * <pre>{@code
 * DhcpOptionArea.ofOptions(ByteString.fromHex("350105ff"))   // cookie, DHCPACK, End
 * DhcpOptionArea.ofBootp(ByteString.copyOf(new byte[64]))     // RFC 951's 64 zero octets
 * }</pre>
 */
public final class DhcpOptionArea implements Encodable {
  /** The empty options field after the cookie: a DHCP message without options. */
  public static final DhcpOptionArea EMPTY_OPTIONS = new DhcpOptionArea(new byte[0], true,
      0, 0, 0, 0);

  /**
   * The longest options field: a UDP datagram carries at most 65507 octets, so no real
   * message comes near it; the bound keeps every offset small.
   */
  static final int MAX_OPTIONS_LENGTH = 0xffff;

  /** The octets after the cookie (DHCP) or the vendor area (BOOTP); never changed. */
  private final byte[] bytes;
  private final boolean cookie;
  private final int count;
  /** The Option Overload value the options field holds: 0 (none), 1, 2 or 3. */
  private final int overload;
  /**
   * Bit {@code c} set: code {@code c} (below 64, where the common options are) occurs in the
   * options field at least once ({@code seen}) or more than once ({@code repeated}), so that a
   * getter can answer "absent" or "split" without a scan, and stop at the first instance.
   */
  private final long seen;
  private final long repeated;

  private DhcpOptionArea(byte[] bytes, boolean cookie, int count, int overload, long seen,
      long repeated) {
    this.bytes = bytes;
    this.cookie = cookie;
    this.count = count;
    this.overload = overload;
    this.seen = seen;
    this.repeated = repeated;
  }

  /**
   * Returns the options field of a DHCP message: the octets after the magic cookie.
   *
   * @param options the options field, as it is on the wire
   * @return the area
   * @throws IllegalArgumentException if an option before End lacks its length octet or its
   *     data overruns the field, or the field is longer than 65535 octets
   */
  public static DhcpOptionArea ofOptions(ByteString options) {
    byte[] b = options.toByteArray();
    Object r = scan(b, DhcpFields.OPTIONS);
    if (r instanceof DhcpAreas.Problem p) {
      throw p.toIllegalArgument();
    }
    return (DhcpOptionArea) r;
  }

  /**
   * Returns the vendor area of a BOOTP message, kept raw.
   *
   * @param vend the octets after the {@code file} field
   * @return the area
   * @throws IllegalArgumentException if the octets start with the magic cookie, which would
   *     make the message DHCP
   */
  public static DhcpOptionArea ofBootp(ByteString vend) {
    byte[] b = vend.toByteArray();
    if (b.length >= 4 && DhcpOptionArea.u32(b, 0) == DhcpFields.MAGIC_COOKIE) {
      throw new IllegalArgumentException("the vendor area of a BOOTP message starts with the "
          + "magic cookie 99.130.83.99; use ofOptions for the octets after it");
    }
    return new DhcpOptionArea(b, false, 0, 0, 0, 0);
  }

  /** Reads the area at {@code src[from..from+length)}; offsets in errors are in the message. */
  static DhcpOptionArea parse(byte[] src, int from, int length, boolean cookie) {
    byte[] b = Arrays.copyOfRange(src, from, from + length);
    if (!cookie) {
      return new DhcpOptionArea(b, false, 0, 0, 0, 0);
    }
    Object r = scan(b, DhcpFields.OPTIONS);
    if (r instanceof DhcpAreas.Problem p) {
      throw p.toException();
    }
    return (DhcpOptionArea) r;
  }

  /**
   * One pass over an options field: checks the framing, records where each instance starts
   * and reads Option Overload. Returns the area, or the first {@link DhcpAreas.Problem}.
   */
  private static Object scan(byte[] a, int base) {
    int n = a.length;
    if (n > MAX_OPTIONS_LENGTH) {
      return new DhcpAreas.Problem("options field", base, "is " + n
          + " octets, more than the 65535 any UDP datagram can carry");
    }
    int count = 0;
    int overloadTotal = 0;
    int overloadValue = 0;
    long seen = 0;
    long repeated = 0;
    int i = 0;
    while (i < n) {
      int c = a[i] & 0xff;
      if (c == 0) {
        i++;
        continue;
      }
      if (c == 255) {
        break;
      }
      if (i + 1 >= n) {
        return new DhcpAreas.Problem("option " + DhcpOptionCode.of(c), base + i,
            "has no length octet before the options field ends at offset " + (base + n));
      }
      int len = a[i + 1] & 0xff;
      if (i + 2 + len > n) {
        return new DhcpAreas.Problem("option " + DhcpOptionCode.of(c), base + i, "has length "
            + len + ", overrunning the options field, which ends at offset " + (base + n));
      }
      count++;
      if (c < 64) {
        long bit = 1L << c;
        repeated |= seen & bit;
        seen |= bit;
      }
      if (c == 52) {
        if (len == 1 && overloadTotal == 0) {
          overloadValue = a[i + 2] & 0xff;
        }
        overloadTotal += len;
      }
      i += 2 + len;
    }
    int overload = overloadTotal == 1 && overloadValue >= 1 && overloadValue <= 3
        ? overloadValue : 0;
    return new DhcpOptionArea(a, true, count, overload, seen, repeated);
  }

  static int u32(byte[] a, int i) {
    return (a[i] & 0xff) << 24 | (a[i + 1] & 0xff) << 16 | (a[i + 2] & 0xff) << 8
        | (a[i + 3] & 0xff);
  }

  /**
   * Returns whether the area starts with the magic cookie: a DHCP message.
   *
   * @return {@code true} for DHCP, {@code false} for BOOTP
   */
  public boolean hasMagicCookie() {
    return cookie;
  }

  /**
   * Returns the octets after the cookie (DHCP) or the whole vendor area (BOOTP).
   *
   * @return a copy of the octets
   */
  public ByteString bytes() {
    return ByteString.copyOf(bytes);
  }

  /**
   * Returns the number of octets after the cookie (DHCP) or in the vendor area (BOOTP).
   *
   * @return the length, not counting the cookie
   */
  public int size() {
    return bytes.length;
  }

  /**
   * Returns the Option Overload value of the options field: 0 when there is none (or it is
   * malformed), 1 ({@code file} holds options), 2 ({@code sname}) or 3 (both).
   *
   * @return the overload value
   */
  public int overload() {
    return overload;
  }

  /** The octets, for this package's readers; never changed by them. */
  byte[] array() {
    return bytes;
  }

  /** The number of option instances before End. */
  int count() {
    return count;
  }

  /**
   * The offset of the first option instance's code octet, or -1 when the options field holds
   * none before End (or this is a BOOTP vendor area). With {@link #next(int)} this walks the
   * instances in order; the framing was checked when the area was made, so the walk needs no
   * checks and no index has to be kept.
   */
  int first() {
    return cookie ? skipPads(0) : -1;
  }

  /** The offset of the instance after the one at {@code off}, or -1 at End or the field's end. */
  int next(int off) {
    return skipPads(off + 2 + (bytes[off + 1] & 0xff));
  }

  private int skipPads(int i) {
    byte[] a = bytes;
    while (i < a.length) {
      int c = a[i] & 0xff;
      if (c != 0) {
        return c == 255 ? -1 : i;
      }
      i++;
    }
    return -1;
  }

  /**
   * How often a code occurs in the options field, when the area knows without a scan: 0
   * (absent), 1 (once) or 2 (more than once); -1 for codes from 64 up, which it does not track.
   */
  int occurrences(int code) {
    if (code >= 64) {
      return -1;
    }
    long bit = 1L << code;
    return (seen & bit) == 0 ? 0 : (repeated & bit) == 0 ? 1 : 2;
  }

  @Override
  public int encodedLength() {
    return (cookie ? 4 : 0) + bytes.length;
  }

  /** Writes the magic cookie, when present, and the octets. */
  @Override
  public void encode(ByteBuffer dst) {
    checkRoom(dst, encodedLength());
    if (cookie) {
      BigEndian.put32(dst, DhcpFields.MAGIC_COOKIE);
    }
    dst.put(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DhcpOptionArea other && other.cookie == cookie
        && Arrays.equals(other.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes) * 31 + (cookie ? 1 : 0);
  }

  /**
   * Returns {@code options[n bytes: hex]} or {@code bootp-vend[n bytes: hex]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return (cookie ? "options" : "bootp-vend") + ByteString.copyOf(bytes);
  }
}
