package io.github.netcodec.dhcpv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.testing.Scapy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * scapy 2.5 ({@code scapy.layers.dhcp6}, Debian python3-scapy) as the oracle both ways: messages
 * scapy builds at random (every message class, relay chains, every option class we type plus
 * SNTP servers and unknown codes) parse to the values scapy dissects; messages we build at
 * random are dissected by scapy to our values and re-encoded by scapy to our bytes.
 *
 * <p>Both generators keep to what scapy 2.5 dissects field by field (see {@link RandomDhcpv6}):
 * inside an option scapy reads on past an IA Address or IA Prefix only, taking whatever follows
 * any other inner option for its payload, dissects identifiers and unknown codes there as raw
 * bytes, and at the top of a message takes everything after an IA Address or IA Prefix for
 * padding; an empty Option Request it dissects as its default, codes 23 and 24. Our parser
 * reads all of those by the RFC 8415 framing, as the unit tests show.
 */
class ScapyDhcpv6Test {

  /** Describes a dissected message; {@link #describe(Dhcpv6Message)} must match. */
  private static final String DESCRIBE = String.join("\n",
      "from scapy.all import *",
      "from scapy.layers.dhcp6 import *",
      "import scapy.layers.dhcp6 as d",
      "import socket, sys, random, uuid",
      "def a(x): return socket.inet_pton(socket.AF_INET6, x).hex()",
      "def u(x): return x & 0xffffffff",
      "def duid(o):",
      "    x = o.duid",
      "    if isinstance(x, DUID_LLT):",
      "        return 'llt/%d/%d/%s' % (x.hwtype, x.timeval, x.lladdr.replace(':', ''))",
      "    if isinstance(x, DUID_EN): return 'en/%d/%s' % (x.enterprisenum, bytes(x.id).hex())",
      "    if isinstance(x, DUID_LL): return 'll/%d/%s' % (x.hwtype, x.lladdr.replace(':', ''))",
      "    if isinstance(x, DUID_UUID): return 'uuid/%s' % x.uuid",
      "    return 'raw/' + bytes(x).hex()",
      "def opts(lst): return '[' + ';'.join(opt(o) for o in lst) + ']'",
      "def chain(p):",
      "    out = []",
      "    o = p.payload",
      "    while not isinstance(o, NoPayload):",
      "        out.append(o)",
      "        o = o.payload",
      "    return out",
      "def opt(o):",
      "    c = o.optcode",
      "    if c in (1, 2): s = duid(o)",
      "    elif c == 3: s = '%d/%d/%d%s' % (o.iaid, u(o.T1), u(o.T2), opts(o.ianaopts))",
      "    elif c == 4: s = '%d%s' % (o.iaid, opts(o.iataopts))",
      "    elif c == 25: s = '%d/%d/%d%s' % (o.iaid, u(o.T1), u(o.T2), opts(o.iapdopt))",
      "    elif c == 5: s = '%s/%d/%d%s' % (a(o.addr), u(o.preflft), u(o.validlft),",
      "        opts(o.iaaddropts))",
      "    elif c == 26: s = '%d/%d/%d/%s%s' % (u(o.preflft), u(o.validlft), o.plen,",
      "        a(o.prefix), opts(o.iaprefopts))",
      "    elif c == 6: s = ','.join(str(x) for x in o.reqopts)",
      "    elif c == 7: s = str(o.prefval)",
      "    elif c == 8: s = str(o.elapsedtime)",
      "    elif c == 9: s = msg(o.message)",
      "    elif c == 13: s = '%d/%s' % (o.statuscode, bytes(o.statusmsg).hex())",
      "    elif c in (14, 20): s = ''",
      "    elif c == 18: s = bytes(o.ifaceid).hex()",
      "    elif c == 23: s = ','.join(a(x) for x in o.dnsservers)",
      "    elif c == 24: s = ','.join(n if n.endswith('.') else n + '.' for n in o.dnsdomains)",
      "    else: s = raw(o)[4:4 + o.optlen].hex()",
      "    return '%d:%s' % (c, s)",
      "def msg(p):",
      "    if p.msgtype in (12, 13):",
      "        head = '%d/%d/%s/%s' % (p.msgtype, p.hopcount, a(p.linkaddr), a(p.peeraddr))",
      "    else:",
      "        head = '%d/%d' % (p.msgtype, p.trid)",
      "    return head + opts(chain(p))");

