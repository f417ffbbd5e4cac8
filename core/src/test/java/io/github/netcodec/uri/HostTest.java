package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.IpAddress;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.ZonedIpv6Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kytos02.cs.virginia.edu | REG_NAME | kytos02.cs.virginia.edu | -",
        "caf%C3%A9.example | REG_NAME | café.example | -",
        "'' | REG_NAME | '' | -",
        "192.0.2.16 | IPV4 | 192.0.2.16 | -",
        "[2001:db8::7] | IPV6 | 2001:db8::7 | -",
        "[fe80::1%25eth0] | IPV6 | fe80::1%eth0 | eth0",
        "[fe80::1%25eth%2F0] | IPV6 | fe80::1%eth/0 | eth/0",
        "[v7.future:x] | IPV_FUTURE | v7.future:x | -",
      })
  void kindsHostnamesAndZones(String text, Host.Kind kind, String hostname, String zone) {
    Host host = Host.parse(text);
    assertEquals(kind, host.kind());
    assertEquals(hostname, host.hostname());
    assertEquals("-".equals(zone) ? null : zone, host.zoneId());
    assertEquals(text, host.toString());
    assertEquals(kind == Host.Kind.IPV6 || kind == Host.Kind.IPV_FUTURE, host.isIpLiteral());
  }

  @Test
  void constructorIndexesAreInTheHostText() {
    UriSyntaxException e = assertThrows(UriSyntaxException.class, () -> new Host("a b"));
    assertEquals(UriComponent.HOST, e.component());
    assertEquals(1, e.index());
    assertEquals("a b", e.input());
    assertThrows(UriSyntaxException.class, () -> new Host("[::1"));
    assertThrows(UriSyntaxException.class, () -> new Host("["));
    assertThrows(UriSyntaxException.class, () -> new Host("[]"));
    assertThrows(NullPointerException.class, () -> new Host(null));
  }

  @Test
  void ofNameEncodesWhatARegisteredNameCannotHold() {
    assertEquals("caf%C3%A9.example", Host.ofName("café.example").text());
    assertEquals("a%20b%3A1", Host.ofName("a b:1").text());
    assertEquals("example.com", Host.ofName("example.com").text());
    assertFalse(Host.ofName("1.2.3.4").isIpLiteral());
    assertTrue(Host.parse("[::1]").isIpLiteral());
    assertNull(Host.parse("example.com").zoneId());
  }

  @Test
  void ipHostsConvertToAddressValues() {
    Host v4 = Host.parse("192.0.2.16");
    assertEquals(Ipv4Address.of(192, 0, 2, 16), v4.ipv4Address());
    assertEquals(v4.ipv4Address(), v4.ipAddress());
    assertNull(v4.ipv6Address());
    assertNull(v4.zonedIpv6Address());

    Host v6 = Host.parse("[2001:DB8:0::7]");
    assertEquals(Ipv6Address.parse("2001:db8::7"), v6.ipv6Address());
    assertEquals(v6.ipv6Address(), v6.ipAddress());
    assertNull(v6.ipv4Address());
    assertNull(v6.zonedIpv6Address());

    Host zoned = Host.parse("[fe80::1%25eth0]");
    assertEquals(ZonedIpv6Address.parse("fe80::1%eth0"), zoned.zonedIpv6Address());
    assertEquals(Ipv6Address.parse("fe80::1"), zoned.ipv6Address());

    Host mapped = Host.parse("[::ffff:192.0.2.1]");
    assertEquals(Ipv4Address.of(192, 0, 2, 1), mapped.ipv6Address().lowIpv4());

    for (String other : new String[] {"example.com", "[v7.x]", "1.2.3.256"}) {
      Host h = Host.parse(other);
      assertNull(h.ipAddress(), other);
      assertNull(h.ipv4Address(), other);
      assertNull(h.ipv6Address(), other);
    }
  }

  @Test
  void aZoneThatAZonedAddressCannotHoldIsAClearError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Host.parse("[fe80::1%25a%2Fb]").zonedIpv6Address());
    assertEquals(
        "URI: the zone id of host [fe80::1%25a%2Fb] has '/', which a ZonedIpv6Address cannot hold",
        e.getMessage());
  }

  @Test
  void addressValuesMakeHosts() {
    assertEquals("192.0.2.16", Host.of(Ipv4Address.parse("192.0.2.16")).text());
    assertEquals("[2001:db8::7]", Host.of(Ipv6Address.parse("2001:DB8:0:0::7")).text());
    assertEquals("[2001:db8::7]", Host.of((IpAddress) Ipv6Address.parse("2001:db8::7")).text());
    assertEquals("[fe80::1%25eth0]", Host.of(ZonedIpv6Address.parse("fe80::1%eth0")).text());
    assertEquals("[fe80::1%25a:b]".replace(":b", "%3Ab"),
        Host.of(ZonedIpv6Address.parse("fe80::1%a:b")).text());
    Host h = Host.of(ZonedIpv6Address.parse("fe80::1%en1"));
    assertEquals(ZonedIpv6Address.parse("fe80::1%en1"), h.zonedIpv6Address());
  }
}
