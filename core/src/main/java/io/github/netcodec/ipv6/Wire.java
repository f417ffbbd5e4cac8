package io.github.netcodec.ipv6;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;

/**
 * The checks every {@code encode} makes before writing its first byte, and views of parsed
 * bytes; reads and writes in network order are {@code internal.BigEndian}'s.
 */
final class Wire {
  private Wire() {}

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

}
