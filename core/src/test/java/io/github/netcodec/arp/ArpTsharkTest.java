package io.github.netcodec.arp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ethernet.EtherType;
import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.testing.Tshark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's ARP dissector (tshark 4.0.17) reads 300 ARP packets we build with the factories
 * (requests, replies, gratuitous announcements, probes, RARP requests and replies), each in an
 * Ethernet frame padded to 60 bytes (pcap linktype 1). It must agree on hardware and protocol
 * type and size, opcode, the four addresses, and the gratuitous/probe marks, with no
 * malformed-packet mark or warning. Every sender has an address of its own, so that tshark's
 * duplicate-address detection has nothing to say.
 */
class ArpTsharkTest {
  static final int PACKETS = 300;

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(826);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < PACKETS; i++) {
      MacAddress mac = MacAddress.of(0x0200_0000_0000L | i);
      Ipv4Address ip = Ipv4Address.of(10, 1, i >> 8, i & 0xff);
      Ipv4Address target = Ipv4Address.of(172, 16, i >> 8, i & 0xff);
      MacAddress targetMac = MacAddress.of(0x0600_0000_0000L | i);
      ArpPacket p = switch (r.nextInt(6)) {
        case 0 -> ArpPacket.request(mac, ip, target);
        case 1 -> ArpPacket.reply(mac, ip, targetMac, target);
        case 2 -> ArpPacket.gratuitous(mac, ip);
        case 3 -> ArpPacket.probe(mac, target);
        case 4 -> ArpPacket.ethernetIpv4(ArpOperation.REVERSE_REQUEST, mac, Ipv4Address.ANY,
            mac, Ipv4Address.ANY);
        default -> ArpPacket.ethernetIpv4(ArpOperation.REVERSE_REPLY, targetMac, target, mac,
            ip);
      };
      boolean rarp = p.operation().value() >= 3;
      frames.add(EthernetFrame.builder()
          .destination(p.isReply() ? targetMac : MacAddress.BROADCAST)
          .source(mac).etherType(rarp ? EtherType.RARP : EtherType.ARP).payload(p).build()
          .toByteArray());
    }
    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_ETHERNET, frames);
    for (int i = 0; i < PACKETS; i++) {
      EthernetFrame e = EthernetFrame.parse(frames.get(i));
      ArpPacket p = ArpPacket.parse(e.payload().limit(ArpPacket.ETHERNET_IPV4_BYTES));
      assertAgrees(p, dissected.get(i));
    }
  }

  static void assertAgrees(ArpPacket p, Tshark.Frame f) {
    String where = f + "\n" + p;
    assertEquals(List.of(), f.problems(), where);
    assertEquals(p.hardwareType().value(), f.number("arp.hw.type"), where);
    assertEquals(p.protocolType().value(), f.number("arp.proto.type"), where);
    assertEquals(p.hardwareAddressLength(), f.number("arp.hw.size"), where);
    assertEquals(p.protocolAddressLength(), f.number("arp.proto.size"), where);
    assertEquals(p.operation().value(), f.number("arp.opcode"), where);
    assertEquals(p.senderMac().toString(), f.get("arp.src.hw_mac"), where);
    assertEquals(p.senderIp().toString(), f.get("arp.src.proto_ipv4"), where);
    assertEquals(p.targetMac().toString(), f.get("arp.dst.hw_mac"), where);
    assertEquals(p.targetIp().toString(), f.get("arp.dst.proto_ipv4"), where);
    boolean tsharkGratuitous = f.has("arp.isgratuitous") && f.get("arp.isgratuitous").equals("1");
    assertEquals(p.isGratuitous(), tsharkGratuitous, where);
    assertEquals(p.isProbe(), f.has("arp.isprobe") && f.get("arp.isprobe").equals("1"), where);
  }
}
