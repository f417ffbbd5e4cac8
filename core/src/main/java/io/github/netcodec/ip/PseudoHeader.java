package io.github.netcodec.ip;

import io.github.netcodec.address.IpAddress;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.checksum.InternetChecksum;

/**
 * The Internet checksum sum of the pseudo-header that UDP, TCP and ICMPv6 prepend to their
 * checksummed bytes, for either IP version.
 *
 * <pre>
 * IPv4 (RFC 768, RFC 9293 §3.1)            IPv6 (RFC 8200 §8.1)
 * +--------+--------+--------+--------+   +-----------------------------------+
 * |          Source Address           |   |     Source Address (16 bytes)     |
 * +--------+--------+--------+--------+   +-----------------------------------+
 * |        Destination Address        |   |  Destination Address (16 bytes)   |
 * +--------+--------+--------+--------+   +-----------------------------------+
 * |  zero  |Protocol|      Length     |   |   Upper-Layer Packet Length (32)  |
 * +--------+--------+--------+--------+   +--------------------------+--------+
 *                                         |        zero (24)         |  Next  |
 *                                         +--------------------------+--------+
 * </pre>
 *
 * <p>Both pseudo-headers have an even length, so the upper-layer bytes are simply added with
 * {@link InternetChecksum#combine(int, long, int)} at length 0 (or any even length).
 *
 * <pre>{@code
 * int sum = PseudoHeader.sum(src, dst, IpProtocol.UDP, udpLength);
 * sum = InternetChecksum.combine(sum, 0, InternetChecksum.sum(udpBytes));
 * }</pre>
 */
public final class PseudoHeader {
  private PseudoHeader() {}

  /**
   * Returns the one's complement sum of the pseudo-header for two addresses of the same family.
   * For IPv6 with a Routing header, pass the final destination.
   *
   * @param source the source address
   * @param destination the destination address, of the same family
   * @param protocol the upper-layer protocol
   * @param length the upper-layer length in bytes: 0..65535 for IPv4, 0..2^32-1 for IPv6
   * @return the sum, in {@code 0..0xffff}
   * @throws IllegalArgumentException if the families differ or the length is out of range
   */
  public static int sum(IpAddress source, IpAddress destination, IpProtocol protocol,
      long length) {
    if (source instanceof Ipv4Address s && destination instanceof Ipv4Address d) {
      if (length < 0 || length > 0xffff) {
        throw new IllegalArgumentException("length " + length + " is not in 0..65535");
      }
      int sum = InternetChecksum.addInt(0, s.value());
      sum = InternetChecksum.addInt(sum, d.value());
      sum = InternetChecksum.addWord(sum, protocol.value());
      return InternetChecksum.addWord(sum, (int) length);
    }
    if (source instanceof Ipv6Address s && destination instanceof Ipv6Address d) {
      if (length < 0 || length > 0xffffffffL) {
        throw new IllegalArgumentException("length " + length + " is not in 0..4294967295");
      }
      int sum = addLong(0, s.high());
      sum = addLong(sum, s.low());
      sum = addLong(sum, d.high());
      sum = addLong(sum, d.low());
      sum = InternetChecksum.addInt(sum, (int) length);
      return InternetChecksum.addWord(sum, protocol.value());
    }
    throw new IllegalArgumentException("source " + source + " and destination " + destination
        + " are not of the same IP version");
  }

  private static int addLong(int sum, long value) {
    return InternetChecksum.addInt(InternetChecksum.addInt(sum, (int) (value >>> 32)),
        (int) value);
  }
}
