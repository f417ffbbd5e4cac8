package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/** Random names, RDATA of every modelled type, and messages, from a seed. */
final class RandomDns {
  private RandomDns() {}

  private static final String[] WORDS = {"www", "example", "com", "Mail", "ns1", "a", "B", "org",
      "edu", "cs", "virginia", "_sip", "_udp", "xn--bcher-kva"};

  static DnsName name(Random r) {
    int n = r.nextInt(5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (r.nextInt(10) == 0) {
        // an odd label: any octets, escaped
        int len = 1 + r.nextInt(8);
        for (int k = 0; k < len; k++) {
          sb.append('\\').append(String.format("%03d", r.nextInt(256)));
        }
      } else {
        sb.append(WORDS[r.nextInt(WORDS.length)]);
      }
      sb.append('.');
    }
    return DnsName.of(sb.toString());
  }

  /** An EDNS option code without a record of its own (those would parse to that record). */
  static int unmodelledEdnsCode(Random r) {
    while (true) {
      int code = r.nextInt(65536);
      if (!Set.of(EdnsOption.NSID, EdnsOption.CLIENT_SUBNET, EdnsOption.COOKIE,
          EdnsOption.TCP_KEEPALIVE, EdnsOption.PADDING, EdnsOption.EXTENDED_ERROR)
          .contains(code)) {
        return code;
      }
    }
  }

  static ByteString bytes(Random r, int max) {
    byte[] b = new byte[r.nextInt(max + 1)];
    r.nextBytes(b);
    return ByteString.copyOf(b);
  }

  static ByteString nonEmptyBytes(Random r, int max) {
    byte[] b = new byte[1 + r.nextInt(max)];
    r.nextBytes(b);
    return ByteString.copyOf(b);
  }

  static long u32(Random r) {
    return r.nextLong() & 0xffffffffL;
  }

  /** The number of RDATA kinds {@link #rdata(Random, int)} can make. */
  static final int KINDS = 28;

  static Rdata rdata(Random r) {
    return rdata(r, r.nextInt(KINDS));
  }

