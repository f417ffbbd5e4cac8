package io.github.netcodec.ipv6;

/**
 * Byte offsets and sizes of the IPv6 wire formats, in one place: the fixed header (RFC 8200 §3),
 * the extension headers (RFC 8200 §4, RFC 4302, RFC 4303, RFC 6554, RFC 8754) and their options
 * (RFC 8200 §4.2, RFC 2711, RFC 2675). Offsets of extension header fields are relative to the
 * start of that header.
 */
final class Ipv6Fields {
  private Ipv6Fields() {}

  // Fixed header, RFC 8200 §3.
  /** Version (4 bits), Traffic Class (8 bits) and Flow Label (20 bits) share the first word. */
  static final int VERSION_CLASS_FLOW = 0;
  static final int PAYLOAD_LENGTH = 4;
  static final int NEXT_HEADER = 6;
  static final int HOP_LIMIT = 7;
  static final int SOURCE = 8;
  static final int DESTINATION = 24;
  static final int HEADER_LENGTH = 40;
  static final int VERSION = 6;
  static final int MAX_PAYLOAD_LENGTH = 0xffff;
  static final int MAX_FLOW_LABEL = 0xfffff;

  // Next Header values of the extension headers (IANA; RFC 8200 §4.1), for switch labels.
  static final int TYPE_HOP_BY_HOP = 0;
  static final int TYPE_ROUTING = 43;
  static final int TYPE_FRAGMENT = 44;
  static final int TYPE_ESP = 50;
  static final int TYPE_AH = 51;
  static final int TYPE_DESTINATION_OPTIONS = 60;

  // Every extension header but AH and ESP, RFC 8200 §4 and RFC 6564 §4.
  static final int EXT_NEXT_HEADER = 0;
  /** Hdr Ext Len: length in 8-octet units, not counting the first 8 octets. */
  static final int EXT_LENGTH = 1;
  static final int EXT_UNIT = 8;
  static final int EXT_MAX_LENGTH = (255 + 1) * EXT_UNIT;
  /** Hop-by-Hop and Destination Options: the options start after Next Header and length. */
  static final int OPTIONS_START = 2;

  // Options, RFC 8200 §4.2.
  static final int OPT_PAD1 = 0x00;
  static final int OPT_PADN = 0x01;
  /** RFC 2711 §2.1. */
  static final int OPT_ROUTER_ALERT = 0x05;
  static final int ROUTER_ALERT_DATA_LENGTH = 2;
  /** RFC 2675 §2. */
  static final int OPT_JUMBO = 0xc2;
  static final int JUMBO_DATA_LENGTH = 4;
  static final int MIN_JUMBO_PAYLOAD_LENGTH = 65536;

  // Routing header, RFC 8200 §4.4.
  static final int RT_TYPE = 2;
  static final int RT_SEGMENTS_LEFT = 3;
  static final int RT_DATA = 4;
  /** Type 2, RFC 6275 §6.4: Reserved (32 bits) then the Home Address. */
  static final int RT2_RESERVED = 4;
  static final int RT2_HOME_ADDRESS = 8;
  static final int RT2_HDR_EXT_LEN = 2;
  /** Type 0 (RFC 2460 §4.4, deprecated by RFC 5095): addresses after 4 reserved data bytes. */
  static final int RT0_ADDRESSES = 4;
  /** Type 3 RPL source route, RFC 6554 §3: CmprI, CmprE (4 bits each), Pad (4), Reserved (20). */
  static final int RPL_CMPR = 4;
  static final int RPL_PAD_RESERVED = 5;
  static final int RPL_ADDRESSES = 8;
  /** Type 4 segment routing, RFC 8754 §2. */
  static final int SRH_LAST_ENTRY = 4;
  static final int SRH_FLAGS = 5;
  static final int SRH_TAG = 6;
  static final int SRH_SEGMENTS = 8;

  // Fragment header, RFC 8200 §4.5.
  static final int FRAG_RESERVED = 1;
  /** Fragment Offset (13 bits), Res (2 bits), M flag (1 bit). */
  static final int FRAG_OFFSET_FLAGS = 2;
  static final int FRAG_IDENTIFICATION = 4;
  static final int FRAG_LENGTH = 8;
  static final int FRAG_MAX_OFFSET_UNITS = 0x1fff;

  // Authentication Header, RFC 4302 §2.
  /** Payload Len: length in 4-octet units, minus 2. */
  static final int AH_LENGTH = 1;
  static final int AH_RESERVED = 2;
  static final int AH_SPI = 4;
  static final int AH_SEQUENCE = 8;
  static final int AH_ICV = 12;
  static final int AH_UNIT = 4;

  // Encapsulating Security Payload, RFC 4303 §2.
  static final int ESP_SPI = 0;
  static final int ESP_SEQUENCE = 4;
  static final int ESP_LENGTH = 8;

  /**
   * The most extension headers the parser follows in one packet. Every header takes at least 8
   * bytes, so the walk ends anyway; the cap keeps the work and allocation per packet small even
   * for a jumbogram made of empty headers (real chains have a handful; RFC 7045 §2.1).
   */
  static final int MAX_EXTENSION_HEADERS = 64;
}
