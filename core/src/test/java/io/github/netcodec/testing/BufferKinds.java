package io.github.netcodec.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Function;

/**
 * The buffer shapes every parser test runs over, since bugs hide in {@code arrayOffset},
 * position and limit handling, byte order and read-only views: each holds the given bytes
 * between its position and limit, with other bytes around them.
 */
public final class BufferKinds {
  private BufferKinds() {}

  /** A named way to present bytes to a parser. */
  public record Kind(String name, Function<byte[], ByteBuffer> holder) {
    /** Returns a buffer whose position..limit are exactly {@code bytes}. */
    public ByteBuffer hold(byte[] bytes) {
      return holder.apply(bytes);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Heap, little-endian heap, direct, read-only, and offset slices, with bytes around them. */
  public static List<Kind> all() {
    return List.of(
        new Kind("heap", ByteBuffer::wrap),
        new Kind("heap little-endian", b -> ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN)),
        new Kind("heap at position 5 with trailing bytes", b -> surrounded(b, false)),
        new Kind("direct at position 5 with trailing bytes", b -> surrounded(b, true)),
        new Kind("read-only heap", b -> ByteBuffer.wrap(b).asReadOnlyBuffer()),
        new Kind("read-only slice of a direct buffer", b -> surrounded(b, true).slice()
            .asReadOnlyBuffer()),
        new Kind("heap slice with array offset 3", b -> {
          ByteBuffer big = ByteBuffer.allocate(b.length + 6);
          big.position(3);
          big.put(b);
          return big.position(3).limit(3 + b.length).slice();
        }));
  }

  private static ByteBuffer surrounded(byte[] bytes, boolean direct) {
    int n = bytes.length + 9;
    ByteBuffer buf = direct ? ByteBuffer.allocateDirect(n) : ByteBuffer.allocate(n);
    for (int i = 0; i < n; i++) {
      buf.put(i, (byte) 0xee); // garbage a parser must not read
    }
    buf.position(5);
    buf.put(bytes);
    return buf.position(5).limit(5 + bytes.length);
  }
}
