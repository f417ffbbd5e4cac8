package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an IPv6 packet into fragments that fit a path MTU, as a source node does (RFC 8200
 * §4.5). Routers never fragment IPv6; a source learns the path MTU (RFC 8201) and fragments
 * before sending.
 *
 * <pre>
 * original packet:
 * +------------------+-------------------------//------------------------+
 * |  Unfragmentable  |                 Fragmentable                       |
 * |       Part       |                     Part                           |
 * +------------------+-------------------------//------------------------+
 *
 * fragment packets:
 * +------------------+--------+--------------+
 * |  Unfragmentable  |Fragment|    first     |
 * |       Part       | Header |   fragment   |
 * +------------------+--------+--------------+
 *                 o
 *                 o
 * +------------------+--------+----------+
 * |  Unfragmentable  |Fragment|   last   |
 * |       Part       | Header | fragment |
 * +------------------+--------+----------+
 * </pre>
 *
 * <ul>
 *   <li>The Unfragmentable Part is the IPv6 header and the extension headers up to and including
 *       the last Routing header, or else a Hop-by-Hop Options header, or else none; every
 *       fragment repeats it, with the last header's Next Header now saying Fragment (44).
 *   <li>The Fragmentable Part is everything after it: the other extension headers, the
 *       upper-layer header and its data. Each fragment carries a piece of it whose length is a
 *       multiple of 8 except in the last; offsets count 8-octet units, M is set on all but the
 *       last, and every Fragment header has the same Identification and names the first header
 *       of the Fragmentable Part as its Next Header.
 *   <li>The first fragment carries every extension header of the Fragmentable Part whole, as
 *       RFC 8200 §4.5 and RFC 7112 §5 require; that the upper-layer header fits too is left to
 *       the MTU (any IPv6 path carries 1280 bytes).
 *   <li>When the Fragmentable Part is the payload alone, fragment payloads are read-only views
 *       of it; otherwise the Fragmentable Part is encoded once into a new array.
 * </ul>
 *
 * <pre>{@code
 * List<Ipv6Packet> fragments = Ipv6Fragmenter.fragment(packet, 1280, nextIdentification());
 * }</pre>
 */
public final class Ipv6Fragmenter {

  private Ipv6Fragmenter() {}

  /**
   * Returns the packet as fragments of at most {@code mtu} bytes each, or the packet alone if it
   * fits.
   *
   * @param packet the packet to split: whole, not a jumbogram (RFC 2675 §3 forbids fragmenting
   *     them) and without a Fragment header of its own
   * @param mtu the largest packet the path carries, in bytes (1280 or more on a real IPv6 path,
   *     RFC 8200 §5); it must leave room for the Unfragmentable Part, a Fragment header and 8
   *     bytes of data, and the first fragment must hold every extension header of the
   *     Fragmentable Part (RFC 7112 §5)
   * @param identification the Identification for the Fragment headers, 32 bits; unique among
   *     the packets recently sent from this source to this destination (RFC 7739 explains how to
   *     choose it)
   * @return the fragments in order of offset; the packet alone if it fits
   * @throws IllegalArgumentException if the packet is truncated, a jumbogram or already
   *     fragmented, the identification is not 32 bits, or the MTU is too small for one fragment
   *     or for the extension headers of the Fragmentable Part
   */
  public static List<Ipv6Packet> fragment(Ipv6Packet packet, int mtu, long identification) {
    checkRange(identification, 0xffffffffL, "identification");
    if (packet.isTruncated()) {
      throw new IllegalArgumentException("cannot fragment a truncated packet: "
          + (packet.encodedLength() - Ipv6Packet.HEADER_LENGTH) + " of its "
          + packet.declaredPayloadLength() + " payload bytes are present");
    }
    if (packet.encodedLength() <= mtu) {
      return List.of(packet);
    }
    if (packet.isJumbogram()) {
      throw new IllegalArgumentException("a jumbogram cannot be fragmented (RFC 2675 §3)");
    }
    if (packet.extensionHeader(FragmentHeader.class).isPresent()) {
      throw new IllegalArgumentException("the packet already has a Fragment header");
    }
    List<Ipv6ExtensionHeader> chain = packet.extensionHeaders();
    int split = unfragmentableHeaders(chain);
    List<Ipv6ExtensionHeader> unfragmentable = chain.subList(0, split);
    int unfragmentableLength = Ipv6Packet.HEADER_LENGTH;
    for (Ipv6ExtensionHeader header : unfragmentable) {
      unfragmentableLength += header.encodedLength();
    }
    int perFragment = (mtu - unfragmentableLength - Ipv6Fields.FRAG_LENGTH) & ~7;
    if (perFragment < 8) {
      throw new IllegalArgumentException("mtu " + mtu + " leaves no room for 8 bytes of data"
          + " after the " + unfragmentableLength + "-byte Unfragmentable Part and the 8-byte"
          + " Fragment header");
    }
    int headersToCarry = 0;
    for (int i = split; i < chain.size(); i++) {
      headersToCarry += chain.get(i).encodedLength();
    }
    if (headersToCarry > perFragment) {
      throw new IllegalArgumentException("mtu " + mtu + " leaves " + perFragment + " bytes per"
          + " fragment, fewer than the " + headersToCarry + " bytes of extension headers the"
          + " first fragment must carry whole (RFC 8200 §4.5, RFC 7112 §5)");
    }
    ByteBuffer fragmentable = fragmentablePart(packet, chain, split);
    IpProtocol first = split < chain.size() ? chain.get(split).type() : packet.upperLayerProtocol();
    List<Ipv6ExtensionHeader> headers = new ArrayList<>(unfragmentable);
    headers.add(null);
    int total = fragmentable.remaining();
    List<Ipv6Packet> fragments = new ArrayList<>(total / perFragment + 1);
    Ipv6Packet.Builder builder = packet.toBuilder().protocol(first);
    for (int offset = 0; offset < total; offset += perFragment) {
      int length = Math.min(perFragment, total - offset);
      boolean more = offset + length < total;
      headers.set(split, FragmentHeader.of(first, offset, more, identification));
      fragments.add(builder.extensionHeaders(headers)
          .payload(fragmentable.duplicate().position(offset).limit(offset + length)).build());
    }
    return List.copyOf(fragments);
  }

  /**
   * The number of leading headers in the Unfragmentable Part (RFC 8200 §4.5): up to and
   * including the last Routing header, or else a leading Hop-by-Hop header.
   */
  static int unfragmentableHeaders(List<Ipv6ExtensionHeader> chain) {
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (chain.get(i) instanceof RoutingHeader) {
        return i + 1;
      }
    }
    return !chain.isEmpty() && chain.get(0) instanceof HopByHopOptions ? 1 : 0;
  }

  private static ByteBuffer fragmentablePart(
      Ipv6Packet packet, List<Ipv6ExtensionHeader> chain, int split) {
    if (split == chain.size()) {
      return packet.payload();
    }
    int length = packet.payload().remaining();
    for (int i = split; i < chain.size(); i++) {
      length += chain.get(i).encodedLength();
    }
    ByteBuffer out = ByteBuffer.allocate(length);
    for (int i = split; i < chain.size(); i++) {
      chain.get(i).encode(out);
    }
    out.put(packet.payload());
    return out.flip().asReadOnlyBuffer();
  }
}
