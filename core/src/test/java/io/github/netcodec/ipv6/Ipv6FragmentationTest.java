package io.github.netcodec.ipv6;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.OverlapPolicy;
import io.github.netcodec.ip.ReassemblyLimits;
import io.github.netcodec.testing.Scapy;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class Ipv6FragmentationTest {

  private static final Ipv6Address A = Ipv6Address.parse("2001:db8::1");
  private static final Ipv6Address B = Ipv6Address.parse("2001:db8::2");

  /** A clock the test moves by hand, in nanoseconds. */
  private long now = 1_000_000_000L;

  private static Ipv6Packet udp(int payloadBytes, Ipv6ExtensionHeader... headers) {
    byte[] payload = new byte[payloadBytes];
    new Random(payloadBytes).nextBytes(payload);
    return Ipv6Packet.builder().source(A).destination(B).extensionHeaders(List.of(headers))
        .protocol(IpProtocol.UDP).payload(payload).build();
  }

  private static HopByHopOptions hopByHop() {
    return HopByHopOptions.padded(IpProtocol.HOPOPT, List.of(new Ipv6Option.RouterAlert(0)));
  }

  private static DestinationOptions destinationOptions() {
    return DestinationOptions.padded(IpProtocol.HOPOPT, List.of());
  }

  private static Type2RoutingHeader routing() {
    return new Type2RoutingHeader(IpProtocol.HOPOPT, 1, 0, Ipv6Address.parse("2001:db8::99"));
  }

  @Test
  void repeatsTheUnfragmentablePartAndSplitsTheRest() {
    // RFC 8200 §4.5: Hop-by-Hop and Routing stay in front; Destination Options after the
    // Routing header travel in the Fragmentable Part.
    Ipv6Packet packet = udp(3000, hopByHop(), routing(), destinationOptions());
    List<Ipv6Packet> fragments = Ipv6Fragmenter.fragment(packet, 1280, 0xcafef00dL);
    assertEquals(3, fragments.size());
    int expectedOffset = 0;
    for (int i = 0; i < fragments.size(); i++) {
      Ipv6Packet f = fragments.get(i);
      assertTrue(f.encodedLength() <= 1280);
      List<Ipv6ExtensionHeader> chain = f.extensionHeaders();
      assertEquals(3, chain.size());
      assertEquals(packet.extensionHeaders().get(0), chain.get(0));
      assertEquals(IpProtocol.IPV6_FRAG, ((RoutingHeader) chain.get(1)).nextHeader());
      FragmentHeader fh = (FragmentHeader) chain.get(2);
      assertEquals(IpProtocol.IPV6_OPTS, fh.nextHeader());
      assertEquals(0xcafef00dL, fh.identification());
      assertEquals(expectedOffset, fh.fragmentOffsetBytes());
      assertEquals(i < 2, fh.moreFragments());
      if (i < 2) {
        assertEquals(0, f.payload().remaining() % 8);
        assertEquals(1280, f.encodedLength(), "as many 8-byte units as fit");
      }
      assertTrue(f.isFragment());
      assertEquals(f, Ipv6Packet.parse(f.toByteArray()));
      expectedOffset += f.payload().remaining();
    }
    assertEquals(8 + 3000, expectedOffset, "Destination Options and the payload");
    assertEquals(List.of(packet), Ipv6Fragmenter.fragment(packet, packet.encodedLength(), 1));
  }

  @Test
  void refusesWhatCannotBeFragmented() {
    Ipv6Packet packet = udp(3000, hopByHop());
    assertThrows(IllegalArgumentException.class, () -> Ipv6Fragmenter.fragment(packet, 63, 1));
    // 64 - 40 - 8 (Hop-by-Hop) - 8 (Fragment) leaves one 8-byte unit per fragment.
    assertEquals(3000 / 8, Ipv6Fragmenter.fragment(packet, 64, 1).size());
    List<Ipv6Packet> fragments = Ipv6Fragmenter.fragment(packet, 1280, 1);
    assertThrows(IllegalArgumentException.class,
        () -> Ipv6Fragmenter.fragment(fragments.get(0), 600, 2));
    assertThrows(IllegalArgumentException.class,
        () -> Ipv6Fragmenter.fragment(Ipv6Generators.jumbogram(70_000), 1280, 1));
    assertThrows(IllegalArgumentException.class, () -> Ipv6Fragmenter.fragment(
        Ipv6Packet.parseTruncated(Arrays.copyOf(packet.toByteArray(), 2000)), 1280, 1));
    assertThrows(IllegalArgumentException.class, () -> Ipv6Fragmenter.fragment(packet, 1280,
        1L << 32));
  }

  @Test
  void reassemblesFragmentsInAnyOrderWithDuplicates() {
    Ipv6Packet packet = udp(5000, hopByHop(), routing(), destinationOptions());
    List<Ipv6Packet> fragments = new ArrayList<>(Ipv6Fragmenter.fragment(packet, 1280, 77));
    fragments.add(fragments.get(1));
    java.util.Collections.reverse(fragments);
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> now);
    List<Ipv6Packet> out = new ArrayList<>();
    for (Ipv6Packet f : fragments) {
      reassembler.accept(f).ifPresent(out::add);
    }
    assertEquals(List.of(packet), out);
    assertEquals(0, reassembler.size());
    assertEquals(1, reassembler.statistics().completed());
    assertEquals(1, reassembler.statistics().duplicates());
  }

  @Test
  void anOverlapDiscardsTheWholeDatagramPerRfc5722() {
    Ipv6Packet packet = udp(3000);
    List<Ipv6Packet> fragments = Ipv6Fragmenter.fragment(packet, 1280, 9);
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> now);
    assertEquals(Optional.empty(), reassembler.accept(fragments.get(0)));
    // The second fragment moved back by 8 bytes overlaps the first with different bytes.
    FragmentHeader fh = (FragmentHeader) fragments.get(1).extensionHeaders().get(0);
    Ipv6Packet overlapping = fragments.get(1).toBuilder().extensionHeaders(List.of(
        new FragmentHeader(fh.nextHeader(), 0, fh.fragmentOffset() - 1, 0, true, 9)))
        .payload(new byte[1232]).build();
    assertEquals(Optional.empty(), reassembler.accept(overlapping));
    for (Ipv6Packet f : fragments) {
      assertEquals(Optional.empty(), reassembler.accept(f), "later fragments are dropped");
    }
    assertEquals(1, reassembler.statistics().discarded());
    now += Duration.ofSeconds(61).toNanos();
    reassembler.expire();
    assertEquals(0, reassembler.size());
    Optional<Ipv6Packet> whole = Optional.empty();
    for (Ipv6Packet f : fragments) {
      whole = reassembler.accept(f);
    }
    assertEquals(Optional.of(packet), whole, "after the timeout the identification is fresh");
  }

  @Test
  void incompleteDatagramsTimeOutAfterSixtySeconds() {
    List<Ipv6Packet> fragments = Ipv6Fragmenter.fragment(udp(3000), 1280, 10);
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> now);
    reassembler.accept(fragments.get(0));
    now += Duration.ofSeconds(59).toNanos();
    assertEquals(0, reassembler.expire());
    assertEquals(1, reassembler.size());
    now += Duration.ofSeconds(2).toNanos();
    assertEquals(1, reassembler.expire());
    assertEquals(0, reassembler.size());
    assertEquals(0, reassembler.memoryCharged());
  }

  @Test
  void memoryIsCappedInTotal() {
    ReassemblyLimits limits = ReassemblyLimits.defaults(Ipv6Reassembler.MAX_PAYLOAD)
        .withMaxMemory(10_000);
    Ipv6Reassembler reassembler =
        new Ipv6Reassembler(limits, OverlapPolicy.RFC_5722, () -> now);
    for (int id = 0; id < 100; id++) {
      reassembler.accept(Ipv6Fragmenter.fragment(udp(3000), 1280, id).get(0));
      assertTrue(reassembler.memoryCharged() <= 10_000);
    }
    assertTrue(reassembler.statistics().evicted() > 90);
  }

  @Test
  void invalidFragmentsAreDroppedAndCounted() {
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> now);
    Ipv6Packet odd = udp(13, FragmentHeader.of(IpProtocol.UDP, 0, true, 3)); // M set, 21 bytes
    assertEquals(Optional.empty(), reassembler.accept(odd));
    // Offset 65528 plus 16 bytes: a reassembled Payload Length over 65535.
    Ipv6Packet tooFar = udp(8, FragmentHeader.of(IpProtocol.UDP, 65528, false, 4));
    reassembler.accept(tooFar);
    reassembler.accept(udp(8, FragmentHeader.of(IpProtocol.UDP, 0, true, 4)));
    assertEquals(Optional.empty(), reassembler.accept(udp(0, FragmentHeader.of(IpProtocol.UDP,
        8, true, 4))));
    assertTrue(reassembler.invalidFragments() >= 1);
    assertThrows(IllegalArgumentException.class, () -> reassembler.accept(
        Ipv6Packet.parseTruncated(Arrays.copyOf(odd.toByteArray(), 50))));
  }

  @Test
  void packetsThatAreNotFragmentsPassThroughAndAtomicFragmentsLoseTheirHeader() {
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> now);
    Ipv6Packet plain = udp(100, hopByHop());
    assertEquals(Optional.of(plain), reassembler.accept(plain));
    // RFC 6946: an atomic fragment is processed on its own.
    Ipv6Packet atomic = udp(100, hopByHop(), FragmentHeader.of(IpProtocol.UDP, 0, false, 5));
    assertEquals(Optional.of(plain), reassembler.accept(atomic));
    assertEquals(0, reassembler.size());
  }

  @Test
  void theFirstFragmentCarriesTheWholeHeaderChain() {
    // RFC 8200 §4.5 and RFC 7112 §5: no extension header may be split across fragments.
    Ipv6Packet packet = udp(3000, hopByHop(), new DestinationOptions(IpProtocol.HOPOPT,
        List.of(Ipv6Option.PadN.ofLength(62))));
    assertThrows(IllegalArgumentException.class, () -> Ipv6Fragmenter.fragment(packet, 100, 1));
    assertEquals(2, Ipv6Fragmenter.fragment(packet, 40 + 8 + 8 + 64 + 2000, 1).size());
    // A first fragment whose 8 bytes start a 16-byte Destination Options header is dropped.
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> now);
    Ipv6Packet cut = Ipv6Packet.builder().source(A).destination(B)
        .extensionHeaders(List.of(FragmentHeader.of(IpProtocol.IPV6_OPTS, 0, true, 6)))
        .protocol(IpProtocol.IPV6_OPTS).payload(Hex.parse("1101 0000 0000 0000")).build();
    assertEquals(Optional.empty(), reassembler.accept(cut));
    assertEquals(1, reassembler.invalidFragments());
    assertEquals(0, reassembler.size());
  }

  @Test
  void keys() {
    EqualsVerifier.forClass(Ipv6Reassembler.Key.class).suppress(Warning.NULL_FIELDS).verify();
  }

  /** scapy's defragment6 puts our fragments back together into the original bytes. */
  @Test
  void scapyReassemblesOurFragments() {
    Random random = new Random(5722);
    List<Ipv6Packet> originals = new ArrayList<>();
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      Ipv6Packet p = udp(200 + random.nextInt(4000), hopByHop(), destinationOptions());
      originals.add(p);
      int mtu = 200 + random.nextInt(p.encodedLength() - 200); // always too small: a split
      List<Ipv6Packet> fragments = Ipv6Fragmenter.fragment(p, mtu, i);
      for (Ipv6Packet f : fragments) {
        in.append(Hex.toHex(f.toByteArray())).append(' ');
      }
      in.append('\n');
    }
    String out = Scapy.run(String.join("\n",
        "import sys",
        "from scapy.all import raw",
        "from scapy.layers.inet6 import IPv6, defragment6",
        "lines = sys.stdin.read().strip().split('\\n')",
        "for line in lines:",
        "    print(raw(defragment6([IPv6(bytes.fromhex(h)) for h in line.split()])).hex())",
        ""), in.toString());
    String[] lines = out.trim().split("\n");
    assertEquals(originals.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertArrayEquals(originals.get(i).toByteArray(), Hex.parse(lines[i]), "packet " + i);
    }
  }

  /** scapy's fragment6 splits as we do, and we reassemble what it sends. */
  @Test
  void scapyFragmentsAsWeDoAndWeReassembleThem() {
    String out = Scapy.run(String.join("\n",
        "from scapy.all import raw, Raw",
        "from scapy.layers.inet import UDP",
        "from scapy.layers.inet6 import *",
        "import random",
        "random.seed(8200)",
        "for i in range(15):",
        "    data = bytes(random.randrange(256) for _ in range(random.randrange(1300, 6000)))",
        "    p = IPv6(src='2001:db8::1', dst='2001:db8::2') / IPv6ExtHdrHopByHop()",
        "    whole = p / UDP(sport=i, dport=9) / Raw(data)",
        "    frags = fragment6(p / IPv6ExtHdrFragment(id=i) / UDP(sport=i, dport=9) / Raw(data),",
        "        1280)",
        "    print(raw(whole).hex() + ' ' + ' '.join(raw(f).hex() for f in frags))",
        ""), "");
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> now);
    String[] lines = out.trim().split("\n");
    assertEquals(15, lines.length);
    for (int i = 0; i < lines.length; i++) {
      String[] hex = lines[i].split(" ");
      Ipv6Packet whole = Ipv6Packet.parse(Hex.parse(hex[0]));
      List<Ipv6Packet> ours = Ipv6Fragmenter.fragment(whole, 1280, i);
      assertEquals(hex.length - 1, ours.size(), "fragment count of packet " + i);
      Optional<Ipv6Packet> reassembled = Optional.empty();
      for (int k = hex.length - 1; k >= 1; k--) {
        assertEquals(hex[k], Hex.toHex(ours.get(k - 1).toByteArray()), "fragment " + k);
        reassembled = reassembler.accept(Ipv6Packet.parse(Hex.parse(hex[k])));
      }
      assertEquals(Optional.of(whole), reassembled);
    }
  }

  @Test
  void reassembledFragmentablePartIsParsedAgain() {
    Ipv6Packet packet = udp(2000, hopByHop(), destinationOptions(),
        new AuthenticationHeader(IpProtocol.HOPOPT, 0, 1, 2, ByteString.of(1, 2, 3, 4)));
    List<Ipv6Packet> fragments = Ipv6Fragmenter.fragment(packet, 600, 42);
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> now);
    Optional<Ipv6Packet> out = Optional.empty();
    for (Ipv6Packet f : fragments) {
      out = reassembler.accept(Ipv6Packet.parse(ByteBuffer.wrap(f.toByteArray())));
    }
    assertEquals(Optional.of(packet), out);
    assertEquals(3, out.get().extensionHeaders().size());
  }
}
