package io.github.netcodec.arp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ethernet.EtherType;
import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.testing.Scapy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * scapy (Debian python3-scapy) as an independent oracle for ARP in both directions. Both sides
 * describe a packet in one line: {@code htype ptype hlen plen op sha spa tha tpa} with the
 * addresses in hex ({@code -} when empty), scapy's MAC, IPv4 and IPv6 address fields converted
 * back to bytes.
 */
class ScapyArpTest {

  private static final String DESCRIBE = String.join("\n",
      "from scapy.all import Ether, ARP, Padding, raw, mac2str",
      "import sys, random, socket",
      "def addr(v, n):",
      "    if v is None: return b''",
      "    if isinstance(v, bytes): return v",
      "    if n == 6 and v.count(':') == 5: return mac2str(v)",
      "    if n == 4: return socket.inet_aton(v)",
      "    if n == 16: return socket.inet_pton(socket.AF_INET6, v)",
      "    return v.encode('latin-1')",
      "def h(b): return b.hex() or '-'",
      "def describe(a):",
      "    return ' '.join([str(a.hwtype), str(a.ptype), str(a.hwlen), str(a.plen), str(a.op),",
      "        h(addr(a.hwsrc, a.hwlen)), h(addr(a.psrc, a.plen)), h(addr(a.hwdst, a.hwlen)),",
      "        h(addr(a.pdst, a.plen))])",
      "");

  private static final String BUILD = DESCRIBE + String.join("\n",
      "random.seed(826)",
      "def blob(n): return bytes(random.randrange(256) for _ in range(n))",
      "def mac(): return ':'.join('%02x' % random.randrange(256) for _ in range(6))",
      "def ip(): return '.'.join(str(random.randrange(256)) for _ in range(4))",
      "for i in range(200):",
      "    if i % 2 == 0:",
      "        a = ARP(op=random.choice([1, 2, 3, 4, 8, 9, random.randrange(65536)]),",
      "                hwsrc=mac(), psrc=ip(), hwdst=mac(), pdst=ip())",
      "    else:",
      "        hl, pl = random.randrange(0, 20), random.randrange(0, 20)",
      "        a = ARP(hwtype=random.randrange(65536), ptype=random.randrange(65536), hwlen=hl,",
      "                plen=pl, op=random.randrange(65536), hwsrc=blob(hl), psrc=blob(pl),",
      "                hwdst=blob(hl), pdst=blob(pl))",
      "    f = Ether(dst='ff:ff:ff:ff:ff:ff', src=mac()) / a",
      "    if i % 3 == 0: f = f / Padding(load=bytes(random.randrange(1, 20)))",
      "    b = raw(f)",
      "    print(b.hex() + ' ' + describe(Ether(b)[ARP]))",
      "");

  private static final String DISSECT = DESCRIBE + String.join("\n",
      "for line in sys.stdin:",
      "    line = line.strip()",
      "    if line: print(describe(ARP(bytes.fromhex(line))))",
      "");

  static String describe(ArpPacket a) {
    return String.join(" ", Integer.toString(a.hardwareType().value()),
        Integer.toString(a.protocolType().value()), Integer.toString(a.hardwareAddressLength()),
        Integer.toString(a.protocolAddressLength()), Integer.toString(a.operation().value()),
        hex(a.senderHardwareAddress()), hex(a.senderProtocolAddress()),
        hex(a.targetHardwareAddress()), hex(a.targetProtocolAddress()));
  }

  private static String hex(ByteString b) {
    return b.isEmpty() ? "-" : b.hex();
  }

  @Test
  void parsesEveryFieldOfArpFramesScapyBuilds() {
    String[] lines = Scapy.run(BUILD, "").trim().split("\n");
    assertEquals(200, lines.length);
    for (String line : lines) {
      int space = line.indexOf(' ');
      byte[] bytes = Hex.parse(line.substring(0, space));
      EthernetFrame frame = EthernetFrame.parse(bytes);
      assertEquals(EtherType.ARP, frame.etherType());
      ArpPacket arp = ArpPacket.parse(frame.payload());
      assertEquals(line.substring(space + 1), describe(arp), line);
      byte[] packet = new byte[arp.encodedLength()];
      frame.payload().get(packet);
      assertArrayEquals(packet, arp.toByteArray(), line);
    }
  }

  @Test
  void scapyReadsBackEveryFieldOfPacketsWeEncode() {
    Random random = new Random(5227);
    List<ArpPacket> packets = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      MacAddress mac = MacAddress.of(random.nextLong() & 0xffff_ffff_ffffL);
      Ipv4Address ip = Ipv4Address.of(random.nextInt());
      Ipv4Address other = Ipv4Address.of(random.nextInt());
      packets.add(switch (i % 5) {
        case 0 -> ArpPacket.request(mac, ip, other);
        case 1 -> ArpPacket.reply(mac, ip, MacAddress.of(random.nextLong() >>> 16), other);
        case 2 -> ArpPacket.gratuitous(mac, ip);
        case 3 -> ArpPacket.probe(mac, ip);
        default -> {
          int hl = random.nextInt(20);
          int pl = random.nextInt(20);
          yield new ArpPacket(ArpHardwareType.of(random.nextInt(65536)),
              EtherType.of(random.nextInt(65536)), ArpOperation.of(random.nextInt(65536)),
              bytes(random, hl), bytes(random, pl), bytes(random, hl),
              bytes(random, pl));
        }
      });
    }
    String stdin = packets.stream().map(p -> Hex.toHex(p.toByteArray()))
        .collect(Collectors.joining("\n"));
    String[] lines = Scapy.run(DISSECT, stdin).trim().split("\n");
    assertEquals(packets.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertEquals(describe(packets.get(i)), lines[i], packets.get(i).toString());
    }
  }

  private static ByteString bytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return ByteString.copyOf(b);
  }
}
