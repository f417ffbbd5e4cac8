package io.github.netcodec.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.testing.Tshark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's IPv6 dissector (tshark 4.0.17) reads 300 random IPv6 packets we build (raw-IP
 * pcap, linktype 101): random traffic class, flow label and hop limit, and an extension-header
 * chain of a Hop-by-Hop Options header (Router Alert, Pad1, PadN), Destination Options, Segment
 * Routing headers, an Authentication Header, Destination Options and a Fragment header last, over
 * an unassigned upper-layer protocol (200, 201). It must agree on the fixed header, every
 * Next Header of the chain, the options and the routing, AH and fragment fields, with no
 * malformed-packet mark or warning.
 */
class Ipv6TsharkTest {
  static final int PACKETS = 300;

  private static List<Ipv6Option> options(Random r, boolean hopByHop) {
    List<Ipv6Option> out = new ArrayList<>();
    for (int i = 0, n = r.nextInt(3); i < n; i++) {
      switch (r.nextInt(3)) {
        case 0 -> out.add(Ipv6Option.Pad1.INSTANCE);
        case 1 -> out.add(new Ipv6Option.PadN(ByteString.copyOf(new byte[r.nextInt(4)])));
        default -> {
          if (hopByHop) {
            out.add(new Ipv6Option.RouterAlert(r.nextInt(3)));
          }
        }
      }
    }
    return out;
  }

