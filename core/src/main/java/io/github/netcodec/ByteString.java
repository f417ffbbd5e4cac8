package io.github.netcodec;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An immutable sequence of bytes, compared by content: the type records use where a field is
 * raw bytes (an unknown option's value, a hardware address of unusual length, padding).
 *
 * <p>Records never hold a {@code byte[]}, because record equality compares arrays by identity
 * and the array could be changed behind the record's back. Every factory copies its input and
 * every accessor that returns an array returns a fresh copy.
 *
 * <p>Ordering is unsigned and lexicographic: {@code 80} sorts after {@code 7f}, and a prefix
 * sorts before any longer sequence that starts with it.
 */
public final class ByteString implements Comparable<ByteString> {
  /** The empty byte string. */
  public static final ByteString EMPTY = new ByteString(new byte[0]);

  private final byte[] bytes;

  private ByteString(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Returns a byte string holding a copy of the given bytes.
   *
   * @param bytes the bytes to copy
   * @return the byte string
   */
  public static ByteString copyOf(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new ByteString(bytes.clone());
  }

  /**
   * Returns a byte string holding a copy of a range of an array.
   *
   * @param bytes the array
   * @param offset the index of the first byte to copy
   * @param length the number of bytes to copy
   * @return the byte string
   * @throws IndexOutOfBoundsException if the range is not within the array
   */
  public static ByteString copyOf(byte[] bytes, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    return length == 0 ? EMPTY : new ByteString(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /**
   * Returns a byte string holding a copy of the bytes between a buffer's position and limit. The
   * buffer's position, limit and byte order are not changed.
   *
   * @param buf the buffer
   * @return the byte string
   */
  public static ByteString copyOf(ByteBuffer buf) {
    return copyOf(buf, buf.position(), buf.remaining());
  }

  /**
   * Returns a byte string holding a copy of {@code length} bytes of a buffer starting at an
   * absolute index. The buffer's position, limit and byte order are not changed.
   *
   * @param buf the buffer
   * @param index the absolute index of the first byte
   * @param length the number of bytes
   * @return the byte string
   * @throws IndexOutOfBoundsException if the range is not within the buffer's limit
   */
  public static ByteString copyOf(ByteBuffer buf, int index, int length) {
    java.util.Objects.checkFromIndexSize(index, length, buf.limit());
    if (length == 0) {
      return EMPTY;
    }
    byte[] copy = new byte[length];
    buf.get(index, copy, 0, length);
    return new ByteString(copy);
  }

  /**
   * Returns a byte string of the given values, each taken as an unsigned byte: {@code of(0x4c,
   * 0xcc)}.
   *
   * @param values the byte values, each in 0..255
   * @return the byte string
   * @throws IllegalArgumentException if a value is outside 0..255
   */
  public static ByteString of(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] > 0xff) {
        throw new IllegalArgumentException("value " + values[i] + " at index " + i
            + " is not an unsigned byte (0..255)");
      }
      out[i] = (byte) values[i];
    }
    return values.length == 0 ? EMPTY : new ByteString(out);
  }

  /**
   * Returns the bytes of hex text in any form {@link Hex#parse(CharSequence)} accepts.
   *
   * @param hex the hex text
   * @return the byte string
   * @throws IllegalArgumentException if the text is not hex
   */
  public static ByteString fromHex(CharSequence hex) {
    byte[] parsed = Hex.parse(hex);
    return parsed.length == 0 ? EMPTY : new ByteString(parsed);
  }

  /**
   * Returns the number of bytes.
   *
   * @return the length
   */
  public int size() {
    return bytes.length;
  }

  /**
   * Returns whether there are no bytes.
   *
   * @return {@code true} if {@link #size()} is 0
   */
  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /**
   * Returns the byte at an index.
   *
   * @param index the index, 0 based
   * @return the byte, signed as Java bytes are
   * @throws IndexOutOfBoundsException if the index is not below {@link #size()}
   */
  public byte get(int index) {
    return bytes[index];
  }

  /**
   * Returns the byte at an index as an unsigned value.
   *
   * @param index the index, 0 based
   * @return the byte, in 0..255
   * @throws IndexOutOfBoundsException if the index is not below {@link #size()}
   */
  public int getUnsigned(int index) {
    return bytes[index] & 0xff;
  }

  /**
   * Returns a copy of the bytes.
   *
   * @return a new array the caller may change freely
   */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /**
   * Returns the bytes as a read-only buffer positioned at 0, without copying.
   *
   * @return a new read-only buffer over the bytes
   */
  public ByteBuffer asReadOnlyBuffer() {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  /**
   * Writes the bytes at a buffer's position and advances it.
   *
   * @param dst the buffer to write to
   * @throws java.nio.BufferOverflowException if fewer than {@link #size()} bytes remain
   * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
   */
  public void writeTo(ByteBuffer dst) {
    dst.put(bytes);
  }

  /**
   * Returns a byte string of a range of this one.
   *
   * @param from the index of the first byte, inclusive
   * @param to the index after the last byte, exclusive
   * @return the range, sharing nothing the caller can change
   * @throws IndexOutOfBoundsException if the range is not within this byte string
   */
  public ByteString substring(int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, bytes.length);
    if (from == 0 && to == bytes.length) {
      return this;
    }
    return to == from ? EMPTY : new ByteString(Arrays.copyOfRange(bytes, from, to));
  }

  /**
   * Returns the bytes as continuous lower-case hex.
   *
   * @return the hex text, empty for an empty byte string
   */
  public String hex() {
    return Hex.toHex(bytes);
  }

  @Override
  public int compareTo(ByteString other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByteString && Arrays.equals(bytes, ((ByteString) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /**
   * Returns the length and hex form, e.g. {@code [2 bytes: 4ccc]}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    return "[" + bytes.length + (bytes.length == 1 ? " byte" : " bytes")
        + (bytes.length == 0 ? "]" : ": " + hex() + "]");
  }
}
