/**
 * IPv6 (RFC 8200): {@link io.github.netcodec.ipv6.Ipv6Packet} with its extension header chain as
 * typed records ({@link io.github.netcodec.ipv6.Ipv6ExtensionHeader}), fragmentation for a path
 * MTU ({@link io.github.netcodec.ipv6.Ipv6Fragmenter}) and reassembly ({@link
 * io.github.netcodec.ipv6.Ipv6Reassembler}).
 *
 * <p>Every record follows the codec contract of {@link io.github.netcodec}: {@code parse} reads
 * from the buffer's position to its limit without moving them, the payload is a read-only view
 * of the input, {@code encode} writes what was parsed byte for byte (unknown options, padding,
 * reserved bits included), and bad input throws {@link
 * io.github.netcodec.MalformedPacketException} and nothing else. Once {@code parse} returns, no
 * accessor throws.
 */
package io.github.netcodec.ipv6;
