package io.github.netcodec.icmpv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.testing.Tshark;
import io.github.netcodec.udp.UdpDatagram;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's ICMP dissector (tshark 4.0.17) reads 300 random ICMPv4 messages we build with the
 * factories (Echo Request and Reply, Destination Unreachable with every code 0..15 and a
 * next-hop MTU, Time Exceeded, Redirect, Parameter Problem), each error quoting a whole UDP/IPv4
 * datagram, in one raw-IP pcap (linktype 101). It must agree on type, code, checksum and the
 * type's fields, dissect the quoted datagram to the same addresses and ports, and report no
 * malformed packet, warning or bad checksum (outer and quoted).
 */
class Icmpv4TsharkTest {
  static final int MESSAGES = 300;

  private static Ipv4Packet quoted(Random r) {
    Ipv4Address src = Ipv4Address.of(r.nextInt());
    Ipv4Address dst = Ipv4Address.of(r.nextInt());
    byte[] payload = new byte[r.nextInt(40)];
    r.nextBytes(payload);
    UdpDatagram u = UdpDatagram.builder().sourcePort(1024 + r.nextInt(60000))
        .destinationPort(1024 + r.nextInt(60000)).payload(payload).build(src, dst);
    return Ipv4Packet.builder().source(src).destination(dst).ttl(1 + r.nextInt(64))
        .identification(r.nextInt(65536)).protocol(IpProtocol.UDP).payload(u.toByteArray())
        .build();
  }

  private static Icmpv4Message message(Random r) {
    ByteBuffer q = ByteBuffer.wrap(quoted(r).toByteArray()).asReadOnlyBuffer();
    return switch (r.nextInt(6)) {
      case 0 -> {
        byte[] data = new byte[r.nextInt(64)];
        r.nextBytes(data);
        yield Icmpv4Message.echoRequest(r.nextInt(65536), r.nextInt(65536),
            ByteBuffer.wrap(data));
      }
      case 1 -> {
        byte[] data = new byte[r.nextInt(64)];
        r.nextBytes(data);
        yield Icmpv4Message.echoRequest(r.nextInt(65536), r.nextInt(65536),
            ByteBuffer.wrap(data)).echoReply();
      }
      case 2 -> {
        Icmpv4Code code = Icmpv4Code.of(Icmpv4Type.DESTINATION_UNREACHABLE, r.nextInt(16));
        yield Icmpv4Message.destinationUnreachable(code,
            code.equals(Icmpv4Code.FRAGMENTATION_NEEDED) ? 68 + r.nextInt(9000) : 0, q);
      }
      case 3 -> Icmpv4Message.timeExceeded(Icmpv4Code.of(Icmpv4Type.TIME_EXCEEDED,
          r.nextInt(2)), q);
      case 4 -> Icmpv4Message.redirect(Icmpv4Code.of(Icmpv4Type.REDIRECT, r.nextInt(4)),
          Ipv4Address.of(r.nextInt()), q);
      default -> Icmpv4Message.parameterProblem(r.nextInt(20), q);
    };
  }

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(1);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      frames.add(Ipv4Packet.builder().source(Ipv4Address.of(r.nextInt()))
          .destination(Ipv4Address.of(r.nextInt())).protocol(IpProtocol.ICMP)
          .payload(message(r).toByteArray()).build().toByteArray());
    }
    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_RAW, frames,
        "-d", "udp.port==0-65535,data");
    for (int i = 0; i < MESSAGES; i++) {
      Ipv4Packet ip = Ipv4Packet.parse(frames.get(i));
      assertAgrees(Icmpv4Message.parse(ip.payload()), dissected.get(i));
    }
  }

  static void assertAgrees(Icmpv4Message m, Tshark.Frame f) {
    String where = f + "\n" + m;
    assertEquals(List.of(), f.problems(), where);
    assertEquals(true, m.hasValidChecksum(), where);
    assertEquals(m.type().value(), f.number("icmp.type"), where);
    assertEquals(m.code(), f.number("icmp.code"), where);
    assertEquals(m.checksum(), f.number("icmp.checksum"), where);
    assertEquals(1, f.number("icmp.checksum.status"), where);
    if (m.type().equals(Icmpv4Type.ECHO_REQUEST) || m.type().equals(Icmpv4Type.ECHO_REPLY)) {
      assertEquals(m.identifier(), f.number("icmp.ident"), where);
      assertEquals(m.sequenceNumber(), f.number("icmp.seq"), where);
      String data = Hex.toHex(m.body());
      assertEquals(data.isEmpty() ? List.of() : List.of(data), f.hex("data.data"), where);
      return;
    }
    if (m.type().equals(Icmpv4Type.DESTINATION_UNREACHABLE)
        && m.typedCode().equals(Icmpv4Code.FRAGMENTATION_NEEDED)) {
      assertEquals(m.nextHopMtu(), f.number("icmp.mtu"), where);
    } else if (m.type().equals(Icmpv4Type.REDIRECT)) {
      assertEquals(m.gateway().toString(), f.get("icmp.redir_gw"), where);
    } else if (m.type().equals(Icmpv4Type.PARAMETER_PROBLEM)) {
      assertEquals(m.pointer(), f.number("icmp.pointer"), where);
    }
    // the quoted datagram: tshark dissects it as a second ip and udp layer
    Ipv4Packet q = m.parseQuotedPacket();
    UdpDatagram u = UdpDatagram.parse(q.payload());
    List<String> src = f.all("ip.src");
    assertEquals(2, src.size(), where);
    assertEquals(q.source().toString(), src.get(1), where);
    assertEquals(q.destination().toString(), f.all("ip.dst").get(1), where);
    assertEquals(q.identification(), f.numbers("ip.id").get(1), where);
    assertEquals(List.of((long) u.sourcePort()), f.numbers("udp.srcport"), where);
    assertEquals(List.of((long) u.destinationPort()), f.numbers("udp.dstport"), where);
  }
}
