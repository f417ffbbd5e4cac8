package io.github.netcodec.dhcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.testing.Scapy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * scapy 2.5 (Debian python3-scapy, {@code scapy.layers.dhcp}) as the oracle both ways: BOOTP/DHCP
 * messages with random fixed fields and random sets of options that scapy knows (addresses,
 * times, texts, parameter request lists, client ids, classless routes, relay agent information,
 * unknown codes, pads) parsed to the values scapy dissects; and messages we build, dissected by
 * scapy to the values we meant.
 */
class ScapyDhcpTest {

  /** One dissected message as a line; {@link #describe(DhcpMessage)} must produce the same. */
  private static final String FORMAT = String.join("\n",
      "def val(v):",
      "    if isinstance(v, bytes): return v.hex()",
      "    if isinstance(v, (list, tuple)): return ','.join(val(x) for x in v)",
      "    return str(v)",
      "def opt(o):",
      "    if isinstance(o, str): return None",
      "    return '%s=%s' % (o[0], ','.join(val(x) for x in o[1:]))",
      "def line(b):",
      "    p = BOOTP(b)",
      "    head = ' '.join(str(x) for x in [p.op, p.htype, p.hlen, p.hops, p.xid, p.secs,",
      "        int(p.flags), p.ciaddr, p.yiaddr, p.siaddr, p.giaddr, bytes(p.chaddr).hex()])",
      "    opts = [opt(o) for o in p[DHCP].options] if DHCP in p else []",
      "    return head + '|' + ';'.join(o for o in opts if o)");

  private static final String BUILD = String.join("\n",
      "from scapy.all import *",
      FORMAT,
      "import random",
      "r = random.Random(5)",
      "def ip(): return '%d.%d.%d.%d' % tuple(r.randrange(256) for _ in range(4))",
      "def txt(): return bytes(r.choice(b'abcxyz.-0123') for _ in range(r.randrange(1, 20)))",
      "pool = [lambda: ('subnet_mask', ip()), lambda: ('router', *[ip() for _ in",
      "        range(r.randrange(1, 4))]), lambda: ('name_server', *[ip() for _ in",
      "        range(r.randrange(1, 4))]), lambda: ('hostname', txt()), lambda: ('domain', txt()),",
      "    lambda: ('broadcast_address', ip()), lambda: ('NTP_server', ip()),",
      "    lambda: ('requested_addr', ip()), lambda: ('lease_time', r.getrandbits(32)),",
      "    lambda: ('message-type', r.randrange(1, 19)), lambda: ('server_id', ip()),",
      "    lambda: ('param_req_list', [r.randrange(1, 255) for _ in range(r.randrange(1, 12))]),",
      "    lambda: ('error_message', txt()), lambda: ('max_dhcp_size', r.randrange(576, 65536)),",
      "    lambda: ('renewal_time', r.getrandbits(32)),",
      "    lambda: ('rebinding_time', r.getrandbits(32)), lambda: ('vendor_class_id', txt()),",
      "    lambda: ('client_id', bytes([1]) + bytes(r.getrandbits(8) for _ in range(6))),",
      "    lambda: ('tftp_server_name', txt()), lambda: ('boot-file-name', txt()),",
      "    lambda: ('vendor_specific', bytes(r.getrandbits(8) for _ in range(r.randrange(1, 9)))),",
      "    lambda: ('relay_agent_information', b'\\x01\\x04' + bytes(r.getrandbits(8) for _ in",
      "        range(4)) + b'\\x02\\x02ab'),",
      "    lambda: ('classless_static_routes', *['%d.%d.0.0/%d:%s' % (r.randrange(1, 224),",
      "        r.randrange(256), 16, ip()) for _ in range(r.randrange(1, 3))]),",
      "    lambda: (r.choice([224, 240, 250]), bytes(r.getrandbits(8) for _ in",
      "        range(r.randrange(0, 8)))), lambda: 'pad']",
      "for n in range(200):",
      "    opts = [r.choice(pool)() for _ in range(r.randrange(0, 14))]",
      "    seen = set(); uniq = []",
      "    for o in opts:",
      "        k = o if isinstance(o, str) else o[0]",
      "        if k in seen and k != 'pad': continue",
      "        seen.add(k); uniq.append(o)",
      "    if r.random() < 0.8: uniq.append('end')",
      "    p = BOOTP(op=r.choice([1, 2]), htype=r.choice([1, 1, 6]), hlen=r.choice([6, 6, 8]),",
      "        hops=r.randrange(4), xid=r.getrandbits(32), secs=r.randrange(65536),",
      "        flags=r.choice([0, 0x8000, 0x8001]), ciaddr=ip(), yiaddr=ip(), siaddr=ip(),",
      "        giaddr=ip(), chaddr=bytes(r.getrandbits(8) for _ in range(16))) / DHCP(options=uniq)",
      "    b = raw(p)",
      "    if r.random() < 0.3: b = b + bytes(r.randrange(40))",
      "    print(b.hex() + '#' + line(b))");

