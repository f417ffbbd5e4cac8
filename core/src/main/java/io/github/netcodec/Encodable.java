package io.github.netcodec;

import java.nio.ByteBuffer;

/**
 * A value that can write its wire form into a buffer: every packet, header and option record of
 * netcodec. Layers nest through it: a frame's or datagram's payload can be any encodable value.
 *
 * <p>Implementations write exactly {@link #encodedLength()} bytes, use no intermediate arrays,
 * and are lossless: parsing what {@link #encode(ByteBuffer)} wrote gives an equal value.
 */
public interface Encodable {

  /**
   * Returns the number of bytes {@link #encode(ByteBuffer)} writes.
   *
   * @return the encoded length in bytes
   */
  int encodedLength();

  /**
   * Writes the wire form at the buffer's position and advances the position by {@link
   * #encodedLength()}. The buffer's byte order does not matter: network fields are written
   * big-endian regardless.
   *
   * @param dst the buffer to write to
   * @throws java.nio.BufferOverflowException if fewer than {@link #encodedLength()} bytes remain;
   *     nothing is written then
   * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
   */
  void encode(ByteBuffer dst);

  /**
   * Returns the wire form in a new array.
   *
   * @return the encoded bytes
   */
  default byte[] toByteArray() {
    byte[] out = new byte[encodedLength()];
    encode(ByteBuffer.wrap(out));
    return out;
  }
}
