package io.github.netcodec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ByteStringTest {

  @Test
  void equalsAndHashCodeFollowContent() {
    EqualsVerifier.forClass(ByteString.class)
        .withNonnullFields("bytes")
        .verify();
  }

  @Test
  void factoriesCopyTheirInput() {
    byte[] source = {1, 2, 3};
    ByteString copy = ByteString.copyOf(source);
    source[0] = 9;
    assertEquals(1, copy.get(0));
    byte[] out = copy.toByteArray();
    out[1] = 9;
    assertEquals(2, copy.get(1));
  }

  @Test
  void copiesFromBufferWithoutMovingIt() {
    ByteBuffer buf = ByteBuffer.wrap(new byte[] {0, 1, 2, 3, 4}).position(1).limit(4);
    assertEquals(ByteString.of(1, 2, 3), ByteString.copyOf(buf));
    assertEquals(ByteString.of(3), ByteString.copyOf(buf, 2, 2).substring(1, 2));
    assertEquals(1, buf.position());
    assertEquals(4, buf.limit());
    assertThrows(IndexOutOfBoundsException.class, () -> ByteString.copyOf(buf, 3, 2));
  }

  @Test
  void unsignedOrderingAndText() {
    assertTrue(ByteString.of(0x80).compareTo(ByteString.of(0x7f)) > 0);
    assertTrue(ByteString.of(1).compareTo(ByteString.of(1, 0)) < 0);
    assertEquals(0x80, ByteString.of(0x80).getUnsigned(0));
    assertEquals("4ccc", ByteString.fromHex("4c cc").hex());
    assertEquals("[2 bytes: 4ccc]", ByteString.fromHex("4ccc").toString());
    assertEquals("[0 bytes]", ByteString.EMPTY.toString());
    assertSame(ByteString.EMPTY, ByteString.of());
    assertNotEquals(ByteString.of(1), ByteString.of(1, 1));
    assertThrows(IllegalArgumentException.class, () -> ByteString.of(256));
  }

  @Test
  void readOnlyViewAndWriting() {
    ByteString bytes = ByteString.of(7, 8);
    assertThrows(ReadOnlyBufferException.class, () -> bytes.asReadOnlyBuffer().put((byte) 1));
    ByteBuffer dst = ByteBuffer.allocate(3).put((byte) 1);
    bytes.writeTo(dst);
    assertEquals(3, dst.position());
    assertArrayEquals(new byte[] {1, 7, 8}, dst.array());
  }
}
