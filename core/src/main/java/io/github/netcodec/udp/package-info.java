/**
 * UDP (RFC 768): {@link io.github.netcodec.udp.UdpDatagram}, with the checksum over the IPv4 or
 * IPv6 pseudo-header.
 *
 * <p>Once {@code parse} returns, no accessor throws. A wrong checksum is reported by {@code
 * hasValidChecksum}, never thrown.
 */
package io.github.netcodec.udp;
