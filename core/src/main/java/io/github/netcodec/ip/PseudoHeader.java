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
  private static final long LOW_32 = 0xffff_ffffL;

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
    // The words go into one long and are folded once: this runs for every checksum verified.
    if (source instanceof Ipv4Address s && destination instanceof Ipv4Address d) {
      if (length < 0 || length > 0xffff) {
        throw new IllegalArgumentException("length " + length + " is not in 0..65535");
      }
      return fold(halves(s.value()) + halves(d.value()) + protocol.value() + length);
    }
    if (source instanceof Ipv6Address s && destination instanceof Ipv6Address d) {
      if (length < 0 || length > 0xffffffffL) {
        throw new IllegalArgumentException("length " + length + " is not in 0..4294967295");
      }
      return fold(halves(s.high()) + halves(s.low()) + halves(d.high()) + halves(d.low())
          + length + protocol.value());
    }
    throw new IllegalArgumentException("source " + source + " and destination " + destination
        + " are not of the same IP version");
  }

  private static long halves(long value) {
    return (value >>> 32) + (value & LOW_32);
  }

  private static long halves(int value) {
    return value & LOW_32;
  }

  /** Folds a sum of at most a few dozen 32-bit values to 16 bits with end-around carries. */
  private static int fold(long sum) {
    sum = (sum >>> 32) + (sum & LOW_32);
    sum = (sum >>> 32) + (sum & LOW_32);
    return InternetChecksum.addInt(0, (int) sum);
  }
}
