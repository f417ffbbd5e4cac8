package io.github.netcodec.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TcpStreamReassemblerProperties {

  private record Piece(long sequence, int from, int to) {}

  /** Random segmentation with overlaps, duplication and reordering; ISN near 2^32 often. */
  private static List<Piece> pieces(Random r, long isn, int length) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    while (at < length) {
      int n = 1 + r.nextInt(40);
      int from = Math.max(0, at - (r.nextInt(4) == 0 ? r.nextInt(10) : 0)); // overlap back
      int to = Math.min(length, at + n);
      pieces.add(new Piece(SequenceNumber.add(isn, from), from, to));
      if (r.nextInt(5) == 0) {
        pieces.add(new Piece(SequenceNumber.add(isn, from), from, to)); // retransmission
      }
      at = to;
    }
    Collections.shuffle(pieces, r);
    return pieces;
  }

  @Property(tries = 300)
  void yieldsTheOriginalStreamUnderAnyOrder(@ForAll long seed,
      @ForAll @IntRange(max = 3000) int length) {
    Random r = new Random(seed);
    byte[] data = new byte[length];
    r.nextBytes(data);
    long isn = r.nextBoolean() ? SequenceNumber.add(0xffff_ffffL, -r.nextInt(2000))
        : r.nextInt() & 0xffff_ffffL;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TcpStreamReassembler re = new TcpStreamReassembler(isn, length, b -> {
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      out.write(bytes, 0, bytes.length);
    });
    for (Piece p : pieces(r, isn, length)) {
      re.add(p.sequence(), ByteBuffer.wrap(data, p.from(), p.to() - p.from()).slice());
      assertTrue(re.bufferedBytes() <= length);
    }
    assertArrayEquals(data, out.toByteArray());
    assertEquals(SequenceNumber.add(isn, length), re.nextSequence());
    assertEquals(0, re.bufferedBytes());
    assertEquals(List.of(), re.gaps());
  }

  @Property(tries = 200)
  void aLostSegmentIsReportedAsTheGapAndSkippingItYieldsTheRest(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] data = new byte[200 + r.nextInt(300)];
    r.nextBytes(data);
    long isn = r.nextInt() & 0xffff_ffffL;
    int lostFrom = 20 + r.nextInt(100);
    int lostTo = lostFrom + 1 + r.nextInt(50);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TcpStreamReassembler re = new TcpStreamReassembler(isn, data.length, b -> {
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      out.write(bytes, 0, bytes.length);
    });
    List<int[]> order = new ArrayList<>(List.of(new int[] {0, lostFrom},
        new int[] {lostTo, data.length}));
    Collections.shuffle(order, r);
    for (int[] p : order) {
      re.add(SequenceNumber.add(isn, p[0]), ByteBuffer.wrap(data, p[0], p[1] - p[0]));
    }
    TcpStreamReassembler.Gap gap = new TcpStreamReassembler.Gap(SequenceNumber.add(isn, lostFrom),
        SequenceNumber.add(isn, lostTo), lostTo - lostFrom);
    assertEquals(List.of(gap), re.gaps());
    assertEquals(gap, re.skipGap());
    byte[] expected = new byte[data.length - (lostTo - lostFrom)];
    System.arraycopy(data, 0, expected, 0, lostFrom);
    System.arraycopy(data, lostTo, expected, lostFrom, data.length - lostTo);
    assertArrayEquals(expected, out.toByteArray());
  }
}
