package io.github.netcodec.arp;

import static io.github.netcodec.testing.CodecAssertions.assertEncodesTo;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ethernet.EtherType;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ArpProperties {

  @Provide
  Arbitrary<ArpPacket> packets() {
    Arbitrary<Integer> u16 = Arbitraries.integers().between(0, 0xffff);
    Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 24);
    return Combinators.combine(u16, u16, u16, lengths, lengths, Arbitraries.randoms())
        .as((htype, ptype, op, hl, pl, random) -> {
          byte[][] a = {new byte[hl], new byte[pl], new byte[hl], new byte[pl]};
          for (byte[] b : a) {
            random.nextBytes(b);
          }
          return new ArpPacket(ArpHardwareType.of(htype), EtherType.of(ptype),
              ArpOperation.of(op), ByteString.copyOf(a[0]),
              ByteString.copyOf(a[1]), ByteString.copyOf(a[2]), ByteString.copyOf(a[3]));
        });
  }

  @Property
  void recordsRoundTrip(@ForAll("packets") ArpPacket packet) {
    byte[] bytes = packet.toByteArray();
    ArpPacket parsed = ArpPacket.parse(bytes);
    assertEquals(packet, parsed);
    assertEncodesTo(bytes, parsed);
    parsed.toString();
  }

  @Property
  void ethernetIpv4ConveniencesRoundTrip(@ForAll long mac, @ForAll int ip, @ForAll int other) {
    MacAddress m = MacAddress.of(mac & 0xffff_ffff_ffffL);
    ArpPacket reply = ArpPacket.reply(m, Ipv4Address.of(ip), m, Ipv4Address.of(other));
    ArpPacket parsed = ArpPacket.parse(reply.toByteArray());
    assertEquals(m, parsed.senderMac());
    assertEquals(m, parsed.targetMac());
    assertEquals(Ipv4Address.of(ip), parsed.senderIp());
    assertEquals(Ipv4Address.of(other), parsed.targetIp());
    assertEquals(Ipv4Address.of(ip) + " is-at " + m, parsed.toString());
  }

  @Property
  void arbitraryBytesParseLosslesslyOrThrowMalformed(@ForAll @Size(max = 80) byte[] bytes,
      @ForAll @IntRange(min = 0, max = 12) int hlen, @ForAll @IntRange(min = 0, max = 12) int plen) {
    check(bytes);
    if (bytes.length >= 8) {
      bytes[4] = (byte) hlen; // steer the lengths into the range the input can hold
      bytes[5] = (byte) plen;
      check(bytes);
    }
  }

  private static void check(byte[] bytes) {
    ArpPacket parsed = parseOrReject(bytes, ArpPacket::parse);
    if (parsed != null) {
      // The packet is a prefix of the input; what follows is the link layer's padding.
      assertArrayEquals(Arrays.copyOf(bytes, parsed.encodedLength()), parsed.toByteArray());
      parsed.toString();
      parsed.isProbe();
      parsed.isGratuitous();
    }
  }
}
