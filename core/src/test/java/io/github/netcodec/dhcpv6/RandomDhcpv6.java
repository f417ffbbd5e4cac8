package io.github.netcodec.dhcpv6;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.dns.DnsName;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Random DHCPv6 values for property and oracle tests. With {@code scapySafe}, only what scapy
 * 2.5 dissects field by field: assigned message types 1..11, 6-octet Ethernet addresses in
 * DUIDs, unknown option codes scapy has no class for and identifiers only at the top of a
 * message, IA Address and IA Prefix only inside other options, and inside an option other
 * kinds only last (scapy reads on past an inner IA Address or IA Prefix only), and no empty
 * lists (scapy dissects an empty Option Request as codes 23 and 24).
 */
final class RandomDhcpv6 {
  private static final int[] SCAPY_UNKNOWN_CODES = {44, 45, 46, 47, 200, 4660, 65000};

  private final Random r;
  private final boolean scapySafe;
  /** Messages being built inside one another, so relay messages in options stay bounded. */
  private int depth;

  /** Whether options may be {@link Dhcpv6Option.Malformed}, as lenient parsing keeps them. */
  private boolean malformed;

  RandomDhcpv6(Random r, boolean scapySafe) {
    this.r = r;
    this.scapySafe = scapySafe;
  }

  /** Also generates {@link Dhcpv6Option.Malformed} options; such messages parse leniently only. */
  RandomDhcpv6 withMalformed() {
    malformed = true;
    return this;
  }

  Dhcpv6Message message(int relays) {
    depth++;
    try {
      return messageAtDepth(relays);
    } finally {
      depth--;
    }
  }

  private Dhcpv6Message messageAtDepth(int relays) {
    if (relays > 0 && r.nextInt(3) != 0) {
      List<Dhcpv6Option> options = new ArrayList<>();
      if (r.nextBoolean()) {
        options.add(new Dhcpv6Option.InterfaceId(bytes(r.nextInt(8))));
      }
      options.add(r.nextInt(4) == 0 ? option(1) : new Dhcpv6Option.RelayMessage(
          message(relays - 1)));
      if (r.nextInt(4) == 0) {
        options.add(option(1));
      }
      return new Dhcpv6Message.Relay(Dhcpv6MessageType.of(12 + r.nextInt(2)), r.nextInt(256),
          address(), address(), options);
    }
    int type;
    if (scapySafe) {
      type = 1 + r.nextInt(11);
    } else {
      do {
        type = r.nextInt(256);
      } while (type == 12 || type == 13);
    }
    return new Dhcpv6Message.ClientServer(Dhcpv6MessageType.of(type), r.nextInt(1 << 24),
        options(1, r.nextInt(7)));
  }

