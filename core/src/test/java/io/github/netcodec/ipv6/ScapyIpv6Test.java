package io.github.netcodec.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.Hex;
import io.github.netcodec.testing.CodecAssertions;
import io.github.netcodec.testing.Scapy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * scapy (python3-scapy) as an independent oracle: it builds IPv6 packets with extension header
 * chains that we parse, and reads back the packets we encode; both sides print the same
 * canonical text of every field ({@link Ipv6View} in Java, {@link #VIEW} in Python).
 */
class ScapyIpv6Test {

  /** Python twin of {@link Ipv6View#of(Ipv6Packet)}, defining {@code view(IPv6 packet)}. */
  static final String VIEW = String.join("\n",
      "import sys, socket, random",
      "from scapy.all import raw, Raw",
      "from scapy.layers.inet import UDP, TCP",
      "from scapy.layers.inet6 import *",
      "from scapy.layers.ipsec import AH, ESP",
      "def h6(a): return socket.inet_pton(socket.AF_INET6, a).hex()",
      "def opts(os):",
      "    out = []",
      "    for o in os:",
      "        if isinstance(o, Pad1): out.append('pad1')",
      "        elif isinstance(o, PadN): out.append('padn:' + bytes(o.optdata).hex())",
      "        elif isinstance(o, RouterAlert): out.append('ra:%d' % o.value)",
      "        elif isinstance(o, Jumbo): out.append('jumbo:%d' % o.jumboplen)",
      "        else: out.append('opt%d:%s' % (o.otype, bytes(o.optdata).hex()))",
      "    return '[' + ','.join(out) + ']'",
      "def view(p):",
      "    s = 'v6 tc=%d fl=%d plen=%d nh=%d hlim=%d src=%s dst=%s' % (",
      "        p.tc, p.fl, p.plen, p.nh, p.hlim, h6(p.src), h6(p.dst))",
      "    l = p.payload",
      "    while True:",
      "        if isinstance(l, IPv6ExtHdrHopByHop):",
      "            s += ' | hbh nh=%d opts=%s' % (l.nh, opts(l.options))",
      "        elif isinstance(l, IPv6ExtHdrDestOpt):",
      "            s += ' | dst nh=%d opts=%s' % (l.nh, opts(l.options))",
      "        elif isinstance(l, IPv6ExtHdrSegmentRouting):",
      "            tlvs = b''.join(raw(t) for t in l.tlv_objects)",
      "            s += ' | srh nh=%d sl=%d le=%d flags=%d tag=%d segs=%s tlvs=%s' % (l.nh,",
      "                l.segleft, l.lastentry, raw(l)[5], l.tag,",
      "                ','.join(h6(a) for a in l.addresses), tlvs.hex())",
      "        elif isinstance(l, IPv6ExtHdrRouting):",
      "            s += ' | rt nh=%d type=%d sl=%d res=%d addrs=%s' % (l.nh, l.type, l.segleft,",
      "                l.reserved, ','.join(h6(a) for a in l.addresses))",
      "        elif isinstance(l, IPv6ExtHdrFragment):",
      "            s += ' | frag nh=%d res1=%d off=%d res2=%d m=%d id=%d' % (",
      "                l.nh, l.res1, l.offset, l.res2, l.m, l.id)",
      "            l = l.payload",
      "            break",
      "        elif isinstance(l, AH):",
      "            icv = bytes(l.icv or b'') + bytes(l.padding or b'')",
      "            s += ' | ah nh=%d len=%d res=%d spi=%d seq=%d icv=%s' % (",
      "                l.nh, l.payloadlen, l.reserved, l.spi, l.seq, icv.hex())",
      "        elif isinstance(l, ESP):",
      "            return s + ' | esp spi=%d seq=%d | payload=%s' % (l.spi, l.seq, bytes(l.data or b'').hex())",
      "        else:",
      "            break",
      "        l = l.payload",
      "    return s + ' | payload=' + raw(l).hex()",
      "");

  /** Packets scapy builds: explicit chains, then random ones; printed as hex TAB view. */
  private static final String BUILD = VIEW + String.join("\n",
      "A, B, C = '2001:db8::1', '2001:db8:0:1::2', 'fe80::1234:5678'",
      "pkts = [",
      "  IPv6(src=A, dst=B) / UDP(sport=5353, dport=53) / Raw(b'hello'),",
      "  IPv6(src=A, dst='ff02::16', hlim=1) / IPv6ExtHdrHopByHop(options=[RouterAlert(value=0)])",
      "      / ICMPv6MLReport2(),",
      "  IPv6(src=A, dst=B, tc=0xb8, fl=0x12345) / IPv6ExtHdrDestOpt(options=[",
      "      HBHOptUnknown(otype=0x1e, optdata=b'abc'), Pad1(), PadN(optdata=b'\\x00\\x00')])",
      "      / TCP(sport=1, dport=2, flags='S'),",
      "  IPv6(src=A, dst=B) / IPv6ExtHdrHopByHop() / IPv6ExtHdrDestOpt()",
      "      / IPv6ExtHdrRouting(addresses=[C, B], segleft=2)",
      "      / IPv6ExtHdrFragment(id=0xdeadbeef, m=1) / UDP() / Raw(b'x' * 40),",
      "  IPv6(src=A, dst=B) / IPv6ExtHdrRouting(type=2, segleft=1, addresses=[C]) / UDP(),",
      "  IPv6(src=A, dst=B) / IPv6ExtHdrRouting(type=3, segleft=1, addresses=[C, A]) / UDP(),",
      "  IPv6(src=A, dst=B) / IPv6ExtHdrSegmentRouting(addresses=[B, C, A], segleft=2, tag=7,",
      "      lastentry=2, tlv_objects=[IPv6ExtHdrSegmentRoutingTLVPadN(padding=b'\\x00' * 6)])",
      "      / UDP(),",
      "  IPv6(src=A, dst=B) / IPv6ExtHdrFragment(offset=185, m=0, id=7, nh=17) / Raw(b'\\x01' * 13),",
      "  IPv6(src=A, dst=B) / AH(nh=6, spi=0x1000, seq=9, payloadlen=4, icv=b'\\xaa' * 12)",
      "      / TCP(),  # scapy leaves AH's payloadlen 0 unless told",
      "  IPv6(src=A, dst=B) / ESP(spi=0x2001, seq=3, data=b'\\x99' * 20),",
      "  IPv6(src=A, dst=B, nh=59) / Raw(b'ignored'),",
      "  IPv6(src=A, dst=B) / IPv6ExtHdrDestOpt(nh=59) / Raw(b'\\x00' * 3),",
      "  IPv6(src=A, dst=B) / IPv6ExtHdrHopByHop(options=[Jumbo(jumboplen=70000)], nh=59),",
      "]",
      "random.seed(8200)",
      "def rand_opts():",
      "    out = []",
      "    for _ in range(random.randrange(4)):",
      "        k = random.randrange(5)",
      "        if k == 0: out.append(Pad1())",
      "        elif k == 1: out.append(PadN(optdata=bytes(random.randrange(256)",
      "                for _ in range(random.randrange(6)))))",
      "        elif k == 2: out.append(RouterAlert(value=random.randrange(65536)))",
      "        else: out.append(HBHOptUnknown(otype=random.choice([0x1e, 0x3e, 0x7e, 0x9e, 0xde]),",
      "                optdata=bytes(random.randrange(256) for _ in range(random.randrange(9)))))",
      "    return out",
      "def rand_addr(): return socket.inet_ntop(socket.AF_INET6, bytes(random.randrange(256)",
      "    for _ in range(16)))",
      "for i in range(150):",
      "    p = IPv6(src=rand_addr(), dst=rand_addr(), tc=random.randrange(256),",
      "             fl=random.randrange(1 << 20), hlim=random.randrange(256))",
      "    if random.random() < 0.5: p = p / IPv6ExtHdrHopByHop(options=rand_opts())",
      "    for _ in range(random.randrange(4)):",
      "        k = random.randrange(5)",
      "        if k == 0: p = p / IPv6ExtHdrDestOpt(options=rand_opts())",
      "        elif k == 1:",
      "            t = random.choice([0, 2, 3, 77])",
      "            p = p / IPv6ExtHdrRouting(type=t,",
      "            segleft=random.randrange(4), reserved=random.randrange(1 << 20),",
      "            addresses=[rand_addr() for _ in range(1 if t == 2 else random.randrange(1, 4))])",
      "        elif k == 2: p = p / IPv6ExtHdrSegmentRouting(segleft=random.randrange(3),",
      "            tag=random.randrange(65536), addresses=[rand_addr() for _ in range(3)])",
      "        else: p = p / IPv6ExtHdrDestOpt(options=rand_opts())",
      "    end = random.randrange(4)",
      "    if end == 0: p = p / IPv6ExtHdrFragment(offset=random.randrange(8192),",
      "        m=random.randrange(2), id=random.randrange(1 << 32)) / Raw(b'f' * random.randrange(30))",
      "    elif end == 1: p = p / ESP(spi=random.randrange(1 << 32), seq=random.randrange(1 << 32),",
      "        data=bytes(random.randrange(256) for _ in range(random.randrange(40))))",
      "    else:",
      "        if random.random() < 0.4:  # scapy dissects only upper layers after AH",
      "            icv = bytes(random.randrange(256) for _ in range(4 * random.choice([1, 3, 5])))",
      "            p = p / AH(nh=17 if end == 2 else 59, spi=random.randrange(1 << 32),",
      "                seq=random.randrange(1 << 32), icv=icv, payloadlen=len(icv) // 4 + 1)",
      "        if end == 2: p = p / UDP(sport=random.randrange(65536)) / Raw(b'u' * random.randrange(30))",
      "    pkts.append(p)",
      "for p in pkts:",
      "    b = raw(p)",
      "    print(b.hex() + '\\t' + view(IPv6(b)))",
      "");

  /** Reads hex packets from standard input and prints scapy's view of each. */
  private static final String READ = VIEW + String.join("\n",
      "lines = sys.stdin.read().split()  # all of it first: the pipes must not fill up both ways",
      "for line in lines:",
      "    print(view(IPv6(bytes.fromhex(line))))",
      "");

  @Test
  void parsesWhatScapyBuildsFieldForField() {
    String[] lines = Scapy.run(BUILD, "").trim().split("\n");
    assertEquals(163, lines.length);
    for (String line : lines) {
      String[] parts = line.split("\t");
      byte[] bytes = Hex.parse(parts[0]);
      Ipv6Packet packet = CodecAssertions.assertLosslessOnEveryBufferKind(bytes, Ipv6Packet::parse);
      assertEquals(parts[1], Ipv6View.of(packet), parts[0]);
    }
  }

  @Test
  void scapyReadsBackWhatWeEncode() {
    Random random = new Random(2460);
    List<Ipv6Packet> packets = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      packets.add(Ipv6Generators.scapyCompatiblePacket(random));
    }
    packets.add(Ipv6Generators.jumbogram(70_000));
    StringBuilder in = new StringBuilder();
    for (Ipv6Packet p : packets) {
      in.append(Hex.toHex(p.toByteArray())).append('\n');
    }
    String[] views = Scapy.run(READ, in.toString()).trim().split("\n");
    assertEquals(packets.size(), views.length);
    for (int i = 0; i < packets.size(); i++) {
      assertEquals(Ipv6View.of(packets.get(i)), views[i], packets.get(i).toString());
    }
  }
}
