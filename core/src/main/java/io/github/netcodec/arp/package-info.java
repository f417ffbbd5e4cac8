/**
 * The Address Resolution Protocol (RFC 826) for any hardware and protocol address lengths, with
 * conveniences for Ethernet and IPv4 and the RFC 5227 probe and announcement.
 *
 * <p>The hardware type and the operation are {@link io.github.netcodec.arp.ArpHardwareType} and
 * {@link io.github.netcodec.arp.ArpOperation}, open registries after the IANA "Address
 * Resolution Protocol (ARP) Parameters": every 16-bit value is one, named or not, and parses and
 * encodes unchanged; the protocol type is an {@link io.github.netcodec.ethernet.EtherType}.
 *
 * <p>{@link io.github.netcodec.arp.ArpPacket#parse(java.nio.ByteBuffer)} follows the codec
 * contract of the root package: the buffer is left unchanged, structurally impossible input
 * throws {@link io.github.netcodec.MalformedPacketException} and nothing else.
 */
package io.github.netcodec.arp;
