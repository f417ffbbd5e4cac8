package io.github.netcodec.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.testing.Tshark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's IPv4 dissector (tshark 4.0.17) reads 400 random IPv4 packets we build, with
 * random DSCP/ECN, identification, flags, fragment offset, TTL and options (NOP, Record Route,
 * Loose and Strict Source Route, Timestamp in its three forms, Router Alert, Stream ID, End of
 * Option List with padding), in one raw-IP pcap (linktype 101), and must agree with us field by
 * field with no malformed-packet mark, no warning and a good header checksum.
 */
class Ipv4TsharkTest {
  static final int PACKETS = 400;

  /** A pointer that is valid for {@code slots} slots of {@code size} bytes after {@code base}. */
  private static int pointer(Random r, int base, int size, int slots) {
    return base + size * r.nextInt(slots + 1);
  }

  /** An option Wireshark accepts without a warning: pointers in range and on a slot boundary. */
  static Ipv4Option option(Random r, int room) {
    for (int attempt = 0; attempt < 8; attempt++) {
      Ipv4Option o = switch (r.nextInt(7)) {
        case 0 -> Ipv4Option.NoOperation.INSTANCE;
        case 1 -> {
          List<Ipv4Address> route = RandomIpv4.route(r, 9);
          yield new Ipv4Option.RecordRoute(pointer(r, 4, 4, route.size()), route);
        }
        case 2 -> {
          List<Ipv4Address> route = RandomIpv4.route(r, 9);
          if (route.isEmpty()) {
            route.add(RandomIpv4.address(r));
          }
          yield new Ipv4Option.LooseSourceRoute(pointer(r, 4, 4, route.size()), route);
        }
        case 3 -> {
          List<Ipv4Address> route = RandomIpv4.route(r, 9);
          if (route.isEmpty()) {
            route.add(RandomIpv4.address(r));
          }
          yield new Ipv4Option.StrictSourceRoute(pointer(r, 4, 4, route.size()), route);
        }
        case 4 -> Ipv4Option.RouterAlert.EXAMINE;
        case 5 -> {
          int flag = new int[] {0, 1, 3}[r.nextInt(3)];
          int size = flag == 0 ? 4 : 8;
          List<Ipv4Option.Timestamp.Entry> entries = new ArrayList<>();
          for (int k = 1 + r.nextInt(flag == 0 ? 9 : 4); k > 0; k--) {
            long time = r.nextInt() & 0xffff_ffffL;
            entries.add(flag == 0 ? Ipv4Option.Timestamp.Entry.of(time)
                : Ipv4Option.Timestamp.Entry.of(RandomIpv4.address(r), time));
          }
          yield new Ipv4Option.Timestamp(pointer(r, 5, size, entries.size()), r.nextInt(16),
              flag, entries);
        }
        default -> new Ipv4Option.Raw(136, ByteString.of(r.nextInt(256), r.nextInt(256)));
      };
      if (o.encodedLength() <= room) {
        return o;
      }
    }
    return null;
  }

