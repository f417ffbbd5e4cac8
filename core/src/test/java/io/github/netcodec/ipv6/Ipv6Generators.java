package io.github.netcodec.ipv6;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ip.IpProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random IPv6 packets for the properties and the scapy oracle, from a seeded {@link Random}. */
final class Ipv6Generators {
  private Ipv6Generators() {}

  /** Unknown option types scapy has no class for (RFC 4727 experimental values and others). */
  private static final int[] SCAPY_UNKNOWN_OPTIONS = {0x1e, 0x3e, 0x5e, 0x7e, 0x9e, 0xbe, 0xde};

  /** Any packet this library can represent, whole. */
  static Ipv6Packet anyPacket(Random r) {
    return packet(r, false);
  }

  /** A packet whose every header scapy dissects the same way we do. */
  static Ipv6Packet scapyCompatiblePacket(Random r) {
    return packet(r, true);
  }

  static Ipv6Packet jumbogram(int payloadBytes) {
    byte[] payload = new byte[payloadBytes];
    new Random(payloadBytes).nextBytes(payload);
    return Ipv6Packet.builder()
        .source(Ipv6Address.parse("2001:db8::a")).destination(Ipv6Address.parse("2001:db8::b"))
        .extensionHeaders(List.of(HopByHopOptions.padded(IpProtocol.IPV6_NONXT,
            List.of(new Ipv6Option.JumboPayload(0)))))
        .protocol(IpProtocol.IPV6_NONXT).payload(payload).build();
  }

  private static Ipv6Packet packet(Random r, boolean scapy) {
    Ipv6Address source = address(r);
    Ipv6Address destination = r.nextInt(4) == 0 ? source : address(r);
    List<Ipv6ExtensionHeader> chain = new ArrayList<>();
    if (r.nextBoolean()) {
      chain.add(HopByHopOptions.padded(IpProtocol.HOPOPT, options(r, scapy)));
    }
    int middle = r.nextInt(4);
    for (int i = 0; i < middle; i++) {
      switch (scapy ? pick(r, 0, 1, 4) : r.nextInt(5)) {
        case 0:
          chain.add(DestinationOptions.padded(IpProtocol.HOPOPT, options(r, scapy)));
          break;
        case 1:
          chain.add(routing(r, scapy, destination));
          break;
        case 2:
          chain.add(new AuthenticationHeader(IpProtocol.HOPOPT, scapy ? 0 : r.nextInt(65536),
              r.nextInt() & 0xffffffffL, r.nextInt() & 0xffffffffL,
              bytes(r, 4 * (1 + 2 * r.nextInt(3)))));
          break;
        case 3:
          if (!scapy) {
            chain.add(new GenericExtensionHeader(IpProtocol.of(pick(r, 135, 139, 140, 253, 254)),
                IpProtocol.HOPOPT, bytes(r, 6 + 8 * r.nextInt(3))));
          } else {
            chain.add(DestinationOptions.padded(IpProtocol.HOPOPT, options(r, scapy)));
          }
          break;
        default:
          chain.add(HopByHopOptions.padded(IpProtocol.HOPOPT, options(r, scapy)));
          break;
      }
    }
    IpProtocol protocol = IpProtocol.of(scapy ? pick(r, 59, 150, 200, 252) : upper(r));
    switch (r.nextInt(5)) {
      case 0:
        chain.add(new FragmentHeader(IpProtocol.HOPOPT, r.nextInt(256), r.nextInt(8192),
            r.nextInt(4), r.nextBoolean(), r.nextInt() & 0xffffffffL));
        protocol = IpProtocol.of(r.nextInt(256));
        break;
      case 1:
        chain.add(new EspHeader(r.nextInt() & 0xffffffffL, r.nextInt() & 0xffffffffL));
        break;
      default:
        if (scapy && r.nextBoolean()) { // scapy dissects only upper layers after AH
          chain.add(new AuthenticationHeader(IpProtocol.HOPOPT, 0, r.nextInt() & 0xffffffffL,
              r.nextInt() & 0xffffffffL, bytes(r, 4 * (1 + 2 * r.nextInt(3)))));
        }
        break;
    }
    return Ipv6Packet.builder().trafficClass(r.nextInt(256)).flowLabel(r.nextInt(1 << 20))
        .hopLimit(r.nextInt(256)).source(source).destination(destination)
        .extensionHeaders(chain).protocol(protocol)
        .payload(bytes(r, r.nextInt(60)).toByteArray()).build();
  }

