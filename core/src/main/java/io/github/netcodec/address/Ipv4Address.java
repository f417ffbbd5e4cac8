package io.github.netcodec.address;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 address: 32 bits held in an {@code int}, most significant byte first as on the wire.
 *
 * <table class="striped">
 *   <caption>Text, value and bytes</caption>
 *   <thead>
 *     <tr><th>Text</th><th>{@link #toUnsignedLong()}</th><th>Bytes</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>{@code 128.143.67.11}</td><td>2156872459</td><td>{@code 80 8f 43 0b}</td></tr>
 *     <tr><td>{@code 0.0.0.0}</td><td>0</td><td>{@code 00 00 00 00}</td></tr>
 *     <tr><td>{@code 255.255.255.255}</td><td>4294967295</td><td>{@code ff ff ff ff}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Text is the strict dotted quad that POSIX {@code inet_pton(AF_INET)} accepts: exactly four
 * decimal octets of one to three digits, each at most 255, without leading zeros. The forms
 * that {@code inet_aton} and {@link InetAddress#getByName(String)} also take ({@code 10.1},
 * {@code 0x7f.1}, {@code 010.0.0.1}, a single 32-bit number) are rejected with an error that
 * says why, because different tools read them differently.
 *
 * <p>Ordering is unsigned ({@code 128.0.0.0} sorts after {@code 127.255.255.255}). Parsing a
 * valid literal allocates only the result.
 *
 * @param value the 32 address bits; {@code 128.143.67.11} is {@code 0x808f430b}
 */
public record Ipv4Address(int value) implements IpAddress, Comparable<Ipv4Address> {

  /** The length of an IPv4 address in bytes: 4. */
  public static final int BYTES = 4;

  /** The length of an IPv4 address in bits: 32. */
  public static final int BITS = 32;

  /** The unspecified address {@code 0.0.0.0} (RFC 1122 §3.2.1.3 "this host"). */
  public static final Ipv4Address ANY = new Ipv4Address(0);

  /** The usual loopback address {@code 127.0.0.1} (RFC 1122 §3.2.1.3). */
  public static final Ipv4Address LOOPBACK = new Ipv4Address(0x7f00_0001);

  /** The limited broadcast address {@code 255.255.255.255} (RFC 919, RFC 8190). */
  public static final Ipv4Address BROADCAST = new Ipv4Address(-1);

  /**
   * Returns the address with the given 32 bits.
   *
   * @param value the address bits, most significant byte first
   * @return the address
   */
  public static Ipv4Address of(int value) {
    return new Ipv4Address(value);
  }

  /**
   * Returns the address with the given unsigned 32-bit value.
   *
   * @param value the address as a number in {@code 0..4294967295}
   * @return the address
   * @throws IllegalArgumentException if the value is out of range
   */
  public static Ipv4Address ofUnsigned(long value) {
    if ((value >>> 32) != 0) {
      throw new IllegalArgumentException(
          "IPv4 address value " + value + " is outside 0..4294967295");
    }
    return new Ipv4Address((int) value);
  }

  /**
   * Returns the address with the four given octets, {@code of(128, 143, 67, 11)} for {@code
   * 128.143.67.11}.
   *
   * @param a the first (most significant) octet, 0..255
   * @param b the second octet, 0..255
   * @param c the third octet, 0..255
   * @param d the fourth octet, 0..255
   * @return the address
   * @throws IllegalArgumentException if an octet is out of range
   */
  public static Ipv4Address of(int a, int b, int c, int d) {
    if (((a | b | c | d) & ~0xff) != 0) {
      throw new IllegalArgumentException(
          "IPv4 octets " + a + "." + b + "." + c + "." + d + " must each be in 0..255");
    }
    return new Ipv4Address(a << 24 | b << 16 | c << 8 | d);
  }

  /**
   * Returns the address in a 4-byte array in network byte order.
   *
   * @param bytes exactly 4 bytes
   * @return the address
   * @throws IllegalArgumentException if the array does not have 4 bytes
   */
  public static Ipv4Address fromBytes(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException(
          "IPv4 address needs 4 bytes, got " + bytes.length);
    }
    return fromBytes(bytes, 0);
  }

  /**
   * Returns the address in 4 bytes of an array starting at an offset.
   *
   * @param bytes the array
   * @param offset the index of the first byte
   * @return the address
   * @throws IndexOutOfBoundsException if the 4 bytes are not all within the array
   */
  public static Ipv4Address fromBytes(byte[] bytes, int offset) {
    Objects.checkFromIndexSize(offset, BYTES, bytes.length);
    return new Ipv4Address(
        (bytes[offset] & 0xff) << 24
            | (bytes[offset + 1] & 0xff) << 16
            | (bytes[offset + 2] & 0xff) << 8
            | (bytes[offset + 3] & 0xff));
  }

  /**
   * Reads the address from 4 bytes of a buffer at an absolute index, in network byte order
   * whatever the buffer's byte order; the buffer's position is not changed and no array is
   * allocated.
   *
   * @param buf the buffer
   * @param index the absolute index of the first byte
   * @return the address
   * @throws IndexOutOfBoundsException if the 4 bytes are not all below the limit
   */
  public static Ipv4Address read(ByteBuffer buf, int index) {
    int v = buf.getInt(index);
    return new Ipv4Address(buf.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v));
  }

  /**
   * Converts a {@code java.net} IPv4 address.
   *
   * @param address an {@link Inet4Address}
   * @return the address
   * @throws IllegalArgumentException if the address is not an IPv4 address
   */
  public static Ipv4Address of(InetAddress address) {
    if (!(address instanceof Inet4Address)) {
      throw new IllegalArgumentException(
          "not an IPv4 address: " + Objects.requireNonNull(address, "address"));
    }
    return fromBytes(address.getAddress(), 0);
  }

  /**
   * Parses a strict dotted quad, as {@code inet_pton(AF_INET)} does.
   *
   * @param text the literal, such as {@code 128.143.67.11}
   * @return the address
   * @throws IllegalArgumentException if the text is not a strict dotted quad; the message says
   *     which octet is wrong and why (leading zero, hex, above 255, missing octets, ...)
   */
  public static Ipv4Address parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    long v = parseFast(text, 0, text.length());
    if (v < 0) {
      v = parse(text, 0, text.length(), true, -1); // throws with the reason
    }
    return new Ipv4Address((int) v);
  }

  /**
   * Parses like {@link #parse(CharSequence)} but returns an empty {@code Optional} instead of
   * throwing.
   *
   * @param text the literal
   * @return the address, or empty if the text is not a strict dotted quad
   */
  public static Optional<Ipv4Address> tryParse(CharSequence text) {
    return Optional.ofNullable(parseOrNull(Objects.requireNonNull(text, "text")));
  }

  /**
   * Returns whether the text is a strict dotted quad, without allocating.
   *
   * @param text the text
   * @return true if {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    return parseFast(text, 0, text.length()) >= 0;
  }

  static Ipv4Address parseOrNull(CharSequence text) {
    long v = parseFast(text, 0, text.length());
    return v < 0 ? null : new Ipv4Address((int) v);
  }

  /**
   * The straight-line parser for valid input: it accepts exactly what {@link #parse(CharSequence,
   * int, int, boolean, int)} accepts, returning -1 for anything else without saying why (the
   * caller then asks the diagnosing parser). A property test checks that the two agree.
   */
  static long parseFast(CharSequence s, int start, int end) {
    int n = end - start;
    if (n < 7 || n > 15) {
      return -1;
    }
    int i = start;
    int value = 0;
    for (int k = 0; ; k++) {
      int v = s.charAt(i++) - '0';
      if (v < 0 || v > 9) {
        return -1;
      }
      if (i < end) {
        int d = s.charAt(i) - '0';
        if (d >= 0 && d <= 9) {
          if (v == 0) {
            return -1; // leading zero
          }
          v = v * 10 + d;
          if (++i < end) {
            d = s.charAt(i) - '0';
            if (d >= 0 && d <= 9) {
              v = v * 10 + d;
              i++;
              if (v > 255) {
                return -1;
              }
            }
          }
        }
      }
      value = value << 8 | v;
      if (k == 3) {
        return i == end ? value & 0xffff_ffffL : -1;
      }
      if (i >= end - 1 || s.charAt(i++) != '.') {
        return -1;
      }
    }
  }

  /**
   * The dotted-quad parser shared with the IPv6 parser's embedded-IPv4 form.
   *
   * @param s the text
   * @param start the first index
   * @param end the index after the last character
   * @param raise throw an {@code IllegalArgumentException} on error instead of returning -1
   * @param ipv6 when parsing the tail of an IPv6 literal, the index where that literal starts
   *     (it ends at {@code end}); -1 for a plain IPv4 literal
   * @return the address in {@code 0..2^32-1}, or -1 if invalid and not {@code raise}
   */
  static long parse(CharSequence s, int start, int end, boolean raise, int ipv6) {
    if (start == end) {
      return fail(raise, s, start, end, ipv6, "is empty");
    }
    int value = 0;
    int octets = 0;
    int i = start;
    while (true) {
      int octetStart = i;
      int v = 0;
      char c = 0;
      while (i < end && (c = s.charAt(i)) >= '0' && c <= '9') {
        if (i - octetStart == 3) {
          return failOctet(raise, s, start, end, ipv6, octets, octetStart, "has more than 3 digits");
        }
        v = v * 10 + (c - '0');
        i++;
      }
      int digits = i - octetStart;
      if (digits == 0) {
        if (i == end || c == '.') {
          return fail(raise, s, start, end, ipv6, "octet " + (octets + 1) + " is empty");
        }
        return badChar(raise, s, start, end, ipv6, i);
      }
      if (v > 255) {
        return failOctet(raise, s, start, end, ipv6, octets, octetStart, "is above 255");
      }
      if (digits > 1 && s.charAt(octetStart) == '0') {
        return failOctet(raise, s, start, end, ipv6, octets, octetStart,
            "has a leading zero, which inet_pton rejects (some parsers read it as octal)");
      }
      value = value << 8 | v;
      octets++;
      if (i == end) {
        break;
      }
      if (c != '.') {
        if ((c == 'x' || c == 'X') && digits == 1 && v == 0) {
          return failOctet(raise, s, start, end, ipv6, octets - 1, octetStart,
              "is hexadecimal, which inet_pton rejects");
        }
        return badChar(raise, s, start, end, ipv6, i);
      }
      if (octets == 4) {
        return fail(raise, s, start, end, ipv6, "has more than 4 octets");
      }
      i++;
    }
    if (octets != 4) {
      return fail(raise, s, start, end, ipv6, "has " + octets + (octets == 1 ? " octet" : " octets")
          + "; a dotted quad needs exactly 4 (inet_pton rejects short forms like 10.1)");
    }
    return value & 0xffff_ffffL;
  }

  private static long badChar(
      boolean raise, CharSequence s, int start, int end, int ipv6, int at) {
    if (!raise) {
      return -1;
    }
    return fail(true, s, start, end, ipv6,
        "has " + Text.describeChar(s.charAt(at)) + " at index " + (at - (ipv6 >= 0 ? ipv6 : start))
            + " where a decimal digit or '.' was expected");
  }

  private static long failOctet(boolean raise, CharSequence s, int start, int end,
      int ipv6, int octetIndex, int octetStart, String reason) {
    if (!raise) {
      return -1;
    }
    int octetEnd = octetStart;
    while (octetEnd < end && s.charAt(octetEnd) != '.') {
      octetEnd++;
    }
    return fail(true, s, start, end, ipv6,
        "octet " + (octetIndex + 1) + " " + Text.quote(s, octetStart, octetEnd) + " " + reason);
  }

  private static long fail(
      boolean raise, CharSequence s, int start, int end, int ipv6, String reason) {
    if (!raise) {
      return -1;
    }
    if (ipv6 >= 0) {
      throw new IllegalArgumentException("invalid IPv6 address " + Text.quote(s, ipv6, end)
          + ": embedded IPv4 part " + Text.quote(s, start, end) + " " + reason);
    }
    throw new IllegalArgumentException(
        "invalid IPv4 address " + Text.quote(s, start, end) + ": " + reason);
  }

  /**
   * Returns the address as an unsigned number.
   *
   * @return the value in {@code 0..4294967295}
   */
  public long toUnsignedLong() {
    return value & 0xffff_ffffL;
  }

  /**
   * Returns one octet.
   *
   * @param index 0 for the most significant octet (the {@code 128} of {@code 128.143.67.11})
   *     up to 3
   * @return the octet in {@code 0..255}
   * @throws IndexOutOfBoundsException if the index is not in {@code 0..3}
   */
  public int octet(int index) {
    Objects.checkIndex(index, BYTES);
    return (value >>> (24 - 8 * index)) & 0xff;
  }

  @Override
  public int version() {
    return 4;
  }

  @Override
  public int byteLength() {
    return BYTES;
  }

  @Override
  public byte[] toByteArray() {
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
        (byte) value};
  }

  @Override
  public void write(ByteBuffer dst) {
    dst.putInt(dst.order() == ByteOrder.BIG_ENDIAN ? value : Integer.reverseBytes(value));
  }

  @Override
  public void write(ByteBuffer dst, int index) {
    dst.putInt(index, dst.order() == ByteOrder.BIG_ENDIAN ? value : Integer.reverseBytes(value));
  }

  @Override
  public Inet4Address toInetAddress() {
    try {
      return (Inet4Address) InetAddress.getByAddress(toByteArray());
    } catch (UnknownHostException e) {
      throw new AssertionError("4 bytes are always a valid IPv4 address", e);
    }
  }

  /**
   * Returns the IPv4-mapped IPv6 address {@code ::ffff:a.b.c.d} of RFC 4291 §2.5.5.2.
   *
   * @return the mapped address
   */
  public Ipv6Address toIpv4Mapped() {
    return new Ipv6Address(0, 0x0000_ffff_0000_0000L | toUnsignedLong());
  }

  /**
   * Returns the next address.
   *
   * @return this address plus one
   * @throws ArithmeticException if this is {@code 255.255.255.255}
   */
  public Ipv4Address next() {
    return plus(1);
  }

  /**
   * Returns the previous address.
   *
   * @return this address minus one
   * @throws ArithmeticException if this is {@code 0.0.0.0}
   */
  public Ipv4Address previous() {
    return plus(-1);
  }

  /**
   * Returns the address {@code delta} places after (or, if negative, before) this one.
   *
   * @param delta the offset
   * @return the address
   * @throws ArithmeticException if the result is outside {@code 0.0.0.0..255.255.255.255}
   */
  public Ipv4Address plus(long delta) {
    // A long overflow can only wrap to a negative number, which the test below also rejects.
    long r = toUnsignedLong() + delta;
    if ((r >>> 32) != 0) {
      throw new ArithmeticException(this + " + " + delta + " is outside the IPv4 address space");
    }
    return new Ipv4Address((int) r);
  }

  @Override
  public boolean isUnspecified() {
    return value == 0;
  }

  @Override
  public boolean isLoopback() {
    return (value >>> 24) == 127;
  }

  @Override
  public boolean isMulticast() {
    return (value >>> 28) == 0xe;
  }

  @Override
  public boolean isLinkLocal() {
    return (value >>> 16) == 0xa9fe;
  }

  /**
   * Returns true for the limited broadcast address {@code 255.255.255.255}.
   *
   * @return whether all bits are one
   */
  public boolean isLimitedBroadcast() {
    return value == -1;
  }

  /**
   * Compares as unsigned 32-bit numbers.
   *
   * @param other the other address
   * @return negative, zero or positive as this address is below, equal to or above the other
   */
  @Override
  public int compareTo(Ipv4Address other) {
    return Integer.compareUnsigned(value, other.value);
  }

  /**
   * Returns the dotted quad, such as {@code 128.143.67.11}.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return Text.dottedQuad(value);
  }
}
