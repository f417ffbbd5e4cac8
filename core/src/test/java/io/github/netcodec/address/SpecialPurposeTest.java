package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialPurposeTest {

  @ParameterizedTest
  @CsvSource({
    // networking-lecture.txt: "some IPs reserved for non-Internet use (127.*, 10.*, 192.168.*)",
    // "172.16.0.0–172.31.255.255 private", "100.64.0.0–100.127.255.255 (but with restrictions)",
    // "169.254.0.0–169.254.255.255 link-local", "::1 = localhost", "fe80 = link-local".
    "127.0.0.1, LOOPBACK",
    "127.255.255.255, LOOPBACK",
    "10.1.2.3, PRIVATE",
    "192.168.0.0, PRIVATE",
    "192.168.255.255, PRIVATE",
    "172.16.0.0, PRIVATE",
    "172.31.255.255, PRIVATE",
    "172.32.0.0, GLOBAL_UNICAST",
    "172.15.255.255, GLOBAL_UNICAST",
    "100.64.0.0, SHARED",
    "100.127.255.255, SHARED",
    "100.128.0.0, GLOBAL_UNICAST",
    "169.254.0.1, LINK_LOCAL",
    "::1, LOOPBACK",
    "fe80::1, LINK_LOCAL",
    "febf:ffff::1, LINK_LOCAL",
    "fec0::1, GLOBAL_UNICAST",
    // the rest of the list
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, THIS_NETWORK",
    "::, UNSPECIFIED",
    "192.0.2.1, DOCUMENTATION",
    "198.51.100.7, DOCUMENTATION",
    "203.0.113.255, DOCUMENTATION",
    "2001:db8::1, DOCUMENTATION",
    "3fff:fff::1, DOCUMENTATION",
    "198.18.0.1, BENCHMARKING",
    "198.19.255.255, BENCHMARKING",
    "198.20.0.0, GLOBAL_UNICAST",
    "2001:2::1, BENCHMARKING",
    "224.0.0.251, MULTICAST",
    "239.255.255.250, MULTICAST",
    "ff02::1, MULTICAST",
    "255.255.255.255, LIMITED_BROADCAST",
    "240.0.0.1, RESERVED",
    "255.255.255.254, RESERVED",
    "fd12:3456::1, UNIQUE_LOCAL",
    "fc00::, UNIQUE_LOCAL",
    "::ffff:1.2.3.4, IPV4_MAPPED",
    "64:ff9b::8.8.8.8, NAT64",
    "64:ff9b:1::1, LOCAL_NAT64",
    "2002:c000:204::1, SIX_TO_FOUR",
    "2001:0:4136:e378::1, TEREDO",
    "2001:1::1, ANYCAST_SERVICE",
    "2001:1::4, IETF_PROTOCOL_ASSIGNMENTS",
    "2001:20::1, ORCHID",
    "2001:10::1, DEPRECATED",
    "100::1, DISCARD_ONLY",
    "192.0.0.9, ANYCAST_SERVICE",
    "192.0.0.8, DUMMY",
    "192.0.0.1, SERVICE_CONTINUITY",
    "192.0.0.100, IETF_PROTOCOL_ASSIGNMENTS",
    "192.0.0.170, NAT64_DISCOVERY",
    "192.88.99.1, DEPRECATED",
    "192.175.48.1, AS112",
    "5f00::1, SEGMENT_ROUTING",
    "128.143.67.11, GLOBAL_UNICAST",
    "216.58.217.69, GLOBAL_UNICAST",
    "2607:f8b0:4004:80b::2005, GLOBAL_UNICAST",
  })
  void classifies(String address, AddressCategory category) {
    assertEquals(category, SpecialPurpose.category(IpAddress.parse(address)));
  }

  @Test
  void mostSpecificBlockWinsWithItsFlags() {
    SpecialPurposeBlock pcp = SpecialPurpose.lookup(IpAddress.parse("192.0.0.9")).orElseThrow();
    assertEquals(Ipv4Prefix.parse("192.0.0.9/32"), pcp.prefix());
    assertEquals("Port Control Protocol Anycast", pcp.name());
    assertEquals("RFC 7723", pcp.rfc());
    assertEquals(RegistryFlag.TRUE, pcp.globallyReachable());
    SpecialPurposeBlock ietf = SpecialPurpose.lookup(IpAddress.parse("192.0.0.99")).orElseThrow();
    assertEquals(Ipv4Prefix.parse("192.0.0.0/24"), ietf.prefix());
    assertEquals(RegistryFlag.FALSE, ietf.globallyReachable());
    SpecialPurposeBlock thisHost = SpecialPurpose.lookup(Ipv4Address.ANY).orElseThrow();
    assertEquals(Ipv4Prefix.parse("0.0.0.0/32"), thisHost.prefix());
    assertEquals(RegistryFlag.TRUE, thisHost.source());
    assertEquals(RegistryFlag.FALSE, thisHost.destination());
    SpecialPurposeBlock broadcast = SpecialPurpose.lookup(Ipv4Address.BROADCAST).orElseThrow();
    assertEquals(RegistryFlag.FALSE, broadcast.source());
    assertEquals(RegistryFlag.TRUE, broadcast.destination());
    SpecialPurposeBlock linkLocal = SpecialPurpose.lookup(IpAddress.parse("fe80::1")).orElseThrow();
    assertEquals(RegistryFlag.FALSE, linkLocal.forwardable());
    assertEquals(RegistryFlag.TRUE, linkLocal.reservedByProtocol());
    assertEquals(Optional.empty(), SpecialPurpose.lookup(IpAddress.parse("8.8.8.8")));
    assertEquals(Optional.empty(), SpecialPurpose.lookup(IpAddress.parse("ff02::1")));
  }

  @Test
  void globalReachability() {
    assertEquals(RegistryFlag.TRUE, SpecialPurpose.globallyReachable(IpAddress.parse("8.8.8.8")));
    assertEquals(RegistryFlag.FALSE, SpecialPurpose.globallyReachable(IpAddress.parse("10.0.0.1")));
    assertEquals(RegistryFlag.FALSE, SpecialPurpose.globallyReachable(IpAddress.parse("fd00::1")));
    assertEquals(RegistryFlag.TRUE, SpecialPurpose.globallyReachable(IpAddress.parse("64:ff9b::1")));
    assertEquals(RegistryFlag.NOT_APPLICABLE,
        SpecialPurpose.globallyReachable(IpAddress.parse("2002::1")));
    assertEquals(RegistryFlag.NOT_APPLICABLE,
        SpecialPurpose.globallyReachable(IpAddress.parse("2001::1")));
    assertEquals(RegistryFlag.FALSE, SpecialPurpose.globallyReachable(IpAddress.parse("ff02::1")));
    assertEquals(RegistryFlag.FALSE, SpecialPurpose.globallyReachable(IpAddress.parse("ff05::2")));
    assertEquals(RegistryFlag.TRUE, SpecialPurpose.globallyReachable(IpAddress.parse("ff0e::101")));
    assertEquals(RegistryFlag.FALSE, SpecialPurpose.globallyReachable(IpAddress.parse("224.0.0.251")));
    assertEquals(RegistryFlag.FALSE, SpecialPurpose.globallyReachable(IpAddress.parse("239.255.255.250")));
    assertEquals(RegistryFlag.TRUE, SpecialPurpose.globallyReachable(IpAddress.parse("232.1.2.3")));
  }

  @Test
  void ipv6MulticastScopes() {
    assertEquals(Optional.of(MulticastScope.LINK_LOCAL), Ipv6Address.parse("ff02::1").multicastScope());
    assertEquals(Optional.of(MulticastScope.INTERFACE_LOCAL), Ipv6Address.parse("ff01::1").multicastScope());
    assertEquals(Optional.of(MulticastScope.REALM_LOCAL), Ipv6Address.parse("ff03::1").multicastScope());
    assertEquals(Optional.of(MulticastScope.SITE_LOCAL), Ipv6Address.parse("ff05::1:3").multicastScope());
    assertEquals(Optional.of(MulticastScope.ORGANIZATION_LOCAL), Ipv6Address.parse("ff18::1").multicastScope());
    assertEquals(Optional.of(MulticastScope.GLOBAL), Ipv6Address.parse("ff3e::8000:1").multicastScope());
    assertEquals(Optional.empty(), Ipv6Address.parse("fe80::1").multicastScope());
    assertEquals(14, MulticastScope.GLOBAL.value());
    assertEquals(MulticastScope.RESERVED_F, MulticastScope.of(15));
    assertThrows(IllegalArgumentException.class, () -> MulticastScope.of(16));
  }

  /** Every entry classifies its own first and last address, unless a nested entry overrides. */
  @Test
  void everyEntryCoversItsOwnEnds() {
    for (List<SpecialPurposeBlock> registry :
        List.of(SpecialPurpose.ipv4Registry(), SpecialPurpose.ipv6Registry())) {
      for (SpecialPurposeBlock b : registry) {
        for (IpAddress end : ends(b.prefix())) {
          SpecialPurposeBlock found = SpecialPurpose.lookup(end).orElseThrow();
          assertTrue(b.prefix().contains(found.prefix().address()) || found.equals(b),
              b + " vs " + found);
          assertTrue(found.prefix().length() >= b.prefix().length(), b + " vs " + found);
        }
      }
    }
    assertEquals(25, SpecialPurpose.ipv4Registry().size());
    assertEquals(24, SpecialPurpose.ipv6Registry().size());
  }

  private static List<IpAddress> ends(IpPrefix p) {
    if (p instanceof Ipv4Prefix q) {
      return List.of(q.first(), q.last());
    }
    Ipv6Prefix q = (Ipv6Prefix) p;
    return List.of(q.first(), q.last());
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(SpecialPurposeBlock.class)
        .withPrefabValues(IpPrefix.class, Ipv4Prefix.parse("10.0.0.0/8"), Ipv6Prefix.parse("2001:db8::/32"))
        .withNonnullFields("prefix", "name", "rfc", "category", "source", "destination",
            "forwardable", "globallyReachable", "reservedByProtocol")
        .verify();
  }
}
