package io.github.netcodec.address;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address: {@link Ipv4Address} or {@link Ipv6Address}. Code that handles both
 * versions (an endpoint, a URI host, a DNS A/AAAA answer) holds this type and switches on the
 * two records.
 *
 * <pre>{@code
 * IpAddress a = IpAddress.parse("128.143.67.11");          // an Ipv4Address
 * IpAddress b = IpAddress.parse("2607:f8b0:400d:c00::6a"); // an Ipv6Address
 * }</pre>
 */
public sealed interface IpAddress permits Ipv4Address, Ipv6Address {

  /**
   * Parses an IPv4 dotted quad or an IPv6 literal (without brackets or zone id), deciding by
   * the presence of a colon.
   *
   * @param text the literal
   * @return the address
   * @throws IllegalArgumentException if the text is not a valid literal, with the reason
   */
  static IpAddress parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return hasColon(text) ? Ipv6Address.parse(text) : Ipv4Address.parse(text);
  }

  /**
   * Parses like {@link #parse(CharSequence)} but returns an empty {@code Optional} instead of
   * throwing.
   *
   * @param text the literal
   * @return the address, or empty if the text is not a valid literal
   */
  static Optional<IpAddress> tryParse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return hasColon(text)
        ? Optional.ofNullable(Ipv6Address.parseOrNull(text))
        : Optional.ofNullable(Ipv4Address.parseOrNull(text));
  }

  /**
   * Converts a {@code java.net} address. An {@link Inet4Address} gives an {@link Ipv4Address},
   * an {@link Inet6Address} an {@link Ipv6Address} (its scope id is dropped).
   *
   * @param address the address
   * @return the address
   */
  static IpAddress of(InetAddress address) {
    Objects.requireNonNull(address, "address");
    if (address instanceof Inet4Address) {
      return Ipv4Address.of(address);
    }
    return Ipv6Address.of(address);
  }

  /**
   * Returns the IP version.
   *
   * @return 4 or 6
   */
  int version();

  /**
   * Returns the length of the address in bytes.
   *
   * @return 4 or 16
   */
  int byteLength();

  /**
   * Returns the length of the address in bits.
   *
   * @return 32 or 128
   */
  default int bitLength() {
    return byteLength() * 8;
  }

  /**
   * Returns the address in network byte order in a new array.
   *
   * @return 4 or 16 bytes
   */
  byte[] toByteArray();

  /**
   * Writes the address in network byte order at the buffer's position and advances it. The
   * buffer's byte order does not matter.
   *
   * @param dst the buffer
   * @throws java.nio.BufferOverflowException if fewer than {@link #byteLength()} bytes remain
   */
  void write(ByteBuffer dst);

  /**
   * Writes the address in network byte order at an absolute index; the buffer's position is not
   * changed. The buffer's byte order does not matter.
   *
   * @param dst the buffer
   * @param index the absolute index of the first byte
   * @throws IndexOutOfBoundsException if the bytes do not fit below the limit
   */
  void write(ByteBuffer dst, int index);

  /**
   * Converts to a {@code java.net} address without any name lookup.
   *
   * @return an {@link Inet4Address} or an {@link Inet6Address}
   */
  InetAddress toInetAddress();

  /**
   * Returns true for the unspecified address ({@code 0.0.0.0} or {@code ::}).
   *
   * @return whether all bits are zero
   */
  boolean isUnspecified();

  /**
   * Returns true for a loopback address ({@code 127.0.0.0/8} or {@code ::1}).
   *
   * @return whether the address is a loopback address
   */
  boolean isLoopback();

  /**
   * Returns true for a multicast address ({@code 224.0.0.0/4} or {@code ff00::/8}).
   *
   * @return whether the address is a multicast address
   */
  boolean isMulticast();

  /**
   * Returns true for a link-local unicast address ({@code 169.254.0.0/16} or {@code
   * fe80::/10}).
   *
   * @return whether the address is link-local unicast
   */
  boolean isLinkLocal();

  /**
   * Returns the canonical text: the dotted quad for IPv4, RFC 5952 for IPv6.
   *
   * @return the canonical text
   */
  @Override
  String toString();

  private static boolean hasColon(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }
}