  private static final String BUILD = String.join("\n",
      DESCRIBE,
      "r = random.Random(8415)",
      "def rmac(): return ':'.join('%02x' % r.randrange(256) for _ in range(6))",
      "def raddr(): return socket.inet_ntop(socket.AF_INET6, bytes(r.randrange(256)",
      "    for _ in range(16)))",
      "def rbytes(n): return bytes(r.randrange(256) for _ in range(n))",
      "def rduid():",
      "    k = r.randrange(4)",
      "    if k == 0: return DUID_LLT(timeval=r.getrandbits(32), lladdr=rmac())",
      "    if k == 1: return DUID_EN(enterprisenum=r.getrandbits(32), id=rbytes(r.randrange(10)))",
      "    if k == 2: return DUID_LL(lladdr=rmac())",
      "    return DUID_UUID(uuid=uuid.UUID(int=r.getrandbits(128)))",
      "def rname(): return '.'.join(''.join(chr(97 + r.randrange(26)) for _ in",
      "    range(1 + r.randrange(8))) for _ in range(1 + r.randrange(3))) + '.'",
      "def nest(level):",
      "    # scapy dissects past an inner option only after IA Address and IA Prefix",
      "    if level >= 3: return []",
      "    out = [ropt(level + 1, r.choice([5, 6])) for _ in range(r.randrange(3))]",
      "    if r.randrange(2): out.append(ropt(level + 1))",
      "    return out",
      "def ropt(level, k=None):",
      "    if k is None: k = r.randrange(18)",
      "    while level == 0 and k in (5, 6): k = r.randrange(18)  # scapy: sub-options only",
      "    if k in (0, 1) and level > 0: k = 9  # scapy: identifiers only at the top",
      "    if k == 0: return DHCP6OptClientId(duid=rduid())",
      "    if k == 1: return DHCP6OptServerId(duid=rduid())",
      "    if k == 2: return DHCP6OptIA_NA(iaid=r.getrandbits(32), T1=r.getrandbits(31),",
      "        T2=r.getrandbits(31), ianaopts=nest(level))",
      "    if k == 3: return DHCP6OptIA_TA(iaid=r.getrandbits(32), iataopts=nest(level))",
      "    if k == 4: return DHCP6OptIA_PD(iaid=r.getrandbits(32), T1=r.getrandbits(31),",
      "        T2=r.getrandbits(31), iapdopt=nest(level))",
      "    if k == 5: return DHCP6OptIAAddress(addr=raddr(), preflft=r.getrandbits(31),",
      "        validlft=r.getrandbits(31), iaaddropts=nest(level))",
      "    if k == 6: return DHCP6OptIAPrefix(preflft=r.getrandbits(31), validlft=r.getrandbits(31),",
      "        plen=r.randrange(129), prefix=raddr(), iaprefopts=nest(level))",
      "    if k == 7: return DHCP6OptOptReq(reqopts=[r.randrange(1, 100) for _ in",
      "        range(1 + r.randrange(4))])  # scapy dissects an empty list as [23, 24]",
      "    if k == 8: return DHCP6OptPref(prefval=r.randrange(256))",
      "    if k == 9: return DHCP6OptElapsedTime(elapsedtime=r.randrange(65536))",
      "    if k == 10: return DHCP6OptStatusCode(statuscode=r.randrange(7),",
      "        statusmsg=rbytes(r.randrange(10)))",
      "    if k == 11: return DHCP6OptRapidCommit()",
      "    if k == 12: return DHCP6OptIfaceId(ifaceid=rbytes(r.randrange(8)))",
      "    if k == 13: return DHCP6OptReconfAccept()",
      "    if k == 14: return DHCP6OptDNSServers(dnsservers=[raddr() for _ in range(1 + r.randrange(3))])",
      "    if k == 15: return DHCP6OptDNSDomains(dnsdomains=[rname() for _ in range(1 + r.randrange(3))])",
      "    if k == 16: return DHCP6OptSNTPServers(sntpservers=[raddr()])",
      "    if level > 0: return DHCP6OptSNTPServers(sntpservers=[raddr()])  # scapy: Raw inside",
      "    return DHCP6OptUnknown(optcode=r.choice([44, 200, 4660, 65000]),",
      "        data=rbytes(r.randrange(10)))",
      "classes = [DHCP6_Solicit, DHCP6_Advertise, DHCP6_Request, DHCP6_Confirm, DHCP6_Renew,",
      "    DHCP6_Rebind, DHCP6_Reply, DHCP6_Release, DHCP6_Decline, DHCP6_Reconf,",
      "    DHCP6_InfoRequest]",
      "def rmsg(relays):",
      "    if relays > 0 and r.randrange(3) > 0:",
      "        p = r.choice([DHCP6_RelayForward, DHCP6_RelayReply])(hopcount=r.randrange(256),",
      "            linkaddr=raddr(), peeraddr=raddr())",
      "        if r.randrange(2): p = p / DHCP6OptIfaceId(ifaceid=rbytes(1 + r.randrange(6)))",
      "        p = p / DHCP6OptRelayMsg(message=rmsg(relays - 1))",
      "    else:",
      "        p = r.choice(classes)(trid=r.getrandbits(24))",
      "    for _ in range(r.randrange(6)): p = p / ropt(0)",
      "    return p",
      "for n in range(300):",
      "    b = raw(rmsg(3))",
      "    print(b.hex(), msg(d._dhcp6_dispatcher(b)))");

