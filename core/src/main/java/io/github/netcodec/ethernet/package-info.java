/**
 * Ethernet frames (Ethernet II and IEEE 802.3 with LLC and SNAP), VLAN tags (IEEE 802.1Q,
 * 802.1ad QinQ) and the EtherType registry.
 *
 * <p>{@link io.github.netcodec.ethernet.EthernetFrame#parse(java.nio.ByteBuffer)} reads a frame
 * from a buffer's position to its limit without changing the buffer and without copying the
 * data; structurally impossible input throws {@link io.github.netcodec.MalformedPacketException}
 * and nothing else, and once {@code parse} returns, no accessor throws. Padding is kept:
 * upper layers bound their payload by their own length fields.
 */
package io.github.netcodec.ethernet;
