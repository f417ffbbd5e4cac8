package io.github.netcodec.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Fragment-then-reassemble gives back the original, for random MTUs and arrival orders. */
class Ipv4FragmentationProperties {

  @Property(tries = 300)
  void fragmentsReassembleToTheOriginalInAnyOrderWithDuplicates(@ForAll long seed,
      @ForAll @IntRange(min = 68, max = 1600) int mtu) {
    Random r = new Random(seed);
    Ipv4Packet original = RandomIpv4.builder(r, 4000).build();
    List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(original, mtu);
    int expectedOffset = 0;
    for (int k = 0; k < fragments.size(); k++) {
      Ipv4Packet f = fragments.get(k);
      boolean last = k == fragments.size() - 1;
      assertTrue(f.totalLength() <= Math.max(mtu, original.totalLength()));
      assertTrue(f.hasValidHeaderChecksum());
      assertEquals(expectedOffset, f.fragmentOffsetBytes());
      assertEquals(!last, f.moreFragments());
      if (!last) {
        assertEquals(0, f.payloadLength() % 8);
      }
      if (k > 0) {
        for (Ipv4Option o : f.options()) {
          assertTrue(o.copied() || o instanceof Ipv4Option.EndOfOptionList, o.toString());
        }
      }
      assertEquals(f, Ipv4Packet.parse(f.toByteArray()));
      expectedOffset += f.payloadLength();
    }
    assertEquals(original.payloadLength(), expectedOffset);

    Ipv4Reassembler reassembler = new Ipv4Reassembler(() -> 0L);
    if (fragments.size() == 1) { // fits the MTU: not a fragment, passed straight through
      assertEquals(Optional.of(original), reassembler.accept(fragments.get(0)));
      return;
    }
    List<Ipv4Packet> arrivals = new ArrayList<>(fragments);
    for (int k = r.nextInt(3); k > 0; k--) {
      arrivals.add(fragments.get(r.nextInt(fragments.size())));
    }
    Collections.shuffle(arrivals, r);
    // The first completion is the original. Duplicates arriving after it start a new datagram,
    // which completes again only if a whole second copy arrives, as in IP itself.
    List<Ipv4Packet> completed = new ArrayList<>();
    for (Ipv4Packet f : arrivals) {
      reassembler.accept(f).ifPresent(completed::add);
    }
    assertFalse(completed.isEmpty());
    for (Ipv4Packet whole : completed) {
      assertEquals(original, whole);
    }
  }
}
