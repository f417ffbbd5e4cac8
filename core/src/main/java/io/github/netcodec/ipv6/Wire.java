package io.github.netcodec.ipv6;

import io.github.netcodec.internal.Fields;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;

/**
 * Network-order reads and writes by absolute index that ignore the buffer's byte order, and the
 * checks every {@code encode} makes before writing its first byte.
 */
final class Wire {
  private Wire() {}

  static int u8(ByteBuffer buf, int index) {
    return buf.get(index) & 0xff;
  }

  static int u16(ByteBuffer buf, int index) {
    return (buf.get(index) & 0xff) << 8 | (buf.get(index + 1) & 0xff);
  }

  static long u32(ByteBuffer buf, int index) {
    return ((long) u16(buf, index) << 16) | u16(buf, index + 2);
  }

  static void put8(ByteBuffer dst, int index, int value) {
    dst.put(index, (byte) value);
  }

  static void put16(ByteBuffer dst, int index, int value) {
    dst.put(index, (byte) (value >>> 8));
    dst.put(index + 1, (byte) value);
  }

  static void put32(ByteBuffer dst, int index, long value) {
    put16(dst, index, (int) (value >>> 16) & 0xffff);
    put16(dst, index + 2, (int) value & 0xffff);
  }

  /** Throws before anything is written if {@code dst} cannot take {@code length} bytes. */
  static int reserve(ByteBuffer dst, int length) {
    if (dst.isReadOnly()) {
      throw new ReadOnlyBufferException();
    }
    if (dst.remaining() < length) {
      throw new BufferOverflowException();
    }
    return dst.position();
  }

  /** A read-only view of {@code length} bytes of {@code buf} from an absolute index. */
  static ByteBuffer readOnlySlice(ByteBuffer buf, int index, int length) {
    ByteBuffer view = buf.isReadOnly() ? buf.duplicate() : buf.asReadOnlyBuffer();
    view.limit(index + length).position(index);
    return view;
  }

  static void checkRange(String field, long value, long max) {
    Fields.checkRange(value, max, field);
  }
}