  private static final String DISSECT = String.join("\n",
      "from scapy.all import *",
      FORMAT,
      "import sys",
      "for l in sys.stdin.read().split():",
      "    print(line(bytes.fromhex(l)))");

  private static final java.util.Map<Integer, String> NAMES = java.util.Map.ofEntries(
      java.util.Map.entry(1, "subnet_mask"), java.util.Map.entry(3, "router"),
      java.util.Map.entry(6, "name_server"), java.util.Map.entry(12, "hostname"),
      java.util.Map.entry(15, "domain"), java.util.Map.entry(28, "broadcast_address"),
      java.util.Map.entry(42, "NTP_server"), java.util.Map.entry(43, "vendor_specific"),
      java.util.Map.entry(50, "requested_addr"), java.util.Map.entry(51, "lease_time"),
      java.util.Map.entry(53, "message-type"), java.util.Map.entry(54, "server_id"),
      java.util.Map.entry(55, "param_req_list"), java.util.Map.entry(56, "error_message"),
      java.util.Map.entry(57, "max_dhcp_size"), java.util.Map.entry(58, "renewal_time"),
      java.util.Map.entry(59, "rebinding_time"), java.util.Map.entry(60, "vendor_class_id"),
      java.util.Map.entry(61, "client_id"), java.util.Map.entry(66, "tftp_server_name"),
      java.util.Map.entry(67, "boot-file-name"), java.util.Map.entry(82,
          "relay_agent_information"), java.util.Map.entry(121, "classless_static_routes"));

  /** Our message in the notation of FORMAT. */
  static String describe(DhcpMessage m) {
    String head = String.join(" ", List.of(Integer.toString(m.op().value()),
        Integer.toString(m.htype()), Integer.toString(m.hlen()), Integer.toString(m.hops()),
        Long.toString(m.xid() & 0xffff_ffffL), Integer.toString(m.secs()),
        Integer.toString(m.flags()), m.ciaddr().toString(), m.yiaddr().toString(),
        m.siaddr().toString(), m.giaddr().toString(), m.chaddr().hex()));
    return head + "|" + m.options().stream().map(ScapyDhcpTest::describe)
        .collect(Collectors.joining(";"));
  }

  static String describe(DhcpOption o) {
    int code = o.code().value();
    String name = NAMES.getOrDefault(code, Integer.toString(code));
    String v;
    if (o instanceof DhcpOption.SubnetMask x) {
      v = x.mask().toString();
    } else if (o instanceof DhcpOption.Routers x) {
      v = join(x.routers());
    } else if (o instanceof DhcpOption.DnsServers x) {
      v = join(x.servers());
    } else if (o instanceof DhcpOption.NtpServers x) {
      v = join(x.servers());
    } else if (o instanceof DhcpOption.BroadcastAddress x) {
      v = x.address().toString();
    } else if (o instanceof DhcpOption.RequestedAddress x) {
      v = x.address().toString();
    } else if (o instanceof DhcpOption.ServerIdentifier x) {
      v = x.address().toString();
    } else if (o instanceof DhcpOption.LeaseTime x) {
      v = Long.toString(x.seconds());
    } else if (o instanceof DhcpOption.RenewalTime x) {
      v = Long.toString(x.seconds());
    } else if (o instanceof DhcpOption.RebindingTime x) {
      v = Long.toString(x.seconds());
    } else if (o instanceof DhcpOption.MessageType x) {
      v = Integer.toString(x.type().value());
    } else if (o instanceof DhcpOption.MaximumMessageSize x) {
      v = Integer.toString(x.size());
    } else if (o instanceof DhcpOption.ParameterRequestList x) {
      v = x.codes().stream().map(c -> Integer.toString(c.value()))
          .collect(Collectors.joining(","));
    } else if (o instanceof DhcpOption.ClasslessStaticRoutes x) {
      v = x.routes().stream().map(r -> r.destination() + ":" + r.router())
          .collect(Collectors.joining(","));
    } else {
      // text and opaque options: scapy shows their octets
      byte[] all = o.toByteArray();
      v = Hex.toHex(java.util.Arrays.copyOfRange(all, 2, all.length));
    }
    return name + "=" + v;
  }

