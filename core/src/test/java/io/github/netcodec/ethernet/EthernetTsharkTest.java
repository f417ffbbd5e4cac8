package io.github.netcodec.ethernet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.Encodable;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.arp.ArpPacket;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.testing.Tshark;
import io.github.netcodec.udp.UdpDatagram;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's Ethernet and 802.1Q dissectors (tshark 4.0.17) read 300 random Ethernet II frames
 * we build (pcap linktype 1): unicast and multicast MAC addresses, no tag, one 802.1Q tag, or
 * two (an 802.1ad service tag and an 802.1Q tag, or 802.1Q twice), random priority, DEI and
 * VLAN id, carrying IPv4/UDP, IPv6/UDP, ARP or local experimental EtherType 0x88B5 data, and
 * IEEE 802.3 frames with LLC/SNAP headers around IPv4/UDP, IPv6/UDP or ARP, padded to 60
 * bytes. It must agree
 * on addresses, EtherType, every tag's fields, the padding and the payload, with no
 * malformed-packet mark or warning.
 */
class EthernetTsharkTest {
  static final int FRAMES = 300;

  private static MacAddress mac(Random r) {
    return MacAddress.of(r.nextLong() & 0xffff_ffff_ffffL);
  }

  private static Encodable payload(Random r, int kind) {
    switch (kind) {
      case 0: {
        Ipv4Address src = Ipv4Address.of(r.nextInt());
        Ipv4Address dst = Ipv4Address.of(r.nextInt());
        byte[] data = new byte[r.nextInt(40)];
        r.nextBytes(data);
        UdpDatagram u = UdpDatagram.builder().sourcePort(1024 + r.nextInt(60000))
            .destinationPort(1024 + r.nextInt(60000)).payload(data).build(src, dst);
        return Ipv4Packet.builder().source(src).destination(dst).protocol(IpProtocol.UDP)
            .payload(u.toByteArray()).build();
      }
      case 1: {
        Ipv6Address src = Ipv6Address.of(r.nextLong(), r.nextLong());
        Ipv6Address dst = Ipv6Address.of(r.nextLong(), r.nextLong());
        byte[] data = new byte[r.nextInt(40)];
        r.nextBytes(data);
        UdpDatagram u = UdpDatagram.builder().sourcePort(1024 + r.nextInt(60000))
            .destinationPort(1024 + r.nextInt(60000)).payload(data).build(src, dst);
        return Ipv6Packet.builder().source(src).destination(dst).protocol(IpProtocol.UDP)
            .payload(u.toByteArray()).build();
      }
      case 2:
        return ArpPacket.request(MacAddress.of(0x0200_0000_0000L | r.nextInt(1 << 24)),
            Ipv4Address.of(10, 2, r.nextInt(256), r.nextInt(256)),
            Ipv4Address.of(10, 3, r.nextInt(256), r.nextInt(256)));
      default: {
        byte[] data = new byte[r.nextInt(100)];
        r.nextBytes(data);
        ByteBuffer b = ByteBuffer.wrap(data).asReadOnlyBuffer();
        return new Encodable() {
          @Override
          public int encodedLength() {
            return data.length;
          }

          @Override
          public void encode(ByteBuffer dst) {
            dst.put(b.duplicate());
          }
        };
      }
    }
  }