  static List<Ipv4Option> options(Random r) {
    List<Ipv4Option> options = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      return options;
    }
    int used = 0;
    boolean sourceRoute = false;
    for (int k = 1 + r.nextInt(4); k > 0; k--) {
      Ipv4Option o = option(r, 40 - used);
      if (o == null) {
        break;
      }
      boolean isSourceRoute = o instanceof Ipv4Option.LooseSourceRoute
          || o instanceof Ipv4Option.StrictSourceRoute;
      if (isSourceRoute && sourceRoute) {
        continue; // at most one source route per packet (RFC 1812 §5.2.4.1)
      }
      sourceRoute |= isSourceRoute;
      options.add(o);
      used += o.encodedLength();
    }
    return options;
  }

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(20261125);
    List<Ipv4Packet> packets = new ArrayList<>();
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < PACKETS; i++) {
      byte[] payload = new byte[r.nextInt(64)];
      r.nextBytes(payload);
      boolean fragment = r.nextInt(4) == 0;
      Ipv4Packet p = Ipv4Packet.builder()
          .dscp(r.nextInt(64))
          .ecn(r.nextInt(4))
          .identification(r.nextInt(65536))
          .reservedFlag(false)
          .dontFragment(!fragment && r.nextBoolean())
          .moreFragments(fragment && r.nextBoolean())
          .fragmentOffset(fragment ? r.nextInt(8192) : 0)
          .ttl(1 + r.nextInt(255))
          // experimental protocol numbers (RFC 3692): tshark shows the payload as data
          .protocol(IpProtocol.of(253 + r.nextInt(2)))
          .source(RandomIpv4.address(r))
          .destination(RandomIpv4.address(r))
          .options(options(r))
          .payload(payload)
          .build();
      packets.add(p);
      frames.add(p.toByteArray());
    }
    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_RAW, frames,
        "-o", "ip.defragment:FALSE");
    for (int i = 0; i < PACKETS; i++) {
      Ipv4Packet p = Ipv4Packet.parse(frames.get(i));
      assertEquals(packets.get(i), p);
      assertAgrees(p, dissected.get(i));
    }
  }

  static void assertAgrees(Ipv4Packet p, Tshark.Frame f) {
    String where = f + "\n" + p;
    assertEquals(List.of(), f.problems(), where);
    assertEquals(4, f.number("ip.version"), where);
    assertEquals(p.headerLength(), f.number("ip.hdr_len"), where);
    assertEquals(p.dscp(), f.number("ip.dsfield.dscp"), where);
    assertEquals(p.ecn(), f.number("ip.dsfield.ecn"), where);
    assertEquals(p.totalLength(), f.number("ip.len"), where);
    assertEquals(p.identification(), f.number("ip.id"), where);
    assertEquals(p.reservedFlag() ? 1 : 0, f.number("ip.flags.rb"), where);
    assertEquals(p.dontFragment() ? 1 : 0, f.number("ip.flags.df"), where);
    assertEquals(p.moreFragments() ? 1 : 0, f.number("ip.flags.mf"), where);
    // tshark 4.0 shows ip.frag_offset in 8-byte units, as on the wire
    assertEquals(p.fragmentOffset(), f.number("ip.frag_offset"), where);
    assertEquals(p.ttl(), f.number("ip.ttl"), where);
    assertEquals(p.protocol().value(), f.number("ip.proto"), where);
    assertEquals(p.headerChecksum(), f.number("ip.checksum"), where);
    assertEquals(1, f.number("ip.checksum.status"), where);
    assertEquals(p.source().toString(), f.get("ip.src"), where);
    // Wireshark shows a route's hops before the pointer as ip.rec_rt (recorded), those from
    // the pointer on as ip.src_rt (source routes) or ip.empty_rt (Record Route), except that
    // with a source route still to run it shows the route's last hop as ip.dst and the
    // header's destination (the next hop) as ip.cur_rt.
    String destination = p.destination().toString();
    List<String> sourceRoute = new ArrayList<>();
    List<String> recordRoute = new ArrayList<>();
    List<String> emptyRoute = new ArrayList<>();
    for (Ipv4Option o : p.options()) {
      List<Ipv4Address> route;
      int pointer;
      boolean source = true;
      if (o instanceof Ipv4Option.LooseSourceRoute lsr) {
        route = lsr.route();
        pointer = lsr.pointer();
      } else if (o instanceof Ipv4Option.StrictSourceRoute ssr) {
        route = ssr.route();
        pointer = ssr.pointer();
      } else if (o instanceof Ipv4Option.RecordRoute rr) {
        route = rr.route();
        pointer = rr.pointer();
        source = false;
      } else {
        continue;
      }
      List<String> ahead = new ArrayList<>();
      for (int k = 0; k < route.size(); k++) {
        (4 + 4 * k < pointer ? recordRoute : ahead).add(route.get(k).toString());
      }
      if (source && !ahead.isEmpty()) {
        assertEquals(List.of(destination), f.all("ip.cur_rt"), where);
        destination = ahead.remove(ahead.size() - 1);
      }
      // a Record Route's slots from the pointer on are free: ip.empty_rt
      (source ? sourceRoute : emptyRoute).addAll(ahead);
    }
    assertEquals(destination, f.get("ip.dst"), where);
    assertEquals(sourceRoute, f.all("ip.src_rt"), where);
    assertEquals(recordRoute, f.all("ip.rec_rt"), where);
    assertEquals(emptyRoute, f.all("ip.empty_rt"), where);
    List<Long> types = new ArrayList<>();
    List<Long> pointers = new ArrayList<>();
    List<Long> stamps = new ArrayList<>();
    List<String> stampAddresses = new ArrayList<>();
    List<Long> flags = new ArrayList<>();
    List<Long> overflows = new ArrayList<>();
    List<Long> streams = new ArrayList<>();
    List<Long> alerts = new ArrayList<>();
    for (Ipv4Option o : p.options()) {
      types.add((long) o.type());
      if (o instanceof Ipv4Option.RecordRoute rr) {
        pointers.add((long) rr.pointer());
      } else if (o instanceof Ipv4Option.LooseSourceRoute lsr) {
        pointers.add((long) lsr.pointer());
      } else if (o instanceof Ipv4Option.StrictSourceRoute ssr) {
        pointers.add((long) ssr.pointer());
      } else if (o instanceof Ipv4Option.Timestamp ts) {
        pointers.add((long) ts.pointer());
        flags.add((long) ts.flag());
        overflows.add((long) ts.overflow());
        for (Ipv4Option.Timestamp.Entry e : ts.entries()) {
          stamps.add(e.timestamp());
          e.address().ifPresent(a -> stampAddresses.add(a.toString()));
        }
      } else if (o instanceof Ipv4Option.RouterAlert ra) {
        alerts.add((long) ra.value());
      } else if (o instanceof Ipv4Option.Raw raw && raw.type() == 136) {
        streams.add((long) (raw.data().getUnsigned(0) << 8 | raw.data().getUnsigned(1)));
      }
    }
    assertEquals(types, f.numbers("ip.opt.type"), where);
    assertEquals(pointers, f.numbers("ip.opt.ptr"), where);
    assertEquals(flags, f.numbers("ip.opt.flag"), where);
    assertEquals(overflows, f.numbers("ip.opt.overflow"), where);
    assertEquals(stamps, f.numbers("ip.opt.time_stamp"), where);
    assertEquals(stampAddresses, f.all("ip.opt.time_stamp_addr"), where);
    assertEquals(alerts, f.numbers("ip.opt.ra"), where);
    assertEquals(streams, f.numbers("ip.opt.sid"), where);
  }
}
