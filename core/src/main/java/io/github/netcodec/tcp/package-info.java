/**
 * TCP (RFC 9293): {@link io.github.netcodec.tcp.TcpSegment} with typed {@link
 * io.github.netcodec.tcp.TcpOption}s and the checksum over the IPv4 or IPv6 pseudo-header, and
 * {@link io.github.netcodec.tcp.SequenceNumber} arithmetic modulo 2^32.
 *
 * <p>Once {@code parse} returns, no accessor throws. A wrong checksum is reported by {@code
 * hasValidChecksum}, never thrown.
 */
package io.github.netcodec.tcp;