  private static final String DISSECT = String.join("\n",
      DESCRIBE,
      "for line in sys.stdin.read().split():",
      "    b = bytes.fromhex(line)",
      "    p = d._dhcp6_dispatcher(b)",
      "    print(msg(p), int(raw(p) == b))");

  private static String hex(Ipv6Address a) {
    return Hex.toHex(a.toByteArray());
  }

  /** Our value in the notation of DESCRIBE. */
  static String describe(Dhcpv6Message m) {
    String head;
    if (m instanceof Dhcpv6Message.Relay r) {
      head = r.type().value() + "/" + r.hopCount() + "/" + hex(r.linkAddress()) + "/"
          + hex(r.peerAddress());
    } else {
      head = m.type().value() + "/" + ((Dhcpv6Message.ClientServer) m).transactionId();
    }
    return head + describe(m.options());
  }

  private static String describe(List<Dhcpv6Option> options) {
    return options.stream().map(ScapyDhcpv6Test::describe)
        .collect(Collectors.joining(";", "[", "]"));
  }

  private static String describe(Duid d) {
    if (d instanceof Duid.LinkLayerPlusTime l) {
      return "llt/" + l.hardwareType() + "/" + l.time() + "/" + l.linkLayerAddress().hex();
    } else if (d instanceof Duid.Enterprise e) {
      return "en/" + e.enterpriseNumber() + "/" + e.identifier().hex();
    } else if (d instanceof Duid.LinkLayer l) {
      return "ll/" + l.hardwareType() + "/" + l.linkLayerAddress().hex();
    } else if (d instanceof Duid.Uuid u) {
      return "uuid/" + u.uuid();
    }
    return "raw/" + Hex.toHex(d.toByteArray());
  }

