package io.github.netcodec.ipv4;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.ip.IpProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random IPv4 options and packets for property and oracle tests, from a seed. */
final class RandomIpv4 {
  private RandomIpv4() {}

  static Ipv4Address address(Random r) {
    return Ipv4Address.of(r.nextInt());
  }

  static List<Ipv4Address> route(Random r, int max) {
    List<Ipv4Address> route = new ArrayList<>();
    for (int k = r.nextInt(max + 1); k > 0; k--) {
      route.add(address(r));
    }
    return route;
  }

  /** One option of any kind except End of Option List, at most {@code room} bytes, or null. */
  static Ipv4Option option(Random r, int room) {
    for (int attempt = 0; attempt < 8; attempt++) {
      Ipv4Option o = switch (r.nextInt(8)) {
        case 0 -> Ipv4Option.NoOperation.INSTANCE;
        case 1 -> new Ipv4Option.RecordRoute(r.nextInt(256), route(r, 9));
        case 2 -> new Ipv4Option.LooseSourceRoute(r.nextInt(256), route(r, 9));
        case 3 -> new Ipv4Option.StrictSourceRoute(r.nextInt(256), route(r, 9));
        case 4 -> new Ipv4Option.RouterAlert(r.nextInt(3) == 0 ? r.nextInt(65536) : 0);
        case 5 -> {
          int flag = new int[] {0, 1, 3}[r.nextInt(3)];
          List<Ipv4Option.Timestamp.Entry> entries = new ArrayList<>();
          for (int k = r.nextInt(flag == 0 ? 10 : 5); k > 0; k--) {
            long time = r.nextInt() & 0xffff_ffffL;
            entries.add(flag == 0 ? Ipv4Option.Timestamp.Entry.of(time)
                : Ipv4Option.Timestamp.Entry.of(address(r), time));
          }
          yield new Ipv4Option.Timestamp(r.nextInt(256), r.nextInt(16), flag, entries);
        }
        case 6 -> {
          int type;
          do {
            type = r.nextInt(256);
          } while (type == 0 || type == 1 || type == 7 || type == 68 || type == 131
              || type == 137 || type == 148);
          byte[] data = new byte[r.nextInt(12)];
          r.nextBytes(data);
          yield new Ipv4Option.Raw(r.nextBoolean() ? type : Ipv4Option.SECURITY,
              ByteString.copyOf(data));
        }
        default -> new Ipv4Option.Raw(Ipv4Option.CIPSO, ByteString.of(0, 0, 0, 3, 1, 2));
      };
      if (o.encodedLength() <= room) {
        return o;
      }
    }
    return null;
  }

  /** Options that fit 40 bytes, maybe ending in End of Option List with random padding. */
  static List<Ipv4Option> options(Random r) {
    List<Ipv4Option> options = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      return options;
    }
    int used = 0;
    for (int k = r.nextInt(5); k > 0; k--) {
      Ipv4Option o = option(r, 40 - used);
      if (o == null) {
        break;
      }
      options.add(o);
      used += o.encodedLength();
    }
    if (used < 40 && r.nextBoolean()) {
      int pad = (4 - (used + 1) % 4) % 4 + 4 * r.nextInt((40 - used - 1) / 4 + 1);
      pad = Math.min(pad, 39 - used);
      byte[] padding = new byte[pad];
      if (r.nextBoolean()) {
        r.nextBytes(padding);
      }
      options.add(new Ipv4Option.EndOfOptionList(ByteString.copyOf(padding)));
    }
    return options;
  }

  /** A whole packet with a correct checksum, no fragmentation fields unless asked. */
  static Ipv4Packet.Builder builder(Random r, int maxPayload) {
    byte[] payload = new byte[r.nextInt(maxPayload + 1)];
    r.nextBytes(payload);
    return Ipv4Packet.builder()
        .dscp(r.nextInt(64))
        .ecn(r.nextInt(4))
        .identification(r.nextInt(65536))
        .ttl(r.nextInt(256))
        .protocol(IpProtocol.of(r.nextInt(256)))
        .source(address(r))
        .destination(address(r))
        .options(options(r))
        .payload(payload);
  }

  /** Any packet the parser accepts: random flags, offset and sometimes a wrong checksum. */
  static Ipv4Packet packet(Random r, int maxPayload) {
    Ipv4Packet p = builder(r, maxPayload)
        .reservedFlag(r.nextInt(8) == 0)
        .dontFragment(r.nextBoolean())
        .moreFragments(r.nextInt(4) == 0)
        .fragmentOffset(r.nextInt(4) == 0 ? r.nextInt(8192) : 0)
        .build();
    return r.nextInt(4) == 0 ? p.withHeaderChecksum(r.nextInt(65536)) : p;
  }
}
