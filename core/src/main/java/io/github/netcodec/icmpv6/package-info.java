/**
 * ICMP for IPv6 (RFC 4443): {@link io.github.netcodec.icmpv6.Icmpv6Message} with echo,
 * destination unreachable, packet too big, time exceeded and parameter problem, the checksum
 * over the IPv6 pseudo-header, and Neighbor Discovery (RFC 4861) as typed {@link
 * io.github.netcodec.icmpv6.NeighborDiscovery} messages with {@link
 * io.github.netcodec.icmpv6.NdpOption}s.
 *
 * <p>Once {@code parse} returns, no accessor throws. A wrong checksum is reported by {@code
 * hasValidChecksum}, never thrown.
 */
package io.github.netcodec.icmpv6;
