package io.github.netcodec.dhcp;

/** Byte offsets and sizes of the BOOTP/DHCP message (RFC 2131 §2, RFC 951), in one place. */
final class DhcpFields {
  static final int OP = 0;
  static final int HTYPE = 1;
  static final int HLEN = 2;
  static final int HOPS = 3;
  static final int XID = 4;
  static final int SECS = 8;
  static final int FLAGS = 10;
  static final int CIADDR = 12;
  static final int YIADDR = 16;
  static final int SIADDR = 20;
  static final int GIADDR = 24;
  static final int CHADDR = 28;
  static final int SNAME = 44;
  static final int FILE = 108;
  /** The vendor area (BOOTP) or the magic cookie and options (DHCP). */
  static final int VEND = 236;
  /** The options after the magic cookie. */
  static final int OPTIONS = 240;

  static final int CHADDR_LENGTH = 16;
  static final int SNAME_LENGTH = 64;
  static final int FILE_LENGTH = 128;
  /** The fixed part: everything before the vendor area. */
  static final int FIXED_LENGTH = VEND;
  /** The magic cookie 99.130.83.99 (RFC 2131 §3, RFC 1497). */
  static final int MAGIC_COOKIE = 0x63825363;
  /** RFC 951's vendor area is 64 octets, making a 300-octet message. */
  static final int MIN_VEND_LENGTH = 64;
  /** The smallest BOOTP message, which relays and old servers still expect (RFC 1542 §2.1). */
  static final int BOOTP_MIN_LENGTH = VEND + MIN_VEND_LENGTH;
  /** The broadcast bit of the flags field (RFC 2131 §2, figure 2). */
  static final int FLAG_BROADCAST = 0x8000;

  private DhcpFields() {}
}
