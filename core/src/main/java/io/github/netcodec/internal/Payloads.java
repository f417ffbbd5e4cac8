package io.github.netcodec.internal;

import java.nio.ByteBuffer;

/**
 * How a record takes a payload buffer in its constructor, the same way in every codec.
 *
 * <p>A read-only buffer is viewed, not copied: that is how parsers hand over a slice of the
 * input (zero-copy), and how a caller opts in to sharing. A writable buffer is copied, so that a
 * later write through it cannot change a record that is supposed to be immutable (its equality
 * and hash code would change with it).
 */
public final class Payloads {
  private Payloads() {}

  /**
   * Returns the record's own read-only buffer over the bytes between {@code payload}'s position
   * and limit, positioned at 0: a slice of a read-only buffer, or a copy of a writable one. The
   * caller's later moves of the position and limit do not affect it.
   *
   * @param payload the buffer the caller passed
   * @return the buffer to keep
   * @throws NullPointerException if {@code payload} is null
   */
  public static ByteBuffer own(ByteBuffer payload) {
    if (payload.isReadOnly()) {
      return payload.slice();
    }
    ByteBuffer copy = ByteBuffer.allocate(payload.remaining());
    copy.put(0, payload, payload.position(), payload.remaining());
    return copy.asReadOnlyBuffer();
  }
}
