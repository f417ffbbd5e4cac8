package io.github.netcodec.ipv6;

import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ip.IpProtocol;

/**
 * A Routing header (RFC 8200 §4.4): a list of nodes the packet visits on its way. One record per
 * Routing Type; types without a record, including the deprecated type 0 (RFC 5095), are kept raw
 * as {@link UnknownRoutingHeader}.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Next Header  |  Hdr Ext Len  |  Routing Type | Segments Left |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * .                                                               .
 * .                       type-specific data                      .
 * .                                                               .
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public sealed interface RoutingHeader extends Ipv6ExtensionHeader
    permits Type2RoutingHeader, RplSourceRouteHeader, SegmentRoutingHeader, UnknownRoutingHeader {

  /** Routing Type 2, Mobile IPv6 (RFC 6275 §6.4). */
  int TYPE_2 = 2;
  /** Routing Type 3, RPL Source Route (RFC 6554). */
  int TYPE_RPL = 3;
  /** Routing Type 4, Segment Routing (RFC 8754). */
  int TYPE_SEGMENT_ROUTING = 4;

  /**
   * Returns the Next Header field: what follows this header.
   *
   * @return the next header
   */
  IpProtocol nextHeader();

  /**
   * Returns the Routing Type field.
   *
   * @return the routing type, 0..255
   */
  int routingType();

  /**
   * Returns the Segments Left field: how many listed nodes are still to be visited.
   *
   * @return the segments left, 0..255
   */
  int segmentsLeft();

  /**
   * Returns the address the packet is finally delivered to, the one an upper layer's
   * pseudo-header uses at the sender (RFC 8200 §8.1): the last listed node while segments are
   * left, otherwise {@code destination}.
   *
   * @param destination the Destination Address of the IPv6 header
   * @return the final destination
   */
  Ipv6Address finalDestination(Ipv6Address destination);

  /**
   * Returns {@link IpProtocol#IPV6_ROUTE}.
   *
   * @return the protocol number of this header
   */
  @Override
  default IpProtocol type() {
    return IpProtocol.IPV6_ROUTE;
  }
}
