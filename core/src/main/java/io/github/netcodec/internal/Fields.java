package io.github.netcodec.internal;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;

/**
 * The checks records make before they exist or write: one wording of the range error, and room
 * in a destination buffer before the first byte is written.
 */
public final class Fields {
  private Fields() {}

  /**
   * Checks that a field is in {@code 0..max}.
   *
   * @param value the value
   * @param max the largest value allowed
   * @param field the field's name, for the message
   * @throws IllegalArgumentException naming the field, e.g. {@code "ttl 300 is not in 0..255"}
   */
  public static void checkRange(long value, long max, String field) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(field + " " + value + " is not in 0.." + max);
    }
  }

  /**
   * Checks that {@code dst} has room for {@code n} more bytes, so that an encoder fails before
   * writing a partial value.
   *
   * @param dst the destination
   * @param n the bytes about to be written
   * @throws java.nio.BufferOverflowException if fewer than {@code n} bytes remain
   */
  public static void checkRoom(ByteBuffer dst, int n) {
    if (dst.remaining() < n) {
      throw new BufferOverflowException();
    }
  }
}
