package io.github.netcodec.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.testing.Scapy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * scapy (Debian python3-scapy) as an independent oracle, both ways: packets scapy builds must
 * parse to scapy's view of every field, and packets we build must dissect in scapy to our view,
 * with checksums scapy agrees with.
 */
class Ipv4ScapyTest {

  /** Prints, per packet, "key=value" fields of scapy's dissection, tab-separated. */
  private static final String DESCRIBE = String.join("\n",
      "def describe(p):",
      "    ip = p[IP]",
      "    f = ['hex=' + raw(p).hex(), 'version=%d' % ip.version, 'ihl=%d' % ip.ihl,",
      "         'tos=%d' % ip.tos, 'len=%d' % ip.len, 'id=%d' % ip.id, 'flags=%d' % int(ip.flags),",
      "         'frag=%d' % ip.frag, 'ttl=%d' % ip.ttl, 'proto=%d' % ip.proto,",
      "         'chksum=%d' % ip.chksum, 'src=' + ip.src, 'dst=' + ip.dst,",
      "         'payload=' + raw(ip.payload).hex()]",
      "    q = ip.copy(); del q.chksum",
      "    f.append('valid=%d' % (IP(raw(q)).chksum == ip.chksum))",
      "    opts = []",
      "    for o in ip.options:",
      "        if not hasattr(o, 'copy_flag'):",
      "            opts.append('raw/%s/' % raw(o).hex())",
      "            continue",
      "        t = (o.copy_flag << 7) | (o.optclass << 5) | o.option",
      "        d = ''",
      "        if t in (7, 131, 137):",
      "            d = 'ptr:%d:%s' % (o.pointer, '+'.join(o.routers))",
      "        elif t == 68:",
      "            a = o.internet_address if o.flg in (1, 3) else '-'",
      "            d = 'ts:%d:%d:%d:%s:%d' % (o.pointer, o.oflw, o.flg, a, o.timestamp)",
      "        elif t == 148:",
      "            d = 'ra:%d' % o.alert",
      "        opts.append('%d/%s/%s' % (t, raw(o).hex(), d))",
      "    f.append('options=' + ';'.join(opts))",
      "    print('\\t'.join(f))");

