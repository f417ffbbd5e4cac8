package io.github.netcodec.address;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.IntFunction;

/** The buffer kinds every read/write test runs over (bugs hide in offsets and byte order). */
final class Buffers {
  private Buffers() {}

  /** Named factories of writable buffers with the given capacity. */
  static List<IntFunction<ByteBuffer>> writable() {
    return List.of(
        ByteBuffer::allocate,
        n -> ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN),
        ByteBuffer::allocateDirect,
        n -> ByteBuffer.allocateDirect(n).order(ByteOrder.LITTLE_ENDIAN),
        n -> ByteBuffer.allocate(n + 7).position(7).slice());
  }

  /** A read-only buffer holding {@code bytes} at index {@code at}, in the given kind. */
  static ByteBuffer holding(IntFunction<ByteBuffer> kind, byte[] bytes, int at) {
    ByteBuffer b = kind.apply(at + bytes.length + 3);
    ByteBuffer dup = b.duplicate();
    dup.position(at);
    dup.put(bytes);
    return b.asReadOnlyBuffer().order(b.order());
  }
}
