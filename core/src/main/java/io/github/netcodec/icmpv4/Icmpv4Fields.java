package io.github.netcodec.icmpv4;

/** Byte offsets of the ICMPv4 header (RFC 792), in one place. */
final class Icmpv4Fields {
  /** Type. */
  static final int TYPE = 0;
  /** Code. */
  static final int CODE = 1;
  /** Checksum over the whole message. */
  static final int CHECKSUM = 2;
  /** The type-specific 32-bit field: identifier and sequence, gateway, pointer, next-hop MTU. */
  static final int REST_OF_HEADER = 4;
  /** The header: 8 bytes. */
  static final int HEADER_LENGTH = 8;

  private Icmpv4Fields() {}
}
