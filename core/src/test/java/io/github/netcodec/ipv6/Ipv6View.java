package io.github.netcodec.ipv6;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv6Address;
import java.util.ArrayList;
import java.util.List;

/**
 * A canonical one-line text of an IPv6 packet's fields that the scapy oracle scripts print too
 * (see {@link ScapyIpv6Test#VIEW}): equal text means every field agrees.
 */
final class Ipv6View {
  private Ipv6View() {}

  static String of(Ipv6Packet p) {
    StringBuilder s = new StringBuilder();
    s.append("v6 tc=").append(p.trafficClass()).append(" fl=").append(p.flowLabel())
        .append(" plen=").append(p.payloadLength()).append(" nh=").append(p.nextHeader().value())
        .append(" hlim=").append(p.hopLimit()).append(" src=").append(hex(p.source()))
        .append(" dst=").append(hex(p.destination()));
    for (Ipv6ExtensionHeader h : p.extensionHeaders()) {
      s.append(" | ");
      if (h instanceof HopByHopOptions o) {
        s.append("hbh nh=").append(o.nextHeader().value()).append(" opts=").append(opts(o.options()));
      } else if (h instanceof DestinationOptions o) {
        s.append("dst nh=").append(o.nextHeader().value()).append(" opts=").append(opts(o.options()));
      } else if (h instanceof SegmentRoutingHeader r) {
        List<String> segs = new ArrayList<>();
        r.segments().forEach(a -> segs.add(hex(a)));
        s.append("srh nh=").append(r.nextHeader().value()).append(" sl=").append(r.segmentsLeft())
            .append(" le=").append(r.lastEntry()).append(" flags=").append(r.flags())
            .append(" tag=").append(r.tag()).append(" segs=").append(String.join(",", segs))
            .append(" tlvs=").append(r.tlvs().hex());
      } else if (h instanceof RoutingHeader r) {
        long reserved;
        List<String> addrs = new ArrayList<>();
        if (r instanceof Type2RoutingHeader t) {
          reserved = t.reserved();
          addrs.add(hex(t.homeAddress()));
        } else if (r instanceof RplSourceRouteHeader t) {
          reserved = (long) t.cmprI() << 28 | (long) t.cmprE() << 24
              | (long) t.padding().size() << 20 | t.reserved();
          for (int i = 0; i < t.addresses().size(); i++) {
            addrs.add(hex(t.address(i, p.destination())));
          }
        } else {
          ByteString data = ((UnknownRoutingHeader) r).data();
          reserved = (long) data.getUnsigned(0) << 24 | data.getUnsigned(1) << 16
              | data.getUnsigned(2) << 8 | data.getUnsigned(3);
          for (int i = 4; i + 16 <= data.size(); i += 16) {
            addrs.add(data.substring(i, i + 16).hex());
          }
        }
        s.append("rt nh=").append(r.nextHeader().value()).append(" type=").append(r.routingType())
            .append(" sl=").append(r.segmentsLeft()).append(" res=").append(reserved)
            .append(" addrs=").append(String.join(",", addrs));
      } else if (h instanceof FragmentHeader f) {
        s.append("frag nh=").append(f.nextHeader().value()).append(" res1=").append(f.reserved())
            .append(" off=").append(f.fragmentOffset()).append(" res2=").append(f.res())
            .append(" m=").append(f.moreFragments() ? 1 : 0).append(" id=")
            .append(f.identification());
      } else if (h instanceof AuthenticationHeader a) {
        s.append("ah nh=").append(a.nextHeader().value()).append(" len=").append(a.payloadLen())
            .append(" res=").append(a.reserved()).append(" spi=").append(a.spi())
            .append(" seq=").append(a.sequenceNumber()).append(" icv=").append(a.icv().hex());
      } else if (h instanceof EspHeader e) {
        s.append("esp spi=").append(e.spi()).append(" seq=").append(e.sequenceNumber());
      } else {
        GenericExtensionHeader g = (GenericExtensionHeader) h;
        s.append("ext").append(g.type().value()).append(" nh=").append(g.nextHeader().value())
            .append(" data=").append(g.data().hex());
      }
    }
    s.append(" | payload=").append(Hex.toHex(p.payload()));
    return s.toString();
  }

  private static String opts(List<Ipv6Option> options) {
    List<String> out = new ArrayList<>();
    for (Ipv6Option o : options) {
      if (o instanceof Ipv6Option.Pad1) {
        out.add("pad1");
      } else if (o instanceof Ipv6Option.PadN n) {
        out.add("padn:" + n.data().hex());
      } else if (o instanceof Ipv6Option.RouterAlert r) {
        out.add("ra:" + r.value());
      } else if (o instanceof Ipv6Option.JumboPayload j) {
        out.add("jumbo:" + j.payloadLength());
      } else {
        Ipv6Option.UnknownOption u = (Ipv6Option.UnknownOption) o;
        out.add("opt" + u.type() + ":" + u.data().hex());
      }
    }
    return "[" + String.join(",", out) + "]";
  }

  private static String hex(Ipv6Address a) {
    return Hex.toHex(a.toByteArray());
  }
}
