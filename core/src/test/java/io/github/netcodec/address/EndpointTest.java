package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointTest {

  /** networking-lecture.txt, `netstat --inet -n`: local and foreign address columns. */
  @ParameterizedTest
  @CsvSource({
    "128.143.67.91:49202, 128.143.67.91, 49202, DYNAMIC, ",
    "128.143.63.34:22, 128.143.63.34, 22, SYSTEM, ssh",
    "128.143.67.91:803, 128.143.67.91, 803, SYSTEM, ",
    "128.143.67.236:2049, 128.143.67.236, 2049, USER, nfs",
    "128.143.67.236:111, 128.143.67.236, 111, SYSTEM, sunrpc",
    "128.143.67.236:63439, 128.143.67.236, 63439, DYNAMIC, ",
    "172.27.98.20:49566, 172.27.98.20, 49566, DYNAMIC, ",
    "128.143.67.91:60001, 128.143.67.91, 60001, DYNAMIC, ",
  })
  void netstatColumns(String text, String address, int port, PortRange range, String service) {
    Endpoint e = Endpoint.parse(text);
    assertEquals(Ipv4Address.parse(address), e.address());
    assertEquals(port, e.port());
    assertEquals(range, e.portInfo().range());
    assertEquals(Optional.ofNullable(service), e.portInfo().serviceName());
    assertEquals(text, e.toString());
  }

  @Test
  void ipv6NeedsBrackets() {
    Endpoint e = Endpoint.parse("[2001:db8::1]:443");
    assertEquals(Ipv6Address.parse("2001:db8::1"), e.address());
    assertEquals(443, e.port());
    assertEquals("[2001:db8::1]:443", e.toString());
    assertEquals("[2607:f8b0:400d:c00::6a]:80",
        Endpoint.parse("[2607:F8B0:400D:0C00:0:0:0:6A]:80").toString());
    assertEquals(Endpoint.of(Ipv6Address.parse("::ffff:1.2.3.4"), Port.HTTPS),
        Endpoint.parse("[::ffff:1.2.3.4]:443"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "0.0.0.0:*           | invalid endpoint \"0.0.0.0:*\": has port \"*\" where a decimal number 0..65535 without sign or leading zeros was expected",
    "1.2.3.4             | invalid endpoint \"1.2.3.4\": has no ':' and port",
    "1.2.3.4:            | invalid endpoint \"1.2.3.4:\": has port \"\" where a decimal number 0..65535 without sign or leading zeros was expected",
    "1.2.3.4:65536       | invalid endpoint \"1.2.3.4:65536\": has port \"65536\" where a decimal number 0..65535 without sign or leading zeros was expected",
    "1.2.3.4:080         | invalid endpoint \"1.2.3.4:080\": has port \"080\" where a decimal number 0..65535 without sign or leading zeros was expected",
    "1.2.3.4:+80         | invalid endpoint \"1.2.3.4:+80\": has port \"+80\" where a decimal number 0..65535 without sign or leading zeros was expected",
    "2001:db8::1:443     | invalid endpoint \"2001:db8::1:443\": has more than one ':'; write an IPv6 endpoint as [address]:port",
    "[2001:db8::1]       | invalid endpoint \"[2001:db8::1]\": needs ':' and a port after ']'",
    "[2001:db8::1]443    | invalid endpoint \"[2001:db8::1]443\": needs ':' and a port after ']'",
    "[2001:db8::1:443    | invalid endpoint \"[2001:db8::1:443\": has '[' without ']'",
    "[fe80::1%eth0]:22   | invalid IPv6 address \"fe80::1%eth0\": has a zone id after '%' at index 7; parse it with ZonedIpv6Address",
    "[1.2.3.4]:80        | invalid IPv6 address \"1.2.3.4\": has 2 groups (counting an embedded IPv4 part as 2); 8 are needed without '::'",
    "1.2.3.04:80         | invalid IPv4 address \"1.2.3.04\": octet 4 \"04\" has a leading zero, which inet_pton rejects (some parsers read it as octal)",
  })
  void rejectsWithReason(String text, String message) {
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> Endpoint.parse(text)).getMessage());
    assertEquals(Optional.empty(), Endpoint.tryParse(text));
  }

  @Test
  void socketAddresses() throws Exception {
    Endpoint e = Endpoint.parse("128.143.67.11:53");
    assertEquals(new InetSocketAddress(InetAddress.getByName("128.143.67.11"), 53),
        e.toInetSocketAddress());
    assertEquals(e, Endpoint.of(e.toInetSocketAddress()));
    Endpoint v6 = Endpoint.parse("[2001:db8::1]:443");
    assertEquals(v6, Endpoint.of(v6.toInetSocketAddress()));
    assertThrows(IllegalArgumentException.class,
        () -> Endpoint.of(InetSocketAddress.createUnresolved("example.com", 80)));
    assertThrows(IllegalArgumentException.class, () -> Endpoint.of(Ipv4Address.ANY, 65536));
    assertThrows(IllegalArgumentException.class, () -> Endpoint.of(Ipv4Address.ANY, -1));
  }

  @Test
  void portsAndServiceNames() {
    assertEquals(Optional.of(Port.SSH), Port.ofService("ssh"));
    assertEquals(Optional.of(Port.DOMAIN), Port.ofService("domain"));
    assertEquals(Optional.of(Port.BOOTPS), Port.ofService("bootps"));
    assertEquals(Optional.of(Port.BOOTPC), Port.ofService("bootpc"));
    assertEquals(Optional.of(Port.HTTP), Port.ofService("http"));
    assertEquals(Optional.of(Port.HTTPS), Port.ofService("https"));
    assertEquals(Optional.of(Port.DHCPV6_CLIENT), Port.ofService("dhcpv6-client"));
    assertEquals(Optional.of(Port.DHCPV6_SERVER), Port.ofService("dhcpv6-server"));
    assertEquals(Optional.empty(), Port.ofService("gopher-nonexistent"));
    assertEquals(Optional.of("domain"), Port.of(53).serviceName());
    assertEquals(Optional.of("dhcpv6-server"), Port.of(547).serviceName());
    assertEquals(Optional.empty(), Port.of(4).serviceName());
    assertEquals(PortRange.SYSTEM, Port.of(0).range());
    assertEquals(PortRange.SYSTEM, Port.of(1023).range());
    assertEquals(PortRange.USER, Port.of(1024).range());
    assertEquals(PortRange.USER, Port.of(49151).range());
    assertEquals(PortRange.DYNAMIC, Port.of(49152).range());
    assertEquals(PortRange.DYNAMIC, Port.of(65535).range());
    assertEquals(Port.of(65535), Port.parse("65535"));
    assertEquals("invalid port \"65536\": expected a decimal number 0..65535 without sign or leading zeros",
        assertThrows(IllegalArgumentException.class, () -> Port.parse("65536")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Port.of(-1));
    assertThrows(IllegalArgumentException.class, () -> Port.of(65536));
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Endpoint.class)
        .withPrefabValues(IpAddress.class, Ipv4Address.of(1), Ipv6Address.of(2, 3))
        .withNonnullFields("address")
        .verify();
    EqualsVerifier.forClass(Port.class).verify();
  }
}
