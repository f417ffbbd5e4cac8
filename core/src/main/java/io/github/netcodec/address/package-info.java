/**
 * IP and MAC addresses: {@link io.github.netcodec.address.Ipv4Address}, {@link
 * io.github.netcodec.address.Ipv6Address} (both {@link io.github.netcodec.address.IpAddress}),
 * {@link io.github.netcodec.address.ZonedIpv6Address} and {@link
 * io.github.netcodec.address.MacAddress}.
 *
 * <p>Every type is an immutable record of primitive bits with:
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