  private static Map<String, String> fields(String line) {
    Map<String, String> m = new HashMap<>();
    for (String kv : line.split("\t")) {
      int eq = kv.indexOf('=');
      m.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return m;
  }

  private static int num(Map<String, String> m, String key) {
    return Integer.parseInt(m.get(key));
  }

  /** Checks every field of our dissection against scapy's. */
  private static void assertAgrees(Map<String, String> s, Ipv4Packet p) {
    String hex = s.get("hex");
    assertEquals(num(s, "version"), p.version(), hex);
    assertEquals(num(s, "ihl"), p.ihl(), hex);
    assertEquals(num(s, "tos"), p.dscp() << 2 | p.ecn(), hex);
    assertEquals(num(s, "len"), p.totalLength(), hex);
    assertEquals(num(s, "id"), p.identification(), hex);
    assertEquals(num(s, "flags"), p.flags(), hex);
    assertEquals(num(s, "frag"), p.fragmentOffset(), hex);
    assertEquals(num(s, "ttl"), p.ttl(), hex);
    assertEquals(num(s, "proto"), p.protocol().value(), hex);
    assertEquals(num(s, "chksum"), p.headerChecksum(), hex);
    assertEquals(s.get("valid").equals("1"), p.hasValidHeaderChecksum(), hex);
    assertEquals(Ipv4Address.parse(s.get("src")), p.source(), hex);
    assertEquals(Ipv4Address.parse(s.get("dst")), p.destination(), hex);
    byte[] payload = new byte[p.payloadLength()];
    p.payload().get(payload);
    assertEquals(s.get("payload"), Hex.toHex(payload), hex);
    assertOptionsAgree(s.get("options"), p.options(), hex);
  }

  private static void assertOptionsAgree(String scapy, List<Ipv4Option> ours, String hex) {
    List<String> theirs = scapy.isEmpty() ? List.of() : List.of(scapy.split(";"));
    // scapy shows the padding after End of Option List as further End of Option List options,
    // stops dissecting at an option type it does not know (leaving the rest raw), and reads
    // Basic Security as 11 bytes whatever its length: compare the options before any of these
    // one by one, then the bytes of the rest together.
    StringBuilder theirTail = new StringBuilder();
    int k = 0;
    for (; k < theirs.size(); k++) {
      String[] t = theirs.get(k).split("/", -1);
      if (t[0].equals("0") || t[0].equals("raw") || ours.get(k) instanceof Ipv4Option.Raw) {
        for (int j = k; j < theirs.size(); j++) {
          theirTail.append(theirs.get(j).split("/", -1)[1]);
        }
        break;
      }
      Ipv4Option o = ours.get(k);
      assertEquals(Integer.parseInt(t[0]), o.type(), hex);
      assertEquals(t[1], Hex.toHex(o.toByteArray()), hex);
      assertEquals(t[2], describe(o), hex);
    }
    if (theirTail.length() > 0) {
      StringBuilder ourTail = new StringBuilder();
      for (Ipv4Option o : ours.subList(k, ours.size())) {
        ourTail.append(Hex.toHex(o.toByteArray()));
      }
      assertEquals(theirTail.toString(), ourTail.toString(), hex);
    } else {
      assertEquals(k, ours.size(), hex);
    }
  }

  /** Our option in the form the script prints. */
  private static String describe(Ipv4Option o) {
    if (o instanceof Ipv4Option.RecordRoute r) {
      return route(r.pointer(), r.route());
    } else if (o instanceof Ipv4Option.LooseSourceRoute r) {
      return route(r.pointer(), r.route());
    } else if (o instanceof Ipv4Option.StrictSourceRoute r) {
      return route(r.pointer(), r.route());
    } else if (o instanceof Ipv4Option.Timestamp t) {
      // scapy models one entry; the generated options have exactly one.
      Ipv4Option.Timestamp.Entry e = t.entries().get(0);
      return "ts:" + t.pointer() + ":" + t.overflow() + ":" + t.flag() + ":"
          + e.address().map(Ipv4Address::toString).orElse("-") + ":" + e.timestamp();
    } else if (o instanceof Ipv4Option.RouterAlert a) {
      return "ra:" + a.value();
    }
    return "";
  }

  private static String route(int pointer, List<Ipv4Address> route) {
    return "ptr:" + pointer + ":"
        + route.stream().map(Ipv4Address::toString).collect(Collectors.joining("+"));
  }

  @Test
  void parsesScapysPacketsToScapysFieldValues() {
    String script = String.join("\n",
        "from scapy.all import *",
        "import random",
        "random.seed(791)",
        DESCRIBE,
        "def ip(): return '.'.join(str(random.randrange(256)) for _ in range(4))",
        "def option():",
        "    k = random.randrange(7)",
        "    if k == 0: return IPOption_NOP()",
        "    routers = [ip() for _ in range(random.randrange(4))]",
        "    ptr = random.choice([4, 8, 12])",
        "    if k == 1: return IPOption_RR(routers=routers, pointer=ptr)",
        "    if k == 2: return IPOption_LSRR(routers=routers, pointer=ptr)",
        "    if k == 3: return IPOption_SSRR(routers=routers, pointer=ptr)",
        "    if k == 4: return IPOption_Router_Alert(alert=random.choice([0, 1, 65535]))",
        "    if k == 5:",
        "        flg = random.choice([0, 1, 3])",
        "        return IPOption_Timestamp(flg=flg, oflw=random.randrange(16), pointer=ptr + 1,",
        "            internet_address=ip(), timestamp=random.randrange(2**32))",
        "    return IPOption_Security()",
        "for i in range(150):",
        "    opts = [option() for _ in range(random.randrange(4))]",
        "    p = IP(src=ip(), dst=ip(), id=random.randrange(65536), ttl=random.randrange(256),",
        "           tos=random.randrange(256), proto=random.randrange(256),",
        "           flags=random.randrange(8), frag=random.choice([0, random.randrange(8192)]),",
        "           options=opts) / Raw(bytes(random.randrange(256) for _ in range(random.randrange(40))))",
        "    if i % 5 == 4: p.chksum = random.randrange(65536)",
        "    describe(IP(raw(p)))");
    String[] lines = Scapy.run(script, "").trim().split("\n");
    assertEquals(150, lines.length);
    int withOptions = 0;
    for (String line : lines) {
      Map<String, String> s = fields(line);
      byte[] bytes = Hex.parse(s.get("hex"));
      Ipv4Packet p = Ipv4Packet.parse(bytes);
      assertAgrees(s, p);
      assertEquals(s.get("hex"), Hex.toHex(p.toByteArray()));
      withOptions += p.options().isEmpty() ? 0 : 1;
    }
    assertTrue(withOptions > 50, "options in " + withOptions + " packets");
  }

  @Test
  void scapyReadsOurPacketsToOurFieldValues() {
    Random r = new Random(1624);
    List<Ipv4Packet> ours = new ArrayList<>();
    StringBuilder stdin = new StringBuilder();
    for (int k = 0; k < 150; k++) {
      Ipv4Packet p = RandomIpv4.packet(r, 60);
      if (k % 3 == 0) { // the rewrites a router or NAT makes
        p = p.withTtl(r.nextInt(256)).withSource(RandomIpv4.address(r)).withDscp(r.nextInt(64));
      }
      ours.add(p);
      stdin.append(Hex.toHex(p.toByteArray())).append('\n');
    }
    // Only single-entry timestamps have a field-by-field form in scapy: compare those options
    // field by field and all others by their bytes (scapy shows them raw).
    String script = String.join("\n",
        "from scapy.all import *",
        "import sys",
        DESCRIBE,
        "for line in sys.stdin.read().split():",
        "    describe(IP(bytes.fromhex(line)))");
    String[] lines = Scapy.run(script, stdin.toString()).trim().split("\n");
    assertEquals(ours.size(), lines.length);
    for (int k = 0; k < lines.length; k++) {
      Map<String, String> s = fields(lines[k]);
      Ipv4Packet p = ours.get(k);
      assertEquals(Hex.toHex(p.toByteArray()), s.get("hex"), "scapy re-encodes our bytes");
      if (p.options().stream().anyMatch(o -> o instanceof Ipv4Option.Timestamp t
          && t.entries().size() != 1)) {
        assertEquals(p.hasValidHeaderChecksum(), s.get("valid").equals("1"));
        continue;
      }
      assertAgrees(s, p);
    }
  }
}
