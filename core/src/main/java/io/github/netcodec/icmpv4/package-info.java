/**
 * ICMP for IPv4 (RFC 792): {@link io.github.netcodec.icmpv4.Icmpv4Message}, with echo,
 * destination unreachable (and the next-hop MTU of RFC 1191), redirect, time exceeded and
 * parameter problem, and the quoted original datagram of error messages.
 *
 * <p>Once {@code parse} returns, no accessor throws. A wrong checksum is reported by {@code
 * hasValidChecksum}, never thrown.
 */
package io.github.netcodec.icmpv4;