  static Rdata rdata(Random r, int kind) {
    return switch (kind) {
      case 0 -> new Rdata.A(Ipv4Address.of(r.nextInt()));
      case 1 -> new Rdata.Aaaa(Ipv6Address.of(r.nextLong(), r.nextLong()));
      case 2 -> Rdata.NameRdata.ns(name(r));
      case 3 -> Rdata.NameRdata.cname(name(r));
      case 4 -> Rdata.NameRdata.ptr(name(r));
      case 5 -> Rdata.NameRdata.dname(name(r));
      case 6 -> new Rdata.Soa(name(r), name(r), u32(r), u32(r), u32(r), u32(r), u32(r));
      case 7 -> new Rdata.Mx(r.nextInt(65536), name(r));
      case 8 -> {
        List<ByteString> s = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
          s.add(bytes(r, 40));
        }
        yield new Rdata.Txt(s);
      }
      case 9 -> new Rdata.Hinfo(bytes(r, 10), bytes(r, 10));
      case 10 -> new Rdata.Srv(r.nextInt(65536), r.nextInt(65536), r.nextInt(65536), name(r));
      case 11 -> new Rdata.Caa(r.nextInt(256), r.nextBoolean() ? "issue" : "iodef",
          bytes(r, 20));
      case 12 -> new Rdata.Unknown(DnsType.of(65280 + r.nextInt(200)), bytes(r, 20));
      case 13 -> new Rdata.Opt(options(r));
      case 14 -> new Rdata.Naptr(r.nextInt(65536), r.nextInt(65536), bytes(r, 3), bytes(r, 10),
          bytes(r, 20), name(r));
      case 15 -> new Rdata.Sshfp(r.nextInt(256), r.nextInt(256), bytes(r, 32));
      case 16 -> new Rdata.Tlsa(r.nextInt(256), r.nextInt(256), r.nextInt(256), bytes(r, 32));
      case 17 -> new Rdata.Uri(r.nextInt(65536), r.nextInt(65536), bytes(r, 30));
      case 18 -> new Rdata.Svcb(r.nextBoolean() ? DnsType.SVCB : DnsType.HTTPS,
          r.nextInt(65536), name(r), svcParams(r));
      case 19 -> new Rdata.Ds(r.nextInt(65536), r.nextInt(256), r.nextInt(256), bytes(r, 48));
      case 20 -> new Rdata.Dnskey(r.nextInt(65536), r.nextInt(256), r.nextInt(256),
          bytes(r, 64));
      case 21 -> new Rdata.Rrsig(DnsType.of(r.nextInt(300)), r.nextInt(256), r.nextInt(256),
          u32(r), u32(r), u32(r), r.nextInt(65536), name(r), bytes(r, 64));
      case 22 -> new Rdata.Nsec(name(r), types(r));
      case 23 -> new Rdata.Nsec3(r.nextInt(256), r.nextInt(256), r.nextInt(65536), bytes(r, 8),
          nonEmptyBytes(r, 20), types(r));
      case 24 -> new Rdata.Nsec3param(r.nextInt(256), r.nextInt(256), r.nextInt(65536),
          bytes(r, 8));
      case 25 -> new Rdata.Tsig(name(r), r.nextLong() & 0xffff_ffff_ffffL, r.nextInt(65536),
          bytes(r, 32), r.nextInt(65536), r.nextInt(65536), bytes(r, 6));
      default -> new Rdata.Unknown(DnsType.of(r.nextBoolean() ? 99 : 10), bytes(r, 20));
    };
  }

  static List<DnsType> types(Random r) {
    List<DnsType> out = new ArrayList<>();
    for (int i = 0, n = r.nextInt(6); i < n; i++) {
      out.add(DnsType.of(r.nextInt(4) == 0 ? r.nextInt(65536) : r.nextInt(300)));
    }
    return out;
  }

  static List<SvcParam> svcParams(Random r) {
    List<SvcParam> out = new ArrayList<>();
    if (r.nextBoolean()) {
      out.add(new SvcParam.Mandatory(List.of(1, 3)));
    }
    if (r.nextBoolean()) {
      out.add(new SvcParam.Alpn(List.of(nonEmptyBytes(r, 5), nonEmptyBytes(r, 5))));
    }
    if (r.nextBoolean()) {
      out.add(new SvcParam.NoDefaultAlpn());
    }
    if (r.nextBoolean()) {
      out.add(new SvcParam.Port(r.nextInt(65536)));
    }
    if (r.nextBoolean()) {
      out.add(new SvcParam.Ipv4Hint(List.of(Ipv4Address.of(r.nextInt()),
          Ipv4Address.of(r.nextInt()))));
    }
    if (r.nextBoolean()) {
      out.add(new SvcParam.Ech(bytes(r, 20)));
    }
    if (r.nextBoolean()) {
      out.add(new SvcParam.Ipv6Hint(List.of(Ipv6Address.of(r.nextLong(), r.nextLong()))));
    }
    if (r.nextBoolean()) {
      out.add(new SvcParam.Unknown(7 + r.nextInt(65000), bytes(r, 6)));
    }
    return out;
  }

  static List<EdnsOption> options(Random r) {
    List<EdnsOption> out = new ArrayList<>();
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      out.add(switch (r.nextInt(7)) {
        case 0 -> new EdnsOption.Nsid(bytes(r, 10));
        case 1 -> r.nextBoolean() ? EdnsOption.ClientSubnet.of(Ipv4Address.of(r.nextInt()),
            r.nextInt(33)) : EdnsOption.ClientSubnet.of(Ipv6Address.of(r.nextLong(), 0),
            r.nextInt(129));
        case 2 -> new EdnsOption.Cookie(fixed(r, 8),
            r.nextBoolean() ? ByteString.EMPTY : fixed(r, 8 + r.nextInt(25)));
        case 3 -> new EdnsOption.TcpKeepalive(r.nextBoolean() ? OptionalInt.empty()
            : OptionalInt.of(r.nextInt(65536)));
        case 4 -> EdnsOption.Padding.zeros(r.nextInt(30));
        case 5 -> EdnsOption.ExtendedError.of(r.nextInt(30), r.nextBoolean() ? "" : "bad sig");
        default -> new EdnsOption.Unknown(unmodelledEdnsCode(r), bytes(r, 10));
      });
    }
    return out;
  }

  static ByteString fixed(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return ByteString.copyOf(b);
  }

  static DnsRecord record(Random r) {
    Rdata d = rdata(r);
    DnsName owner = d instanceof Rdata.Opt ? DnsName.ROOT : name(r);
    return new DnsRecord(owner, DnsClass.of(r.nextInt(4) == 0 ? r.nextInt(65536) : 1), u32(r), d);
  }

  static List<DnsRecord> records(Random r, int max) {
    List<DnsRecord> out = new ArrayList<>();
    for (int i = 0, n = r.nextInt(max + 1); i < n; i++) {
      out.add(record(r));
    }
    return out;
  }

  static DnsMessage message(Random r, int maxPerSection) {
    List<DnsQuestion> qs = new ArrayList<>();
    for (int i = 0, n = r.nextInt(3); i < n; i++) {
      qs.add(new DnsQuestion(name(r), DnsType.of(r.nextInt(300)), DnsClass.of(1 + r.nextInt(4))));
    }
    return new DnsMessage(r.nextInt(65536), r.nextInt(65536), qs, records(r, maxPerSection),
        records(r, maxPerSection), records(r, maxPerSection));
  }
}
