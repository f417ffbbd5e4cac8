/**
 * IPv4 (RFC 791): the {@link io.github.netcodec.ipv4.Ipv4Packet} codec with typed {@link
 * io.github.netcodec.ipv4.Ipv4Option}s, fragmentation ({@link
 * io.github.netcodec.ipv4.Ipv4Fragmenter}) and reassembly ({@link
 * io.github.netcodec.ipv4.Ipv4Reassembler}).
 *
 * <p>The codec contract of the root package holds: {@code parse} reads by absolute index and
 * leaves the buffer untouched, the payload is a read-only view of the input, encoding is
 * lossless, impossible input throws {@link io.github.netcodec.MalformedPacketException} and
 * nothing else, and once {@code parse} returns, no accessor throws.
 */
package io.github.netcodec.ipv4;
