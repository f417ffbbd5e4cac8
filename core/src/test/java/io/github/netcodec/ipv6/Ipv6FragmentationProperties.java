package io.github.netcodec.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ip.IpProtocol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Ipv6FragmentationProperties {

  /** Packets without a Fragment header, with payloads up to a few kilobytes. */
  @Provide
  Arbitrary<Ipv6Packet> packets() {
    return Arbitraries.randomValue(random -> {
      Ipv6Packet p;
      do {
        p = Ipv6Generators.anyPacket(random);
      } while (p.extensionHeader(FragmentHeader.class).isPresent());
      byte[] payload = new byte[random.nextInt(5000)];
      random.nextBytes(payload);
      return p.toBuilder().payload(payload).build();
    });
  }

  @Property(tries = 300)
  void fragmentThenReassembleInAnyOrderGivesTheOriginal(
      @ForAll("packets") Ipv6Packet packet, @ForAll long seed) {
    Random random = new Random(seed);
    int unfragmentable = Ipv6Packet.HEADER_LENGTH;
    List<Ipv6ExtensionHeader> chain = packet.extensionHeaders();
    for (int i = 0; i < Ipv6Fragmenter.unfragmentableHeaders(chain); i++) {
      unfragmentable += chain.get(i).encodedLength();
    }
    int carried = 0; // the Fragmentable Part's headers, whole in the first fragment
    for (int i = Ipv6Fragmenter.unfragmentableHeaders(chain); i < chain.size(); i++) {
      carried += chain.get(i).encodedLength();
    }
    int mtu = unfragmentable + 8 + Math.max(8, (carried + 7) & ~7)
        + random.nextInt(packet.encodedLength());
    long identification = random.nextInt() & 0xffffffffL;
    List<Ipv6Packet> fragments = new ArrayList<>(
        Ipv6Fragmenter.fragment(packet, mtu, identification));
    for (Ipv6Packet f : fragments) {
      assertTrue(f.encodedLength() <= mtu);
    }
    boolean split = fragments.size() > 1 || !fragments.get(0).equals(packet);
    for (int i = 0, n = split ? random.nextInt(3) : 0; i < n; i++) {
      fragments.add(fragments.get(random.nextInt(fragments.size()))); // duplicates
    }
    Collections.shuffle(fragments, random);
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> 0L);
    List<Ipv6Packet> out = new ArrayList<>();
    for (Ipv6Packet f : fragments) {
      reassembler.accept(Ipv6Packet.parse(f.toByteArray())).ifPresent(out::add);
    }
    // A duplicate set arriving after completion may make the packet a second time, as it would
    // on a real host: the reassembler keeps no memory of completed datagrams.
    assertTrue(!out.isEmpty() && out.stream().allMatch(packet::equals), out::toString);
    assertEquals(0, reassembler.invalidFragments());
  }

  @Property(tries = 300)
  void reassemblerSurvivesArbitraryFragments(@ForAll long seed) {
    Random random = new Random(seed);
    Ipv6Reassembler reassembler = new Ipv6Reassembler(() -> 0L);
    for (int i = 0; i < 30; i++) {
      byte[] data = new byte[random.nextInt(64)];
      random.nextBytes(data);
      Ipv6Packet fragment = Ipv6Packet.builder()
          .extensionHeaders(List.of(new FragmentHeader(IpProtocol.of(random.nextInt(256)), 0,
              random.nextInt(16), 0, random.nextBoolean(), random.nextInt(3))))
          .protocol(IpProtocol.of(random.nextInt(256))).payload(data).build();
      Optional<Ipv6Packet> out = reassembler.accept(fragment);
      out.ifPresent(p -> assertEquals(p, Ipv6Packet.parse(p.toByteArray())));
    }
  }
}
