package io.github.netcodec.ipv4;

/**
 * Byte offsets and bit layout of the IPv4 header (RFC 791 §3.1), in one place.
 */
final class Ipv4Fields {
  /** Version (high nibble) and IHL (low nibble). */
  static final int VERSION_IHL = 0;
  /** DSCP (high six bits, RFC 2474) and ECN (low two bits, RFC 3168). */
  static final int DSCP_ECN = 1;
  /** Total length: header and data, in bytes. */
  static final int TOTAL_LENGTH = 2;
  /** Identification. */
  static final int IDENTIFICATION = 4;
  /** Flags (three high bits) and fragment offset (13 bits, in units of 8 bytes). */
  static final int FLAGS_FRAGMENT_OFFSET = 6;
  /** Time to live. */
  static final int TTL = 8;
  /** Protocol. */
  static final int PROTOCOL = 9;
  /** Header checksum. */
  static final int HEADER_CHECKSUM = 10;
  /** Source address. */
  static final int SOURCE = 12;
  /** Destination address. */
  static final int DESTINATION = 16;
  /** Options, when IHL is above 5. */
  static final int OPTIONS = 20;

  /** The header without options: 20 bytes, IHL 5. */
  static final int MIN_HEADER_LENGTH = 20;
  /** The smallest legal IHL. */
  static final int MIN_IHL = 5;
  /** The largest IHL, 4 bits: a 60-byte header. */
  static final int MAX_IHL = 15;
  /** The largest options area: 40 bytes. */
  static final int MAX_OPTIONS_LENGTH = 40;
  /** The largest total length, 16 bits. */
  static final int MAX_TOTAL_LENGTH = 0xffff;

  /** Reserved flag ("evil bit", RFC 3514) in the 16-bit flags/fragment offset word. */
  static final int FLAG_RESERVED = 0x8000;
  /** Don't Fragment flag. */
  static final int FLAG_DF = 0x4000;
  /** More Fragments flag. */
  static final int FLAG_MF = 0x2000;
  /** Fragment offset mask. */
  static final int FRAGMENT_OFFSET_MASK = 0x1fff;

  private Ipv4Fields() {}
}
