package io.github.netcodec.udp;

import java.nio.ByteBuffer;

/** Byte offsets of the UDP header (RFC 768), in one place, and big-endian access. */
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

  static int getUnsignedShort(ByteBuffer buf, int index) {
    return (buf.get(index) & 0xff) << 8 | (buf.get(index + 1) & 0xff);
  }

  static void putShort(ByteBuffer buf, int index, int value) {
    buf.put(index, (byte) (value >>> 8));
    buf.put(index + 1, (byte) value);
  }
}
