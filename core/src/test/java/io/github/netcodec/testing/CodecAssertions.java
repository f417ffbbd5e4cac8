package io.github.netcodec.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Function;

/** Assertions of the codec contract in ../shared/DESIGN.md, shared by every protocol's tests. */
public final class CodecAssertions {
  private CodecAssertions() {}

  /**
   * Parses {@code bytes} from every buffer kind and checks that the buffer's position, limit and
   * order are untouched, that all kinds give equal values, and that encoding gives back the bytes
   * (lossless round trip) with {@code encodedLength()} matching. Returns the parsed value.
   */
  public static <T extends Encodable> T assertLosslessOnEveryBufferKind(
      byte[] bytes, Function<ByteBuffer, T> parser) {
    T first = null;
    for (BufferKinds.Kind kind : BufferKinds.all()) {
      ByteBuffer buf = kind.hold(bytes.clone());
      int position = buf.position();
      int limit = buf.limit();
      ByteOrder order = buf.order();
      T value = parser.apply(buf);
      assertEquals(position, buf.position(), kind + ": parse moved the position");
      assertEquals(limit, buf.limit(), kind + ": parse moved the limit");
      assertEquals(order, buf.order(), kind + ": parse changed the byte order");
      if (first == null) {
        first = value;
      } else {
        assertEquals(first, value, kind + ": parsed value differs from the heap buffer's");
      }
      assertEncodesTo(bytes, value);
    }
    return first;
  }

  /** Checks encode, encodedLength and toByteArray against expected bytes. */
  public static void assertEncodesTo(byte[] expected, Encodable value) {
    assertEquals(expected.length, value.encodedLength(), "encodedLength");
    assertArrayEquals(expected, value.toByteArray(), "toByteArray");
    ByteBuffer dst = ByteBuffer.allocate(expected.length + 7).order(ByteOrder.LITTLE_ENDIAN);
    dst.position(3);
    value.encode(dst);
    assertEquals(3 + expected.length, dst.position(), "encode must advance by encodedLength");
    byte[] written = new byte[expected.length];
    dst.get(3, written);
    assertArrayEquals(expected, written, "encode into an offset little-endian buffer");
  }

  /** Encodes a value, parses it back and checks equality: {@code parse(r.toByteArray()) == r}. */
  public static <T extends Encodable> void assertRoundTrips(T value, Function<ByteBuffer, T> parser) {
    byte[] bytes = value.toByteArray();
    assertEquals(value, parser.apply(ByteBuffer.wrap(bytes)), "parse(encode(value))");
  }

  /**
   * Runs a parser on arbitrary bytes and fails if it throws anything other than {@link
   * MalformedPacketException}. Returns the parsed value or {@code null} if it was rejected.
   */
  public static <T> T parseOrReject(byte[] bytes, Function<ByteBuffer, T> parser) {
    try {
      return parser.apply(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    } catch (MalformedPacketException expected) {
      return null;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      fail("parser threw " + e + " instead of MalformedPacketException on "
          + io.github.netcodec.Hex.toHex(bytes), e);
      return null;
    }
  }

  /** Asserts that parsing fails with exactly this message. */
  public static MalformedPacketException assertMalformed(
      String expectedMessage, byte[] bytes, Function<ByteBuffer, ?> parser) {
    MalformedPacketException e = assertThrows(MalformedPacketException.class,
        () -> parser.apply(ByteBuffer.wrap(bytes)));
    assertEquals(expectedMessage, e.getMessage());
    return e;
  }
}
