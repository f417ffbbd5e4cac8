package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class RoutingTableTest {

  /**
   * networking-lecture.txt, "IPv4 addresses and routing tables":
   * <pre>
   * if I receive data for...         send it to...
   * 128.143.0.0—128.143.255.255      network 1, 11.4.3.2
   * 192.107.102.0—192.107.102.255    network 1, 11.4.3.2
   * 4.0.0.0—7.255.255.255            network 2, 12.4.6.4
   * 64.8.0.0—64.15.255.255           network 2, 45.4.0.1
   * anything else                    network 3, 199.44.33.1
   * </pre>
   */
  @Test
  void lectureForwardingTable() {
    RoutingTable<String> t = new RoutingTable<>();
    String[][] rows = {
      {"128.143.0.0", "128.143.255.255", "network 1, 11.4.3.2"},
      {"192.107.102.0", "192.107.102.255", "network 1, 11.4.3.2"},
      {"4.0.0.0", "7.255.255.255", "network 2, 12.4.6.4"},
      {"64.8.0.0", "64.15.255.255", "network 2, 45.4.0.1"},
    };
    for (String[] row : rows) {
      for (Ipv4Prefix p : Ipv4Prefix.covering(Ipv4Address.parse(row[0]), Ipv4Address.parse(row[1]))) {
        t.put(p, row[2]);
      }
    }
    t.put(Ipv4Prefix.ALL, "network 3, 199.44.33.1");
    assertEquals(5, t.size());
    assertEquals("network 1, 11.4.3.2", t.lookup(Ipv4Address.parse("128.143.67.11")));
    assertEquals("network 1, 11.4.3.2", t.lookup(Ipv4Address.parse("192.107.102.255")));
    assertEquals("network 3, 199.44.33.1", t.lookup(Ipv4Address.parse("192.107.103.0")));
    assertEquals("network 2, 12.4.6.4", t.lookup(Ipv4Address.parse("4.0.0.0")));
    assertEquals("network 2, 12.4.6.4", t.lookup(Ipv4Address.parse("7.255.255.255")));
    assertEquals("network 3, 199.44.33.1", t.lookup(Ipv4Address.parse("8.0.0.0")));
    assertEquals("network 2, 45.4.0.1", t.lookup(Ipv4Address.parse("64.15.1.1")));
    assertEquals("network 3, 199.44.33.1", t.lookup(Ipv4Address.parse("64.16.0.0")));
    assertEquals("network 3, 199.44.33.1", t.lookup(Ipv4Address.parse("216.58.217.69")));
    assertEquals(Optional.of(new Route<>(Ipv4Prefix.parse("4.0.0.0/6"), "network 2, 12.4.6.4")),
        t.longestMatch(Ipv4Address.parse("5.6.7.8")));
    assertEquals(List.of(Ipv4Prefix.ALL, Ipv4Prefix.parse("4.0.0.0/6"),
            Ipv4Prefix.parse("64.8.0.0/13"), Ipv4Prefix.parse("128.143.0.0/16"),
            Ipv4Prefix.parse("192.107.102.0/24")),
        t.routes().stream().map(Route::prefix).toList());
  }

  /**
   * networking-lecture.txt, {@code /sbin/route -n}:
   * <pre>
   * Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
   * 0.0.0.0         128.143.67.1    0.0.0.0         UG    100    0        0 enp0s31f6
   * 128.143.67.0    0.0.0.0         255.255.255.0   U     100    0        0 enp0s31f6
   * 169.254.0.0     0.0.0.0         255.255.0.0     U     1000   0        0 enp0s31f6
   * </pre>
   */
  @Test
  void routeDashN() {
    record Hop(Ipv4Address gateway, String iface) {}
    String routeN = """
        0.0.0.0	128.143.67.1	0.0.0.0	UG	100	0	0	enp0s31f6
        128.143.67.0	0.0.0.0	255.255.255.0	U	100	0	0	enp0s31f6
        169.254.0.0	0.0.0.0	255.255.0.0	U	1000	0	0	enp0s31f6
        """;
    RoutingTable<Hop> t = new RoutingTable<>();
    for (String line : routeN.strip().split("\n")) {
      String[] f = line.split("\t");
      Ipv4Prefix p = Ipv4Prefix.ofNetmask(Ipv4Address.parse(f[0]), Ipv4Address.parse(f[2]));
      t.put(p, new Hop(Ipv4Address.parse(f[1]), f[7]));
    }
    // "(line 2) to get to 128.143.67.0–128.143.67.255, send directly on local network"
    assertEquals(Ipv4Address.ANY, t.lookup(Ipv4Address.parse("128.143.67.11")).gateway());
    assertEquals(Ipv4Address.ANY, t.lookup(Ipv4Address.parse("128.143.67.255")).gateway());
    // "(line 3) to get to 169.254.0.0–169.254.255.255, send directly on local network"
    assertEquals(Ipv4Address.ANY, t.lookup(Ipv4Address.parse("169.254.3.4")).gateway());
    // "(line 1) to get anywhere else, use gateway 128.143.67.1"
    assertEquals(Ipv4Address.parse("128.143.67.1"), t.lookup(Ipv4Address.parse("128.143.68.1")).gateway());
    assertEquals(Ipv4Address.parse("128.143.67.1"), t.lookup(Ipv4Address.parse("216.58.217.69")).gateway());
    assertEquals("enp0s31f6", t.lookupIpv4(0x08080808).iface());
  }

  @Test
  void removeUncoversShorterRoutesAndFolds() {
    RoutingTable<String> t = new RoutingTable<>();
    t.put(Ipv4Prefix.parse("10.0.0.0/8"), "a");
    t.put(Ipv4Prefix.parse("10.1.0.0/16"), "b");
    t.put(Ipv4Prefix.parse("10.1.2.0/24"), "c");
    t.put(Ipv4Prefix.parse("10.1.2.128/25"), "d");
    t.put(Ipv4Prefix.parse("10.1.2.129/32"), "e");
    assertEquals("e", t.lookup(Ipv4Address.parse("10.1.2.129")));
    assertEquals("d", t.lookup(Ipv4Address.parse("10.1.2.130")));
    assertEquals(Optional.of("d"), t.remove(Ipv4Prefix.parse("10.1.2.128/25")));
    assertEquals("c", t.lookup(Ipv4Address.parse("10.1.2.130")));
    assertEquals("e", t.lookup(Ipv4Address.parse("10.1.2.129")));
    assertEquals(Optional.empty(), t.remove(Ipv4Prefix.parse("10.1.2.128/25")));
    assertEquals(Optional.of("c"), t.remove(Ipv4Prefix.parse("10.1.2.0/24")));
    assertEquals("b", t.lookup(Ipv4Address.parse("10.1.2.1")));
    assertEquals(Optional.of("e"), t.remove(Ipv4Prefix.parse("10.1.2.129/32")));
    assertEquals("b", t.lookup(Ipv4Address.parse("10.1.2.129")));
    assertEquals(Optional.of("b"), t.put(Ipv4Prefix.parse("10.1.0.0/16"), "B"));
    assertEquals("B", t.lookup(Ipv4Address.parse("10.1.255.255")));
    assertEquals(Optional.of("B"), t.remove(Ipv4Prefix.parse("10.1.0.0/16")));
    assertEquals("a", t.lookup(Ipv4Address.parse("10.1.2.129")));
    assertEquals(Optional.of("a"), t.get(Ipv4Prefix.parse("10.0.0.0/8")));
    assertEquals(Optional.empty(), t.get(Ipv4Prefix.parse("10.0.0.0/9")));
    assertEquals(Optional.of("a"), t.remove(Ipv4Prefix.parse("10.0.0.0/8")));
    assertNull(t.lookup(Ipv4Address.parse("10.1.2.129")));
    assertEquals(Optional.empty(), t.longestMatch(Ipv4Address.parse("10.1.2.129")));
    assertTrue(t.isEmpty());
  }

  @Test
  void ipv6RoutesAndDefault() {
    RoutingTable<String> t = new RoutingTable<>();
    t.put(Ipv6Prefix.ALL, "default");
    t.put(Ipv6Prefix.parse("2607:f8b0::/32"), "google");
    t.put(Ipv6Prefix.parse("2607:f8b0:400d::/48"), "google-400d");
    t.put(Ipv6Prefix.parse("fe80::/10"), "link");
    t.put(Ipv6Prefix.parse("::1/128"), "lo");
    assertEquals("google-400d", t.lookup(Ipv6Address.parse("2607:f8b0:400d:c00::6a")));
    assertEquals("google", t.lookup(Ipv6Address.parse("2607:f8b0:4004:80b::2005")));
    assertEquals("link", t.lookup(Ipv6Address.parse("fe80::1")));
    assertEquals("lo", t.lookup(Ipv6Address.LOOPBACK));
    assertEquals("default", t.lookup(Ipv6Address.parse("::2")));
    assertEquals(Optional.of(new Route<>(Ipv6Prefix.parse("2607:f8b0::/32"), "google")),
        t.longestMatch(Ipv6Address.parse("2607:f8b0::1")));
    assertEquals(Optional.of("google"), t.remove(Ipv6Prefix.parse("2607:f8b0::/32")));
    assertEquals("default", t.lookup(Ipv6Address.parse("2607:f8b0:4004:80b::2005")));
    assertEquals("google-400d", t.lookup(Ipv6Address.parse("2607:f8b0:400d:c00::6a")));
    assertEquals(List.of(Ipv6Prefix.ALL, Ipv6Prefix.parse("::1/128"),
            Ipv6Prefix.parse("2607:f8b0:400d::/48"), Ipv6Prefix.parse("fe80::/10")),
        t.routes().stream().map(Route::prefix).toList());
    // An IPv4 default does not match IPv6 and vice versa.
    assertNull(t.lookup(Ipv4Address.parse("1.2.3.4")));
    t.put(Ipv4Prefix.ALL, "v4");
    assertEquals("v4", t.lookup(Ipv4Address.parse("1.2.3.4")));
    assertEquals(5, t.size());
    assertTrue(t.toString().startsWith("0.0.0.0/0 -> v4\n::/0 -> default\n"), t.toString());
    t.clear();
    assertTrue(t.isEmpty());
    assertNull(t.lookup(Ipv6Address.parse("::2")));
  }

  @Test
  void rejectsNulls() {
    RoutingTable<String> t = new RoutingTable<>();
    assertThrows(NullPointerException.class, () -> t.put(Ipv4Prefix.ALL, null));
    assertThrows(NullPointerException.class, () -> t.put(null, "x"));
  }

  @Test
  void routeEqualsAndHashCode() {
    EqualsVerifier.forClass(Route.class)
        .withPrefabValues(IpPrefix.class, Ipv4Prefix.parse("10.0.0.0/8"),
            Ipv6Prefix.parse("2001:db8::/32"))
        .withNonnullFields("prefix", "value")
        .verify();
  }
}
