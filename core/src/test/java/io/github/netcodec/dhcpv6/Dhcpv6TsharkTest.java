package io.github.netcodec.dhcpv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.testing.Tshark;
import io.github.netcodec.udp.UdpDatagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's DHCPv6 dissector (tshark 4.0.17) reads 300 random DHCPv6 messages we build over
 * UDP/IPv6 (raw-IP pcap, linktype 101): client/server messages of types 1..11 and, for a third of
 * them, the same wrapped in a Relay-forward with an Interface-ID. Options: Client and Server
 * Identifier (DUID-LLT, DUID-EN, DUID-LL, DUID-UUID), IA_NA with IA Addresses and a Status Code,
 * IA_TA with IA Addresses, IA_PD with IA Prefixes, Option Request, Preference, Elapsed Time, Status
 * Code, Rapid Commit, Reconfigure Accept, DNS Servers and Domain List. It must agree on message
 * types, transaction ids, relay fields, the option codes in order (nested ones included) and a few
 * values, with no malformed-packet mark, warning or bad checksum.
 */
class Dhcpv6TsharkTest {
  static final int MESSAGES = 300;

  private static long u32(Random r) {
    return r.nextInt() & 0xffff_ffffL;
  }

  private static Ipv6Address address(Random r) {
    return Ipv6Address.of(0x2001_0db8_0000_0000L | u32(r), r.nextLong());
  }

  private static Duid duid(Random r) {
    MacAddress mac = MacAddress.of(r.nextLong() & 0xfeff_ffff_ffffL);
    return switch (r.nextInt(4)) {
      case 3 -> new Duid.Uuid(new java.util.UUID(r.nextLong(), r.nextLong()));
      case 0 -> new Duid.LinkLayerPlusTime(1, u32(r), ByteString.copyOf(mac.toByteArray()));
      case 1 -> {
        byte[] id = new byte[1 + r.nextInt(12)];
        r.nextBytes(id);
        yield new Duid.Enterprise(u32(r), ByteString.copyOf(id));
      }
      default -> Duid.LinkLayer.of(mac);
    };
  }

  private static Dhcpv6Option.StatusCode status(Random r) {
    return Dhcpv6Option.StatusCode.of(Dhcpv6StatusCode.of(r.nextInt(7)),
        r.nextBoolean() ? "" : "status " + r.nextInt(1000));
  }

