package io.github.netcodec.dhcp;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dhcp.DhcpOption.ClasslessStaticRoutes.StaticRoute;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.testing.Scapy;
import io.github.netcodec.udp.UdpDatagram;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A real exchange: dnsmasq 2.90 serving busybox 1.35 udhcpc over a veth pair between two
 * network namespaces (see /work/shared/CAPTURE-NOTES.md), captured with {@code tcpdump -i
 * ncdh-s -w dhcp.pcap udp port 67 or udp port 68} on the server side; each vector is the UDP
 * payload of one frame. dnsmasq ran with {@code dhcp-range=192.168.77.100,192.168.77.150,
 * 255.255.255.0,1h}, a router, two DNS servers, a domain name, a domain search list, an NTP
 * server and two classless static routes; udhcpc with {@code -x hostname:labclient -V
 * netcodec-test -O search -O staticroutes -O ntpsrv}.
 *
 * <p>The DISCOVER and REQUEST are the seed lecture's DHCP story (networking-lecture.txt, "DHCP
 * high-level"): the client has no address yet, so it sends from 0.0.0.0 to 255.255.255.255,
 * and the server answers with an address and a time limit, the lease.
 */
class DnsmasqCaptureTest {

  static final MacAddress MAC = MacAddress.parse("02:00:00:00:77:42");
  static final Ipv4Address SERVER = Ipv4Address.parse("192.168.77.1");
  static final Ipv4Address LEASED = Ipv4Address.parse("192.168.77.125");
  static final String ZEROS = "00".repeat(10 + 64 + 128);

  /** Frame 1, 0.0.0.0:68 to 255.255.255.255:67: udhcpc's DHCPDISCOVER, padded to 300. */
  static final byte[] DISCOVER = Hex.parse("01010600ffa6667a0000000000000000000000000000000000"
      + "0000000200000077420000" + ZEROS.substring(4) + """
      638253633501013902024037090103060c0f1c2a77790c096c6162636c69656e743c0d6e6574636f646563
      2d746573743d0701020000007742ff000000000000""");

  /** Frame 3, 192.168.77.1:67 to 192.168.77.125:68: dnsmasq's DHCPOFFER. */
  static final byte[] OFFER = Hex.parse("02010600ffa6667a0000000000000000c0a84d7dc0a84d0100"
      + "0000000200000077420000" + ZEROS.substring(4) + """
      638253633501023604c0a84d01330400000e103a04000007083b0400000c4e0104ffffff001c04c0a84dff
      790b080ac0a84d0100c0a84d012a04c0a84d01771a036c6162076578616d706c6500076578616d706c6503
      6f7267000f0b6c61622e6578616d706c650608c0a84d01090909090304c0a84d01ff""");

  /** Frame 5, 0.0.0.0:68 to 255.255.255.255:67: udhcpc's DHCPREQUEST (SELECTING), secs 3. */
  static final byte[] REQUEST = Hex.parse("01010600ffa6667a0003000000000000000000000000000000"
      + "0000000200000077420000" + ZEROS.substring(4) + """
      638253633501033204c0a84d7d3604c0a84d013902024037090103060c0f1c2a77790c096c6162636c6965
      6e743c0d6e6574636f6465632d746573743d0701020000007742ff""");

  /** Frame 6, 192.168.77.1:67 to 192.168.77.125:68: dnsmasq's DHCPACK. */
  static final byte[] ACK = Hex.parse("02010600ffa6667a0003000000000000c0a84d7dc0a84d0100"
      + "0000000200000077420000" + ZEROS.substring(4) + """
      638253633501053604c0a84d01330400000e103a04000007083b0400000c4e0104ffffff001c04c0a84dff
      0c096c6162636c69656e74790b080ac0a84d0100c0a84d012a04c0a84d01771a036c6162076578616d706c
      6500076578616d706c65036f7267000f0b6c61622e6578616d706c650608c0a84d01090909090304c0a84d
      01ff""");

  @Test
  void decodesUdhcpcDiscover() {
    assertEquals(300, DISCOVER.length);
    DhcpMessage m = assertLosslessOnEveryBufferKind(DISCOVER, DhcpMessage::parse);
    assertEquals(DhcpOp.BOOTREQUEST, m.op());
    assertEquals(0xffa6667a, m.xid());
    assertEquals(Optional.of(MAC), m.clientMac());
    assertEquals(Optional.of(DhcpMessageType.DISCOVER), m.messageType());
    assertEquals(OptionalInt.of(576), m.maximumMessageSize());
    assertEquals(Optional.of(List.of(1, 3, 6, 12, 15, 28, 42, 119, 121).stream()
        .map(DhcpOptionCode::of).toList()), m.parameterRequestList());
    assertEquals(Optional.of("labclient"), m.hostName());
    assertEquals(Optional.of("netcodec-test"), m.vendorClassIdentifier());
    assertEquals(Optional.of(DhcpOption.ClientIdentifier.of(MAC).identifier()),
        m.clientIdentifier());
    assertEquals(6, m.options().size());
  }

