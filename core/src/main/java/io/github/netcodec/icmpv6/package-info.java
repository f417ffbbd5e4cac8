/**
 * ICMP for IPv6 (RFC 4443): {@link io.github.netcodec.icmpv6.Icmpv6Message} with echo,
 * destination unreachable, packet too big, time exceeded and parameter problem, the checksum
 * over the IPv6 pseudo-header, and Neighbor Discovery (RFC 4861) as typed {@link
 * io.github.netcodec.icmpv6.NeighborDiscovery} messages with {@link
 * io.github.netcodec.icmpv6.NdpOption}s.
 *
 * <p>Types and codes follow the IANA ICMPv6 Parameters registries as open registries: {@link
 * io.github.netcodec.icmpv6.Icmpv6Type} for the type, and {@link
 * io.github.netcodec.icmpv6.Icmpv6Code} for a code, which is the pair (type, code) because the
 * registry defines codes per type (code 4 is "port unreachable" only under Destination
 * Unreachable). {@link io.github.netcodec.icmpv6.Icmpv6Message} keeps the type typed and the code
 * as the {@code int} on the wire, so that a message never holds a code whose type disagrees with
 * its own; {@code typedCode()} gives the pair with its name. Every value 0..255 of either field
 * parses and encodes unchanged. Neighbor Discovery option types are still {@code int}s.
 *
 * <p>Once {@code parse} returns, no accessor throws. A wrong checksum is reported by {@code
 * hasValidChecksum}, never thrown.
 */
package io.github.netcodec.icmpv6;
