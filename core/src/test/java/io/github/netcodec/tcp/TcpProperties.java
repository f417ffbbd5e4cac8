package io.github.netcodec.tcp;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TcpProperties {

  @Property(tries = 400)
  void builtSegmentsRoundTripLosslesslyAndVerify(@ForAll long seed, @ForAll int a,
      @ForAll int b, @ForAll long hi, @ForAll long lo) {
    Random r = new Random(seed);
    Ipv4Address s4 = Ipv4Address.of(a);
    Ipv4Address d4 = Ipv4Address.of(b);
    TcpSegment s = RandomTcp.builder(r, 100).build(s4, d4);
    assertTrue(s.hasValidChecksum(s4, d4));
    assertRoundTrips(s, TcpSegment::parse);
    assertEquals(s, assertLosslessOnEveryBufferKind(s.toByteArray(), TcpSegment::parse));
    Ipv6Address s6 = Ipv6Address.of(hi, lo);
    Ipv6Address d6 = Ipv6Address.of(lo, ~hi);
    TcpSegment v6 = s.withComputedChecksum(s6, d6);
    assertTrue(v6.hasValidChecksum(s6, d6));
    assertFalse(v6.withChecksum(v6.checksum() ^ 0x0100).hasValidChecksum(s6, d6));
  }

  @Property(tries = 1000)
  void arbitraryBytesThrowOnlyMalformedAndParsedOnesEncodeBack(
      @ForAll @Size(max = 80) byte[] bytes) {
    TcpSegment s = parseOrReject(bytes, TcpSegment::parse);
    if (s != null) {
      assertArrayEquals(bytes, s.toByteArray());
    }
  }

  @Property(tries = 1000)
  void mutatedSegmentsThrowOnlyMalformedAndAreLossless(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int mutations) {
    Random r = new Random(seed);
    byte[] bytes = RandomTcp.builder(r, 20).build().toByteArray();
    for (int k = 0; k < mutations; k++) {
      // mutate the header mostly: the data offset byte and the options area
      int at = r.nextInt(4) == 0 ? 12 : 20 + r.nextInt(Math.max(1, Math.min(40,
          bytes.length - 20)));
      if (at < bytes.length) {
        bytes[at] = (byte) r.nextInt(256);
      }
    }
    TcpSegment s = parseOrReject(bytes, TcpSegment::parse);
    if (s != null) {
      assertArrayEquals(bytes, s.toByteArray());
      assertEquals(s, TcpSegment.parse(s.toByteArray()));
    }
  }

  @Property(tries = 1000)
  void sequenceArithmeticIsModulo2To32(@ForAll @LongRange(max = 0xffff_ffffL) long a,
      @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int n) {
    long b = SequenceNumber.add(a, n);
    assertTrue(SequenceNumber.isBefore(a, b));
    assertTrue(SequenceNumber.isAfter(b, a));
    assertFalse(SequenceNumber.isBefore(b, a));
    assertEquals(n, SequenceNumber.distance(a, b));
    assertEquals(-n, SequenceNumber.distance(b, a));
    assertEquals(a, SequenceNumber.add(b, -n));
    assertTrue(SequenceNumber.inWindow(a, a, b));
    assertFalse(SequenceNumber.inWindow(a, b, b));
    assertEquals(-1, SequenceNumber.compare(a, b));
    assertEquals(new SequenceNumber(b), new SequenceNumber(a).plus(n));
    long half = SequenceNumber.add(a, 1L << 31);
    assertFalse(SequenceNumber.isBefore(a, half));
    assertFalse(SequenceNumber.isBefore(half, a));
  }
}