  @Test
  void wireOptionsShowTheLayoutAndRebuildIt() {
    DhcpMessage m = DhcpMessage.parse(DISCOVER);
    List<DhcpOption> wire = m.wireOptions();
    assertEquals(7, wire.size()); // six options and End; the five zeros after End not listed
    assertEquals(DhcpOption.End.INSTANCE, wire.get(6));
    DhcpMessage.Builder b = DhcpMessage.builder().op(m.op()).xid(m.xid()).clientMac(MAC);
    wire.forEach(b::option);
    assertEquals(m, b.build()); // the five zeros are the builder's padding to 300 octets
  }

  @Test
  void decodesDnsmasqOfferAndAck() {
    for (byte[] b : List.of(OFFER, ACK)) {
      DhcpMessage m = assertLosslessOnEveryBufferKind(b, DhcpMessage::parse);
      assertEquals(DhcpOp.BOOTREPLY, m.op());
      assertEquals(LEASED, m.yiaddr());
      assertEquals(SERVER, m.siaddr());
      assertEquals(Optional.of(SERVER), m.serverIdentifier());
      assertEquals(OptionalLong.of(3600), m.leaseTime());
      assertEquals(OptionalLong.of(1800), m.renewalTime());
      assertEquals(OptionalLong.of(3150), m.rebindingTime());
      assertEquals(Optional.of(Ipv4Address.parse("255.255.255.0")), m.subnetMask());
      assertEquals(Optional.of(Ipv4Address.parse("192.168.77.255")), m.broadcastAddress());
      assertEquals(Optional.of(List.of(SERVER)), m.routers());
      assertEquals(Optional.of(List.of(SERVER, Ipv4Address.parse("9.9.9.9"))), m.dnsServers());
      assertEquals(Optional.of(List.of(SERVER)), m.ntpServers());
      assertEquals(Optional.of("lab.example"), m.domainName());
      assertEquals(Optional.of(List.of(DnsName.of("lab.example."), DnsName.of("example.org."))),
          m.domainSearch());
      assertEquals(Optional.of(List.of(new StaticRoute(Ipv4Prefix.parse("10.0.0.0/8"), SERVER),
          new StaticRoute(Ipv4Prefix.ALL, SERVER))), m.classlessStaticRoutes());
    }
    assertEquals(Optional.of(DhcpMessageType.OFFER), DhcpMessage.parse(OFFER).messageType());
    assertEquals(Optional.of(DhcpMessageType.ACK), DhcpMessage.parse(ACK).messageType());
    assertEquals(Optional.of("labclient"), DhcpMessage.parse(ACK).hostName());
  }

  @Test
  void decodesUdhcpcRequestAndOurFactoryAgrees() {
    DhcpMessage m = assertLosslessOnEveryBufferKind(REQUEST, DhcpMessage::parse);
    assertEquals(3, m.secs());
    assertEquals(Optional.of(DhcpMessageType.REQUEST), m.messageType());
    assertEquals(Optional.of(LEASED), m.requestedAddress());
    assertEquals(Optional.of(SERVER), m.serverIdentifier());
    assertEquals(Ipv4Address.ANY, m.ciaddr());
    // the SELECTING request our factory builds from dnsmasq's offer carries the same fields
    DhcpMessage ours = DhcpMessage.requestSelecting(DhcpMessage.parse(OFFER));
    assertEquals(m.xid(), ours.xid());
    assertEquals(m.chaddr(), ours.chaddr());
    assertEquals(m.requestedAddress(), ours.requestedAddress());
    assertEquals(m.serverIdentifier(), ours.serverIdentifier());
    assertEquals(m.ciaddr(), ours.ciaddr());
  }

  @Test
  void theLecturesDiscoverGoesFromNowhereToEveryone() {
    // the DISCOVER in its IPv4 and UDP headers, as the seed lecture draws it, read by scapy
    Ipv4Address any = Ipv4Address.ANY;
    Ipv4Address all = Ipv4Address.BROADCAST;
    UdpDatagram udp = UdpDatagram.builder().sourcePort(DhcpMessage.CLIENT_PORT)
        .destinationPort(DhcpMessage.SERVER_PORT).payload(DISCOVER).build(any, all);
    Ipv4Packet ip = Ipv4Packet.builder().ttl(64).protocol(IpProtocol.UDP).source(any)
        .destination(all).payload(udp.toByteArray()).build();
    String out = Scapy.run(String.join("\n",
        "from scapy.all import *",
        "import sys",
        "p = IP(bytes.fromhex(sys.stdin.read().strip()))",
        "u = p[UDP]; q = p.copy(); del q[UDP].chksum",
        "good = IP(raw(q))[UDP].chksum",
        "print(p.src, p.dst, u.sport, u.dport, int(u.chksum == good),",
        "    p[DHCP].options[0][1], p[BOOTP].xid)"), Hex.toHex(ip.toByteArray()));
    assertEquals("0.0.0.0 255.255.255.255 68 67 1 1 " + 0xffa6667aL, out.strip());
    DhcpMessage back = DhcpMessage.parse(UdpDatagram.parse(Ipv4Packet.parse(ip.toByteArray())
        .payload()).payload());
    assertEquals(DhcpMessage.parse(DISCOVER), back);
    assertTrue(back.isBootp() == false && !back.isBroadcast());
    assertFalse(back.hasRapidCommit());
    assertEquals(ByteString.fromHex("0000000000"), back.optionArea().bytes().substring(
        back.optionArea().size() - 5, back.optionArea().size()));
  }
}
