package io.github.netcodec.ipv4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Option.EndOfOptionList;
import io.github.netcodec.ipv4.Ipv4Option.LooseSourceRoute;
import io.github.netcodec.ipv4.Ipv4Option.NoOperation;
import io.github.netcodec.ipv4.Ipv4Option.RecordRoute;
import io.github.netcodec.ipv4.Ipv4Option.RouterAlert;
import io.github.netcodec.testing.Scapy;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ipv4FragmenterTest {

  static Ipv4Address ip(String text) {
    return Ipv4Address.parse(text);
  }

  static byte[] counting(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  static byte[] concatenatedPayloads(List<Ipv4Packet> fragments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Ipv4Packet f : fragments) {
      ByteBuffer p = f.payload();
      byte[] b = new byte[p.remaining()];
      p.get(b);
      out.writeBytes(b);
    }
    return out.toByteArray();
  }

  @Test
  void agreesByteForByteWithScapyWithoutOptions() {
    // scapy 2.5: fragment(IP(src='192.0.2.1', dst='198.51.100.7', id=0x4242, proto=17)
    //   / Raw(bytes(range(256)) * 12), fragsize=1480), each printed as raw(f).hex()
    String script = String.join("\n",
        "from scapy.all import IP, Raw, raw, fragment",
        "p = IP(src='192.0.2.1', dst='198.51.100.7', id=0x4242, proto=17) / Raw(bytes(range(256)) * 12)",
        "for f in fragment(p, fragsize=1480):",
        "    print(raw(f).hex())");
    String[] expected = Scapy.run(script, "").trim().split("\n");
    Ipv4Packet p = Ipv4Packet.builder().source(ip("192.0.2.1")).destination(ip("198.51.100.7"))
        .identification(0x4242).protocol(IpProtocol.UDP).payload(repeat(counting(256), 12))
        .build();
    List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(p, 1500);
    assertEquals(expected.length, fragments.size());
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], Hex.toHex(fragments.get(k).toByteArray()), "fragment " + k);
    }
  }

  static byte[] repeat(byte[] b, int times) {
    byte[] out = new byte[b.length * times];
    for (int k = 0; k < times; k++) {
      System.arraycopy(b, 0, out, k * b.length, b.length);
    }
    return out;
  }

  @Test
  void splitsOnEightByteBoundariesAndRepeatsOnlyCopiedOptions() {
    RecordRoute rr = new RecordRoute(4, List.of(ip("0.0.0.0")));
    LooseSourceRoute lsrr = new LooseSourceRoute(4, List.of(ip("203.0.113.5")));
    Ipv4Packet p = Ipv4Packet.builder().source(ip("10.0.0.1")).destination(ip("10.0.0.2"))
        .identification(99).ttl(33).dscp(10).protocol(IpProtocol.UDP)
        .options(List.of(rr, NoOperation.INSTANCE, RouterAlert.EXAMINE, lsrr))
        .payload(counting(1000)).build();
    assertEquals(40, p.headerLength()); // 19 option bytes, padded
    List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(p, 300);
    // first: 300 - 40 = 260 -> 256 bytes; later headers 20 + 4 (RA) + 7 (LSRR) + 1 (EOL) = 32, 268 -> 264
    assertEquals(List.of(0, 32, 65, 98), fragments.stream().map(Ipv4Packet::fragmentOffset)
        .toList());
    assertEquals(List.of(256, 264, 264, 216), fragments.stream()
        .map(Ipv4Packet::payloadLength).toList());
    assertEquals(p.options(), fragments.get(0).options());
    for (int k = 0; k < fragments.size(); k++) {
      Ipv4Packet f = fragments.get(k);
      assertTrue(f.totalLength() <= 300);
      assertTrue(f.hasValidHeaderChecksum());
      assertEquals(k < 3, f.moreFragments());
      assertEquals(99, f.identification());
      assertEquals(33, f.ttl());
      assertEquals(10, f.dscp());
      assertFalse(f.isTruncated());
      assertEquals(f, Ipv4Packet.parse(f.toByteArray()));
      if (k > 0) {
        assertEquals(List.of(RouterAlert.EXAMINE, lsrr, new EndOfOptionList(ByteString.EMPTY)),
            f.options());
      }
    }
    assertArrayEquals(counting(1000), concatenatedPayloads(fragments));
  }

  @Test
  void aFragmentSplitAgainKeepsItsPlaceAndItsMoreFragmentsFlag() {
    Ipv4Packet middle = Ipv4Packet.builder().source(ip("10.0.0.1")).destination(ip("10.0.0.2"))
        .protocol(IpProtocol.TCP).fragmentOffset(100).moreFragments(true)
        .payload(counting(200)).build();
    List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(middle, 120);
    // 120 - 20 = 100 -> 96 bytes per fragment: 96, 96, 8
    assertEquals(List.of(100, 112, 124), fragments.stream().map(Ipv4Packet::fragmentOffset)
        .toList());
    assertTrue(fragments.get(2).moreFragments());
    Ipv4Packet last = middle.toBuilder().moreFragments(false).build();
    assertFalse(Ipv4Fragmenter.fragment(last, 120).get(2).moreFragments());
    assertTrue(Ipv4Fragmenter.fragment(last, 120).get(1).moreFragments());
  }

  @Test
  void fittingPacketsAreReturnedAsTheyAre() {
    Ipv4Packet p = Ipv4Packet.parse(Ipv4PacketTest.WITH_OPTIONS);
    assertSame(p, Ipv4Fragmenter.fragment(p, 68).get(0));
  }

  @Test
  void refusesDontFragmentSmallMtusAndTruncatedPackets() {
    Ipv4Packet df = Ipv4Packet.builder().source(ip("10.0.0.1")).destination(ip("10.0.0.2"))
        .protocol(IpProtocol.TCP).dontFragment(true).payload(new byte[1480]).build();
    assertEquals("Don't Fragment is set and the packet of 1500 bytes exceeds the MTU 1400",
        assertThrows(IllegalArgumentException.class,
            () -> Ipv4Fragmenter.fragment(df, 1400)).getMessage());
    assertEquals("mtu 67 is below the IPv4 minimum 68", assertThrows(
        IllegalArgumentException.class, () -> Ipv4Fragmenter.fragment(df, 67)).getMessage());
    Ipv4Packet truncated = Ipv4Packet.parseTruncated(ByteBuffer.wrap(Ipv4PacketTest.SEED_IPV4));
    assertThrows(IllegalArgumentException.class, () -> Ipv4Fragmenter.fragment(truncated, 68));
  }

  @Test
  void payloadsAreViewsOfTheOriginal() {
    Ipv4Packet p = Ipv4Packet.builder().source(ip("10.0.0.1")).destination(ip("10.0.0.2"))
        .protocol(IpProtocol.UDP).payload(counting(300)).build();
    for (Ipv4Packet f : Ipv4Fragmenter.fragment(p, 100)) {
      assertTrue(f.payload().isReadOnly());
    }
  }
}
