package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        "[fe80::1%25eth0] | IPV6 | fe80::1 | eth0",
        "[fe80::1%25eth%2F0] | IPV6 | fe80::1 | eth/0",
        "[v7.future:x] | IPV_FUTURE | v7.future:x | -",
      })
  void kindsAddressesAndZones(String text, Host.Kind kind, String address, String zone) {
    Host host = Host.parse(text);
    assertEquals(kind, host.kind());
    assertEquals(address, host.address());
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
}