  private static int upper(Random r) {
    int value;
    do {
      value = r.nextInt(256);
    } while (IpProtocol.of(value).isIpv6ExtensionHeader());
    return value;
  }

  private static RoutingHeader routing(Random r, boolean scapy, Ipv6Address destination) {
    int segmentsLeft = r.nextInt(4);
    switch (r.nextInt(4)) {
      case 0:
        return new Type2RoutingHeader(IpProtocol.HOPOPT, segmentsLeft,
            scapy ? r.nextInt(1 << 20) : r.nextInt() & 0xffffffffL, address(r));
      case 1: {
        List<Ipv6Address> route = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
          route.add(scapy || r.nextBoolean() ? address(r) : destination.plus(r.nextInt(1000)));
        }
        if (scapy) {
          List<ByteString> full = new ArrayList<>();
          route.forEach(a -> full.add(ByteString.copyOf(a.toByteArray())));
          return new RplSourceRouteHeader(IpProtocol.HOPOPT, segmentsLeft, 0, 0,
              r.nextInt(1 << 20), full, ByteString.EMPTY);
        }
        return RplSourceRouteHeader.of(IpProtocol.HOPOPT, segmentsLeft, destination, route);
      }
      case 2: {
        List<Ipv6Address> segments = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
          segments.add(address(r));
        }
        ByteString tlvs = scapy
            ? (r.nextBoolean() ? ByteString.EMPTY : ByteString.of(4, 6, 0, 0, 0, 0, 0, 0))
            : bytes(r, 8 * r.nextInt(3));
        return new SegmentRoutingHeader(IpProtocol.HOPOPT, segmentsLeft, r.nextInt(256),
            r.nextInt(65536), segments, tlvs);
      }
      default: {
        int type = scapy ? pick(r, 0, 77) : pick(r, 0, 1, 5, 77, 253);
        ByteString data = scapy ? bytes(r, 4 + 16 * (1 + r.nextInt(3)))
            : bytes(r, 4 + 8 * r.nextInt(4));
        if (scapy) {
          byte[] d = data.toByteArray();
          d[0] = 0; // scapy's reserved field is 32 bits; keep it well under 2^31 for its text
          data = ByteString.copyOf(d);
        }
        return new UnknownRoutingHeader(IpProtocol.HOPOPT, type, segmentsLeft, data);
      }
    }
  }

  private static List<Ipv6Option> options(Random r, boolean scapy) {
    List<Ipv6Option> out = new ArrayList<>();
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      switch (r.nextInt(5)) {
        case 0:
          out.add(Ipv6Option.Pad1.INSTANCE);
          break;
        case 1:
          out.add(new Ipv6Option.PadN(bytes(r, r.nextInt(6))));
          break;
        case 2:
          out.add(new Ipv6Option.RouterAlert(r.nextInt(65536)));
          break;
        case 3:
          out.add(new Ipv6Option.JumboPayload(r.nextInt() & 0xffffffffL));
          break;
        default:
          int type;
          if (scapy) {
            type = SCAPY_UNKNOWN_OPTIONS[r.nextInt(SCAPY_UNKNOWN_OPTIONS.length)];
          } else {
            do {
              type = r.nextInt(256);
            } while (type == 0 || type == 1 || type == 5 || type == 0xc2);
          }
          out.add(new Ipv6Option.UnknownOption(type, bytes(r, r.nextInt(10))));
          break;
      }
    }
    return out;
  }

  static Ipv6Address address(Random r) {
    return Ipv6Address.of(r.nextLong(), r.nextLong());
  }

  static ByteString bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return ByteString.copyOf(b);
  }

  private static int pick(Random r, int... values) {
    return values[r.nextInt(values.length)];
  }
}
