package io.github.netcodec.icmpv4;

import java.nio.ByteBuffer;

/** Byte offsets of the ICMPv4 header (RFC 792), in one place, and big-endian access. */
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

  static int getInt(ByteBuffer buf, int index) {
    return (buf.get(index) & 0xff) << 24 | (buf.get(index + 1) & 0xff) << 16
        | (buf.get(index + 2) & 0xff) << 8 | (buf.get(index + 3) & 0xff);
  }

  static void putInt(ByteBuffer buf, int index, int value) {
    buf.put(index, (byte) (value >>> 24));
    buf.put(index + 1, (byte) (value >>> 16));
    buf.put(index + 2, (byte) (value >>> 8));
    buf.put(index + 3, (byte) value);
  }
}
