package io.github.netcodec.ip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ip.ReassemblyBuffer.DiscardReason;
import io.github.netcodec.ip.ReassemblyBuffer.Status;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Collectors;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/** Hand-made fragment sequences over the datagram bytes 0, 1, 2, ... (RFC 815 walkthroughs). */
class ReassemblyBufferTest {

  static byte[] datagram(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  static ByteBuffer part(byte[] d, int from, int to) {
    return ByteBuffer.wrap(d, from, to - from);
  }

  static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  static String holes(ReassemblyBuffer b) {
    return b.holes().stream().map(h -> h.start() + "-" + h.end()).collect(Collectors.joining(","));
  }

  static ReassemblyBuffer buffer(OverlapPolicy policy) {
    return new ReassemblyBuffer(65_515, 64, policy);
  }

  @Test
  void outOfOrderFragmentsFillTheHoles() {
    byte[] d = datagram(40);
    ReassemblyBuffer b = buffer(OverlapPolicy.DISCARD_UNLESS_IDENTICAL);
    assertEquals("0-" + Integer.MAX_VALUE, holes(b));
    assertEquals(Status.ACCEPTED, b.add(16, part(d, 16, 24), false));
    assertEquals("0-16,24-" + Integer.MAX_VALUE, holes(b));
    assertEquals(Status.ACCEPTED, b.add(32, part(d, 32, 40), true));
    assertEquals(40, b.length());
    assertEquals("0-16,24-32", holes(b));
    assertEquals(Status.ACCEPTED, b.add(0, part(d, 0, 16), false));
    assertFalse(b.isComplete());
    assertThrows(IllegalStateException.class, b::payload);
    assertEquals(Status.COMPLETE, b.add(24, part(d, 24, 32), false));
    assertEquals("", holes(b));
    assertArrayEquals(d, bytes(b.payload()));
    assertEquals(4, b.fragmentCount());
    assertEquals(40, b.bytesHeld());
    assertEquals(Status.DROPPED, b.add(0, part(d, 0, 8), false));
  }

  @Test
  void copiesFragmentsAndLeavesTheCallersBufferAlone() {
    byte[] d = datagram(16);
    ReassemblyBuffer b = buffer(OverlapPolicy.KEEP_FIRST);
    ByteBuffer first = part(d, 0, 8);
    b.add(0, first, false);
    assertEquals(0, first.position());
    assertEquals(8, first.limit());
    d[3] = 99; // the caller reuses its buffer
    b.add(8, part(datagram(16), 8, 16), true);
    assertArrayEquals(datagram(16), bytes(b.payload()));
  }

  @Test
  void identicalOverlapsAreAcceptedAndDifferingOnesDiscard() {
    byte[] d = datagram(48);
    ReassemblyBuffer b = buffer(OverlapPolicy.DISCARD_UNLESS_IDENTICAL);
    b.add(0, part(d, 0, 24), false);
    assertEquals(Status.DROPPED, b.add(8, part(d, 8, 16), false)); // duplicate, nothing new
    assertEquals(Status.ACCEPTED, b.add(16, part(d, 16, 40), false)); // re-fragmented, overlaps
    assertEquals(40, b.bytesHeld());
    byte[] evil = d.clone();
    evil[33] = 0; // differs inside the overlap with the held bytes, [32, 40)
    assertEquals(Status.DISCARDED, b.add(32, part(evil, 32, 48), true));
    assertEquals(DiscardReason.OVERLAP, b.discardReason());
    assertTrue(b.isDiscarded());
    assertEquals(0, b.bytesHeld());
    assertEquals(Status.DISCARDED, b.add(40, part(d, 40, 48), true));
    assertEquals("", holes(b));
  }

  @Test
  void rfc5722DropsExactDuplicatesAndDiscardsOnAnyOtherOverlap() {
    byte[] d = datagram(32);
    ReassemblyBuffer b = buffer(OverlapPolicy.RFC_5722);
    b.add(0, part(d, 0, 16), false);
    assertEquals(Status.DROPPED, b.add(0, part(d, 0, 16), false));
    assertEquals(Status.DISCARDED, b.add(8, part(d, 8, 24), false));
    assertEquals(DiscardReason.OVERLAP, b.discardReason());
  }

  @Test
  void keepFirstAndTakeLastDecideWhichBytesWin() {
    byte[] d = datagram(16);
    byte[] other = new byte[16];
    java.util.Arrays.fill(other, (byte) 0x55);
    ReassemblyBuffer first = buffer(OverlapPolicy.KEEP_FIRST);
    ReassemblyBuffer last = buffer(OverlapPolicy.TAKE_LAST);
    for (ReassemblyBuffer b : List.of(first, last)) {
      b.add(0, part(d, 0, 8), false);
      assertEquals(Status.COMPLETE, b.add(4, part(other, 4, 16), true));
    }
    byte[] expectedFirst = d.clone();
    java.util.Arrays.fill(expectedFirst, 8, 16, (byte) 0x55);
    assertArrayEquals(expectedFirst, bytes(first.payload()));
    byte[] expectedLast = d.clone();
    java.util.Arrays.fill(expectedLast, 4, 16, (byte) 0x55);
    assertArrayEquals(expectedLast, bytes(last.payload()));
  }

  @Test
  void contradictoryLengthsDiscardTheDatagram() {
    byte[] d = datagram(64);
    ReassemblyBuffer twoEnds = buffer(OverlapPolicy.KEEP_FIRST);
    twoEnds.add(16, part(d, 16, 24), true);
    assertEquals(Status.DISCARDED, twoEnds.add(24, part(d, 24, 32), true));
    assertEquals(DiscardReason.INCONSISTENT_LENGTH, twoEnds.discardReason());

    ReassemblyBuffer beyondEnd = buffer(OverlapPolicy.KEEP_FIRST);
    beyondEnd.add(16, part(d, 16, 24), true);
    assertEquals(Status.DISCARDED, beyondEnd.add(24, part(d, 24, 32), false));
    assertEquals(DiscardReason.INCONSISTENT_LENGTH, beyondEnd.discardReason());

    ReassemblyBuffer endBeforeData = buffer(OverlapPolicy.KEEP_FIRST);
    endBeforeData.add(32, part(d, 32, 40), false);
    assertEquals(Status.DISCARDED, endBeforeData.add(8, part(d, 8, 16), true));
    assertEquals(DiscardReason.INCONSISTENT_LENGTH, endBeforeData.discardReason());
  }

  @Test
  void capsOnLengthAndFragmentCount() {
    byte[] d = datagram(64);
    ReassemblyBuffer tooLong = new ReassemblyBuffer(32, 64, OverlapPolicy.KEEP_FIRST);
    assertEquals(Status.DISCARDED, tooLong.add(30, part(d, 0, 8), false));
    assertEquals(DiscardReason.TOO_LONG, tooLong.discardReason());
    ReassemblyBuffer huge = new ReassemblyBuffer(65_535, 64, OverlapPolicy.KEEP_FIRST);
    assertEquals(Status.DISCARDED, huge.add(Integer.MAX_VALUE, part(d, 0, 8), false));

    ReassemblyBuffer many = new ReassemblyBuffer(65_535, 3, OverlapPolicy.KEEP_FIRST);
    many.add(0, part(d, 0, 8), false);
    many.add(16, part(d, 16, 24), false);
    many.add(32, part(d, 32, 40), false);
    assertEquals(Status.DISCARDED, many.add(48, part(d, 48, 56), false));
    assertEquals(DiscardReason.TOO_MANY_FRAGMENTS, many.discardReason());

    assertThrows(IllegalArgumentException.class, () -> many.add(-1, part(d, 0, 8), false));
    assertThrows(IllegalArgumentException.class,
        () -> new ReassemblyBuffer(10, 0, OverlapPolicy.KEEP_FIRST));
    assertThrows(IllegalArgumentException.class,
        () -> new ReassemblyBuffer(-1, 1, OverlapPolicy.KEEP_FIRST));
  }

  @Test
  void anEmptyDatagramCompletesWithOneEmptyFragment() {
    ReassemblyBuffer b = buffer(OverlapPolicy.KEEP_FIRST);
    assertNull(b.discardReason());
    assertEquals(Status.COMPLETE, b.add(0, ByteBuffer.allocate(0), true));
    assertEquals(0, b.payload().remaining());
  }

  @Test
  void lastFragmentWhollyCoveredStillFixesTheLength() {
    byte[] d = datagram(16);
    ReassemblyBuffer b = buffer(OverlapPolicy.DISCARD_UNLESS_IDENTICAL);
    b.add(0, part(d, 0, 16), false);
    assertEquals(Status.COMPLETE, b.add(8, part(d, 8, 16), true));
    assertArrayEquals(d, bytes(b.payload()));
  }

  @Test
  void memoryChargeCountsDataAndBookkeeping() {
    byte[] d = datagram(64);
    ReassemblyBuffer b = buffer(OverlapPolicy.KEEP_FIRST);
    assertEquals(ReassemblyBuffer.DATAGRAM_OVERHEAD, b.memoryCharge());
    b.add(0, part(d, 0, 8), false);
    b.add(16, part(d, 16, 24), false);
    assertEquals(16 + 2 * ReassemblyBuffer.FRAGMENT_OVERHEAD + ReassemblyBuffer.DATAGRAM_OVERHEAD,
        b.memoryCharge());
    b.discard(DiscardReason.EVICTED);
    assertEquals(ReassemblyBuffer.DATAGRAM_OVERHEAD, b.memoryCharge());
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(OverlapPolicy.Overlap.class).verify();
    EqualsVerifier.forClass(ReassemblyBuffer.Hole.class).verify();
  }
}
