/**
 * TCP (RFC 9293): {@link io.github.netcodec.tcp.TcpSegment} with typed {@link
 * io.github.netcodec.tcp.TcpOption}s and the checksum over the IPv4 or IPv6 pseudo-header, and
 * {@link io.github.netcodec.tcp.SequenceNumber} arithmetic modulo 2^32.
 *
 * <p>Option kinds are {@link io.github.netcodec.tcp.TcpOptionKind} values, an open registry
 * after the IANA "TCP Option Kind Numbers": every kind 0..255 has one, and an option of a kind
 * without a record here is a {@link io.github.netcodec.tcp.TcpOption.Unknown} that encodes back
 * byte for byte. The MPTCP subtype ({@link io.github.netcodec.tcp.TcpOption.Multipath#subtype()})
 * stays an {@code int} with named constants: it is a 4-bit field inside the option's data, which
 * the record keeps raw, not a field a codec dispatches on; a typed accessor can be added beside
 * it without breaking callers.
 *
 * <p>Once {@code parse} returns, no accessor throws. A wrong checksum is reported by {@code
 * hasValidChecksum}, never thrown.
 */
package io.github.netcodec.tcp;
