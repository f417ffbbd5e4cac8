package io.github.netcodec.ip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ReassemblyTableTest {

  final AtomicLong clock = new AtomicLong(1_000);

  ReassemblyTable<String, String> table(ReassemblyLimits limits) {
    return new ReassemblyTable<>(limits, OverlapPolicy.DISCARD_UNLESS_IDENTICAL, clock::get);
  }

  static ByteBuffer part(byte[] d, int from, int to) {
    return ByteBuffer.wrap(d, from, to - from);
  }

  static byte[] datagram(int n) {
    return ReassemblyBufferTest.datagram(n);
  }

  @Test
  void reassemblesPerKeyAndKeepsTheFirstFragmentsHeader() {
    ReassemblyTable<String, String> t = table(ReassemblyLimits.defaults(65_515));
    byte[] d = datagram(24);
    assertEquals(Optional.empty(), t.add("a", null, 8, part(d, 8, 16), false));
    assertEquals(Optional.empty(), t.add("b", "header b", 0, part(d, 0, 8), false));
    assertEquals(Optional.empty(), t.add("a", null, 16, part(d, 16, 24), true));
    assertEquals(2, t.size());
    var done = t.add("a", "header a", 0, part(d, 0, 8), false).orElseThrow();
    assertEquals("header a", done.header());
    assertArrayEquals(d, ReassemblyBufferTest.bytes(done.payload()));
    assertTrue(done.payload().isReadOnly());
    // Each call is a fresh view: moving one does not move what the next call returns.
    done.payload().position(5);
    assertEquals(0, done.payload().position());
    assertEquals(d.length, done.payload().remaining());
    assertEquals(1, t.size());
    assertEquals(1, t.statistics().completed());
    assertThrows(NullPointerException.class, () -> t.add("c", null, 0, part(d, 0, 8), false));
  }

  @Test
  void datagramsExpireAfterTheTimeoutOfTheInjectedClock() {
    ReassemblyTable<String, String> t =
        table(ReassemblyLimits.defaults(65_515).withTimeout(Duration.ofSeconds(30)));
    byte[] d = datagram(16);
    t.add("a", "h", 0, part(d, 0, 8), false);
    clock.addAndGet(Duration.ofSeconds(10).toNanos());
    t.add("b", "h", 0, part(d, 0, 8), false);
    clock.addAndGet(Duration.ofSeconds(20).toNanos() - 1);
    assertEquals(0, t.expire());
    clock.incrementAndGet(); // exactly 30 s after "a" began
    assertEquals(1, t.expire());
    assertEquals(1, t.size());
    // "a" starts over: its old first fragment is gone, so the last one alone cannot complete it.
    assertEquals(Optional.empty(), t.add("a", null, 8, part(d, 8, 16), true));
    clock.addAndGet(Duration.ofSeconds(10).toNanos());
    assertEquals(1, t.expire()); // "b"
    assertEquals(2, t.statistics().timedOut());
    assertTrue(t.add("a", "h", 0, part(d, 0, 8), false).isPresent());
  }

  @Test
  void aDiscardedDatagramDropsItsLaterFragmentsUntilItsTimeout() {
    ReassemblyTable<String, String> t = table(ReassemblyLimits.defaults(65_515));
    byte[] d = datagram(24);
    byte[] evil = datagram(24);
    evil[4] = 42;
    t.add("a", "h", 0, part(d, 0, 16), false);
    t.add("a", "h", 0, part(evil, 0, 8), false);
    assertEquals(1, t.statistics().discarded());
    assertEquals(Optional.empty(), t.add("a", null, 16, part(d, 16, 24), true));
    assertEquals(1, t.statistics().dropped());
    assertEquals(ReassemblyBuffer.DATAGRAM_OVERHEAD, t.memoryCharged());
    clock.addAndGet(ReassemblyLimits.DEFAULT_TIMEOUT.toNanos());
    assertEquals(0, t.expire()); // a tombstone is not counted as timed out
    assertEquals(0, t.size());
  }

  @Test
  void theMemoryCapEvictsTheOldestDatagrams() {
    long cap = 3 * (ReassemblyBuffer.DATAGRAM_OVERHEAD + ReassemblyBuffer.FRAGMENT_OVERHEAD + 1000);
    ReassemblyTable<Integer, String> t = new ReassemblyTable<>(
        ReassemblyLimits.defaults(65_515).withMaxMemory(cap), OverlapPolicy.KEEP_FIRST,
        clock::get);
    byte[] d = datagram(1000);
    for (int key = 0; key < 100; key++) { // a flood of first fragments that never complete
      t.add(key, "h", 0, part(d, 0, 1000), false);
      assertTrue(t.memoryCharged() <= cap, "memory " + t.memoryCharged());
    }
    assertEquals(3, t.size());
    assertEquals(97, t.statistics().evicted());
    // The newest survive and can still complete.
    assertTrue(t.add(99, null, 1000, part(d, 0, 8), true).isPresent());
    // A datagram larger than the cap on its own is never admitted.
    byte[] big = datagram(cap > 4000 ? 5000 : 4000);
    assertEquals(Optional.empty(), t.add(1000, "h", 0, part(big, 0, big.length), false));
    assertFalse(t.memoryCharged() > cap);
  }

  @Test
  void limitsAreChecked() {
    assertThrows(IllegalArgumentException.class,
        () -> new ReassemblyLimits(Duration.ZERO, 10, 10, 10_000));
    assertThrows(IllegalArgumentException.class,
        () -> new ReassemblyLimits(Duration.ofSeconds(1), -1, 10, 10_000));
    assertThrows(IllegalArgumentException.class,
        () -> new ReassemblyLimits(Duration.ofSeconds(1), 10, 0, 10_000));
    assertThrows(IllegalArgumentException.class,
        () -> new ReassemblyLimits(Duration.ofSeconds(1), 10, 10, 10));
    ReassemblyLimits l = ReassemblyLimits.defaults(100).withMaxFragmentsPerDatagram(7)
        .withMaxDatagramLength(50);
    assertEquals(7, l.maxFragmentsPerDatagram());
    assertEquals(50, l.maxDatagramLength());
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(ReassemblyLimits.class)
        .withNonnullFields("timeout")
        .withPrefabValuesForField("maxMemory", 1000L, 2000L)
        .withPrefabValuesForField("maxFragmentsPerDatagram", 1, 2)
        .withPrefabValues(Duration.class, Duration.ofSeconds(1), Duration.ofSeconds(2))
        .verify();
    EqualsVerifier.forClass(ReassemblyTable.Reassembled.class)
        .withNonnullFields("header", "payload")
        .withPrefabValues(ByteBuffer.class, ByteBuffer.wrap(new byte[] {1}),
            ByteBuffer.wrap(new byte[] {2}))
        .verify();
    EqualsVerifier.forClass(ReassemblyTable.Statistics.class).verify();
  }
}
