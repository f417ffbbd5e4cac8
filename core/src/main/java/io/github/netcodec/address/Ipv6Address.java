package io.github.netcodec.address;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv6 address: 128 bits held in two {@code long}s, most significant first as on the wire.
 *
 * <table class="striped">
 *   <caption>Text forms of one address</caption>
 *   <thead>
 *     <tr><th>Form</th><th>Text</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>{@link #toString()} (RFC 5952)</td><td>{@code 2607:f8b0:400d:c00::6a}</td></tr>
 *     <tr><td>{@link #toFullString()}</td>
 *         <td>{@code 2607:f8b0:400d:0c00:0000:0000:0000:006a}</td></tr>
 *     <tr><td>{@link #high()}, {@link #low()}</td>
 *         <td>{@code 0x2607f8b0400d0c00L}, {@code 0x000000000000006aL}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link #parse(CharSequence)} accepts every text form of RFC 4291 §2.2: eight groups of one
 * to four hex digits in either case, one {@code ::} standing for one or more zero groups, and
 * a dotted quad in the last 32 bits ({@code ::ffff:192.0.2.1}, {@code 1:2:3:4:5:6:1.2.3.4}).
 * A zone id ({@code fe80::1%eth0}) is not part of the address: it is rejected here and parsed
 * by {@link ZonedIpv6Address}. Brackets and prefix lengths are rejected too.
 *
 * <p>{@link #toString()} writes the canonical form of RFC 5952 §4: lower case, no leading zeros,
 * the longest run of two or more zero groups replaced by {@code ::} (the first on ties), never
 * {@code ::} for a single zero group. Following §5, the IPv4-mapped prefix {@code ::ffff:0:0/96}
 * (RFC 4291) and the IPv4-translated prefix {@code ::ffff:0:0:0/96} (RFC 2765) are written with
 * a dotted quad: {@code ::ffff:192.0.2.1}.
 *
 * <p>Ordering is unsigned. Parsing a valid literal allocates only the result.
 *
 * @param high the most significant 64 bits (groups 0 to 3)
 * @param low the least significant 64 bits (groups 4 to 7)
 */
public record Ipv6Address(long high, long low) implements IpAddress, Comparable<Ipv6Address> {

  /** The length of an IPv6 address in bytes: 16. */
  public static final int BYTES = 16;

  /** The length of an IPv6 address in bits: 128. */
  public static final int BITS = 128;

  /** The longest literal {@link #parse(CharSequence)} accepts, with an embedded IPv4 part. */
  static final int MAX_TEXT_LENGTH = 45;

  /** The unspecified address {@code ::} (RFC 4291 §2.5.2). */
  public static final Ipv6Address ANY = new Ipv6Address(0, 0);

  /** The loopback address {@code ::1} (RFC 4291 §2.5.3). */
  public static final Ipv6Address LOOPBACK = new Ipv6Address(0, 1);

  /**
   * Returns the address with the given bits.
   *
   * @param high the most significant 64 bits
   * @param low the least significant 64 bits
   * @return the address
   */
  public static Ipv6Address of(long high, long low) {
    return new Ipv6Address(high, low);
  }

  /**
   * Returns the address whose unsigned value is the given number.
   *
   * @param value a number in {@code 0..2^128-1}
   * @return the address
   * @throws IllegalArgumentException if the number is out of range
   */
  public static Ipv6Address of(BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > BITS) {
      throw new IllegalArgumentException("IPv6 address value " + value + " is outside 0..2^128-1");
    }
    return new Ipv6Address(value.shiftRight(64).longValue(), value.longValue());
  }

  /**
   * Returns the address in a 16-byte array in network byte order.
   *
   * @param bytes exactly 16 bytes
   * @return the address
   * @throws IllegalArgumentException if the array does not have 16 bytes
   */
  public static Ipv6Address fromBytes(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("IPv6 address needs 16 bytes, got " + bytes.length);
    }
    return fromBytes(bytes, 0);
  }

  /**
   * Returns the address in 16 bytes of an array starting at an offset.
   *
   * @param bytes the array
   * @param offset the index of the first byte
   * @return the address
   * @throws IndexOutOfBoundsException if the 16 bytes are not all within the array
   */
  public static Ipv6Address fromBytes(byte[] bytes, int offset) {
    Objects.checkFromIndexSize(offset, BYTES, bytes.length);
    return new Ipv6Address(longAt(bytes, offset), longAt(bytes, offset + 8));
  }

  private static long longAt(byte[] b, int i) {
    long v = 0;
    for (int k = 0; k < 8; k++) {
      v = v << 8 | (b[i + k] & 0xff);
    }
    return v;
  }

  /**
   * Reads the address from 16 bytes of a buffer at an absolute index, in network byte order
   * whatever the buffer's byte order; the buffer's position is not changed and no array is
   * allocated.
   *
   * @param buf the buffer
   * @param index the absolute index of the first byte
   * @return the address
   * @throws IndexOutOfBoundsException if the 16 bytes are not all below the limit
   */
  public static Ipv6Address read(ByteBuffer buf, int index) {
    Objects.checkFromIndexSize(index, BYTES, buf.limit());
    long hi = buf.getLong(index);
    long lo = buf.getLong(index + 8);
    if (buf.order() != ByteOrder.BIG_ENDIAN) {
      hi = Long.reverseBytes(hi);
      lo = Long.reverseBytes(lo);
    }
    return new Ipv6Address(hi, lo);
  }

  /**
   * Converts a {@code java.net} address. An {@link Inet6Address} keeps its 16 bytes (its scope
   * id is dropped; see {@link ZonedIpv6Address}). An {@link Inet4Address} becomes its
   * IPv4-mapped address {@code ::ffff:a.b.c.d}, which is also how {@code java.net} returns a
   * parsed IPv4-mapped literal.
   *
   * @param address the address
   * @return the IPv6 address
   */
  public static Ipv6Address of(InetAddress address) {
    Objects.requireNonNull(address, "address");
    if (address instanceof Inet4Address) {
      return Ipv4Address.of(address).toIpv4Mapped();
    }
    return fromBytes(address.getAddress(), 0);
  }

  /**
   * Parses an IPv6 literal in any RFC 4291 §2.2 form, without brackets, zone id or prefix
   * length.
   *
   * @param text the literal, such as {@code 2607:f8b0:400d:c00::6a}
   * @return the address
   * @throws IllegalArgumentException if the text is not a valid literal; the message says why
   */
  public static Ipv6Address parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(text, 0, text.length(), true);
  }

  /**
   * Parses like {@link #parse(CharSequence)} but returns an empty {@code Optional} instead of
   * throwing.
   *
   * @param text the literal
   * @return the address, or empty if the text is not a valid literal
   */
  public static Optional<Ipv6Address> tryParse(CharSequence text) {
    return Optional.ofNullable(parseOrNull(Objects.requireNonNull(text, "text")));
  }

  /**
   * Returns whether the text is a valid IPv6 literal (without zone id).
   *
   * @param text the text
   * @return true if {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    return parseOrNull(text) != null;
  }

  static Ipv6Address parseOrNull(CharSequence text) {
    return parse(text, 0, text.length(), false);
  }

  /**
   * The parser. Groups are shifted into a 128-bit accumulator; at {@code ::} the accumulator is
   * saved as the head and restarted, and at the end the head is shifted left past the zero
   * groups. No array is used, so a valid literal allocates only the result.
   *
   * @return the address, or null if invalid and not {@code raise}
   */
  static Ipv6Address parse(CharSequence s, int start, int end, boolean raise) {
    if (start == end) {
      return fail(raise, s, start, end, "is empty");
    }
    if (end - start > MAX_TEXT_LENGTH) {
      int pct = indexOf(s, start, end, '%');
      if (pct >= 0) {
        return badChar(raise, s, start, end, pct);
      }
      return fail(raise, s, start, end,
          "is longer than " + MAX_TEXT_LENGTH + " characters, the longest IPv6 literal");
    }
    long accHi = 0;
    long accLo = 0;
    long headHi = 0;
    long headLo = 0;
    int groups = 0;
    int gap = -1; // groups before "::", or -1 if there is none
    int i = start;
    if (s.charAt(i) == ':') {
      if (i + 1 == end || s.charAt(i + 1) != ':') {
        return fail(raise, s, start, end, "starts with a single ':'");
      }
      gap = 0;
      i += 2;
    }
    while (i < end) {
      int groupStart = i;
      int g = 0;
      int d;
      char c = 0;
      while (i < end && (d = Text.hexValue(c = s.charAt(i))) >= 0) {
        if (i - groupStart == 4) {
          return failGroup(raise, s, start, end, groups, groupStart, "has more than 4 hex digits");
        }
        g = g << 4 | d;
        i++;
      }
      if (i < end && c == '.') {
        if (groups > 6) {
          return fail(raise, s, start, end, "has more than 8 groups");
        }
        long v4 = Ipv4Address.parseFast(s, groupStart, end);
        if (v4 < 0) {
          v4 = Ipv4Address.parse(s, groupStart, end, raise, start);
        }
        if (v4 < 0) {
          return null;
        }
        accHi = accHi << 32 | accLo >>> 32;
        accLo = accLo << 32 | v4;
        groups += 2;
        break;
      }
      if (i == groupStart) {
        if (c == ':') {
          return fail(raise, s, start, end, "has ':::'");
        }
        return badChar(raise, s, start, end, i);
      }
      if (groups == 8) {
        return fail(raise, s, start, end, "has more than 8 groups");
      }
      accHi = accHi << 16 | accLo >>> 48;
      accLo = accLo << 16 | g;
      groups++;
      if (i == end) {
        break;
      }
      if (c != ':') {
        return badChar(raise, s, start, end, i);
      }
      i++;
      if (i == end) {
        return fail(raise, s, start, end, "ends with a single ':'");
      }
      if (s.charAt(i) == ':') {
        if (gap >= 0) {
          return fail(raise, s, start, end, "has more than one '::'");
        }
        gap = groups;
        headHi = accHi;
        headLo = accLo;
        accHi = 0;
        accLo = 0;
        i++;
      }
    }
    if (gap < 0) {
      if (groups != 8) {
        return fail(raise, s, start, end, "has " + groups + (groups == 1 ? " group" : " groups")
            + " (counting an embedded IPv4 part as 2); 8 are needed without '::'");
      }
      return new Ipv6Address(accHi, accLo);
    }
    if (groups > 7) {
      return fail(raise, s, start, end,
          "has 8 groups besides '::', which must stand for at least one zero group");
    }
    // Move the head above the zero groups: shift left by 16 * (8 - gap) bits, 16..128.
    int shift = 16 * (8 - gap);
    long hi;
    if (shift >= 128) {
      hi = 0;
      headLo = 0;
    } else if (shift >= 64) {
      hi = headLo << (shift - 64);
      headLo = 0;
    } else {
      hi = headHi << shift | headLo >>> (64 - shift);
      headLo = headLo << shift;
    }
    return new Ipv6Address(hi | accHi, headLo | accLo);
  }

  private static int indexOf(CharSequence s, int start, int end, char c) {
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static Ipv6Address badChar(
      boolean raise, CharSequence s, int start, int end, int at) {
    if (!raise) {
      return null;
    }
    char c = s.charAt(at);
    String reason;
    if (c == '%') {
      reason = "has a zone id after '%' at index " + (at - start)
          + "; parse it with ZonedIpv6Address";
    } else if (c == '[' || c == ']') {
      reason = "has a bracket at index " + (at - start)
          + "; brackets belong to URIs and endpoints, not to the address";
    } else if (c == '/') {
      reason = "has a prefix length after '/' at index " + (at - start)
          + "; parse it with Ipv6Prefix";
    } else {
      reason = "has " + Text.describeChar(c) + " at index " + (at - start)
          + " where a hex digit, ':' or '.' was expected";
    }
    return fail(true, s, start, end, reason);
  }

  private static Ipv6Address failGroup(boolean raise, CharSequence s, int start, int end,
      int groupIndex, int groupStart, String reason) {
    if (!raise) {
      return null;
    }
    int groupEnd = groupStart;
    while (groupEnd < end && Text.hexValue(s.charAt(groupEnd)) >= 0) {
      groupEnd++;
    }
    return fail(true, s, start, end,
        "group " + (groupIndex + 1) + " " + Text.quote(s, groupStart, groupEnd) + " " + reason);
  }

  private static Ipv6Address fail(
      boolean raise, CharSequence s, int start, int end, String reason) {
    if (!raise) {
      return null;
    }
    throw new IllegalArgumentException(
        "invalid IPv6 address " + Text.quote(s, start, end) + ": " + reason);
  }

  /**
   * Returns one 16-bit group.
   *
   * @param index 0 for the most significant group (the {@code 2607} of {@code 2607:f8b0::})
   *     up to 7
   * @return the group in {@code 0..0xffff}
   * @throws IndexOutOfBoundsException if the index is not in {@code 0..7}
   */
  public int group(int index) {
    Objects.checkIndex(index, 8);
    long half = index < 4 ? high : low;
    return (int) (half >>> (48 - 16 * (index & 3))) & 0xffff;
  }

  /**
   * Returns the address as an unsigned number.
   *
   * @return the value in {@code 0..2^128-1}
   */
  public BigInteger toBigInteger() {
    return new BigInteger(1, toByteArray());
  }

  @Override
  public int version() {
    return 6;
  }

  @Override
  public int byteLength() {
    return BYTES;
  }

  @Override
  public byte[] toByteArray() {
    byte[] b = new byte[BYTES];
    for (int k = 0; k < 8; k++) {
      b[k] = (byte) (high >>> (56 - 8 * k));
      b[k + 8] = (byte) (low >>> (56 - 8 * k));
    }
    return b;
  }

  @Override
  public void write(ByteBuffer dst) {
    int p = dst.position();
    if (dst.limit() - p < BYTES) {
      throw new java.nio.BufferOverflowException();
    }
    write(dst, p);
    dst.position(p + BYTES);
  }

  @Override
  public void write(ByteBuffer dst, int index) {
    if (dst.isReadOnly()) {
      throw new java.nio.ReadOnlyBufferException();
    }
    Objects.checkFromIndexSize(index, BYTES, dst.limit());
    boolean big = dst.order() == ByteOrder.BIG_ENDIAN;
    dst.putLong(index, big ? high : Long.reverseBytes(high));
    dst.putLong(index + 8, big ? low : Long.reverseBytes(low));
  }

  /**
   * Converts to an {@link Inet6Address} without scope id. Unlike {@link
   * InetAddress#getByAddress(byte[])}, an IPv4-mapped address stays an {@code Inet6Address}.
   *
   * @return the address
   */
  @Override
  public Inet6Address toInetAddress() {
    try {
      return Inet6Address.getByAddress(null, toByteArray(), -1);
    } catch (UnknownHostException e) {
      throw new AssertionError("16 bytes are always a valid IPv6 address", e);
    }
  }

  /**
   * Returns true for an IPv4-mapped address {@code ::ffff:a.b.c.d} (RFC 4291 §2.5.5.2).
   *
   * @return whether the address is in {@code ::ffff:0:0/96}
   */
  public boolean isIpv4Mapped() {
    return high == 0 && (low >>> 32) == 0xffffL;
  }

  /**
   * Returns the IPv4 address in the low 32 bits, whatever the prefix; meaningful for
   * IPv4-mapped, NAT64 ({@code 64:ff9b::/96}) and other IPv4-embedding addresses.
   *
   * @return the low 32 bits as an IPv4 address
   */
  public Ipv4Address lowIpv4() {
    return new Ipv4Address((int) low);
  }

  /**
   * Returns the next address.
   *
   * @return this address plus one
   * @throws ArithmeticException if this is the last address
   */
  public Ipv6Address next() {
    return plus(1);
  }

  /**
   * Returns the previous address.
   *
   * @return this address minus one
   * @throws ArithmeticException if this is {@code ::}
   */
  public Ipv6Address previous() {
    return plus(-1);
  }

  /**
   * Returns the address {@code delta} places after (or, if negative, before) this one.
   *
   * @param delta the offset
   * @return the address
   * @throws ArithmeticException if the result is outside the 128-bit address space
   */
  public Ipv6Address plus(long delta) {
    long lo = low + delta;
    long hi = high;
    if (delta >= 0) {
      if (Long.compareUnsigned(lo, low) < 0) { // carry out of the low half
        hi++;
        if (hi == 0) {
          throw outside(delta);
        }
      }
    } else {
      if (Long.compareUnsigned(lo, low) > 0) { // borrow from the high half
        if (hi == 0) {
          throw outside(delta);
        }
        hi--;
      }
    }
    return new Ipv6Address(hi, lo);
  }

  private ArithmeticException outside(long delta) {
    return new ArithmeticException(this + " + " + delta + " is outside the IPv6 address space");
  }

  @Override
  public boolean isUnspecified() {
    return (high | low) == 0;
  }

  @Override
  public boolean isLoopback() {
    return high == 0 && low == 1;
  }

  @Override
  public boolean isMulticast() {
    return (high >>> 56) == 0xff;
  }

  @Override
  public boolean isLinkLocal() {
    return (high >>> 54) == (0xfe80L >>> 6);
  }

  /**
   * Returns the scope of a multicast address: the low four bits of the second byte (RFC 4291
   * §2.7, RFC 7346), {@link MulticastScope#LINK_LOCAL} for {@code ff02::1}.
   *
   * @return the scope, or empty if the address is not multicast
   */
  public Optional<MulticastScope> multicastScope() {
    return isMulticast()
        ? Optional.of(MulticastScope.of((int) (high >>> 48) & 0xf))
        : Optional.empty();
  }

  /**
   * Compares as unsigned 128-bit numbers.
   *
   * @param other the other address
   * @return negative, zero or positive as this address is below, equal to or above the other
   */
  @Override
  public int compareTo(Ipv6Address other) {
    int c = Long.compareUnsigned(high, other.high);
    return c != 0 ? c : Long.compareUnsigned(low, other.low);
  }

  /**
   * Returns every group as four lower-case hex digits, without compression, such as {@code
   * 2607:f8b0:400d:0c00:0000:0000:0000:006a}.
   *
   * @return the expanded text, always 39 characters
   */
  public String toFullString() {
    byte[] b = new byte[39];
    int p = 0;
    for (int g = 0; g < 8; g++) {
      if (g > 0) {
        b[p++] = ':';
      }
      int v = group(g);
      b[p++] = Text.LOWER_HEX[v >>> 12];
      b[p++] = Text.LOWER_HEX[(v >>> 8) & 0xf];
      b[p++] = Text.LOWER_HEX[(v >>> 4) & 0xf];
      b[p++] = Text.LOWER_HEX[v & 0xf];
    }
    return Text.ascii(b, p);
  }

  /**
   * Returns the canonical text of RFC 5952, such as {@code 2607:f8b0:400d:c00::6a}, {@code ::1}
   * or {@code ::ffff:192.0.2.1}.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    byte[] b = new byte[MAX_TEXT_LENGTH];
    return Text.ascii(b, format(b, 0));
  }

  /** Writes the RFC 5952 text into {@code b} at {@code p}; returns the end. */
  int format(byte[] b, int p) {
    long hi = high;
    long lo = low;
    boolean mixed = hi == 0 && ((lo >>> 32) == 0xffffL || (lo >>> 32) == 0xffff_0000L);
    int hexGroups = mixed ? 6 : 8;
    // One bit per zero group, group 0 in bit 0.
    int zeros = 0;
    for (int g = 0; g < hexGroups; g++) {
      long half = g < 4 ? hi : lo;
      if (((half >>> (48 - 16 * (g & 3))) & 0xffff) == 0) {
        zeros |= 1 << g;
      }
    }
    // The longest run of at least two zero groups, the first on ties (RFC 5952 §4.2.2, §4.2.3).
    int bestStart = -1;
    int bestLen = 1;
    for (int run = zeros, g = 0; run != 0; ) {
      int skip = Integer.numberOfTrailingZeros(run);
      g += skip;
      run >>>= skip;
      int len = Integer.numberOfTrailingZeros(~run);
      if (len > bestLen) {
        bestLen = len;
        bestStart = g;
      }
      g += len;
      run >>>= len;
    }
    int bestEnd = bestStart + bestLen;
    for (int g = 0; g < hexGroups; g++) {
      if (g == bestStart) {
        b[p++] = ':';
        b[p++] = ':';
        g = bestEnd - 1;
        continue;
      }
      if (g > 0 && g != bestEnd) {
        b[p++] = ':';
      }
      long half = g < 4 ? hi : lo;
      p = Text.putHexGroup(b, p, (int) (half >>> (48 - 16 * (g & 3))) & 0xffff);
    }
    if (mixed) {
      if (bestEnd != 6) {
        b[p++] = ':';
      }
      p = Text.putDottedQuad(b, p, (int) lo);
    }
    return p;
  }
}
