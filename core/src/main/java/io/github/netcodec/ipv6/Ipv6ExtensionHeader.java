package io.github.netcodec.ipv6;

import io.github.netcodec.Encodable;
import io.github.netcodec.ip.IpProtocol;

/**
 * One header of an IPv6 packet's extension header chain (RFC 8200 §4), between the fixed header
 * and the upper-layer payload. Each header but ESP starts with a Next Header byte naming what
 * follows it; {@link Ipv6Packet} checks that the chain links up.
 *
 * <table>
 *   <caption>Extension header records</caption>
 *   <tr><th>Next Header</th><th>Record</th><th>Source</th></tr>
 *   <tr><td>0</td><td>{@link HopByHopOptions}</td><td>RFC 8200 §4.3</td></tr>
 *   <tr><td>43</td><td>{@link RoutingHeader}: {@link Type2RoutingHeader},
 *       {@link RplSourceRouteHeader}, {@link SegmentRoutingHeader},
 *       {@link UnknownRoutingHeader}</td><td>RFC 8200 §4.4, RFC 6275, RFC 6554, RFC 8754</td></tr>
 *   <tr><td>44</td><td>{@link FragmentHeader}</td><td>RFC 8200 §4.5</td></tr>
 *   <tr><td>50</td><td>{@link EspHeader}: ends the chain, the rest is opaque</td>
 *       <td>RFC 4303</td></tr>
 *   <tr><td>51</td><td>{@link AuthenticationHeader}</td><td>RFC 4302</td></tr>
 *   <tr><td>60</td><td>{@link DestinationOptions}</td><td>RFC 8200 §4.6</td></tr>
 *   <tr><td>135, 139, 140, 253, 254</td><td>{@link GenericExtensionHeader}</td>
 *       <td>RFC 6564 (Mobility, HIP, Shim6, experiments)</td></tr>
 * </table>
 *
 * <p>No Next Header (59, RFC 8200 §4.7) is not a header: it ends the chain, and whatever bytes
 * follow are kept as the packet's payload.
 */
public sealed interface Ipv6ExtensionHeader extends Encodable
    permits HopByHopOptions, DestinationOptions, RoutingHeader, FragmentHeader,
        AuthenticationHeader, EspHeader, GenericExtensionHeader {

  /**
   * Returns the Next Header value that announces this header in the one before it.
   *
   * @return the header's protocol number, e.g. {@link IpProtocol#IPV6_FRAG}
   */
  IpProtocol type();
}