  List<Dhcpv6Option> options(int level, int count) {
    List<Dhcpv6Option> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(option(level));
    }
    return out;
  }

  Dhcpv6Option option(int level) {
    boolean nest = level < 4;
    int kind = r.nextInt(20);
    while (scapySafe && (level == 1 ? kind == 5 || kind == 6 : kind <= 1)) {
      // scapy dissects IA Address and IA Prefix only inside an IA, identifiers only outside
      kind = r.nextInt(20);
    }
    switch (kind) {
      case 0:
        return new Dhcpv6Option.ClientId(duid());
      case 1:
        return new Dhcpv6Option.ServerId(duid());
      case 2:
        return new Dhcpv6Option.IaNa(u32(), u32(), u32(), nested(level, nest));
      case 3:
        return new Dhcpv6Option.IaTa(u32(), nested(level, nest));
      case 4:
        return new Dhcpv6Option.IaPd(u32(), u32(), u32(), nested(level, nest));
      case 5:
        return new Dhcpv6Option.IaAddress(address(), u32(), u32(), nested(level, nest));
      case 6:
        return new Dhcpv6Option.IaPrefix(u32(), u32(), r.nextInt(256), address(),
            nested(level, nest));
      case 7: {
        List<Dhcpv6OptionCode> codes = new ArrayList<>();
        for (int k = r.nextInt(5) + (scapySafe ? 1 : 0); k > 0; k--) {
          codes.add(Dhcpv6OptionCode.of(r.nextInt(4) == 0 ? r.nextInt(65536) : r.nextInt(40)));
        }
        return new Dhcpv6Option.OptionRequest(codes);
      }
      case 8:
        return new Dhcpv6Option.Preference(r.nextInt(256));
      case 9:
        return new Dhcpv6Option.ElapsedTime(r.nextInt(65536));
      case 10:
        return new Dhcpv6Option.StatusCode(Dhcpv6StatusCode.of(r.nextInt(4) == 0
            ? r.nextInt(65536) : r.nextInt(8)), bytes(r.nextInt(12)));
      case 11:
        return new Dhcpv6Option.RapidCommit();
      case 12:
        return new Dhcpv6Option.InterfaceId(bytes(r.nextInt(10)));
      case 13:
        return new Dhcpv6Option.ReconfigureAccept();
      case 14: {
        List<Ipv6Address> servers = new ArrayList<>();
        for (int k = r.nextInt(4) + (scapySafe ? 1 : 0); k > 0; k--) {
          servers.add(address());
        }
        return new Dhcpv6Option.DnsServers(servers);
      }
      case 15: {
        List<DnsName> names = new ArrayList<>();
        for (int k = r.nextInt(4) + (scapySafe ? 1 : 0); k > 0; k--) {
          names.add(name());
        }
        return new Dhcpv6Option.DomainList(names);
      }
      case 16:
        if (depth < 3 && r.nextInt(3) == 0) {
          return new Dhcpv6Option.RelayMessage(message(1));
        }
        return new Dhcpv6Option.ElapsedTime(r.nextInt(65536));
      case 17:
        if (malformed) {
          int[] typed = {1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 20, 23, 24, 25, 26};
          Dhcpv6OptionCode code = Dhcpv6OptionCode.of(typed[r.nextInt(typed.length)]);
          ByteString data = bytes(r.nextInt(30));
          try {
            return new Dhcpv6Option.Malformed(code, data);
          } catch (IllegalArgumentException decodes) {
            return new Dhcpv6Option.RapidCommit(); // the random data happened to be well-formed
          }
        }
        return new Dhcpv6Option.ReconfigureAccept();
      default: {
        if (scapySafe && level > 1) {
          // scapy dissects unknown codes inside other options as raw bytes to the end
          return new Dhcpv6Option.ElapsedTime(r.nextInt(65536));
        }
        int code;
        do {
          code = scapySafe ? SCAPY_UNKNOWN_CODES[r.nextInt(SCAPY_UNKNOWN_CODES.length)]
              : r.nextInt(65536);
        } while (Dhcpv6Decoder.isTyped(code));
        return new Dhcpv6Option.Unknown(Dhcpv6OptionCode.of(code), bytes(r.nextInt(12)));
      }
    }
  }

  private List<Dhcpv6Option> nested(int level, boolean nest) {
    if (!nest) {
      return List.of();
    }
    if (!scapySafe) {
      return options(level + 1, r.nextInt(3));
    }
    // scapy reads past an inner option only after IA Address and IA Prefix
    List<Dhcpv6Option> out = new ArrayList<>();
    for (int k = r.nextInt(3); k > 0; k--) {
      Dhcpv6Option o;
      do {
        o = option(level + 1);
      } while (!(o instanceof Dhcpv6Option.IaAddress || o instanceof Dhcpv6Option.IaPrefix));
      out.add(o);
    }
    if (r.nextBoolean()) {
      out.add(option(level + 1));
    }
    return out;
  }

  Duid duid() {
    switch (r.nextInt(5)) {
      case 0:
        return new Duid.LinkLayerPlusTime(scapySafe ? 1 : r.nextInt(65536), u32(),
            bytes(scapySafe ? 6 : r.nextInt(10)));
      case 1:
        return new Duid.Enterprise(u32(), bytes(r.nextInt(12)));
      case 2:
        return new Duid.LinkLayer(scapySafe ? 1 : r.nextInt(65536),
            bytes(scapySafe ? 6 : r.nextInt(10)));
      case 3:
        return new Duid.Uuid(new UUID(r.nextLong(), r.nextLong()));
      default:
        return new Duid.Unknown(5 + r.nextInt(65531), bytes(1 + r.nextInt(10)));
    }
  }

  DnsName name() {
    StringBuilder sb = new StringBuilder();
    for (int k = 1 + r.nextInt(3); k > 0; k--) {
      for (int c = 1 + r.nextInt(8); c > 0; c--) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
      sb.append('.');
    }
    return DnsName.of(sb.toString());
  }

  Ipv6Address address() {
    return r.nextBoolean() ? Ipv6Address.of(0x20010db8_00000000L | r.nextInt(65536),
        r.nextInt(256)) : Ipv6Address.of(r.nextLong(), r.nextLong());
  }

  long u32() {
    return r.nextInt(4) == 0 ? 0xffff_ffffL : r.nextLong() & 0xffff_ffffL;
  }

  ByteString bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return ByteString.copyOf(b);
  }
}
