/**
 * IP and MAC addresses, prefixes, the special-purpose registries, a longest-prefix-match
 * routing table, ports and endpoints.
 *
 * <ul>
 *   <li>Addresses: {@link io.github.netcodec.address.Ipv4Address} (an {@code int}), {@link
 *       io.github.netcodec.address.Ipv6Address} (two {@code long}s), both {@link
 *       io.github.netcodec.address.IpAddress}; {@link io.github.netcodec.address.ZonedIpv6Address}
 *       ({@code fe80::1%eth0}); {@link io.github.netcodec.address.MacAddress} (48 bits).
 *   <li>Prefixes: {@link io.github.netcodec.address.Ipv4Prefix} and {@link
 *       io.github.netcodec.address.Ipv6Prefix}, both {@link io.github.netcodec.address.IpPrefix},
 *       with strict and lenient treatment of host bits, covers of ranges and merging.
 *   <li>Classification: {@link io.github.netcodec.address.SpecialPurpose} over the IANA
 *       special-purpose registries, giving an {@link io.github.netcodec.address.AddressCategory}
 *       and a {@link io.github.netcodec.address.SpecialPurposeBlock} with the registry's flags.
 *   <li>Routing: {@link io.github.netcodec.address.RoutingTable}, longest-prefix match for both
 *       versions.
 *   <li>Transport: {@link io.github.netcodec.address.Port} (IANA ranges and service names) and
 *       {@link io.github.netcodec.address.Endpoint} ({@code 1.2.3.4:80}, {@code
 *       [2001:db8::1]:443}).
 * </ul>
 *
 * <p>Every value is an immutable record of primitive bits with:
 *
 * <ul>
 *   <li>{@code parse(CharSequence)}, which throws {@link java.lang.IllegalArgumentException}
 *       with a message naming the input and the reason, and nothing else; {@code
 *       tryParse(CharSequence)} returns an {@link java.util.Optional} instead;
 *   <li>{@code of(...)} and {@code fromBytes(...)} factories, {@code read(ByteBuffer, int)} at an
 *       absolute index, and {@code write(ByteBuffer)} / {@code write(ByteBuffer, int)}, all in
 *       network byte order whatever the buffer's order;
 *   <li>{@code toString()} giving the canonical text, and unsigned ordering.
 * </ul>
 *
 * <p>Text parsers are hand-written and strict: a valid literal allocates only the result.
 */
package io.github.netcodec.address;
