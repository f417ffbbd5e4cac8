package io.github.netcodec.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.address.IpAddress;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.testing.Tshark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's UDP dissector (tshark 4.0.17) reads 300 random UDP datagrams we build over IPv4
 * and IPv6 (raw-IP pcap, linktype 101), some over IPv4 without a checksum (zero, RFC 768), and
 * must agree on ports, length, checksum and payload with a good (or absent) checksum and no
 * malformed-packet mark or warning. Three broken frames at the end are controls: the oracle must
 * see their faults, or it would prove nothing.
 */
class UdpTsharkTest {
  static final int DATAGRAMS = 300;

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(17);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < DATAGRAMS; i++) {
      byte[] payload = new byte[r.nextInt(120)];
      r.nextBytes(payload);
      UdpDatagram.Builder b = UdpDatagram.builder().sourcePort(1 + r.nextInt(65535))
          .destinationPort(1 + r.nextInt(65535)).payload(payload);
      if (i % 2 == 0) {
        Ipv4Address src = Ipv4Address.of(r.nextInt());
        Ipv4Address dst = Ipv4Address.of(r.nextInt());
        UdpDatagram u = r.nextInt(5) == 0 ? b.build() : b.build(src, dst);
        frames.add(Ipv4Packet.builder().source(src).destination(dst).ttl(64)
            .protocol(IpProtocol.UDP).payload(u.toByteArray()).build().toByteArray());
      } else {
        Ipv6Address src = Ipv6Address.of(r.nextLong(), r.nextLong());
        Ipv6Address dst = Ipv6Address.of(r.nextLong(), r.nextLong());
        frames.add(Ipv6Packet.builder().source(src).destination(dst)
            .protocol(IpProtocol.UDP).payload(b.build(src, dst).toByteArray()).build()
            .toByteArray());
      }
    }
    // controls: a wrong UDP checksum, a wrong IPv4 header checksum, a UDP length past the end
    Ipv4Address a = Ipv4Address.of(192, 0, 2, 1);
    Ipv4Address z = Ipv4Address.of(198, 51, 100, 7);
    UdpDatagram good = UdpDatagram.builder().sourcePort(4000).destinationPort(4001)
        .payload(new byte[] {1, 2, 3, 4}).build(a, z);
    frames.add(ip(a, z, good.withChecksum(good.checksum() ^ 0x0101).toByteArray()));
    Ipv4Packet badHeader = Ipv4Packet.parse(ip(a, z, good.toByteArray()));
    frames.add(badHeader.withHeaderChecksum(badHeader.headerChecksum() ^ 1).toByteArray());
    byte[] longer = good.toByteArray();
    longer[5] += 4;
    frames.add(ip(a, z, longer));

    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_RAW, frames,
        "-d", "udp.port==0-65535,data");
    for (int i = 0; i < DATAGRAMS; i++) {
      byte[] b = frames.get(i);
      IpAddress src;
      IpAddress dst;
      UdpDatagram u;
      if (i % 2 == 0) {
        Ipv4Packet ip = Ipv4Packet.parse(b);
        src = ip.source();
        dst = ip.destination();
        u = UdpDatagram.parse(ip.payload());
      } else {
        Ipv6Packet ip = Ipv6Packet.parse(b);
        src = ip.source();
        dst = ip.finalDestination();
        u = UdpDatagram.parse(ip.payload());
      }
      assertAgrees(u, src, dst, dissected.get(i));
    }
    Tshark.Frame badChecksum = dissected.get(DATAGRAMS);
    assertTrue(badChecksum.problems().stream().anyMatch(p -> p.contains("udp.checksum.status")),
        badChecksum::toString);
    Tshark.Frame badIp = dissected.get(DATAGRAMS + 1);
    assertTrue(badIp.problems().stream().anyMatch(p -> p.contains("ip.checksum.status")),
        badIp::toString);
    Tshark.Frame badLength = dissected.get(DATAGRAMS + 2);
    assertTrue(badLength.problems().stream().anyMatch(p -> p.startsWith("expert Error")),
        badLength::toString);
  }

  private static byte[] ip(Ipv4Address src, Ipv4Address dst, byte[] udp) {
    return Ipv4Packet.builder().source(src).destination(dst).protocol(IpProtocol.UDP)
        .payload(udp).build().toByteArray();
  }

  static void assertAgrees(UdpDatagram u, IpAddress src, IpAddress dst, Tshark.Frame f) {
    String where = f + "\n" + u;
    assertEquals(List.of(), f.problems(), where);
    assertEquals(u.sourcePort(), f.number("udp.srcport"), where);
    assertEquals(u.destinationPort(), f.number("udp.dstport"), where);
    assertEquals(u.length(), f.number("udp.length"), where);
    assertEquals(u.checksum(), f.number("udp.checksum"), where);
    if (u.hasChecksum()) {
      assertTrue(u.hasValidChecksum(src, dst), where);
      assertEquals(1, f.number("udp.checksum.status"), where); // Good
    } else {
      assertEquals(3, f.number("udp.checksum.status"), where); // Not present
    }
    String payload = Hex.toHex(u.payload());
    assertEquals(payload.isEmpty() ? List.of() : List.of(payload), f.hex("data.data"), where);
  }
}
