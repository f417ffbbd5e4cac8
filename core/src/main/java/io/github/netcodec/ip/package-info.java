/**
 * What IPv4 and IPv6 share: the IANA protocol number registry
 * ({@link io.github.netcodec.ip.IpProtocol}), used by the IPv4 Protocol and IPv6 Next Header
 * fields alike, and the fragment reassembly engine.
 *
 * <h2>Reassembly</h2>
 *
 * <ul>
 *   <li>{@link io.github.netcodec.ip.ReassemblyBuffer}: one datagram's payload, RFC 815 hole
 *       tracking over its byte range, with an {@link io.github.netcodec.ip.OverlapPolicy} and
 *       caps on its length and fragment count;
 *   <li>{@link io.github.netcodec.ip.ReassemblyTable}: the datagrams in progress by key, with a
 *       time limit driven by an injected clock and a memory cap over them all ({@link
 *       io.github.netcodec.ip.ReassemblyLimits}).
 * </ul>
 *
 * <p>The families' reassemblers ({@code Ipv4Reassembler}, the IPv6 one) add the checks of their
 * own headers and choose the overlap policy: IPv4 accepts identical overlaps and discards the
 * datagram on differing ones, IPv6 follows RFC 5722.
 */
package io.github.netcodec.ip;