  private static String join(List<Ipv4Address> a) {
    return a.stream().map(Object::toString).collect(Collectors.joining(","));
  }

  @Test
  void parsesWhatScapyBuilds() {
    String out = Scapy.run(BUILD, "");
    String[] lines = out.strip().split("\n");
    assertEquals(200, lines.length);
    for (String l : lines) {
      String[] parts = l.split("#", 2);
      byte[] bytes = Hex.parse(parts[0]);
      DhcpMessage m = DhcpMessage.parse(bytes);
      assertArrayEquals(bytes, m.toByteArray(), "lossless: " + parts[0]);
      assertEquals(parts[1], describe(m), parts[0]);
    }
  }

  @Test
  void scapyParsesWhatWeBuild() {
    Random r = new Random(11);
    List<DhcpMessage> messages = new ArrayList<>();
    for (int n = 0; n < 100; n++) {
      MacAddress mac = MacAddress.of(r.nextLong() & 0xffff_ffff_ffffL);
      Ipv4Address a = Ipv4Address.of(r.nextInt());
      Ipv4Address s = Ipv4Address.of(r.nextInt());
      List<DhcpOption> extra = new ArrayList<>();
      if (r.nextBoolean()) {
        extra.add(DhcpOption.SubnetMask.ofLength(r.nextInt(33)));
      }
      if (r.nextBoolean()) {
        extra.add(DhcpOption.Routers.of(Ipv4Address.of(r.nextInt()), Ipv4Address.of(
            r.nextInt())));
      }
      if (r.nextBoolean()) {
        extra.add(DhcpOption.DnsServers.of(Ipv4Address.of(r.nextInt())));
      }
      if (r.nextBoolean()) {
        extra.add(new DhcpOption.HostName("host-" + n));
      }
      if (r.nextBoolean()) {
        extra.add(new DhcpOption.RenewalTime(r.nextInt() & 0xffff_ffffL));
      }
      if (r.nextBoolean()) {
        extra.add(DhcpOption.ClasslessStaticRoutes.of(
            new DhcpOption.ClasslessStaticRoutes.StaticRoute(
                Ipv4Prefix.containing(Ipv4Address.of(r.nextInt()), 16), a)));
      }
      if (r.nextBoolean()) {
        extra.add(DhcpOption.Unknown.of(224 + r.nextInt(30), ByteString.of(r.nextInt(256))));
      }
      DhcpOption[] opts = extra.toArray(new DhcpOption[0]);
      DhcpMessage discover = DhcpMessage.discover(r.nextInt(), mac,
          DhcpOption.ClientIdentifier.of(mac), DhcpOption.ParameterRequestList.of(
              DhcpOptionCode.SUBNET_MASK, DhcpOptionCode.ROUTER));
      DhcpMessage m = switch (n % 5) {
        case 0 -> discover;
        case 1 -> DhcpMessage.offer(discover, a, s, r.nextInt() & 0xffff_ffffL, opts);
        case 2 -> DhcpMessage.requestSelecting(DhcpMessage.offer(discover, a, s, 60), opts);
        case 3 -> DhcpMessage.ack(discover, a, s, 3600, opts);
        default -> DhcpMessage.nak(discover, s, "no address for you");
      };
      messages.add(m);
    }
    String in = messages.stream().map(m -> Hex.toHex(m.toByteArray()))
        .collect(Collectors.joining("\n"));
    String[] lines = Scapy.run(DISSECT, in).strip().split("\n");
    assertEquals(messages.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertEquals(describe(messages.get(i)), lines[i], Hex.toHex(messages.get(i)
          .toByteArray()));
    }
  }
}
