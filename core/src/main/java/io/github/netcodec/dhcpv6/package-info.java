/**
 * DHCPv6 (RFC 8415): {@link io.github.netcodec.dhcpv6.Dhcpv6Message} in its client/server and
 * relay layouts, typed {@link io.github.netcodec.dhcpv6.Dhcpv6Option}s (identifiers with {@link
 * io.github.netcodec.dhcpv6.Duid}s, IA_NA, IA_TA and IA_PD with their addresses and prefixes,
 * Option Request, Preference, Elapsed Time, Status Code, Rapid Commit, Reconfigure Accept,
 * Relay Message, Interface-Id, and the DNS options of RFC 3646), open registries for message
 * types, option codes and status codes, and builders for the common client messages.
 *
 * <p>The codec contract of the root package holds: {@code parse} reads by absolute index and
 * leaves the buffer untouched; every octet is kept, so a message encodes back to the bytes it
 * was parsed from; impossible input throws {@link io.github.netcodec.MalformedPacketException}
 * and nothing else; once {@code parse} returns, no accessor throws. Relay nesting is bounded at
 * 32 levels and option nesting at 8, so hostile input cannot exhaust the stack.
 */
package io.github.netcodec.dhcpv6;
