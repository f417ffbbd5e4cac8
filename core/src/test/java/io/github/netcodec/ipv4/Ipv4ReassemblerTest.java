package io.github.netcodec.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.OverlapPolicy;
import io.github.netcodec.ip.ReassemblyLimits;
import io.github.netcodec.testing.Scapy;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class Ipv4ReassemblerTest {

  final AtomicLong clock = new AtomicLong();
  final Ipv4Reassembler reassembler = new Ipv4Reassembler(clock::get);

  static Ipv4Address ip(String text) {
    return Ipv4Address.parse(text);
  }

  static Ipv4Packet packet(int id, int length) {
    return Ipv4Packet.builder().source(ip("192.0.2.1")).destination(ip("198.51.100.7"))
        .identification(id).protocol(IpProtocol.UDP)
        .options(List.of(Ipv4Option.RouterAlert.EXAMINE))
        .payload(Ipv4FragmenterTest.counting(length)).build();
  }

  @Test
  void reassemblesScapysFragmentsInReverseOrderWithADuplicate() {
    // scapy 2.5: fragment(IP(src='192.0.2.1', dst='198.51.100.7', id=0x4242, proto=17)
    //   / Raw(bytes(range(256)) * 12), fragsize=1480) and the original, as raw(...).hex()
    String script = String.join("\n",
        "from scapy.all import IP, Raw, raw, fragment",
        "p = IP(src='192.0.2.1', dst='198.51.100.7', id=0x4242, proto=17) / Raw(bytes(range(256)) * 12)",
        "print(raw(p).hex())",
        "for f in fragment(p, fragsize=1480):",
        "    print(raw(f).hex())");
    String[] lines = Scapy.run(script, "").trim().split("\n");
    Ipv4Packet original = Ipv4Packet.parse(Hex.parse(lines[0]));
    List<Ipv4Packet> fragments = new ArrayList<>();
    for (int k = lines.length - 1; k >= 1; k--) {
      fragments.add(Ipv4Packet.parse(Hex.parse(lines[k])));
    }
    fragments.add(1, fragments.get(0));
    Optional<Ipv4Packet> result = Optional.empty();
    for (Ipv4Packet f : fragments) {
      assertTrue(result.isEmpty());
      result = reassembler.accept(f);
    }
    assertEquals(original, result.orElseThrow());
    assertEquals(0, reassembler.size());
    assertEquals(1, reassembler.statistics().duplicates());
  }

  @Test
  void reassembledPacketHasTheFirstFragmentsHeaderAndAFreshChecksum() {
    Ipv4Packet original = packet(7, 500);
    List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(original, 200);
    Optional<Ipv4Packet> result = Optional.empty();
    for (int k = fragments.size() - 1; k >= 0; k--) {
      result = reassembler.accept(fragments.get(k));
    }
    assertEquals(original, result.orElseThrow());
    assertTrue(result.get().hasValidHeaderChecksum());
  }

  @Test
  void holdsNoReferenceToTheCallersBuffers() {
    Ipv4Packet original = packet(8, 300);
    List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(original, 100);
    byte[] wire = fragments.get(0).toByteArray();
    reassembler.accept(Ipv4Packet.parse(wire));
    java.util.Arrays.fill(wire, (byte) 0x5a); // a capture loop reusing its buffer
    Optional<Ipv4Packet> result = Optional.empty();
    for (int k = 1; k < fragments.size(); k++) {
      result = reassembler.accept(fragments.get(k));
    }
    assertEquals(original, result.orElseThrow());
  }

  @Test
  void nonFragmentsPassStraightThrough() {
    Ipv4Packet p = packet(1, 10);
    assertSame(p, reassembler.accept(p).orElseThrow());
    assertEquals(0, reassembler.size());
  }

  @Test
  void fragmentsOfDifferentDatagramsDoNotMix() {
    List<Ipv4Packet> a = Ipv4Fragmenter.fragment(packet(5, 300), 100);
    Ipv4Packet other = packet(5, 300).toBuilder().protocol(IpProtocol.TCP).build();
    List<Ipv4Packet> b = Ipv4Fragmenter.fragment(other, 100);
    for (int k = 0; k < a.size() - 1; k++) {
      assertEquals(Optional.empty(), reassembler.accept(a.get(k)));
      assertEquals(Optional.empty(), reassembler.accept(b.get(k)));
    }
    assertEquals(2, reassembler.size());
    assertEquals(IpProtocol.TCP, reassembler.accept(b.get(b.size() - 1)).orElseThrow().protocol());
    assertEquals(IpProtocol.UDP, reassembler.accept(a.get(a.size() - 1)).orElseThrow().protocol());
  }

  @Test
  void differingOverlapDiscardsTheDatagram() {
    List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(packet(9, 300), 100);
    Ipv4Packet evil = fragments.get(1).toBuilder().payload(new byte[fragments.get(1)
        .payloadLength()]).build();
    reassembler.accept(fragments.get(0));
    reassembler.accept(fragments.get(1));
    assertEquals(Optional.empty(), reassembler.accept(evil));
    for (Ipv4Packet f : fragments) {
      assertEquals(Optional.empty(), reassembler.accept(f));
    }
    assertEquals(1, reassembler.statistics().discarded());
  }

  @Test
  void invalidFragmentsAreDroppedAndCounted() {
    Ipv4Packet odd = packet(3, 13).toBuilder().moreFragments(true).build();
    assertEquals(Optional.empty(), reassembler.accept(odd));
    assertEquals(1, reassembler.invalidFragments());
    // "Ping of death": a last fragment at offset 65512 whose end passes 65515.
    Ipv4Packet tooFar = packet(3, 16).toBuilder().options(List.of()).fragmentOffset(8189)
        .build();
    assertEquals(Optional.empty(), reassembler.accept(tooFar));
    assertEquals(1, reassembler.statistics().discarded());
    Ipv4Packet truncated = Ipv4Packet.parseTruncated(ByteBuffer.wrap(
        Ipv4Fragmenter.fragment(packet(4, 300), 100).get(0).toByteArray(), 0, 90));
    assertThrows(IllegalArgumentException.class, () -> reassembler.accept(truncated));
  }

  @Test
  void aDatagramWithOptionsLongerThan65535IsRefused() {
    // First fragment with a 24-byte header; the last reaches the 65515-byte payload cap exactly,
    // so the reassembled packet would be 24 + 65515 bytes.
    Ipv4Packet first = packet(11, 0).toBuilder().moreFragments(true)
        .payload(new byte[65_504]).build();
    Ipv4Packet last = packet(11, 0).toBuilder().options(List.of()).fragmentOffset(8188)
        .payload(new byte[11]).build();
    reassembler.accept(last);
    assertEquals(Optional.empty(), reassembler.accept(first));
    assertEquals(1, reassembler.invalidFragments());
  }

  @Test
  void incompleteDatagramsTimeOutOnTheInjectedClock() {
    Ipv4Reassembler r = new Ipv4Reassembler(
        ReassemblyLimits.defaults(70_000).withTimeout(Duration.ofSeconds(15)),
        OverlapPolicy.RFC_5722, clock::get);
    List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(packet(2, 300), 100);
    r.accept(fragments.get(0));
    clock.addAndGet(Duration.ofSeconds(15).toNanos());
    assertEquals(1, r.expire());
    for (int k = 1; k < fragments.size(); k++) {
      assertEquals(Optional.empty(), r.accept(fragments.get(k)));
    }
    assertEquals(1, r.size());
    assertTrue(r.memoryCharged() > 0);
    assertEquals(1, r.statistics().timedOut());
  }

  @Test
  void keyEquality() {
    EqualsVerifier.forClass(Ipv4Reassembler.Key.class)
        .withNonnullFields("source", "destination", "protocol").verify();
    assertThrows(IllegalArgumentException.class,
        () -> new Ipv4Reassembler.Key(ip("1.1.1.1"), ip("1.1.1.1"), IpProtocol.TCP, 65536));
  }
}
