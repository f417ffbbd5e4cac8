package io.github.netcodec.ipv6;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.testing.CodecAssertions;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class Ipv6PacketProperties {

  @Provide
  Arbitrary<Ipv6Packet> packets() {
    return Arbitraries.randomValue(Ipv6Generators::anyPacket);
  }

  @Property
  void recordsRoundTrip(@ForAll("packets") Ipv6Packet packet) {
    CodecAssertions.assertRoundTrips(packet, Ipv6Packet::parse);
    byte[] bytes = packet.toByteArray();
    assertArrayEquals(bytes, Ipv6Packet.parse(bytes).toByteArray());
    assertEquals(packet, Ipv6Packet.parseTruncated(bytes));
  }

  @Property(tries = 300)
  void everyCutOfAPacketParsesAsTruncated(@ForAll("packets") Ipv6Packet packet,
      @ForAll @IntRange(min = 0, max = 10_000) int cut) {
    byte[] bytes = packet.toByteArray();
    int n = 40 + cut % (bytes.length - 39);
    byte[] prefix = Arrays.copyOf(bytes, n);
    Ipv6Packet p = Ipv6Packet.parseTruncated(prefix);
    assertArrayEquals(prefix, p.toByteArray());
    assertEquals(n < bytes.length, p.isTruncated());
    assertEquals(p, Ipv6Packet.parseTruncated(p.toByteArray()));
  }

  @Property
  void arbitraryBytesThrowNothingButMalformed(@ForAll @Size(max = 200) byte[] bytes) {
    CodecAssertions.parseOrReject(bytes, Ipv6Packet::parse);
    CodecAssertions.parseOrReject(bytes, Ipv6Packet::parseTruncated);
  }

  @Property
  void arbitraryBytesAfterAnIpv6HeaderThrowNothingButMalformed(
      @ForAll @Size(max = 300) byte[] bytes) {
    if (bytes.length < 40) {
      return;
    }
    bytes[0] = (byte) (0x60 | bytes[0] & 0x0f);
    int length = bytes.length - 40;
    bytes[4] = (byte) (length >>> 8);
    bytes[5] = (byte) length;
    bytes[6] = (byte) new int[] {0, 43, 44, 50, 51, 60, 135, 253}[bytes[6] & 7];
    checkParsesLosslesslyOrRejects(bytes);
  }

  @Property(tries = 2000)
  void mutatedPacketsThrowNothingButMalformed(@ForAll("packets") Ipv6Packet packet,
      @ForAll long seed) {
    byte[] bytes = packet.toByteArray();
    Random random = new Random(seed);
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      int at = random.nextInt(bytes.length);
      bytes[at] = random.nextBoolean() ? (byte) random.nextInt(256)
          : (byte) (bytes[at] ^ 1 << random.nextInt(8));
    }
    if (random.nextInt(4) == 0) {
      bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }
    checkParsesLosslesslyOrRejects(bytes);
  }

  private static void checkParsesLosslesslyOrRejects(byte[] bytes) {
    Ipv6Packet strict = CodecAssertions.parseOrReject(bytes, Ipv6Packet::parse);
    if (strict != null) {
      byte[] again = strict.toByteArray();
      assertArrayEquals(Arrays.copyOf(bytes, again.length), again);
      assertEquals(strict, Ipv6Packet.parse(again));
    }
    Ipv6Packet lenient = CodecAssertions.parseOrReject(bytes, Ipv6Packet::parseTruncated);
    if (lenient != null) {
      byte[] again = lenient.toByteArray();
      assertArrayEquals(Arrays.copyOf(bytes, again.length), again);
      assertEquals(lenient, Ipv6Packet.parseTruncated(again));
      assertTrue(strict == null || strict.equals(lenient));
    }
  }
}