  private static final EtherType[] TYPES = {EtherType.IPV4, EtherType.IPV6, EtherType.ARP,
      EtherType.of(0x88b5)};

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(802);
    List<byte[]> frames = new ArrayList<>();
    List<Integer> payloadLengths = new ArrayList<>();
    for (int i = 0; i < FRAMES; i++) {
      int kind = r.nextInt(4);
      Encodable payload = payload(r, kind);
      payloadLengths.add(payload.encodedLength());
      EthernetFrame.Builder b = EthernetFrame.builder().destination(mac(r)).source(
          MacAddress.of(r.nextLong() & 0xfeff_ffff_ffffL));
      if (kind < 3 && r.nextInt(5) == 0) {
        // IEEE 802.3 with LLC and SNAP (RFC 1042) around IPv4, IPv6 or ARP
        b.llc(LlcHeader.SNAP).snap(new SnapHeader(0, TYPES[kind].value()));
      } else {
        b.etherType(TYPES[kind]);
        int tags = r.nextInt(3);
        for (int k = 0; k < tags; k++) {
          // two tags: an 802.1ad service tag outside, or 802.1Q twice
          EtherType tpid = k == 0 && tags == 2 && r.nextBoolean() ? EtherType.QINQ
              : EtherType.VLAN;
          b.vlanTag(new VlanTag(tpid, r.nextInt(8), r.nextBoolean(), 1 + r.nextInt(4094)));
        }
      }
      frames.add(b.payload(payload).build().toByteArray());
    }
    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_ETHERNET, frames,
        "-d", "udp.port==0-65535,data");
    for (int i = 0; i < FRAMES; i++) {
      assertAgrees(EthernetFrame.parse(frames.get(i)), payloadLengths.get(i), dissected.get(i));
    }
  }

  static void assertAgrees(EthernetFrame e, int payloadLength, Tshark.Frame f) {
    String where = f + "\n" + e;
    assertEquals(List.of(), f.problems(), where);
    assertEquals(e.destination().toString(), f.get("eth.dst"), where);
    assertEquals(e.source().toString(), f.get("eth.src"), where);
    assertEquals(e.destination().isMulticast() ? 1 : 0, f.numbers("eth.ig").get(0), where);
    List<VlanTag> tags = e.vlanTags();
    if (e.isIeee8023()) {
      assertEquals(e.etherType().value(), f.number("eth.len"), where);
      assertEquals(false, f.has("eth.type"), where);
      LlcHeader llc = e.llc().orElseThrow();
      SnapHeader snap = e.snap().orElseThrow();
      assertEquals(llc.dsap(), f.number("llc.dsap"), where);
      assertEquals(llc.ssap(), f.number("llc.ssap"), where);
      assertEquals(llc.control(), f.number("llc.control"), where);
      assertEquals(snap.oui(), f.number("llc.oui"), where);
      assertEquals(snap.protocolId(), f.number("llc.type"), where);
      ByteBuffer padding = e.padding();
      assertEquals(padding.hasRemaining() ? List.of(Hex.toHex(padding)) : List.of(),
          f.hex("eth.padding"), where);
      return;
    }
    assertEquals(tags.isEmpty() ? e.etherType().value() : tags.get(0).tpid().value(),
        f.number("eth.type"), where);
    List<Long> ids = new ArrayList<>();
    List<Long> priorities = new ArrayList<>();
    List<Long> deis = new ArrayList<>();
    List<Long> types = new ArrayList<>();
    List<Long> serviceIds = new ArrayList<>();
    for (int k = 0; k < tags.size(); k++) {
      VlanTag t = tags.get(k);
      if (t.tpid().equals(EtherType.QINQ)) {
        // tshark 4.0.17's 802.1ad dissector shows the service tag, then hands the customer
        // tag (0x8100) to the 802.1Q dissector
        serviceIds.add((long) t.vid());
        assertEquals(t.pcp(), f.number("ieee8021ad.priority"), where);
        assertEquals(t.dei() ? 1 : 0, f.number("ieee8021ad.dei"), where);
        continue;
      }
      ids.add((long) t.vid());
      priorities.add((long) t.pcp());
      deis.add(t.dei() ? 1L : 0L);
      types.add((long) (k + 1 < tags.size() ? tags.get(k + 1).tpid().value()
          : e.etherType().value()));
    }
    assertEquals(serviceIds, f.numbers("ieee8021ad.id"), where);
    assertEquals(ids, f.numbers("vlan.id"), where);
    assertEquals(priorities, f.numbers("vlan.priority"), where);
    assertEquals(deis, f.numbers("vlan.dei"), where);
    assertEquals(types, f.numbers("vlan.etype"), where);
    ByteBuffer data = e.payload();
    if (e.etherType().value() == 0x88b5) {
      // no dissector knows the payload's length: all of it, padding included, is data
      assertEquals(List.of(Hex.toHex(data)), f.hex("data.data"), where);
    } else {
      String padding = Hex.toHex(data.slice(payloadLength, data.remaining() - payloadLength));
      assertEquals(padding.isEmpty() ? List.of() : List.of(padding),
          f.hex("eth.padding"), where);
    }
  }
}
