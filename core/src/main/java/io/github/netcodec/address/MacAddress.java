package io.github.netcodec.address;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * A 48-bit IEEE 802 MAC address (EUI-48), held in the low 48 bits of a {@code long}, first
 * transmitted byte most significant.
 *
 * <table class="striped">
 *   <caption>Text forms of one address</caption>
 *   <thead>
 *     <tr><th>Form</th><th>Text</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>{@link #toString()} (colons, as {@code ip link} prints it)</td>
 *         <td>{@code 00:18:66:da:2e:7f}</td></tr>
 *     <tr><td>{@link #toIeeeString()} (IEEE 802 hyphens, upper case)</td>
 *         <td>{@code 00-18-66-DA-2E-7F}</td></tr>
 *     <tr><td>{@link #toDottedString()} (three dotted groups, as Cisco prints it)</td>
 *         <td>{@code 0018.66da.2e7f}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link #parse(CharSequence)} accepts all three forms in either case, with exactly two hex
 * digits per byte (four per group in the dotted form).
 *
 * <p>The first byte carries two flag bits: bit 0 ({@code 0x01}) is the individual/group bit
 * ({@link #isMulticast()}), bit 1 ({@code 0x02}) the universal/local bit ({@link
 * #isLocallyAdministered()}).
 *
 * @param value the 48 address bits in {@code 0..2^48-1}
 */
public record MacAddress(long value) implements Comparable<MacAddress> {

  /** The length of a MAC address in bytes: 6. */
  public static final int BYTES = 6;

  private static final long MASK = 0xffff_ffff_ffffL;

  /** The all-zero address {@code 00:00:00:00:00:00}. */
  public static final MacAddress ZERO = new MacAddress(0);

  /** The broadcast address {@code ff:ff:ff:ff:ff:ff}. */
  public static final MacAddress BROADCAST = new MacAddress(MASK);

  /**
   * Validates the value.
   *
   * @param value the 48 address bits
   * @throws IllegalArgumentException if the value is outside {@code 0..2^48-1}
   */
  public MacAddress {
    if ((value & ~MASK) != 0) {
      throw new IllegalArgumentException(
          "value 0x" + Long.toHexString(value) + " does not fit in 48 bits");
    }
  }

  /**
   * Returns the address with the given 48 bits.
   *
   * @param value the address in {@code 0..2^48-1}
   * @return the address
   * @throws IllegalArgumentException if the value is out of range
   */
  public static MacAddress of(long value) {
    return new MacAddress(value);
  }

  /**
   * Returns the address in a 6-byte array in transmission order.
   *
   * @param bytes exactly 6 bytes
   * @return the address
   * @throws IllegalArgumentException if the array does not have 6 bytes
   */
  public static MacAddress fromBytes(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("MAC address needs 6 bytes, got " + bytes.length);
    }
    return fromBytes(bytes, 0);
  }

  /**
   * Returns the address in 6 bytes of an array starting at an offset.
   *
   * @param bytes the array
   * @param offset the index of the first byte
   * @return the address
   * @throws IndexOutOfBoundsException if the 6 bytes are not all within the array
   */
  public static MacAddress fromBytes(byte[] bytes, int offset) {
    Objects.checkFromIndexSize(offset, BYTES, bytes.length);
    long v = 0;
    for (int k = 0; k < BYTES; k++) {
      v = v << 8 | (bytes[offset + k] & 0xff);
    }
    return new MacAddress(v);
  }

  /**
   * Reads the address from 6 bytes of a buffer at an absolute index, whatever the buffer's byte
   * order; the buffer's position is not changed and no array is allocated.
   *
   * @param buf the buffer
   * @param index the absolute index of the first byte
   * @return the address
   * @throws IndexOutOfBoundsException if the 6 bytes are not all below the limit
   */
  public static MacAddress read(ByteBuffer buf, int index) {
    Objects.checkFromIndexSize(index, BYTES, buf.limit());
    int hi = buf.getInt(index);
    short lo = buf.getShort(index + 4);
    if (buf.order() != ByteOrder.BIG_ENDIAN) {
      hi = Integer.reverseBytes(hi);
      lo = Short.reverseBytes(lo);
    }
    return new MacAddress((hi & 0xffff_ffffL) << 16 | (lo & 0xffff));
  }

  /**
   * Returns the Ethernet multicast address an IPv4 multicast group maps to (RFC 1112 §6.4):
   * {@code 01:00:5e} followed by the low 23 bits of the group.
   *
   * @param group an IPv4 multicast address ({@code 224.0.0.0/4})
   * @return the MAC address, such as {@code 01:00:5e:00:00:fb} for {@code 224.0.0.251}
   * @throws IllegalArgumentException if the address is not multicast
   */
  public static MacAddress ofMulticast(Ipv4Address group) {
    if (!group.isMulticast()) {
      throw new IllegalArgumentException(group + " is not an IPv4 multicast address");
    }
    return new MacAddress(0x0100_5e00_0000L | (group.value() & 0x7f_ffff));
  }

  /**
   * Returns the Ethernet multicast address an IPv6 multicast group maps to (RFC 2464 §7):
   * {@code 33:33} followed by the low 32 bits of the group.
   *
   * @param group an IPv6 multicast address ({@code ff00::/8})
   * @return the MAC address, such as {@code 33:33:00:00:00:01} for {@code ff02::1}
   * @throws IllegalArgumentException if the address is not multicast
   */
  public static MacAddress ofMulticast(Ipv6Address group) {
    if (!group.isMulticast()) {
      throw new IllegalArgumentException(group + " is not an IPv6 multicast address");
    }
    return new MacAddress(0x3333_0000_0000L | (group.low() & 0xffff_ffffL));
  }

  /**
   * Recovers the MAC address from a modified EUI-64 interface identifier (RFC 4291 App. A),
   * the inverse of {@link #modifiedEui64()}.
   *
   * @param interfaceId the low 64 bits of an IPv6 address, with {@code ff:fe} in its middle
   * @return the MAC address
   * @throws IllegalArgumentException if bytes 3 and 4 of the identifier are not {@code ff fe}
   */
  public static MacAddress fromModifiedEui64(long interfaceId) {
    if (((interfaceId >>> 24) & 0xffff) != 0xfffe) {
      throw new IllegalArgumentException("interface identifier 0x" + Long.toHexString(interfaceId)
          + " does not have ff:fe in bytes 3 and 4, so it was not made from a MAC address");
    }
    long eui64 = interfaceId ^ (0x02L << 56);
    return new MacAddress((eui64 >>> 40) << 24 | (eui64 & 0xff_ffff));
  }

  /**
   * Parses a MAC address in colon ({@code 00:18:66:da:2e:7f}), hyphen ({@code
   * 00-18-66-DA-2E-7F}) or dotted ({@code 0018.66da.2e7f}) form, in either case.
   *
   * @param text the text
   * @return the address
   * @throws IllegalArgumentException if the text is in none of the forms; the message says why
   */
  public static MacAddress parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new MacAddress(parse(text, true));
  }

  /**
   * Parses like {@link #parse(CharSequence)} but returns an empty {@code Optional} instead of
   * throwing.
   *
   * @param text the text
   * @return the address, or empty if the text is not a MAC address
   */
  public static Optional<MacAddress> tryParse(CharSequence text) {
    long v = parse(Objects.requireNonNull(text, "text"), false);
    return v < 0 ? Optional.empty() : Optional.of(new MacAddress(v));
  }

  private static long parse(CharSequence s, boolean raise) {
    int n = s.length();
    if (n == 17) {
      char sep = s.charAt(2);
      if (sep != ':' && sep != '-') {
        return fail(raise, s, "has " + Text.describeChar(sep)
            + " at index 2 where ':' or '-' was expected");
      }
      long v = 0;
      for (int i = 0; i < n; i += 3) {
        int h = Text.hexValue(s.charAt(i));
        int l = Text.hexValue(s.charAt(i + 1));
        if ((h | l) < 0) {
          return badDigit(raise, s, h < 0 ? i : i + 1);
        }
        if (i + 2 < n && s.charAt(i + 2) != sep) {
          return fail(raise, s, "has " + Text.describeChar(s.charAt(i + 2)) + " at index "
              + (i + 2) + " where " + Text.describeChar(sep) + " was expected"
              + " (separators must not be mixed)");
        }
        v = v << 8 | h << 4 | l;
      }
      return v;
    }
    if (n == 14) {
      long v = 0;
      for (int i = 0; i < n; i++) {
        if (i == 4 || i == 9) {
          if (s.charAt(i) != '.') {
            return fail(raise, s, "has " + Text.describeChar(s.charAt(i)) + " at index " + i
                + " where '.' was expected");
          }
          continue;
        }
        int d = Text.hexValue(s.charAt(i));
        if (d < 0) {
          return badDigit(raise, s, i);
        }
        v = v << 4 | d;
      }
      return v;
    }
    return fail(raise, s, "has " + n + " characters; expected 17 (00:18:66:da:2e:7f or "
        + "00-18-66-DA-2E-7F) or 14 (0018.66da.2e7f)");
  }

  private static long badDigit(boolean raise, CharSequence s, int at) {
    if (!raise) {
      return -1;
    }
    return fail(true, s,
        "has " + Text.describeChar(s.charAt(at)) + " at index " + at + " where a hex digit was expected");
  }

  private static long fail(boolean raise, CharSequence s, String reason) {
    if (!raise) {
      return -1;
    }
    throw new IllegalArgumentException("invalid MAC address " + Text.quote(s) + ": " + reason);
  }

  /**
   * Returns one byte of the address.
   *
   * @param index 0 for the first transmitted byte up to 5
   * @return the byte in {@code 0..255}
   * @throws IndexOutOfBoundsException if the index is not in {@code 0..5}
   */
  public int octet(int index) {
    Objects.checkIndex(index, BYTES);
    return (int) (value >>> (40 - 8 * index)) & 0xff;
  }

  /**
   * Returns the Organizationally Unique Identifier: the first three bytes.
   *
   * @return the OUI in {@code 0..0xffffff}, including the two flag bits
   */
  public int oui() {
    return (int) (value >>> 24);
  }

  /**
   * Returns true if the individual/group bit is set: a multicast (or broadcast) address.
   *
   * @return whether bit 0 of the first byte is one
   */
  public boolean isMulticast() {
    return (value & (1L << 40)) != 0;
  }

  /**
   * Returns true if the individual/group bit is clear: a unicast address.
   *
   * @return whether bit 0 of the first byte is zero
   */
  public boolean isUnicast() {
    return !isMulticast();
  }

  /**
   * Returns true for {@code ff:ff:ff:ff:ff:ff}.
   *
   * @return whether all bits are one
   */
  public boolean isBroadcast() {
    return value == MASK;
  }

  /**
   * Returns true if the universal/local bit is set: the address was assigned locally (by an
   * administrator, a hypervisor or randomisation), not from an OUI.
   *
   * @return whether bit 1 of the first byte is one
   */
  public boolean isLocallyAdministered() {
    return (value & (2L << 40)) != 0;
  }

  /**
   * Returns true if the universal/local bit is clear: a universally administered address.
   *
   * @return whether bit 1 of the first byte is zero
   */
  public boolean isUniversallyAdministered() {
    return !isLocallyAdministered();
  }

  /**
   * Returns the modified EUI-64 interface identifier of RFC 4291 Appendix A: {@code ff:fe}
   * inserted between the third and fourth bytes and the universal/local bit inverted. For
   * {@code 00:18:66:da:2e:7f} it is {@code 0x021866fffeda2e7fL}, written {@code
   * 218:66ff:feda:2e7f} as the low half of an IPv6 address.
   *
   * @return the 64-bit interface identifier
   */
  public long modifiedEui64() {
    long eui64 = (value >>> 24) << 40 | 0xfffeL << 24 | (value & 0xff_ffff);
    return eui64 ^ (0x02L << 56);
  }

  /**
   * Returns the link-local IPv6 address {@code fe80::/64} with this address's modified EUI-64
   * interface identifier (RFC 4862 §5.3).
   *
   * @return the address, such as {@code fe80::218:66ff:feda:2e7f}
   */
  public Ipv6Address toLinkLocalIpv6() {
    return new Ipv6Address(0xfe80_0000_0000_0000L, modifiedEui64());
  }

  /**
   * Returns the address in a new 6-byte array in transmission order.
   *
   * @return the bytes
   */
  public byte[] toByteArray() {
    byte[] b = new byte[BYTES];
    for (int k = 0; k < BYTES; k++) {
      b[k] = (byte) (value >>> (40 - 8 * k));
    }
    return b;
  }

  /**
   * Writes the 6 bytes at the buffer's position and advances it.
   *
   * @param dst the buffer, in any byte order
   * @throws java.nio.BufferOverflowException if fewer than 6 bytes remain
   */
  public void write(ByteBuffer dst) {
    int p = dst.position();
    if (dst.limit() - p < BYTES) {
      throw new java.nio.BufferOverflowException();
    }
    write(dst, p);
    dst.position(p + BYTES);
  }

  /**
   * Writes the 6 bytes at an absolute index; the buffer's position is not changed.
   *
   * @param dst the buffer, in any byte order
   * @param index the absolute index of the first byte
   * @throws IndexOutOfBoundsException if the bytes do not fit below the limit
   */
  public void write(ByteBuffer dst, int index) {
    if (dst.isReadOnly()) {
      throw new java.nio.ReadOnlyBufferException();
    }
    Objects.checkFromIndexSize(index, BYTES, dst.limit());
    int hi = (int) (value >>> 16);
    short lo = (short) value;
    if (dst.order() != ByteOrder.BIG_ENDIAN) {
      hi = Integer.reverseBytes(hi);
      lo = Short.reverseBytes(lo);
    }
    dst.putInt(index, hi);
    dst.putShort(index + 4, lo);
  }

  /**
   * Returns the next address.
   *
   * @return this address plus one
   * @throws ArithmeticException if this is {@code ff:ff:ff:ff:ff:ff}
   */
  public MacAddress next() {
    return plus(1);
  }

  /**
   * Returns the previous address.
   *
   * @return this address minus one
   * @throws ArithmeticException if this is {@code 00:00:00:00:00:00}
   */
  public MacAddress previous() {
    return plus(-1);
  }

  /**
   * Returns the address {@code delta} places after (or, if negative, before) this one.
   *
   * @param delta the offset
   * @return the address
   * @throws ArithmeticException if the result is outside the 48-bit space
   */
  public MacAddress plus(long delta) {
    long r = value + delta; // an overflow of the long wraps negative, rejected below
    if ((r & ~MASK) != 0) {
      throw new ArithmeticException(this + " + " + delta + " is outside the 48-bit MAC space");
    }
    return new MacAddress(r);
  }

  /**
   * Compares as unsigned 48-bit numbers.
   *
   * @param other the other address
   * @return negative, zero or positive as this address is below, equal to or above the other
   */
  @Override
  public int compareTo(MacAddress other) {
    return Long.compare(value, other.value);
  }

  /**
   * Returns the IEEE 802 form: upper-case hex bytes separated by hyphens, {@code
   * 00-18-66-DA-2E-7F}.
   *
   * @return the text
   */
  public String toIeeeString() {
    return separated('-', true);
  }

  /**
   * Returns the dotted form: three groups of four lower-case hex digits, {@code 0018.66da.2e7f}.
   *
   * @return the text
   */
  public String toDottedString() {
    byte[] b = new byte[14];
    int p = 0;
    for (int k = 0; k < 12; k++) {
      if (k == 4 || k == 8) {
        b[p++] = '.';
      }
      b[p++] = Text.LOWER_HEX[(int) (value >>> (44 - 4 * k)) & 0xf];
    }
    return Text.ascii(b, p);
  }

  /**
   * Returns lower-case hex bytes separated by colons, {@code 00:18:66:da:2e:7f}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return separated(':', false);
  }

  private String separated(char sep, boolean upper) {
    byte[] b = new byte[17];
    int p = 0;
    for (int k = 0; k < BYTES; k++) {
      if (k > 0) {
        b[p++] = (byte) sep;
      }
      int v = octet(k);
      b[p++] = hex(v >>> 4, upper);
      b[p++] = hex(v & 0xf, upper);
    }
    return Text.ascii(b, p);
  }

  private static byte hex(int d, boolean upper) {
    byte c = Text.LOWER_HEX[d];
    return upper && c >= 'a' ? (byte) (c - 'a' + 'A') : c;
  }
}
