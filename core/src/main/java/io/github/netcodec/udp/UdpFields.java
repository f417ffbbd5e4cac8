package io.github.netcodec.udp;

/** Byte offsets of the UDP header (RFC 768), in one place. */
final class UdpFields {
  /** Source port. */
  static final int SOURCE_PORT = 0;
  /** Destination port. */
  static final int DESTINATION_PORT = 2;
  /** Length: header and data, in bytes. */
  static final int LENGTH = 4;
  /** Checksum. */
  static final int CHECKSUM = 6;
  /** The header length: 8 bytes. */
  static final int HEADER_LENGTH = 8;

  private UdpFields() {}
}
