/**
 * ICMP for IPv4 (RFC 792): {@link io.github.netcodec.icmpv4.Icmpv4Message}, with echo,
 * destination unreachable (and the next-hop MTU of RFC 1191), redirect, time exceeded and
 * parameter problem, and the quoted original datagram of error messages.
 *
 * <p>Types and codes follow the IANA "ICMP Type Numbers" registry as open registries: {@link
 * io.github.netcodec.icmpv4.Icmpv4Type} for the type, and {@link
 * io.github.netcodec.icmpv4.Icmpv4Code} for a code, which is the pair (type, code) because the
 * registry defines codes per type (code 3 is Port Unreachable only under Destination
 * Unreachable). {@link io.github.netcodec.icmpv4.Icmpv4Message} keeps the type typed and the code
 * as the {@code int} on the wire, so that a message never holds a code whose type disagrees with
 * its own; {@code typedCode()} gives the pair with its name. Every value 0..255 of either field
 * parses and encodes unchanged.
 *
 * <p>Once {@code parse} returns, no accessor throws. A wrong checksum is reported by {@code
 * hasValidChecksum}, never thrown.
 */
package io.github.netcodec.icmpv4;
