package io.github.netcodec.ipv4;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.Ipv4Address;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class Ipv4PacketProperties {

  @Property(tries = 300)
  void encodedPacketsParseBackEqualAndLossless(@ForAll long seed) {
    Ipv4Packet p = RandomIpv4.packet(new Random(seed), 100);
    assertRoundTrips(p, Ipv4Packet::parse);
    Ipv4Packet parsed = assertLosslessOnEveryBufferKind(p.toByteArray(), Ipv4Packet::parse);
    assertEquals(p, parsed);
    assertEquals(p.hashCode(), parsed.hashCode());
    assertEquals(p, Ipv4Packet.parseTruncated(ByteBuffer.wrap(p.toByteArray())));
  }

  @Property(tries = 300)
  void builtPacketsHaveValidChecksumsAndMatchingLengths(@ForAll long seed) {
    Ipv4Packet p = RandomIpv4.builder(new Random(seed), 200).build();
    assertTrue(p.hasValidHeaderChecksum());
    assertEquals(p.totalLength(), p.encodedLength());
    assertEquals(0, p.headerLength() % 4);
    assertEquals(p.ihl() * 4, p.headerLength());
  }

  @Property(tries = 300)
  void incrementalRewritesEqualRecomputation(@ForAll long seed, @ForAll int source,
      @ForAll int destination, @ForAll @IntRange(max = 255) int ttl,
      @ForAll @IntRange(max = 63) int dscp) {
    Ipv4Packet p = RandomIpv4.builder(new Random(seed), 20).build();
    Ipv4Packet q = p.withSource(Ipv4Address.of(source));
    assertEquals(q.computeHeaderChecksum(), q.headerChecksum());
    q = q.withDestination(Ipv4Address.of(destination));
    assertEquals(q.computeHeaderChecksum(), q.headerChecksum());
    q = q.withTtl(ttl);
    assertEquals(q.computeHeaderChecksum(), q.headerChecksum());
    q = q.withDscp(dscp);
    assertEquals(q.computeHeaderChecksum(), q.headerChecksum());
    assertEquals(q, p.toBuilder().source(Ipv4Address.of(source))
        .destination(Ipv4Address.of(destination)).ttl(ttl).dscp(dscp).build());
  }

  @Property(tries = 1000)
  void arbitraryBytesThrowOnlyMalformed(@ForAll @Size(max = 100) byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 1000)
  void arbitraryHeadersThrowOnlyMalformed(@ForAll @IntRange(min = 5, max = 15) int ihl,
      @ForAll @IntRange(max = 90) int totalLength, @ForAll @Size(max = 90) byte[] rest) {
    byte[] bytes = new byte[4 + rest.length];
    bytes[0] = (byte) (0x40 | ihl);
    bytes[2] = (byte) (totalLength >>> 8);
    bytes[3] = (byte) totalLength;
    System.arraycopy(rest, 0, bytes, 4, rest.length);
    check(bytes);
  }

  @Property(tries = 1000)
  void mutatedPacketsThrowOnlyMalformed(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] bytes = RandomIpv4.packet(r, 40).toByteArray();
    for (int k = 1 + r.nextInt(4); k > 0; k--) {
      int i = r.nextInt(bytes.length);
      bytes[i] = (byte) (r.nextBoolean() ? r.nextInt(256) : bytes[i] ^ (1 << r.nextInt(8)));
    }
    if (r.nextInt(4) == 0) {
      bytes = Arrays.copyOf(bytes, r.nextInt(bytes.length + 8));
    }
    check(bytes);
  }

  /** Parses strictly and leniently; whatever parses is lossless and its accessors never throw. */
  private static void check(byte[] bytes) {
    for (boolean lenient : new boolean[] {false, true}) {
      Ipv4Packet p = parseOrReject(bytes,
          lenient ? Ipv4Packet::parseTruncated : Ipv4Packet::parse);
      if (p == null) {
        continue;
      }
      assertArrayEquals(Arrays.copyOf(bytes, p.encodedLength()), p.toByteArray());
      assertEquals(p, Ipv4Packet.parseTruncated(ByteBuffer.wrap(p.toByteArray())));
      p.toString();
      p.hasValidHeaderChecksum();
      p.withComputedHeaderChecksum();
      for (Ipv4Option o : p.options()) {
        o.copied();
        o.toString();
      }
    }
  }
}
