package io.github.netcodec.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Network byte order reads and writes on a {@code ByteBuffer}, whatever byte order the buffer
 * is set to: the bounds-checked readers every codec shares. Reads are by absolute index; the
 * writes with an index are absolute too, the others relative.
 */
public final class BigEndian {
  private BigEndian() {}

  /**
   * Reads an unsigned byte.
   *
   * @param buf the buffer
   * @param index the absolute index
   * @return 0..255
   * @throws IndexOutOfBoundsException if the byte is not below the limit
   */
  public static int u8(ByteBuffer buf, int index) {
    return buf.get(index) & 0xff;
  }

  /**
   * Reads an unsigned 16-bit value.
   *
   * @param buf the buffer
   * @param index the absolute index of the high byte
   * @return 0..65535
   * @throws IndexOutOfBoundsException if the two bytes are not below the limit
   */
  public static int u16(ByteBuffer buf, int index) {
    return (buf.get(index) & 0xff) << 8 | (buf.get(index + 1) & 0xff);
  }

  /**
   * Reads a 32-bit value as an {@code int}; mask with {@code 0xffff_ffffL} for the unsigned value.
   *
   * @param buf the buffer
   * @param index the absolute index of the high byte
   * @return the value
   * @throws IndexOutOfBoundsException if the four bytes are not below the limit
   */
  public static int getInt(ByteBuffer buf, int index) {
    int v = buf.getInt(index); // one 4-byte read, swapped if the buffer is little-endian
    return buf.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v);
  }

  /**
   * Reads an unsigned 32-bit value.
   *
   * @param buf the buffer
   * @param index the absolute index of the high byte
   * @return 0..2^32-1
   * @throws IndexOutOfBoundsException if the four bytes are not below the limit
   */
  public static long u32(ByteBuffer buf, int index) {
    return getInt(buf, index) & 0xffff_ffffL;
  }

  /**
   * Writes the low 8 bits of a value at an absolute index.
   *
   * @param dst the buffer
   * @param index the absolute index
   * @param value the value
   */
  public static void put8(ByteBuffer dst, int index, int value) {
    dst.put(index, (byte) value);
  }

  /**
   * Writes the low 16 bits of a value at an absolute index.
   *
   * @param dst the buffer
   * @param index the absolute index of the high byte
   * @param value the value
   */
  public static void put16(ByteBuffer dst, int index, int value) {
    dst.put(index, (byte) (value >>> 8));
    dst.put(index + 1, (byte) value);
  }

  /**
   * Writes the low 32 bits of a value at an absolute index.
   *
   * @param dst the buffer
   * @param index the absolute index of the high byte
   * @param value the value; an {@code int} widens to it unchanged in its low 32 bits
   */
  public static void put32(ByteBuffer dst, int index, long value) {
    int v = (int) value;
    dst.putInt(index, dst.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v));
  }

  /**
   * Writes the low 16 bits of a value at the position and advances it.
   *
   * @param dst the buffer
   * @param value the value
   */
  public static void put16(ByteBuffer dst, int value) {
    dst.put((byte) (value >>> 8)).put((byte) value);
  }

  /**
   * Writes the low 32 bits of a value at the position and advances it.
   *
   * @param dst the buffer
   * @param value the value
   */
  public static void put32(ByteBuffer dst, long value) {
    int v = (int) value;
    dst.putInt(dst.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v));
  }
}
