package io.github.netcodec.icmpv4;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.testing.Scapy;
import io.github.netcodec.udp.UdpDatagram;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class Icmpv4MessageTest {

  // scapy 2.5: raw(ICMP(type=3,code=3)/IP(src='192.0.2.1',dst='198.51.100.2',id=7)/
  //   UDP(sport=40000,dport=33434)/b'probe')
  private static final byte[] PORT_UNREACHABLE = Hex.parse(
      "0303e95200000000" + "450000210007000040118e8ec0000201c6336402"
          + "9c40829a000dafec" + "70726f6265");

  @Test
  void decodesPortUnreachableAndItsQuotedDatagram() {
    Icmpv4Message m = assertLosslessOnEveryBufferKind(PORT_UNREACHABLE, Icmpv4Message::parse);
    assertEquals(0xe952, m.checksum());
    assertTrue(m.hasValidChecksum());
    assertTrue(m.isError());
    assertEquals(Icmpv4Type.DESTINATION_UNREACHABLE, m.type());
    assertEquals(3, m.code());
    assertSame(Icmpv4Code.PORT_UNREACHABLE, m.typedCode());
    Ipv4Packet quoted = m.parseQuotedPacket();
    assertEquals(Ipv4Address.parse("198.51.100.2"), quoted.destination());
    assertEquals(IpProtocol.UDP, quoted.protocol());
    UdpDatagram udp = UdpDatagram.parse(quoted.payload());
    assertEquals(33434, udp.destinationPort());
    assertTrue(udp.hasValidChecksum(quoted.source(), quoted.destination()));
    assertEquals("ICMPv4 Destination Unreachable, Port Unreachable (code 3), length 33",
        m.toString());
  }

  @Test
  void quotedDatagramCutShortParsesLeniently() {
    // RFC 792: the original header and the first 64 bits of its data; here the UDP header only.
    byte[] quote = Arrays.copyOfRange(PORT_UNREACHABLE, 8, 8 + 28);
    Icmpv4Message m = Icmpv4Message.destinationUnreachable(Icmpv4Code.FRAGMENTATION_NEEDED,
        1400, ByteBuffer.wrap(quote));
    assertEquals(1400, m.nextHopMtu());
    Ipv4Packet p = m.parseQuotedPacket();
    assertTrue(p.isTruncated());
    UdpDatagram udp = UdpDatagram.parseTruncated(p.payload());
    assertEquals(40000, udp.sourcePort());
    assertTrue(udp.isTruncated());
  }

  @Test
  void echoReplyMirrorsTheRequest() {
    Icmpv4Message req = Icmpv4Message.echoRequest(0x1234, 7, ByteBuffer.wrap(new byte[] {1, 2}));
    Icmpv4Message rep = req.echoReply();
    assertEquals(Icmpv4Type.ECHO_REPLY, rep.type());
    assertEquals(0x1234, rep.identifier());
    assertEquals(7, rep.sequenceNumber());
    assertTrue(rep.hasValidChecksum());
    assertEquals(req.body(), rep.body());
    assertThrows(IllegalStateException.class, rep::echoReply);
    assertFalse(req.withChecksum(req.checksum() ^ 1).hasValidChecksum());
    assertRoundTrips(req, Icmpv4Message::parse);
    assertEquals("ICMPv4 Echo, id 4660, seq 7, length 2", req.toString());
    assertEquals("ICMPv4 Echo Reply, id 4660, seq 7, length 2", rep.toString());
  }

  @Test
  void rejectsEveryTruncatedLength() {
    for (int n = 0; n < 8; n++) {
      assertMalformed("ICMPv4: header at offset 0 needs 8 bytes, but only " + n
          + " are present", Arrays.copyOf(PORT_UNREACHABLE, n), Icmpv4Message::parse);
    }
  }

  /** Prints scapy's view of each message: type code chksum valid rest-field body. */
  private static final String DESCRIBE = String.join("\n",
      "def d(p):",
      "    q = p.copy(); del q.chksum",
      "    good = ICMP(raw(q)).chksum",
      "    rest = raw(p)[4:8].hex()",
      "    extra = ''",
      "    if p.type in (0, 8): extra = '%d/%d' % (p.id, p.seq)",
      "    elif p.type == 3: extra = str(p.nexthopmtu)",
      "    elif p.type == 5: extra = p.gw",
      "    elif p.type == 12: extra = str(p.ptr)",
      "    return ' '.join([raw(p).hex(), str(p.type), str(p.code), str(p.chksum),",
      "        str(int(good == p.chksum)), rest, extra or '-'])");

  @Test
  void agreesWithScapyBothWays() {
    String build = String.join("\n", "from scapy.all import *", DESCRIBE,
        "import random",
        "r = random.Random(4)",
        "orig = raw(IP(src='10.1.1.1', dst='10.2.2.2')/TCP(sport=5, dport=80))",
        "ms = [ICMP(type=8, id=r.randrange(65536), seq=r.randrange(65536))/b'abcdefgh',",
        "      ICMP(type=0, id=1, seq=2, chksum=0x1234)/b'x',",
        "      ICMP(type=3, code=4, nexthopmtu=1400)/orig,",
        "      ICMP(type=3, code=1)/orig[:28],",
        "      ICMP(type=11, code=0)/orig,",
        "      ICMP(type=5, code=1, gw='192.0.2.254')/orig,",
        "      ICMP(type=12, ptr=22)/orig]",
        "for m in ms: print(d(ICMP(raw(m))))");
    for (String line : Scapy.run(build, "").strip().split("\n")) {
      String[] f = line.split(" ");
      Icmpv4Message m = Icmpv4Message.parse(Hex.parse(f[0]));
      assertFields(f, m, line);
      assertEquals(f[0], Hex.toHex(m.toByteArray()));
    }
    // what we build, scapy reads
    byte[] orig = Ipv4Packet.builder().source(Ipv4Address.parse("10.1.1.1"))
        .destination(Ipv4Address.parse("10.2.2.2")).protocol(IpProtocol.UDP)
        .payload(UdpDatagram.builder().sourcePort(9).destinationPort(53).build().toByteArray())
        .build().toByteArray();
    List<Icmpv4Message> ours = new ArrayList<>(List.of(
        Icmpv4Message.echoRequest(9, 10, ByteBuffer.wrap(new byte[] {5, 6, 7})),
        Icmpv4Message.destinationUnreachable(Icmpv4Code.FRAGMENTATION_NEEDED, 1280,
            ByteBuffer.wrap(orig)),
        Icmpv4Message.timeExceeded(Icmpv4Code.REASSEMBLY_TIME_EXCEEDED, ByteBuffer.wrap(orig)),
        Icmpv4Message.redirect(Icmpv4Code.REDIRECT_HOST, Ipv4Address.parse("10.0.0.254"),
            ByteBuffer.wrap(orig)),
        Icmpv4Message.parameterProblem(8, ByteBuffer.wrap(orig))));
    ours.add(ours.get(0).echoReply());
    String read = String.join("\n", "from scapy.all import *", DESCRIBE, "import sys",
        "for h in sys.stdin.read().split(): print(d(ICMP(bytes.fromhex(h))))");
    String[] lines = Scapy.run(read, ours.stream().map(m -> Hex.toHex(m.toByteArray()))
        .collect(Collectors.joining("\n"))).strip().split("\n");
    for (int i = 0; i < lines.length; i++) {
      assertFields(lines[i].split(" "), ours.get(i), lines[i]);
      assertEquals("1", lines[i].split(" ")[4]);
    }
    assertEquals(ours.size(), lines.length);
  }

  private static void assertFields(String[] f, Icmpv4Message m, String line) {
    assertEquals(Integer.parseInt(f[1]), m.type().value(), line);
    assertEquals(Integer.parseInt(f[2]), m.code(), line);
    assertEquals(Integer.parseInt(f[3]), m.checksum(), line);
    assertEquals(f[4].equals("1"), m.hasValidChecksum(), line);
    assertEquals(f[5], String.format("%08x", m.restOfHeader()), line);
    String extra = switch (m.type().value()) {
      case 0, 8 -> m.identifier() + "/" + m.sequenceNumber();
      case 3 -> Integer.toString(m.nextHopMtu());
      case 5 -> m.gateway().toString();
      case 12 -> Integer.toString(m.pointer());
      default -> "-";
    };
    assertEquals(f[6], extra, line);
    if (m.isError()) {
      assertEquals(Ipv4Address.parse("10.2.2.2"), m.parseQuotedPacket().destination(), line);
    }
  }

  @Property(tries = 500)
  void arbitraryBytesThrowOnlyMalformedAndRoundTrip(@ForAll @Size(max = 60) byte[] bytes) {
    Icmpv4Message m = parseOrReject(bytes, Icmpv4Message::parse);
    if (m != null) {
      assertEquals(Hex.toHex(bytes), Hex.toHex(m.toByteArray()));
      assertRoundTrips(m, Icmpv4Message::parse);
      assertTrue(m.withComputedChecksum().hasValidChecksum());
      if (m.isError()) {
        parseOrReject(Hex.parse(Hex.toHex(m.body())), Ipv4Packet::parseTruncated);
      }
    }
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Icmpv4Message.class)
        .withNonnullFields("type", "body")
        .withPrefabValues(ByteBuffer.class, ByteBuffer.wrap(new byte[] {1}).asReadOnlyBuffer(),
            ByteBuffer.wrap(new byte[] {2, 3}).asReadOnlyBuffer())
        .verify();
  }
}
