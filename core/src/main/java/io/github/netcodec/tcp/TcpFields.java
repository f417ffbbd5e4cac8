package io.github.netcodec.tcp;

/** Byte offsets and bit layout of the TCP header (RFC 9293 §3.1). */
final class TcpFields {
  /** Source port. */
  static final int SOURCE_PORT = 0;
  /** Destination port. */
  static final int DESTINATION_PORT = 2;
  /** Sequence number. */
  static final int SEQUENCE_NUMBER = 4;
  /** Acknowledgment number. */
  static final int ACKNOWLEDGMENT_NUMBER = 8;
  /** Data offset (high nibble), reserved bits and AE, then the eight flags of the next byte. */
  static final int DATA_OFFSET = 12;
  /** Window. */
  static final int WINDOW = 14;
  /** Checksum. */
  static final int CHECKSUM = 16;
  /** Urgent pointer. */
  static final int URGENT_POINTER = 18;
  /** Options, when the data offset is above 5. */
  static final int OPTIONS = 20;

  /** The header without options: 20 bytes, data offset 5. */
  static final int MIN_HEADER_LENGTH = 20;
  /** The smallest legal data offset. */
  static final int MIN_DATA_OFFSET = 5;
  /** The largest options area: 40 bytes (data offset 15). */
  static final int MAX_OPTIONS_LENGTH = 40;
  /** The twelve bits after the data offset: three reserved bits, AE and eight flags. */
  static final int FLAGS_MASK = 0xfff;

  private TcpFields() {}
}
