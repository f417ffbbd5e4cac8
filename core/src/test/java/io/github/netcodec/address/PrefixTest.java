package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefixTest {

  private static Ipv4Address v4(String s) {
    return Ipv4Address.parse(s);
  }

  private static Ipv4Prefix p4(String s) {
    return Ipv4Prefix.parse(s);
  }

  private static Ipv6Prefix p6(String s) {
    return Ipv6Prefix.parse(s);
  }

  /** networking-lecture.txt: the organisations' blocks and the routing table's ranges. */
  @ParameterizedTest
  @CsvSource({
    "128.143.0.0, 128.143.255.255, 128.143.0.0/16",     // "UVA has 128.143.0.0–128.143.255.255"
    "216.58.192.0, 216.58.223.255, 216.58.192.0/19",    // "Google has 216.58.192.0–216.58.223.255"
    "74.125.0.0, 74.125.255.255, 74.125.0.0/16",
    "35.192.0.0, 35.207.255.255, 35.192.0.0/12",
    "192.107.102.0, 192.107.102.255, 192.107.102.0/24",
    "4.0.0.0, 7.255.255.255, 4.0.0.0/6",
    "64.8.0.0, 64.15.255.255, 64.8.0.0/13",
    "192.168.0.0, 192.168.255.255, 192.168.0.0/16",
    "172.16.0.0, 172.31.255.255, 172.16.0.0/12",
    "100.64.0.0, 100.127.255.255, 100.64.0.0/10",
    "169.254.0.0, 169.254.255.255, 169.254.0.0/16",
    "0.0.0.0, 255.255.255.255, 0.0.0.0/0",
  })
  void seedBlocksAreSinglePrefixes(String first, String last, String cidr) {
    assertEquals(List.of(p4(cidr)), Ipv4Prefix.covering(v4(first), v4(last)));
    assertEquals(v4(first), p4(cidr).first());
    assertEquals(v4(last), p4(cidr).last());
  }

  @Test
  void coveringAnArbitraryRange() {
    assertEquals(List.of(p4("10.0.0.1/32"), p4("10.0.0.2/31"), p4("10.0.0.4/30"),
            p4("10.0.0.8/29"), p4("10.0.0.16/28"), p4("10.0.0.32/27"), p4("10.0.0.64/26"),
            p4("10.0.0.128/25"), p4("10.0.1.0/24"), p4("10.0.2.0/32")),
        Ipv4Prefix.covering(v4("10.0.0.1"), v4("10.0.2.0")));
    assertEquals(List.of(p4("255.255.255.255/32")),
        Ipv4Prefix.covering(v4("255.255.255.255"), v4("255.255.255.255")));
    assertEquals(62, Ipv4Prefix.covering(v4("0.0.0.1"), v4("255.255.255.254")).size());
    assertThrows(IllegalArgumentException.class,
        () -> Ipv4Prefix.covering(v4("10.0.0.2"), v4("10.0.0.1")));
    assertEquals(List.of(p6("2001:db8::1/128"), p6("2001:db8::2/127")),
        Ipv6Prefix.covering(Ipv6Address.parse("2001:db8::1"), Ipv6Address.parse("2001:db8::3")));
    assertEquals(List.of(Ipv6Prefix.ALL),
        Ipv6Prefix.covering(Ipv6Address.ANY, Ipv6Address.of(-1, -1)));
  }

  /** The seed's `route -n`: destination and genmask columns. */
  @Test
  void netmasksFromRouteN() {
    assertEquals(p4("0.0.0.0/0"), Ipv4Prefix.ofNetmask(v4("0.0.0.0"), v4("0.0.0.0")));
    assertEquals(p4("128.143.67.0/24"),
        Ipv4Prefix.ofNetmask(v4("128.143.67.0"), v4("255.255.255.0")));
    assertEquals(p4("169.254.0.0/16"), Ipv4Prefix.ofNetmask(v4("169.254.0.0"), v4("255.255.0.0")));
    assertEquals(p4("128.143.67.0/24"), p4("128.143.67.0/255.255.255.0"));
    assertEquals(v4("255.255.255.0"), p4("128.143.67.0/24").netmask());
    assertEquals(v4("0.0.0.255"), p4("128.143.67.0/24").hostmask());
    assertEquals(32, Ipv4Prefix.lengthOfNetmask(v4("255.255.255.255")));
    assertEquals("netmask 255.0.255.0 is not contiguous (it must be ones followed by zeros, like 255.255.240.0)",
        assertThrows(IllegalArgumentException.class,
            () -> Ipv4Prefix.lengthOfNetmask(v4("255.0.255.0"))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Ipv4Prefix.ofNetmask(v4("128.143.67.1"), v4("255.255.255.0")));
  }

  @Test
  void hostBitsAreExplicit() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> p4("10.0.0.1/24"));
    assertEquals("address 10.0.0.1 has host bits set below /24; the network is 10.0.0.0/24 "
        + "(Ipv4Prefix.containing and parseLenient clear host bits)", e.getMessage());
    assertEquals(p4("10.0.0.0/24"), Ipv4Prefix.parseLenient("10.0.0.1/24"));
    assertEquals(p4("10.0.0.0/24"), Ipv4Prefix.containing(v4("10.0.0.1"), 24));
    assertEquals(Optional.empty(), Ipv4Prefix.tryParse("10.0.0.1/24"));
    assertThrows(IllegalArgumentException.class, () -> p6("2001:db8::1/64"));
    assertEquals(p6("2001:db8::/64"), Ipv6Prefix.parseLenient("2001:db8::1/64"));
    assertEquals(p6("2001:db8::/32"), Ipv6Prefix.containing(Ipv6Address.parse("2001:db8:1:2::3"), 32));
    assertEquals(Optional.empty(), Ipv6Prefix.tryParse("2001:db8::1/64"));
    assertEquals(p6("2001:db8::1/128"), Ipv6Prefix.parseLenient("2001:db8::1/128"));
    assertEquals(p6("8000::/1"), Ipv6Prefix.parseLenient("ffff::/1"));
    assertEquals(Ipv6Prefix.ALL, Ipv6Prefix.parseLenient("ffff::1/0"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "10.0.0.0          | invalid IPv4 prefix \"10.0.0.0\": has no '/' and prefix length",
    "10.0.0.0/         | invalid IPv4 prefix \"10.0.0.0/\": has \"\" after '/' where a length 0..32 without leading zeros was expected",
    "10.0.0.0/33       | invalid IPv4 prefix \"10.0.0.0/33\": has \"33\" after '/' where a length 0..32 without leading zeros was expected",
    "10.0.0.0/08       | invalid IPv4 prefix \"10.0.0.0/08\": has \"08\" after '/' where a length 0..32 without leading zeros was expected",
    "10.0.0.0/8/8      | invalid IPv4 prefix \"10.0.0.0/8/8\": has \"8/8\" after '/' where a length 0..32 without leading zeros was expected",
    "10.0.0.0/-8       | invalid IPv4 prefix \"10.0.0.0/-8\": has \"-8\" after '/' where a length 0..32 without leading zeros was expected",
    "10.0.0.0/255.0.255.0 | invalid IPv4 prefix \"10.0.0.0/255.0.255.0\": netmask 255.0.255.0 is not contiguous",
    "10.0.0.0/255.0.0  | invalid IPv4 prefix \"10.0.0.0/255.0.0\": has \"255.0.0\" after '/', which is neither a length 0..32 nor a dotted netmask",
    "10.0.0/8          | invalid IPv4 address \"10.0.0\": has 3 octets; a dotted quad needs exactly 4 (inet_pton rejects short forms like 10.1)",
    "2001:db8::        | invalid IPv6 prefix \"2001:db8::\": has no '/' and prefix length",
    "2001:db8::/129    | invalid IPv6 prefix \"2001:db8::/129\": has \"129\" after '/' where a length 0..128 without leading zeros was expected",
    "2001:db8::/032    | invalid IPv6 prefix \"2001:db8::/032\": has \"032\" after '/' where a length 0..128 without leading zeros was expected",
    "2001:db8:::/32    | invalid IPv6 address \"2001:db8:::\": has ':::'",
  })
  void rejectsWithReason(String text, String message) {
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(text)).getMessage());
    assertEquals(Optional.empty(), IpPrefix.tryParse(text));
  }

  @Test
  void ipv4Arithmetic() {
    Ipv4Prefix p = p4("128.143.67.0/24");
    assertEquals(256, p.size());
    assertEquals(1L << 32, Ipv4Prefix.ALL.size());
    assertEquals(Optional.of(v4("128.143.67.255")), p.broadcast());
    assertEquals(Optional.empty(), p4("10.0.0.0/31").broadcast());
    assertEquals(Optional.empty(), p4("10.0.0.1/32").broadcast());
    assertTrue(p.contains(v4("128.143.67.11")));
    assertTrue(p.contains((IpAddress) v4("128.143.67.255")));
    assertFalse(p.contains(v4("128.143.68.0")));
    assertFalse(p.contains((IpAddress) Ipv6Address.parse("::ffff:128.143.67.11")));
    assertTrue(p4("128.143.0.0/16").contains(p));
    assertTrue(p.contains(p));
    assertFalse(p.contains(p4("128.143.0.0/16")));
    assertTrue(p.overlaps(p4("128.143.0.0/16")));
    assertTrue(p4("128.143.0.0/16").overlaps(p));
    assertFalse(p.overlaps(p4("128.143.68.0/24")));
    assertEquals(p4("128.143.66.0/23"), p.supernet());
    assertThrows(IllegalStateException.class, Ipv4Prefix.ALL::supernet);
    assertEquals(List.of(p4("10.0.0.0/24"), p4("10.0.1.0/24")),
        p4("10.0.0.0/23").subnets(24).toList());
    assertEquals(List.of(p), p.subnets(24).toList());
    assertEquals(p4("255.255.255.255/32"), Ipv4Prefix.ALL.subnets(32).skip(0xffff_ffffL).findFirst().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> p.subnets(23));
    assertThrows(IllegalArgumentException.class, () -> p.subnets(33));
    assertTrue(p4("10.0.0.0/8").compareTo(p4("10.0.0.0/16")) < 0);
    assertTrue(p4("10.0.0.0/16").compareTo(p4("128.0.0.0/1")) < 0);
  }

  @Test
  void ipv6Arithmetic() {
    Ipv6Prefix p = p6("2001:db8::/32");
    assertEquals(BigInteger.ONE.shiftLeft(96), p.size());
    assertEquals(Ipv6Address.parse("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"), p.last());
    assertEquals(Ipv6Address.parse("ffff:ffff::"), p.netmask());
    assertTrue(p.contains(Ipv6Address.parse("2001:db8:1::1")));
    assertFalse(p.contains(Ipv6Address.parse("2001:db9::")));
    assertTrue(p.contains(p6("2001:db8:8000::/33")));
    assertTrue(p6("2001:db8::/48").overlaps(p));
    assertEquals(p6("2001:db8::/31"), p6("2001:db9::/32").supernet().supernet().subnets(31).findFirst().orElseThrow());
    assertEquals(List.of(p6("2001:db8::/33"), p6("2001:db8:8000::/33")), p.subnets(33).toList());
    assertEquals(p6("2001:db8:ffff::/48"), p.subnets(48).skip(65535).findFirst().orElseThrow());
    assertEquals(List.of(p6("::/127"), p6("::2/127")), p6("::/126").subnets(127).toList());
    assertEquals(p6("0:0:0:1::/64"), p6("::/63").subnets(64).skip(1).findFirst().orElseThrow());
    assertEquals(p6("::8000:0:0:0/65"), p6("::/64").subnets(65).skip(1).findFirst().orElseThrow());
    assertEquals(Ipv6Address.of(-1, -1), p6("::/0").last());
    assertEquals(Ipv6Address.parse("::ffff"), p6("::/112").last());
  }

  @Test
  void mergesPrefixLists() {
    assertEquals(List.of(p4("10.0.0.0/23")),
        Ipv4Prefix.merge(List.of(p4("10.0.1.0/24"), p4("10.0.0.0/24"))));
    assertEquals(List.of(p4("10.0.0.0/8")),
        Ipv4Prefix.merge(List.of(p4("10.1.0.0/16"), p4("10.0.0.0/8"), p4("10.0.0.0/8"))));
    assertEquals(List.of(p4("10.0.0.0/24"), p4("10.0.2.0/24")),
        Ipv4Prefix.merge(List.of(p4("10.0.2.0/24"), p4("10.0.0.0/24"))));
    // Adjacent but not siblings: 10.0.1.0/24 + 10.0.2.0/24 cannot join into one prefix.
    assertEquals(List.of(p4("10.0.1.0/24"), p4("10.0.2.0/24")),
        Ipv4Prefix.merge(List.of(p4("10.0.2.0/24"), p4("10.0.1.0/24"))));
    assertEquals(List.of(Ipv4Prefix.ALL),
        Ipv4Prefix.merge(List.of(p4("0.0.0.0/1"), p4("128.0.0.0/1"))));
    assertEquals(List.of(), Ipv4Prefix.merge(List.of()));
    assertEquals(List.of(p6("2001:db8::/31")),
        Ipv6Prefix.merge(List.of(p6("2001:db9::/32"), p6("2001:db8::/32"), p6("2001:db8:1::/48"))));
    assertEquals(List.of(Ipv6Prefix.ALL),
        Ipv6Prefix.merge(List.of(p6("::/1"), p6("8000::/1"))));
  }

  @Test
  void recordValidation() {
    assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.of(Ipv4Address.ANY, 33));
    assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.of(Ipv4Address.ANY, -1));
    assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.containing(Ipv4Address.ANY, 33));
    assertThrows(IllegalArgumentException.class, () -> Ipv6Prefix.of(Ipv6Address.ANY, 129));
    assertThrows(NullPointerException.class, () -> Ipv6Prefix.of(null, 1));
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Ipv4Prefix.class)
        .withPrefabValues(Ipv4Address.class, Ipv4Address.ANY, v4("128.0.0.0"))
        .withNonnullFields("address")
        .verify();
    EqualsVerifier.forClass(Ipv6Prefix.class)
        .withPrefabValues(Ipv6Address.class, Ipv6Address.ANY, Ipv6Address.parse("8000::"))
        .withNonnullFields("address")
        .verify();
  }
}
