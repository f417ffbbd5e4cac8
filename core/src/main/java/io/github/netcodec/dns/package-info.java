/**
 * DNS (RFC 1035 and successors): {@link io.github.netcodec.dns.DnsMessage} with name
 * compression, {@link io.github.netcodec.dns.DnsName}, typed {@link
 * io.github.netcodec.dns.Rdata}, EDNS(0) ({@link io.github.netcodec.dns.Edns}, {@link
 * io.github.netcodec.dns.EdnsOption}), open registries for types, classes, opcodes and response
 * codes, and dig-style presentation.
 *
 * <p>The codec contract of the root package holds: {@code parse} reads by absolute index and
 * leaves the buffer untouched, impossible input throws {@link
 * io.github.netcodec.MalformedPacketException} and nothing else (never a loop, never allocation
 * beyond a small multiple of the input), and once {@code parse} returns, no accessor throws.
 * Name decompression accepts only pointers that lead strictly backwards and caps the hops.
 */
package io.github.netcodec.dns;