  static Ipv6Packet packet(Random r) {
    Ipv6Address source = Ipv6Generators.address(r);
    Ipv6Address destination = Ipv6Generators.address(r);
    List<Ipv6ExtensionHeader> chain = new ArrayList<>();
    // RFC 8200 §4.1 order: Hop-by-Hop, Destination Options (for the routers of the route),
    // Routing, (Fragment,) Authentication, Destination Options (for the destination)
    if (r.nextBoolean()) {
      chain.add(HopByHopOptions.padded(IpProtocol.HOPOPT, options(r, true)));
    }
    if (r.nextInt(4) == 0) {
      chain.add(DestinationOptions.padded(IpProtocol.HOPOPT, options(r, false)));
    }
    if (r.nextInt(3) == 0) {
      List<Ipv6Address> segments = new ArrayList<>();
      for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
        segments.add(Ipv6Generators.address(r));
      }
      chain.add(new SegmentRoutingHeader(IpProtocol.HOPOPT, r.nextInt(segments.size()), 0,
          r.nextInt(65536), segments, ByteString.EMPTY));
    }
    if (r.nextInt(4) == 0) {
      chain.add(new AuthenticationHeader(IpProtocol.HOPOPT, 0, 256 + r.nextInt(1 << 20),
          r.nextInt() & 0xffff_ffffL, Ipv6Generators.bytes(r, 12)));
    }
    if (r.nextInt(4) == 0) {
      chain.add(DestinationOptions.padded(IpProtocol.HOPOPT, options(r, false)));
    }
    // the Fragment header last: our parser reads no header after it (the rest may be in
    // other fragments), so the builder refuses one there
    if (r.nextInt(4) == 0) {
      chain.add(new FragmentHeader(IpProtocol.HOPOPT, 0, r.nextInt(8192), 0, r.nextBoolean(),
          r.nextInt() & 0xffff_ffffL));
    }
    return Ipv6Packet.builder().trafficClass(r.nextInt(256)).flowLabel(r.nextInt(1 << 20))
        .hopLimit(r.nextInt(256)).source(source).destination(destination)
        // unassigned protocol numbers: tshark shows the payload as data (253 and 254 would be
        // experimental extension headers, RFC 8200 §4.8)
        .extensionHeaders(chain).protocol(IpProtocol.of(200 + r.nextInt(2)))
        .payload(Ipv6Generators.bytes(r, r.nextInt(60)).toByteArray()).build();
  }

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(8200);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < PACKETS; i++) {
      frames.add(packet(r).toByteArray());
    }
    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_RAW, frames,
        "-o", "ipv6.defragment:FALSE");
    for (int i = 0; i < PACKETS; i++) {
      assertAgrees(Ipv6Packet.parse(frames.get(i)), dissected.get(i));
    }
  }

  static void assertAgrees(Ipv6Packet p, Tshark.Frame f) {
    String where = f + "\n" + p;
    assertEquals(List.of(), f.problems(), where);
    assertEquals(6, f.number("ipv6.version"), where);
    assertEquals(p.trafficClass(), f.number("ipv6.tclass"), where);
    assertEquals(p.flowLabel(), f.number("ipv6.flow"), where);
    assertEquals(p.payloadLength(), f.number("ipv6.plen"), where);
    assertEquals(p.nextHeader().value(), f.number("ipv6.nxt"), where);
    assertEquals(p.hopLimit(), f.number("ipv6.hlim"), where);
    assertEquals(p.source().toString(), f.get("ipv6.src"), where);
    assertEquals(p.destination().toString(), f.get("ipv6.dst"), where);
    List<Long> hopNext = new ArrayList<>();
    List<Long> dstNext = new ArrayList<>();
    List<Long> routingNext = new ArrayList<>();
    List<Long> fragmentNext = new ArrayList<>();
    List<Long> ahNext = new ArrayList<>();
    List<Long> optionTypes = new ArrayList<>();
    List<Long> alerts = new ArrayList<>();
    List<Long> segmentsLeft = new ArrayList<>();
    List<String> segments = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    List<Long> more = new ArrayList<>();
    List<Long> idents = new ArrayList<>();
    List<Long> spis = new ArrayList<>();
    for (Ipv6ExtensionHeader h : p.extensionHeaders()) {
      List<Ipv6Option> options = List.of();
      if (h instanceof HopByHopOptions x) {
        hopNext.add((long) x.nextHeader().value());
        options = x.options();
      } else if (h instanceof DestinationOptions x) {
        dstNext.add((long) x.nextHeader().value());
        options = x.options();
      } else if (h instanceof SegmentRoutingHeader x) {
        routingNext.add((long) x.nextHeader().value());
        segmentsLeft.add((long) x.segmentsLeft());
        x.segments().forEach(a -> segments.add(a.toString()));
      } else if (h instanceof FragmentHeader x) {
        fragmentNext.add((long) x.nextHeader().value());
        offsets.add((long) x.fragmentOffset());
        more.add(x.moreFragments() ? 1L : 0L);
        idents.add(x.identification());
      } else if (h instanceof AuthenticationHeader x) {
        ahNext.add((long) x.nextHeader().value());
        spis.add(x.spi());
      }
      for (Ipv6Option o : options) {
        optionTypes.add((long) o.type());
        if (o instanceof Ipv6Option.RouterAlert ra) {
          alerts.add((long) ra.value());
        }
      }
    }
    assertEquals(hopNext, f.numbers("ipv6.hopopts.nxt"), where);
    assertEquals(dstNext, f.numbers("ipv6.dstopts.nxt"), where);
    assertEquals(routingNext, f.numbers("ipv6.routing.nxt"), where);
    assertEquals(fragmentNext, f.numbers("ipv6.fraghdr.nxt"), where);
    assertEquals(ahNext, f.numbers("ah.next_header"), where);
    assertEquals(optionTypes, f.numbers("ipv6.opt.type"), where);
    assertEquals(alerts, f.numbers("ipv6.opt.router_alert"), where);
    assertEquals(segmentsLeft, f.numbers("ipv6.routing.segleft"), where);
    assertEquals(segments, f.all("ipv6.routing.srh.addr"), where);
    assertEquals(offsets, f.numbers("ipv6.fraghdr.offset"), where);
    assertEquals(more, f.numbers("ipv6.fraghdr.more"), where);
    assertEquals(idents, f.numbers("ipv6.fraghdr.ident"), where);
    assertEquals(spis, f.numbers("ah.spi"), where);
  }
}
