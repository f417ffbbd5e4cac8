/**
 * What IPv4 and IPv6 share: the IANA protocol number registry
 * ({@link io.github.netcodec.ip.IpProtocol}), used by the IPv4 Protocol and IPv6 Next Header
 * fields alike.
 */
package io.github.netcodec.ip;