  static String describe(Dhcpv6Option o) {
    String s;
    if (o instanceof Dhcpv6Option.ClientId c) {
      s = describe(c.duid());
    } else if (o instanceof Dhcpv6Option.ServerId c) {
      s = describe(c.duid());
    } else if (o instanceof Dhcpv6Option.IaNa ia) {
      s = ia.iaid() + "/" + ia.t1() + "/" + ia.t2() + describe(ia.options());
    } else if (o instanceof Dhcpv6Option.IaTa ia) {
      s = ia.iaid() + describe(ia.options());
    } else if (o instanceof Dhcpv6Option.IaPd ia) {
      s = ia.iaid() + "/" + ia.t1() + "/" + ia.t2() + describe(ia.options());
    } else if (o instanceof Dhcpv6Option.IaAddress a) {
      s = hex(a.address()) + "/" + a.preferredLifetime() + "/" + a.validLifetime()
          + describe(a.options());
    } else if (o instanceof Dhcpv6Option.IaPrefix p) {
      s = p.preferredLifetime() + "/" + p.validLifetime() + "/" + p.prefixLength() + "/"
          + hex(p.prefix()) + describe(p.options());
    } else if (o instanceof Dhcpv6Option.OptionRequest oro) {
      s = oro.codes().stream().map(c -> Integer.toString(c.value()))
          .collect(Collectors.joining(","));
    } else if (o instanceof Dhcpv6Option.Preference p) {
      s = Integer.toString(p.value());
    } else if (o instanceof Dhcpv6Option.ElapsedTime t) {
      s = Integer.toString(t.hundredths());
    } else if (o instanceof Dhcpv6Option.RelayMessage rm) {
      s = describe(rm.message());
    } else if (o instanceof Dhcpv6Option.StatusCode sc) {
      s = sc.status().value() + "/" + sc.messageBytes().hex();
    } else if (o instanceof Dhcpv6Option.RapidCommit
        || o instanceof Dhcpv6Option.ReconfigureAccept) {
      s = "";
    } else if (o instanceof Dhcpv6Option.InterfaceId id) {
      s = id.id().hex();
    } else if (o instanceof Dhcpv6Option.DnsServers dns) {
      s = dns.servers().stream().map(ScapyDhcpv6Test::hex).collect(Collectors.joining(","));
    } else if (o instanceof Dhcpv6Option.DomainList dl) {
      s = dl.domains().stream().map(Object::toString).collect(Collectors.joining(","));
    } else if (o instanceof Dhcpv6Option.Unknown u) {
      s = u.data().hex();
    } else {
      s = ((Dhcpv6Option.Malformed) o).data().hex();
    }
    return o.code().value() + ":" + s;
  }

  @Test
  void parsesWhatScapyBuildsToTheValuesScapyDissects() {
    String out = Scapy.run(BUILD, "");
    int n = 0;
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int space = line.indexOf(' ');
      byte[] bytes = Hex.parse(line.substring(0, space));
      Dhcpv6Message m = Dhcpv6Message.parse(bytes);
      assertEquals(line.substring(space + 1), describe(m), line);
      assertEquals(line.substring(0, space), Hex.toHex(m.toByteArray()), "re-encoded");
      n++;
    }
    assertEquals(300, n, "scapy printed every message");
  }

  @Test
  void scapyDissectsWhatWeBuildToOurValues() {
    Random r = new Random(3646);
    RandomDhcpv6 random = new RandomDhcpv6(r, true);
    List<Dhcpv6Message> messages = new ArrayList<>();
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      Dhcpv6Message m = random.message(3);
      messages.add(m);
      in.append(Hex.toHex(m.toByteArray())).append('\n');
    }
    String[] lines = Scapy.run(DISSECT, in.toString()).split("\n");
    assertEquals(messages.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      String expected = describe(messages.get(i));
      assertEquals(expected + " 1", lines[i], () -> "scapy dissects differently (a trailing 0"
          + " means scapy re-encoded other bytes)");
    }
    assertTrue(lines.length > 0);
  }
}
