/**
 * Shared plumbing of netcodec: the one exception every parser throws on impossible input
 * ({@link io.github.netcodec.MalformedPacketException}), an immutable bytes type for record
 * fields ({@link io.github.netcodec.ByteString}) and hex dump utilities
 * ({@link io.github.netcodec.Hex}).
 *
 * <h2>The codec contract</h2>
 *
 * <p>Every protocol package follows the same rules:
 *
 * <ul>
 *   <li>Values are immutable records whose compact constructors reject out-of-range fields, so
 *       every record can be encoded.
 *   <li>{@code parse(ByteBuffer)} reads from the buffer's position to its limit by absolute index
 *       and leaves position, limit and byte order as they were; payloads are read-only slices of
 *       the input, never copies.
 *   <li>{@code encode(ByteBuffer)} writes at the position and advances it; {@code
 *       encodedLength()} says how many bytes; {@code toByteArray()} is a convenience.
 *   <li>What is on the wire is kept, including unknown options, reserved bits and wrong
 *       checksums, so that {@code parse(b).toByteArray()} equals {@code b}.
 *   <li>Structurally impossible input throws {@link io.github.netcodec.MalformedPacketException}
 *       and nothing else; once {@code parse} returns, no accessor throws.
 * </ul>
 */
package io.github.netcodec;
