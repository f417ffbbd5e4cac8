package io.github.netcodec.arp;

/** Byte offsets and sizes of the ARP wire format (RFC 826), in one place. */
final class ArpLayout {
  private ArpLayout() {}

  /** Offset of the hardware type. */
  static final int HTYPE = 0;
  /** Offset of the protocol type. */
  static final int PTYPE = 2;
  /** Offset of the hardware address length. */
  static final int HLEN = 4;
  /** Offset of the protocol address length. */
  static final int PLEN = 5;
  /** Offset of the operation. */
  static final int OPER = 6;
  /** Size of the fixed part; the sender hardware address starts here. */
  static final int FIXED_LENGTH = 8;
  /** Size of an Ethernet/IPv4 ARP packet: 8 + 2 * 6 + 2 * 4. */
  static final int ETHERNET_IPV4_LENGTH = 28;
}
