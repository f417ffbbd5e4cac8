package io.github.netcodec.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Network byte order on the wire, whatever order the buffer is set to, heap or direct. */
class BigEndianProperties {

  private static ByteBuffer[] buffers(int capacity) {
    return new ByteBuffer[] {
      ByteBuffer.allocate(capacity),
      ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN),
      ByteBuffer.allocateDirect(capacity),
      ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN),
    };
  }

  private static byte[] bytes(ByteBuffer buf, int from, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = buf.get(from + i);
    }
    return out;
  }

  @Property(tries = 300)
  void absoluteWritesAndReadsAreBigEndian(@ForAll int value, @ForAll byte pad) {
    byte[] expected32 = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
        (byte) value};
    for (ByteBuffer buf : buffers(8)) {
      buf.put(0, pad);
      BigEndian.put32(buf, 1, value);
      assertArrayEquals(expected32, bytes(buf, 1, 4));
      assertEquals(value, BigEndian.getInt(buf, 1));
      assertEquals(value & 0xffff_ffffL, BigEndian.u32(buf, 1));
      BigEndian.put16(buf, 5, value);
      assertArrayEquals(new byte[] {expected32[2], expected32[3]}, bytes(buf, 5, 2));
      assertEquals(value & 0xffff, BigEndian.u16(buf, 5));
      BigEndian.put8(buf, 7, value);
      assertEquals(value & 0xff, BigEndian.u8(buf, 7));
      assertEquals(pad, buf.get(0));
      assertEquals(0, buf.position());
    }
  }

  @Property(tries = 300)
  void relativeWritesAdvanceThePosition(@ForAll int value) {
    for (ByteBuffer buf : buffers(6)) {
      BigEndian.put16(buf, value);
      BigEndian.put32(buf, value);
      assertEquals(6, buf.position());
      assertEquals(value & 0xffff, BigEndian.u16(buf, 0));
      assertEquals(value, BigEndian.getInt(buf, 2));
    }
  }
}
