package io.github.netcodec.icmpv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.testing.Tshark;
import io.github.netcodec.udp.UdpDatagram;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's ICMPv6 dissector (tshark 4.0.17) reads 300 random ICMPv6 messages we build over
 * IPv6 (raw-IP pcap, linktype 101): Echo Request and Reply, the four error types with their
 * codes, MTU or pointer and a quoted UDP/IPv6 packet, and Neighbor Discovery (Router
 * Solicitation and Advertisement, Neighbor Solicitation and Advertisement) with link-layer
 * address, MTU and Prefix Information options. It must agree on type, code, checksum and the
 * type's fields with no malformed-packet mark, warning or bad checksum.
 */
class Icmpv6TsharkTest {
  static final int MESSAGES = 300;

  private static Ipv6Address address(Random r) {
    return Ipv6Address.of(0x2001_0db8_0000_0000L | r.nextInt() & 0xffff_ffffL, r.nextLong());
  }

  private static MacAddress mac(Random r) {
    return MacAddress.of(r.nextLong() & 0xfeff_ffff_ffffL);
  }

  private static ByteBuffer quoted(Random r) {
    Ipv6Address src = address(r);
    Ipv6Address dst = address(r);
    byte[] payload = new byte[r.nextInt(40)];
    r.nextBytes(payload);
    UdpDatagram u = UdpDatagram.builder().sourcePort(1024 + r.nextInt(60000))
        .destinationPort(1024 + r.nextInt(60000)).payload(payload).build(src, dst);
    return ByteBuffer.wrap(Ipv6Packet.builder().source(src).destination(dst)
        .protocol(IpProtocol.UDP).payload(u.toByteArray()).build().toByteArray())
        .asReadOnlyBuffer();
  }

  private static List<NdpOption> options(Random r, boolean target) {
    List<NdpOption> options = new ArrayList<>();
    if (r.nextBoolean()) {
      options.add(target ? NdpOption.TargetLinkLayerAddress.of(mac(r))
          : NdpOption.SourceLinkLayerAddress.of(mac(r)));
    }
    return options;
  }

