package io.github.netcodec.udp;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.nio.ByteBuffer;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class UdpProperties {

  @Property(tries = 300)
  void builtDatagramsRoundTripAndVerify(@ForAll @IntRange(max = 65535) int sport,
      @ForAll @IntRange(max = 65535) int dport, @ForAll @Size(max = 300) byte[] payload,
      @ForAll int v4src, @ForAll int v4dst, @ForAll long hi, @ForAll long lo) {
    Ipv4Address s4 = Ipv4Address.of(v4src);
    Ipv4Address d4 = Ipv4Address.of(v4dst);
    UdpDatagram d = UdpDatagram.builder().sourcePort(sport).destinationPort(dport)
        .payload(payload).build(s4, d4);
    assertTrue(d.hasValidChecksum(s4, d4));
    assertTrue(d.checksum() != 0);
    assertRoundTrips(d, UdpDatagram::parse);
    assertEquals(d, assertLosslessOnEveryBufferKind(d.toByteArray(), UdpDatagram::parse));
    Ipv6Address s6 = Ipv6Address.of(hi, lo);
    Ipv6Address d6 = Ipv6Address.of(lo, hi);
    UdpDatagram e = d.withComputedChecksum(s6, d6);
    assertTrue(e.hasValidChecksum(s6, d6));
    assertTrue(e.withPorts(dport, sport).hasValidChecksum(s6, d6));
  }

  @Property(tries = 1000)
  void arbitraryBytesThrowOnlyMalformedAndParsedOnesEncodeBack(
      @ForAll @Size(max = 40) byte[] bytes) {
    UdpDatagram d = parseOrReject(bytes, UdpDatagram::parse);
    if (d != null) {
      assertArrayEquals(Arrays.copyOf(bytes, d.length()), d.toByteArray());
    }
    UdpDatagram t = parseOrReject(bytes, b -> UdpDatagram.parseTruncated(b));
    if (t != null) {
      assertEquals(t, UdpDatagram.parseTruncated(ByteBuffer.wrap(t.toByteArray())));
    }
  }
}