  private static Dhcpv6Option option(Random r) {
    switch (r.nextInt(12)) {
      case 11: {
        List<Dhcpv6Option> inner = new ArrayList<>();
        for (int k = r.nextInt(3); k > 0; k--) {
          inner.add(Dhcpv6Option.IaAddress.of(address(r), u32(r), u32(r)));
        }
        return new Dhcpv6Option.IaTa(u32(r), inner);
      }
      case 0:
        return new Dhcpv6Option.ServerId(duid(r));
      case 1: {
        List<Dhcpv6Option> inner = new ArrayList<>();
        for (int k = r.nextInt(3); k > 0; k--) {
          inner.add(Dhcpv6Option.IaAddress.of(address(r), u32(r), u32(r)));
        }
        if (r.nextInt(3) == 0) {
          inner.add(status(r));
        }
        return new Dhcpv6Option.IaNa(u32(r), u32(r), u32(r), inner);
      }
      case 2: {
        List<Dhcpv6Option> inner = new ArrayList<>();
        for (int k = r.nextInt(3); k > 0; k--) {
          inner.add(new Dhcpv6Option.IaPrefix(u32(r), u32(r), 48 + r.nextInt(17),
              Ipv6Address.of(0x2001_0db8_0000_0000L | u32(r) & 0xffff_0000L, 0), List.of()));
        }
        return new Dhcpv6Option.IaPd(u32(r), u32(r), u32(r), inner);
      }
      case 3: {
        List<Dhcpv6OptionCode> codes = new ArrayList<>();
        for (int k = 1 + r.nextInt(5); k > 0; k--) {
          codes.add(Dhcpv6OptionCode.of(new int[] {21, 22, 23, 24, 31, 32, 56, 82}[r.nextInt(8)]));
        }
        return new Dhcpv6Option.OptionRequest(codes);
      }
      case 4:
        return new Dhcpv6Option.Preference(r.nextInt(256));
      case 5:
        return new Dhcpv6Option.ElapsedTime(r.nextInt(65536));
      case 6:
        return status(r);
      case 7:
        return new Dhcpv6Option.RapidCommit();
      case 8: {
        List<Ipv6Address> servers = new ArrayList<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          servers.add(address(r));
        }
        return new Dhcpv6Option.DnsServers(servers);
      }
      case 9:
        return new Dhcpv6Option.DomainList(List.of(DnsName.of("example.com."),
            DnsName.of("lab" + r.nextInt(100) + ".example.org.")));
      default:
        return new Dhcpv6Option.ReconfigureAccept();
    }
  }

  static Dhcpv6Message message(Random r) {
    List<Dhcpv6Option> options = new ArrayList<>();
    options.add(new Dhcpv6Option.ClientId(duid(r)));
    for (int k = r.nextInt(6); k > 0; k--) {
      options.add(option(r));
    }
    Dhcpv6Message m = new Dhcpv6Message.ClientServer(Dhcpv6MessageType.of(1 + r.nextInt(11)),
        r.nextInt(1 << 24), options);
    if (r.nextInt(3) == 0) {
      byte[] id = new byte[1 + r.nextInt(8)];
      r.nextBytes(id);
      // the first relay from the client sets hop-count 0 (RFC 8415 §19.1.1)
      m = new Dhcpv6Message.Relay(Dhcpv6MessageType.of(12), 0, address(r),
          Ipv6Address.of(0xfe80_0000_0000_0000L, r.nextLong()),
          List.of(new Dhcpv6Option.InterfaceId(ByteString.copyOf(id)),
              new Dhcpv6Option.RelayMessage(m)));
    }
    return m;
  }

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(547);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      Dhcpv6Message m = message(r);
      Ipv6Address src = Ipv6Address.of(0xfe80_0000_0000_0000L, r.nextLong());
      Ipv6Address dst = address(r);
      boolean relay = m instanceof Dhcpv6Message.Relay;
      UdpDatagram u = UdpDatagram.builder().sourcePort(relay ? 547 : 546).destinationPort(547)
          .payload(m.toByteArray()).build(src, dst);
      frames.add(Ipv6Packet.builder().source(src).destination(dst).protocol(IpProtocol.UDP)
          .payload(u.toByteArray()).build().toByteArray());
    }
    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_RAW, frames);
    for (int i = 0; i < MESSAGES; i++) {
      Ipv6Packet ip = Ipv6Packet.parse(frames.get(i));
      assertAgrees(Dhcpv6Message.parse(UdpDatagram.parse(ip.payload()).payload()),
          dissected.get(i));
    }
  }

  /** What we expect tshark to show, in its dissection order (depth first). */
  private static final class Expected {
    final List<Long> types = new ArrayList<>();
    final List<Long> xids = new ArrayList<>();
    final List<Long> codes = new ArrayList<>();
    final List<Long> hopCounts = new ArrayList<>();
    final List<String> linkAddresses = new ArrayList<>();
    final List<String> iaids = new ArrayList<>();
    final List<String> iataIds = new ArrayList<>();
    final List<String> iaAddresses = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();
    final List<Long> elapsed = new ArrayList<>();
    final List<Long> statuses = new ArrayList<>();
    final List<String> dnsServers = new ArrayList<>();
    final List<Long> requested = new ArrayList<>();
    final List<Long> duidTypes = new ArrayList<>();

    void message(Dhcpv6Message m) {
      types.add((long) m.type().value());
      if (m instanceof Dhcpv6Message.ClientServer cs) {
        xids.add((long) cs.transactionId());
      } else if (m instanceof Dhcpv6Message.Relay relay) {
        hopCounts.add((long) relay.hopCount());
        linkAddresses.add(relay.linkAddress().toString());
      }
      options(m.options());
    }

    void options(List<Dhcpv6Option> options) {
      for (Dhcpv6Option o : options) {
        codes.add((long) o.code().value());
        if (o instanceof Dhcpv6Option.ClientId x) {
          duidTypes.add((long) x.duid().type());
        } else if (o instanceof Dhcpv6Option.ServerId x) {
          duidTypes.add((long) x.duid().type());
        }
        if (o instanceof Dhcpv6Option.IaNa x) {
          iaids.add(String.format("%08x", x.iaid()));
          options(x.options());
        } else if (o instanceof Dhcpv6Option.IaTa x) {
          iataIds.add(String.format("%08x", x.iaid()));
          options(x.options());
        } else if (o instanceof Dhcpv6Option.IaPd x) {
          iaids.add(String.format("%08x", x.iaid()));
          options(x.options());
        } else if (o instanceof Dhcpv6Option.IaAddress x) {
          iaAddresses.add(x.address().toString());
          options(x.options());
        } else if (o instanceof Dhcpv6Option.IaPrefix x) {
          prefixes.add(x.prefix().toString());
          options(x.options());
        } else if (o instanceof Dhcpv6Option.ElapsedTime x) {
          elapsed.add(10L * x.hundredths()); // tshark 4.0.17 shows milliseconds
        } else if (o instanceof Dhcpv6Option.StatusCode x) {
          statuses.add((long) x.status().value());
        } else if (o instanceof Dhcpv6Option.DnsServers x) {
          x.servers().forEach(a -> dnsServers.add(a.toString()));
        } else if (o instanceof Dhcpv6Option.OptionRequest x) {
          x.codes().forEach(c -> requested.add((long) c.value()));
        } else if (o instanceof Dhcpv6Option.RelayMessage x) {
          message(x.message());
        }
      }
    }
  }

  static void assertAgrees(Dhcpv6Message m, Tshark.Frame f) {
    String where = f + "\n" + m;
    assertEquals(List.of(), f.problems(), where);
    Expected e = new Expected();
    e.message(m);
    assertEquals(e.types, f.numbers("dhcpv6.msgtype"), where);
    assertEquals(e.xids, f.numbers("dhcpv6.xid"), where);
    assertEquals(e.codes, f.numbers("dhcpv6.option.type"), where);
    assertEquals(e.hopCounts, f.numbers("dhcpv6.hopcount"), where);
    assertEquals(e.linkAddresses, f.all("dhcpv6.linkaddr"), where);
    // tshark 4.0.17 shows an IAID as bare hex digits (dhcpv6.iata for IA_TA); compare bytes
    assertEquals(e.iaids, f.hex("dhcpv6.iaid"), where);
    assertEquals(e.iataIds, f.hex("dhcpv6.iata"), where);
    assertEquals(e.iaAddresses, f.all("dhcpv6.iaaddr.ip"), where);
    assertEquals(e.prefixes, f.all("dhcpv6.iaprefix.pref_addr"), where);
    assertEquals(e.elapsed, f.numbers("dhcpv6.elapsed_time"), where);
    assertEquals(e.statuses, f.numbers("dhcpv6.status_code"), where);
    assertEquals(e.dnsServers, f.all("dhcpv6.dns_server"), where);
    assertEquals(e.requested, f.numbers("dhcpv6.requested_option_code"), where);
    assertEquals(e.duidTypes, f.numbers("dhcpv6.duid.type"), where);
  }
}