  private static Icmpv6Message message(Random r) {
    switch (r.nextInt(9)) {
      case 0:
      case 1: {
        byte[] data = new byte[r.nextInt(64)];
        r.nextBytes(data);
        Icmpv6Message m = Icmpv6Message.echoRequest(r.nextInt(65536), r.nextInt(65536),
            ByteBuffer.wrap(data));
        return r.nextBoolean() ? m : Icmpv6Message.of(Icmpv6Type.ECHO_REPLY, 0, m.body());
      }
      case 2:
        return Icmpv6Message.error(Icmpv6Code.of(Icmpv6Type.DESTINATION_UNREACHABLE,
            r.nextInt(7)), 0, quoted(r));
      case 3:
        return Icmpv6Message.error(Icmpv6Code.of(Icmpv6Type.PACKET_TOO_BIG, 0),
            1280 + r.nextInt(8000), quoted(r));
      case 4:
        return Icmpv6Message.error(Icmpv6Code.of(Icmpv6Type.TIME_EXCEEDED, r.nextInt(2)), 0,
            quoted(r));
      case 5:
        return Icmpv6Message.error(Icmpv6Code.of(Icmpv6Type.PARAMETER_PROBLEM, r.nextInt(3)),
            r.nextInt(40), quoted(r));
      case 6:
        return new NeighborDiscovery.RouterSolicitation(0, options(r, false)).toMessage();
      case 7: {
        List<NdpOption> options = options(r, false);
        if (r.nextBoolean()) {
          options.add(new NdpOption.Mtu(0, 1280 + r.nextInt(8000)));
        }
        if (r.nextBoolean()) {
          options.add(new NdpOption.PrefixInformation(64, r.nextBoolean(), r.nextBoolean(), 0,
              r.nextInt() & 0xffff_ffffL, r.nextInt() & 0xffff_ffffL, 0,
              Ipv6Address.of(0x2001_0db8_0000_0000L | r.nextInt() & 0xffff_ffffL, 0)));
        }
        return new NeighborDiscovery.RouterAdvertisement(r.nextInt(256),
            r.nextInt(4) << 6, r.nextInt(65536), r.nextInt() & 0xffff_ffffL,
            r.nextInt() & 0xffff_ffffL, options).toMessage();
      }
      default:
        return r.nextBoolean()
            ? new NeighborDiscovery.NeighborSolicitation(0, address(r), options(r, false))
                .toMessage()
            : new NeighborDiscovery.NeighborAdvertisement(r.nextInt(8) << 29, address(r),
                options(r, true)).toMessage();
    }
  }

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(61);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      Ipv6Address src = address(r);
      Ipv6Address dst = address(r);
      Icmpv6Message m = message(r).withComputedChecksum(src, dst);
      frames.add(Ipv6Packet.builder().source(src).destination(dst).hopLimit(255)
          .protocol(IpProtocol.ICMPV6).payload(m.toByteArray()).build().toByteArray());
    }
    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_RAW, frames,
        "-d", "udp.port==0-65535,data");
    for (int i = 0; i < MESSAGES; i++) {
      Ipv6Packet ip = Ipv6Packet.parse(frames.get(i));
      Icmpv6Message m = Icmpv6Message.parse(ip.payload());
      assertEquals(true, m.hasValidChecksum(ip.source(), ip.finalDestination()));
      assertAgrees(m, dissected.get(i));
    }
  }

  static void assertAgrees(Icmpv6Message m, Tshark.Frame f) {
    String where = f + "\n" + m;
    assertEquals(List.of(), f.problems(), where);
    assertEquals(m.type().value(), f.number("icmpv6.type"), where);
    assertEquals(m.code(), f.number("icmpv6.code"), where);
    assertEquals(m.checksum(), f.number("icmpv6.checksum"), where);
    assertEquals(1, f.number("icmpv6.checksum.status"), where);
    int type = m.type().value();
    if (type == 128 || type == 129) {
      assertEquals(m.identifier(), f.number("icmpv6.echo.identifier"), where);
      assertEquals(m.sequenceNumber(), f.number("icmpv6.echo.sequence_number"), where);
      String data = Hex.toHex(m.data());
      assertEquals(data.isEmpty() ? List.of() : List.of(data), f.hex("data.data"), where);
      return;
    }
    if (m.isError()) {
      if (type == 2) {
        assertEquals(m.mtu(), f.number("icmpv6.mtu"), where);
      } else if (type == 4) {
        assertEquals(m.pointer(), f.number("icmpv6.pointer"), where);
      }
      Ipv6Packet q = m.parseQuotedPacket();
      UdpDatagram u = UdpDatagram.parse(q.payload());
      assertEquals(q.source().toString(), f.all("ipv6.src").get(1), where);
      assertEquals(q.destination().toString(), f.all("ipv6.dst").get(1), where);
      assertEquals(List.of((long) u.sourcePort()), f.numbers("udp.srcport"), where);
      assertEquals(List.of((long) u.destinationPort()), f.numbers("udp.dstport"), where);
      return;
    }
    NeighborDiscovery nd = NeighborDiscovery.parse(m);
    if (nd instanceof NeighborDiscovery.RouterAdvertisement ra) {
      assertEquals(ra.currentHopLimit(), f.number("icmpv6.nd.ra.cur_hop_limit"), where);
      assertEquals(ra.flags(), f.number("icmpv6.nd.ra.flag"), where);
      assertEquals(ra.routerLifetime(), f.number("icmpv6.nd.ra.router_lifetime"), where);
      assertEquals(ra.reachableTime(), f.number("icmpv6.nd.ra.reachable_time"), where);
      assertEquals(ra.retransTimer(), f.number("icmpv6.nd.ra.retrans_timer"), where);
    } else if (nd instanceof NeighborDiscovery.NeighborSolicitation ns) {
      assertEquals(ns.target().toString(), f.get("icmpv6.nd.ns.target_address"), where);
    } else if (nd instanceof NeighborDiscovery.NeighborAdvertisement na) {
      assertEquals(na.target().toString(), f.get("icmpv6.nd.na.target_address"), where);
      assertEquals(na.flagsAndReserved() >>> 29, f.number("icmpv6.nd.na.flag") >>> 29, where);
    }
    List<Long> types = new ArrayList<>();
    List<String> links = new ArrayList<>();
    List<Long> mtus = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    List<Long> valid = new ArrayList<>();
    for (NdpOption o : nd.options()) {
      types.add((long) (o.toByteArray()[0] & 0xff)); // the type octet, as on the wire
      if (o instanceof NdpOption.SourceLinkLayerAddress s) {
        links.add(s.address().hex());
      } else if (o instanceof NdpOption.TargetLinkLayerAddress t) {
        links.add(t.address().hex());
      } else if (o instanceof NdpOption.Mtu mtu) {
        mtus.add(mtu.mtu());
      } else if (o instanceof NdpOption.PrefixInformation p) {
        prefixes.add(p.prefix().toString());
        valid.add(p.validLifetime());
      }
    }
    assertEquals(types, f.numbers("icmpv6.opt.type"), where);
    assertEquals(links, f.hex("icmpv6.opt.linkaddr"), where);
    assertEquals(mtus, f.numbers("icmpv6.opt.mtu"), where);
    assertEquals(prefixes, f.all("icmpv6.opt.prefix"), where);
    assertEquals(valid, f.numbers("icmpv6.opt.prefix.valid_lifetime"), where);
  }
}
