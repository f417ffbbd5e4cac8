package io.github.netcodec.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.testing.Tshark;
import io.github.netcodec.udp.UdpDatagram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's DHCP/BOOTP dissector (tshark 4.0.17) reads 300 random DHCP messages we build
 * (requests from port 68 to 67 and replies from 67 to 68, over UDP/IPv4, raw-IP pcap,
 * linktype 101) with random header fields and a random set of the common options (message type,
 * server identifier, requested address, lease/renewal/rebinding times, subnet mask, routers,
 * DNS servers, host and domain name, parameter request list, maximum message size, vendor class,
 * client identifier, client FQDN, domain search, classless static routes, relay agent
 * information). It must agree on op, hardware type and length, hops, xid, secs, flags,
 * the four addresses, the client MAC, the option codes in order and each option's value, with no
 * malformed-packet mark, warning or bad checksum.
 */
class DhcpTsharkTest {
  static final int MESSAGES = 300;

  private static Ipv4Address address(Random r) {
    return Ipv4Address.of(r.nextInt());
  }

  private static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int k = 1 + r.nextInt(20); k > 0; k--) {
      sb.append((char) ('a' + r.nextInt(26)));
    }
    return sb.toString();
  }

  private static List<Ipv4Address> addresses(Random r) {
    List<Ipv4Address> out = new ArrayList<>();
    for (int k = 1 + r.nextInt(3); k > 0; k--) {
      out.add(address(r));
    }
    return out;
  }

  private static DhcpOption option(Random r, MacAddress mac) {
    return switch (r.nextInt(18)) {
      case 14 -> new DhcpOption.ClientFqdn(DhcpOption.ClientFqdn.FLAG_E
          | (r.nextBoolean() ? DhcpOption.ClientFqdn.FLAG_S : 0), 0, 0,
          text(r) + ".example.com.");
      case 15 -> {
        List<io.github.netcodec.dns.DnsName> names = new ArrayList<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          names.add(io.github.netcodec.dns.DnsName.of(text(r) + (r.nextBoolean()
              ? ".example.com." : ".example.org.")));
        }
        yield new DhcpOption.DomainSearch(names);
      }
      case 16 -> {
        List<DhcpOption.ClasslessStaticRoutes.StaticRoute> routes = new ArrayList<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          routes.add(new DhcpOption.ClasslessStaticRoutes.StaticRoute(
              io.github.netcodec.address.Ipv4Prefix.containing(address(r), r.nextInt(33)),
              address(r)));
        }
        yield new DhcpOption.ClasslessStaticRoutes(routes);
      }
      case 17 -> new DhcpOption.RelayAgentInformation(List.of(
          new DhcpOption.RelayAgentInformation.SubOption(1, io.github.netcodec.ByteString.copyOf(
              ("eth" + r.nextInt(48)).getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
          new DhcpOption.RelayAgentInformation.SubOption(2, io.github.netcodec.ByteString.copyOf(
              mac.toByteArray()))));
      case 0 -> new DhcpOption.ServerIdentifier(address(r));
      case 1 -> new DhcpOption.RequestedAddress(address(r));
      case 2 -> new DhcpOption.LeaseTime(r.nextInt() & 0xffff_ffffL);
      case 3 -> new DhcpOption.RenewalTime(r.nextInt() & 0xffff_ffffL);
      case 4 -> new DhcpOption.RebindingTime(r.nextInt() & 0xffff_ffffL);
      case 5 -> new DhcpOption.SubnetMask(Ipv4Address.of(-1 << r.nextInt(32)));
      case 6 -> new DhcpOption.Routers(addresses(r));
      case 7 -> new DhcpOption.DnsServers(addresses(r));
      case 8 -> new DhcpOption.HostName(text(r));
      case 9 -> new DhcpOption.DomainName(text(r) + ".example");
      case 10 -> {
        List<DhcpOptionCode> codes = new ArrayList<>();
        for (int k = 1 + r.nextInt(10); k > 0; k--) {
          codes.add(DhcpOptionCode.of(1 + r.nextInt(120)));
        }
        yield new DhcpOption.ParameterRequestList(codes);
      }
      case 11 -> new DhcpOption.MaximumMessageSize(576 + r.nextInt(1000));
      case 12 -> new DhcpOption.VendorClassIdentifier(text(r));
      default -> {
        byte[] id = new byte[7];
        id[0] = 1; // hardware type Ethernet, then the MAC (RFC 2132 §9.14)
        System.arraycopy(mac.toByteArray(), 0, id, 1, 6);
        yield new DhcpOption.ClientIdentifier(io.github.netcodec.ByteString.copyOf(id));
      }
    };
  }

  static DhcpMessage message(Random r) {
    boolean request = r.nextBoolean();
    MacAddress mac = MacAddress.of(r.nextLong() & 0xfeff_ffff_ffffL);
    // distinct codes, message type first (RFC 2131 §4.1 needs it; tshark expects one)
    Map<DhcpOptionCode, DhcpOption> options = new LinkedHashMap<>();
    DhcpMessageType type = DhcpMessageType.of(1 + r.nextInt(8));
    options.put(DhcpOptionCode.of(53), new DhcpOption.MessageType(type));
    for (int k = r.nextInt(8); k > 0; k--) {
      DhcpOption o = option(r, mac);
      options.putIfAbsent(o.code(), o);
    }
    return DhcpMessage.builder().op(DhcpOp.of(request ? 1 : 2)).xid(r.nextInt())
        .hops(r.nextInt(4)).secs(r.nextInt(65536)).broadcast(r.nextBoolean())
        .clientMac(mac).ciaddr(address(r)).yiaddr(address(r)).siaddr(address(r))
        .giaddr(address(r)).options(new ArrayList<>(options.values())).build();
  }

  @Test
  void tsharkAgreesFieldByField() {
    Random r = new Random(67);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      DhcpMessage m = message(r);
      boolean request = m.op().value() == 1;
      Ipv4Address src = address(r);
      Ipv4Address dst = address(r);
      UdpDatagram u = UdpDatagram.builder().sourcePort(request ? 68 : 67)
          .destinationPort(request ? 67 : 68).payload(m.toByteArray()).build(src, dst);
      frames.add(Ipv4Packet.builder().source(src).destination(dst).protocol(IpProtocol.UDP)
          .payload(u.toByteArray()).build().toByteArray());
    }
    List<Tshark.Frame> dissected = Tshark.dissect(Tshark.LINKTYPE_RAW, frames);
    for (int i = 0; i < MESSAGES; i++) {
      Ipv4Packet ip = Ipv4Packet.parse(frames.get(i));
      assertAgrees(DhcpMessage.parse(UdpDatagram.parse(ip.payload()).payload()),
          dissected.get(i));
    }
  }

  static void assertAgrees(DhcpMessage m, Tshark.Frame f) {
    String where = f + "\n" + m;
    assertEquals(List.of(), f.problems(), where);
    assertEquals(m.op().value(), f.number("dhcp.type"), where);
    // a Client Identifier of hardware type 1 shows dhcp.hw.type and dhcp.hw.mac_addr again
    boolean clientId = m.clientIdentifier().isPresent();
    assertEquals(clientId ? List.of(1L, 1L) : List.of((long) m.htype()),
        f.numbers("dhcp.hw.type"), where);
    assertEquals(m.hlen(), f.number("dhcp.hw.len"), where);
    assertEquals(m.hops(), f.number("dhcp.hops"), where);
    assertEquals(m.xid() & 0xffff_ffffL, f.number("dhcp.id"), where);
    // tshark 4.0.17 takes a secs of xx00 for a little-endian value from a buggy client and
    // shows it byte-swapped (with the Note dhcp.secs_le); compare the field's bytes
    assertEquals(List.of(String.format("%04x", m.secs())), f.hex("dhcp.secs"), where);
    assertEquals(m.flags(), f.number("dhcp.flags"), where);
    assertEquals(m.ciaddr().toString(), f.get("dhcp.ip.client"), where);
    assertEquals(m.yiaddr().toString(), f.get("dhcp.ip.your"), where);
    assertEquals(m.siaddr().toString(), f.get("dhcp.ip.server"), where);
    assertEquals(m.giaddr().toString(), f.get("dhcp.ip.relay"), where);
    String mac = m.clientMac().orElseThrow().toString();
    assertEquals(clientId ? List.of(mac, mac) : List.of(mac), f.all("dhcp.hw.mac_addr"), where);
    List<Long> codes = new ArrayList<>();
    for (DhcpOption o : m.options()) {
      codes.add((long) o.code().value());
    }
    codes.add(255L); // End, which our option list leaves out
    // each option's code is the first byte of its dhcp.option.type field: tshark 4.0.17 shows
    // End's dhcp.option.type as 0 (its value attribute is the byte ff)
    List<Long> shownCodes = new ArrayList<>();
    for (String hex : f.hex("dhcp.option.type")) {
      shownCodes.add(Long.parseLong(hex.substring(0, 2), 16));
    }
    assertEquals(codes, shownCodes, where);
    assertEquals(m.messageType().orElseThrow().value(), f.number("dhcp.option.dhcp"), where);
    assertEquals(opt(m.leaseTime().isPresent() ? m.leaseTime().getAsLong() : null),
        f.numbers("dhcp.option.ip_address_lease_time"), where);
    assertEquals(opt(m.renewalTime().isPresent() ? m.renewalTime().getAsLong() : null),
        f.numbers("dhcp.option.renewal_time_value"), where);
    assertEquals(opt(m.rebindingTime().isPresent() ? m.rebindingTime().getAsLong() : null),
        f.numbers("dhcp.option.rebinding_time_value"), where);
    assertEquals(opt(m.serverIdentifier().map(Object::toString).orElse(null)),
        f.all("dhcp.option.dhcp_server_id"), where);
    assertEquals(opt(m.requestedAddress().map(Object::toString).orElse(null)),
        f.all("dhcp.option.requested_ip_address"), where);
    assertEquals(opt(m.subnetMask().map(Object::toString).orElse(null)),
        f.all("dhcp.option.subnet_mask"), where);
    assertEquals(m.routers().map(l -> l.stream().map(Object::toString).toList())
        .orElse(List.of()), f.all("dhcp.option.router"), where);
    assertEquals(m.dnsServers().map(l -> l.stream().map(Object::toString).toList())
        .orElse(List.of()), f.all("dhcp.option.domain_name_server"), where);
    assertEquals(opt(m.hostName().orElse(null)), f.all("dhcp.option.hostname"), where);
    assertEquals(opt(m.domainName().orElse(null)), f.all("dhcp.option.domain_name"), where);
    assertEquals(m.parameterRequestList().map(l -> l.stream().map(c -> (long) c.value())
        .toList()).orElse(List.of()), f.numbers("dhcp.option.request_list_item"), where);
    assertEquals(opt(m.maximumMessageSize().isPresent()
        ? (long) m.maximumMessageSize().getAsInt() : null),
        f.numbers("dhcp.option.dhcp_max_message_size"), where);
    assertEquals(opt(m.vendorClassIdentifier().orElse(null)),
        f.all("dhcp.option.vendor_class_id"), where);
    List<String> fqdns = new ArrayList<>();
    List<String> search = new ArrayList<>();
    List<Long> subOptions = new ArrayList<>();
    int routes = 0;
    for (DhcpOption o : m.options()) {
      if (o instanceof DhcpOption.ClientFqdn x) {
        fqdns.add(x.domainName().substring(0, x.domainName().length() - 1));
      } else if (o instanceof DhcpOption.DomainSearch x) {
        x.names().forEach(n -> search.add(n.toString().substring(0,
            n.toString().length() - 1)));
      } else if (o instanceof DhcpOption.RelayAgentInformation x) {
        x.subOptions().forEach(so -> subOptions.add((long) so.code()));
      } else if (o instanceof DhcpOption.ClasslessStaticRoutes x) {
        routes += x.routes().size();
      }
    }
    assertEquals(fqdns, f.all("dhcp.fqdn.name"), where);
    assertEquals(search, f.all("dhcp.option.dhcp_dns_domain_search_list_fqdn"), where);
    assertEquals(subOptions, f.numbers("dhcp.option.agent_information_option.suboption"),
        where);
    assertEquals(routes, f.all("dhcp.option.classless_static_route").size(), where);
  }

  private static <T> List<T> opt(T value) {
    return value == null ? List.of() : List.of(value);
  }
}
