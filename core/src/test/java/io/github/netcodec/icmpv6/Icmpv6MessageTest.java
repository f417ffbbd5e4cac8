package io.github.netcodec.icmpv6;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.testing.Scapy;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class Icmpv6MessageTest {

  /** scapy's view of an IPv6 packet carrying ICMPv6, one line per packet. */
  private static final String DESCRIBE = String.join("\n",
      "def opts(l):",
      "    out = []",
      "    o = l.payload",
      "    while o and not isinstance(o, (NoPayload, Raw, Padding)):",
      "        t = o.type",
      "        if t in (1, 2): out.append('%d:%s' % (t, o.lladdr))",
      "        elif t == 3: out.append('3:%d:%d:%d:%d:%d:%s' % (o.prefixlen, o.L, o.A,",
      "            o.validlifetime, o.preferredlifetime, o.prefix))",
      "        elif t == 4: out.append('4:%s' % bytes(o.pkt).hex())",
      "        elif t == 5: out.append('5:%d' % o.mtu)",
      "        elif t == 25: out.append('25:%d:%s' % (o.lifetime, '+'.join(o.dns)))",
      "        else: out.append('%d:?' % t)",
      "        o = o.payload",
      "    return ','.join(out) or '-'",
      "def d(p):",
      "    m = p[IPv6].payload",
      "    b = raw(m)",
      "    q = p.copy(); del q[IPv6].payload.cksum",
      "    good = IPv6(raw(q))[IPv6].payload.cksum",
      "    t = b[0]",
      "    if t in (128, 129): x = '%d/%d' % (m.id, m.seq)",
      "    elif t == 2: x = str(m.mtu)",
      "    elif t == 4: x = str(m.ptr)",
      "    elif t == 133: x = opts(m)",
      "    elif t == 134: x = '%d/%d/%d/%d/%d/%s' % (m.chlim, b[5], m.routerlifetime,",
      "        m.reachabletime, m.retranstimer, opts(m))",
      "    elif t == 135: x = '%s/%s' % (m.tgt, opts(m))",
      "    elif t == 136: x = '%d%d%d/%s/%s' % (m.R, m.S, m.O, m.tgt, opts(m))",
      "    elif t == 137: x = '%s/%s/%s' % (m.tgt, m.dst, opts(m))",
      "    else: x = '-'",
      "    return ' '.join([raw(p).hex(), str(t), str(b[1]), str(m.cksum),",
      "        str(int(good == m.cksum)), x])");

  private static String options(List<NdpOption> options) {
    List<String> out = new ArrayList<>();
    for (NdpOption o : options) {
      if (o instanceof NdpOption.SourceLinkLayerAddress s) {
        out.add("1:" + s.macAddress().orElseThrow());
      } else if (o instanceof NdpOption.TargetLinkLayerAddress t) {
        out.add("2:" + t.macAddress().orElseThrow());
      } else if (o instanceof NdpOption.PrefixInformation p) {
        out.add("3:" + p.prefixLength() + ":" + (p.onLink() ? 1 : 0) + ":"
            + (p.autonomous() ? 1 : 0) + ":" + p.validLifetime() + ":" + p.preferredLifetime()
            + ":" + p.prefix());
      } else if (o instanceof NdpOption.RedirectedHeader h) {
        out.add("4:" + h.packet().hex());
      } else if (o instanceof NdpOption.Mtu m) {
        out.add("5:" + m.mtu());
      } else if (o instanceof NdpOption.RecursiveDnsServer r) {
        out.add("25:" + r.lifetime() + ":" + r.servers().stream().map(Object::toString)
            .collect(Collectors.joining("+")));
      } else {
        out.add(o.type().value() + ":?");
      }
    }
    return out.isEmpty() ? "-" : String.join(",", out);
  }

  private static String describe(Icmpv6Message m) {
    return switch (m.type().value()) {
      case 128, 129 -> m.identifier() + "/" + m.sequenceNumber();
      case 2 -> Long.toString(m.mtu());
      case 4 -> Long.toString(m.pointer());
      case 133, 134, 135, 136, 137 -> {
        NeighborDiscovery nd = NeighborDiscovery.parse(m);
        if (nd instanceof NeighborDiscovery.RouterAdvertisement ra) {
          yield ra.currentHopLimit() + "/" + ra.flags() + "/" + ra.routerLifetime() + "/"
              + ra.reachableTime() + "/" + ra.retransTimer() + "/" + options(ra.options());
        } else if (nd instanceof NeighborDiscovery.NeighborSolicitation ns) {
          yield ns.target() + "/" + options(ns.options());
        } else if (nd instanceof NeighborDiscovery.NeighborAdvertisement na) {
          yield (na.router() ? "1" : "0") + (na.solicited() ? "1" : "0")
              + (na.override() ? "1" : "0") + "/" + na.target() + "/" + options(na.options());
        } else if (nd instanceof NeighborDiscovery.Redirect r) {
          yield r.target() + "/" + r.destination() + "/" + options(r.options());
        }
        yield options(nd.options());
      }
      default -> "-";
    };
  }

  private static void assertAgrees(String line) {
    String[] f = line.split(" ");
    Ipv6Packet ip = Ipv6Packet.parse(Hex.parse(f[0]));
    byte[] icmp = Hex.parse(Hex.toHex(ip.payload()));
    Icmpv6Message m = assertLosslessOnEveryBufferKind(icmp, Icmpv6Message::parse);
    assertEquals(Integer.parseInt(f[1]), m.type().value(), line);
    assertEquals(Integer.parseInt(f[2]), m.code(), line);
    assertEquals(Integer.parseInt(f[3]), m.checksum(), line);
    assertEquals(f[4].equals("1"), m.hasValidChecksum(ip.source(), ip.finalDestination()),
        line);
    assertEquals(f[5], describe(m), line);
    if (m.type().value() >= 133 && m.type().value() <= 137) {
      NeighborDiscovery nd = NeighborDiscovery.parse(m);
      assertEquals(m.withChecksum(0), nd.toMessage(), line);
    }
    if (m.isError()) {
      assertEquals(Ipv6Address.parse("2001:db8::99"), m.parseQuotedPacket().destination());
    }
  }

  @Test
  void parsesWhatScapyBuilds() {
    String script = String.join("\n", "from scapy.all import *", DESCRIBE,
        "ip = IPv6(src='fe80::1', dst='ff02::1')",
        "orig = IPv6(src='2001:db8::1', dst='2001:db8::99')/UDP(sport=1, dport=2)/b'q'",
        "ms = [ip/ICMPv6EchoRequest(id=7, seq=9, data=b'ping'),",
        "  ip/ICMPv6EchoReply(id=7, seq=9, data=b'ping', cksum=0x1234),",
        "  ip/ICMPv6DestUnreach(code=4)/orig,",
        "  ip/ICMPv6PacketTooBig(mtu=1280)/orig,",
        "  ip/ICMPv6TimeExceeded(code=0)/orig,",
        "  ip/ICMPv6ParamProblem(code=1, ptr=40)/orig,",
        "  ip/ICMPv6ND_RS()/ICMPv6NDOptSrcLLAddr(lladdr='00:11:22:33:44:55'),",
        "  ip/ICMPv6ND_RA(chlim=64, M=1, O=1, prf=1, routerlifetime=1800, reachabletime=30000,",
        "    retranstimer=1000)/ICMPv6NDOptSrcLLAddr(lladdr='d8:07:b6:d9:ae:50')/",
        "    ICMPv6NDOptMTU(mtu=1500)/ICMPv6NDOptPrefixInfo(prefixlen=64, prefix='2001:db8:1::',",
        "    validlifetime=86400, preferredlifetime=14400)/",
        "    ICMPv6NDOptRDNSS(lifetime=600, dns=['2001:db8::53', '2001:db8::54']),",
        "  IPv6(src='fe80::1', dst='ff02::1:ff00:2')/ICMPv6ND_NS(tgt='2001:db8::2')/",
        "    ICMPv6NDOptSrcLLAddr(lladdr='00:11:22:33:44:55'),",
        "  IPv6(src='::', dst='ff02::1:ff00:2')/ICMPv6ND_NS(tgt='2001:db8::2'),",
        "  IPv6(src='2001:db8::2', dst='fe80::1')/ICMPv6ND_NA(R=0, S=1, O=1, tgt='2001:db8::2')/",
        "    ICMPv6NDOptDstLLAddr(lladdr='66:77:88:99:aa:bb'),",
        "  ip/ICMPv6ND_NA(R=1, S=0, O=0, tgt='fe80::1', cksum=0),",
        "  ip/ICMPv6ND_Redirect(tgt='fe80::2', dst='2001:db8::99')/",
        "    ICMPv6NDOptDstLLAddr(lladdr='66:77:88:99:aa:bb'),",
        "  ip/ICMPv6ND_Redirect(tgt='fe80::2', dst='2001:db8::99')/",
        "    ICMPv6NDOptRedirectedHdr(pkt=IPv6(src='2001:db8::1', dst='2001:db8::99')/",
        "    UDP(sport=1, dport=2))]",
        "for m in ms: print(d(IPv6(raw(m))))");
    String[] lines = Scapy.run(script, "").strip().split("\n");
    assertEquals(14, lines.length);
    for (String line : lines) {
      assertAgrees(line);
    }
  }

  @Test
  void scapyReadsWhatWeBuild() {
    Ipv6Address src = Ipv6Address.parse("fe80::a");
    Ipv6Address dst = Ipv6Address.parse("ff02::1");
    MacAddress mac = MacAddress.parse("02:00:00:00:00:0a");
    byte[] orig = Ipv6Packet.builder().source(Ipv6Address.parse("2001:db8::1"))
        .destination(Ipv6Address.parse("2001:db8::99")).protocol(IpProtocol.UDP)
        .payload(new byte[] {0, 1, 0, 2, 0, 8, 0, 0}).build().toByteArray();
    List<Icmpv6Message> ours = List.of(
        Icmpv6Message.echoRequest(1, 2, ByteBuffer.wrap(new byte[] {1, 2, 3})),
        Icmpv6Message.error(Icmpv6Code.of(Icmpv6Type.PACKET_TOO_BIG, 0), 1280,
            ByteBuffer.wrap(orig)),
        Icmpv6Message.error(Icmpv6Code.ADDRESS_UNREACHABLE, 0, ByteBuffer.wrap(orig)),
        new NeighborDiscovery.RouterSolicitation(0,
            List.of(NdpOption.SourceLinkLayerAddress.of(mac))).toMessage(),
        new NeighborDiscovery.RouterAdvertisement(64, 0xc0, 1800, 0, 0, List.of(
            NdpOption.SourceLinkLayerAddress.of(mac), new NdpOption.Mtu(0, 1492),
            new NdpOption.PrefixInformation(64, true, true, 0, 2592000, 604800, 0,
                Ipv6Address.parse("2001:db8:5::")),
            new NdpOption.RecursiveDnsServer(0, 300, List.of(Ipv6Address.parse("2001:db8::53")))))
            .toMessage(),
        new NeighborDiscovery.NeighborSolicitation(0, Ipv6Address.parse("fe80::b"),
            List.of(NdpOption.SourceLinkLayerAddress.of(mac))).toMessage(),
        new NeighborDiscovery.NeighborAdvertisement(
            NeighborDiscovery.NeighborAdvertisement.SOLICITED
                | NeighborDiscovery.NeighborAdvertisement.OVERRIDE,
            Ipv6Address.parse("fe80::a"), List.of(NdpOption.TargetLinkLayerAddress.of(mac)))
            .toMessage(),
        new NeighborDiscovery.Redirect(0, Ipv6Address.parse("fe80::c"),
            Ipv6Address.parse("2001:db8::99"), List.of()).toMessage(),
        new NeighborDiscovery.Redirect(0, Ipv6Address.parse("fe80::c"),
            Ipv6Address.parse("2001:db8::99"), List.of(NdpOption.TargetLinkLayerAddress.of(mac),
                NdpOption.RedirectedHeader.of(ByteString.copyOf(orig)))).toMessage());
    String in = ours.stream().map(m -> Hex.toHex(Ipv6Packet.builder().source(src)
        .destination(dst).protocol(IpProtocol.ICMPV6).hopLimit(255)
        .payload(m.withComputedChecksum(src, dst).toByteArray()).build().toByteArray()))
        .collect(Collectors.joining("\n"));
    String script = String.join("\n", "from scapy.all import *", DESCRIBE, "import sys",
        "for h in sys.stdin.read().split(): print(d(IPv6(bytes.fromhex(h))))");
    String[] lines = Scapy.run(script, in).strip().split("\n");
    assertEquals(ours.size(), lines.length);
    for (String line : lines) {
      assertEquals("1", line.split(" ")[4], line);
      assertAgrees(line);
    }
  }

  @Test
  void malformedNeighborDiscovery() {
    // NS with an SLLA option of length 0 at offset 24 (RFC 4861 §4.6: receivers discard it)
    byte[] zero = Hex.parse("87000000" + "00000000" + "20010db8000000000000000000000002"
        + "0100001122334455");
    Icmpv6Message m = Icmpv6Message.parse(zero);
    MalformedPacketException e = assertThrows(MalformedPacketException.class,
        () -> NeighborDiscovery.parse(m));
    assertEquals("ICMPv6: ND option SLLA at offset 24 has length 0, which RFC 4861 §4.6 forbids",
        e.getMessage());
    byte[] overrun = Hex.parse("87000000" + "00000000" + "20010db8000000000000000000000002"
        + "0102001122334455");
    assertEquals("ICMPv6: ND option SLLA at offset 24 has length 16 bytes, overrunning the "
        + "message, which ends at offset 32", assertThrows(MalformedPacketException.class,
            () -> NeighborDiscovery.parse(Icmpv6Message.parse(overrun))).getMessage());
    byte[] shortNs = Hex.parse("87000000" + "00000000" + "20010db8");
    assertEquals("ICMPv6: neighbor solicitation at offset 0 needs 24 bytes, but only 12 are "
        + "present", assertThrows(MalformedPacketException.class,
            () -> NeighborDiscovery.parse(Icmpv6Message.parse(shortNs))).getMessage());
    assertThrows(MalformedPacketException.class,
        () -> NeighborDiscovery.parse(Icmpv6Message.parse(Hex.parse("80000000000100"
            + "02"))));
    // an unknown option type and a Prefix Information of the wrong length stay byte-exact
    byte[] odd = Hex.parse("85000000" + "00000000" + "1f01aabbccddeeff" + "0301000000000000");
    NeighborDiscovery rs = NeighborDiscovery.parse(Icmpv6Message.parse(odd));
    assertEquals(List.of(NdpOption.Unknown.of(31, ByteString.fromHex("aabbccddeeff")),
        NdpOption.Unknown.of(3, ByteString.fromHex("000000000000"))), rs.options());
    assertEquals(Hex.toHex(odd), Hex.toHex(rs.toMessage().toByteArray()));
  }

  @Test
  void rejectsEveryTruncatedLength() {
    byte[] echo = Hex.parse("8000abcd00010002");
    for (int n = 0; n < 4; n++) {
      assertMalformed("ICMPv6: header at offset 0 needs 4 bytes, but only " + n
          + " are present", Arrays.copyOf(echo, n), Icmpv6Message::parse);
    }
    for (int n = 4; n < 8; n++) {
      assertMalformed("ICMPv6: echo request at offset 0 needs 8 bytes, but only " + n
          + " are present", Arrays.copyOf(echo, n), Icmpv6Message::parse);
    }
  }

  @Property(tries = 1000)
  void arbitraryBytesThrowOnlyMalformed(@ForAll @Size(max = 80) byte[] bytes,
      @ForAll @IntRange(min = 133, max = 137) int type) {
    Icmpv6Message m = parseOrReject(bytes, Icmpv6Message::parse);
    if (m != null) {
      assertEquals(Hex.toHex(bytes), Hex.toHex(m.toByteArray()));
      assertRoundTrips(m, Icmpv6Message::parse);
      Icmpv6Message nd = new Icmpv6Message(Icmpv6Type.of(type), 0, m.checksum(), m.body());
      NeighborDiscovery parsed = parseOrReject(bytes, b -> NeighborDiscovery.parse(nd));
      if (parsed != null) {
        assertEquals(nd.withChecksum(0), parsed.toMessage());
      }
    }
  }

  @Test
  void echoAccessorsAndChecksum() {
    Ipv6Address a = Ipv6Address.parse("2001:db8::1");
    Ipv6Address b = Ipv6Address.parse("2001:db8::2");
    Icmpv6Message m = Icmpv6Message.echoRequest(0xbeef, 3, ByteBuffer.wrap(new byte[] {9}))
        .withComputedChecksum(a, b);
    assertTrue(m.hasValidChecksum(a, b));
    assertFalse(m.hasValidChecksum(b, a.equals(b) ? a : Ipv6Address.parse("2001:db8::3")));
    assertEquals(0xbeef, m.identifier());
    assertEquals(1, m.data().remaining());
    assertEquals("ICMPv6 Echo Request, id 48879, seq 3, length 9", m.toString());
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Icmpv6Message.class).withNonnullFields("type", "body")
        .withPrefabValues(ByteBuffer.class, ByteBuffer.wrap(new byte[] {1}).asReadOnlyBuffer(),
            ByteBuffer.wrap(new byte[] {2, 3}).asReadOnlyBuffer())
        .verify();
    ByteString six1 = ByteString.fromHex("001122334455");
    ByteString six2 = ByteString.fromHex("665544332211");
    EqualsVerifier.forClass(NdpOption.SourceLinkLayerAddress.class).withNonnullFields("address")
        .withPrefabValues(ByteString.class, six1, six2).verify();
    EqualsVerifier.forClass(NdpOption.TargetLinkLayerAddress.class).withNonnullFields("address")
        .withPrefabValues(ByteString.class, six1, six2).verify();
    EqualsVerifier.forClass(NdpOption.Unknown.class).withNonnullFields("type", "data")
        .withPrefabValues(ByteString.class, six1, six2)
        .withPrefabValuesForField("type", NdpOptionType.of(31), NdpOptionType.of(32))
        .verify();
    EqualsVerifier.forClass(NdpOption.RedirectedHeader.class).withNonnullFields("packet")
        .withPrefabValues(ByteString.class, ByteString.EMPTY, ByteString.copyOf(new byte[8]))
        .verify();
    EqualsVerifier.forClass(NdpOption.Mtu.class).verify();
    EqualsVerifier.forClass(NdpOption.PrefixInformation.class).withNonnullFields("prefix")
        .verify();
    List<Ipv6Address> l1 = List.of(Ipv6Address.LOOPBACK);
    List<Ipv6Address> l2 = List.of(Ipv6Address.ANY);
    EqualsVerifier.forClass(NdpOption.RecursiveDnsServer.class).withNonnullFields("servers")
        .withPrefabValuesForField("servers", l1, l2).verify();
    for (Class<?> c : List.of(NeighborDiscovery.RouterSolicitation.class,
        NeighborDiscovery.RouterAdvertisement.class, NeighborDiscovery.NeighborSolicitation.class,
        NeighborDiscovery.NeighborAdvertisement.class, NeighborDiscovery.Redirect.class)) {
      String[] references = Arrays.stream(c.getRecordComponents())
          .filter(rc -> !rc.getType().isPrimitive()).map(rc -> rc.getName())
          .toArray(String[]::new);
      EqualsVerifier.forClass(c).withNonnullFields(references)
          .withPrefabValuesForField("options", List.of(), List.of(new NdpOption.Mtu(0, 1280)))
          .verify();
    }
  }
}
