package io.github.netcodec.ip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any split of a datagram, sent in any order with duplicates, reassembles to the original. */
class ReassemblyProperties {

  record Piece(int offset, int end, boolean last) {}

  /** Splits [0, n) at random boundaries. */
  static List<Piece> split(int n, Random random) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    do {
      int end = Math.min(n, at + 1 + random.nextInt(Math.max(1, n / 3 + 1)));
      pieces.add(new Piece(at, end, end == n));
      at = end;
    } while (at < n);
    return pieces;
  }

  @Property(tries = 300)
  void anyOrderWithDuplicatesAndReFragmentationGivesTheOriginal(
      @ForAll @IntRange(min = 1, max = 3000) int length, @ForAll long seed) {
    Random random = new Random(seed);
    byte[] d = new byte[length];
    random.nextBytes(d);
    List<Piece> pieces = split(length, random);
    if (random.nextBoolean()) {
      pieces.addAll(split(length, random)); // the same datagram fragmented another way
    }
    for (int k = random.nextInt(4); k > 0; k--) {
      pieces.add(pieces.get(random.nextInt(pieces.size()))); // duplicates
    }
    Collections.shuffle(pieces, random);
    for (OverlapPolicy policy : List.of(OverlapPolicy.DISCARD_UNLESS_IDENTICAL,
        OverlapPolicy.KEEP_FIRST, OverlapPolicy.TAKE_LAST)) {
      ReassemblyBuffer b = new ReassemblyBuffer(65_535, 1024, policy);
      ByteBuffer result = null;
      for (Piece p : pieces) {
        ReassemblyBuffer.Status s =
            b.add(p.offset(), ByteBuffer.wrap(d, p.offset(), p.end() - p.offset()), p.last());
        assertTrue(s != ReassemblyBuffer.Status.DISCARDED, policy + ": " + b.discardReason());
        if (s == ReassemblyBuffer.Status.COMPLETE) {
          result = b.payload();
        }
      }
      assertTrue(b.isComplete());
      byte[] out = new byte[result.remaining()];
      result.get(out);
      assertArrayEquals(d, out);
      assertEquals(length, b.bytesHeld());
    }
  }
}
