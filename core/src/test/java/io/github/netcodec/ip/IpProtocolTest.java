package io.github.netcodec.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class IpProtocolTest {

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(IpProtocol.class).verify();
  }

  @Test
  void namedAndUnnamedValues() {
    assertSame(IpProtocol.TCP, IpProtocol.of(6));
    assertEquals("TCP (6)", IpProtocol.TCP.toString());
    assertEquals("IPv6-ICMP", IpProtocol.of(58).name());
    assertEquals("253", IpProtocol.of(253).toString());
    assertFalse(IpProtocol.of(253).isNamed());
    assertEquals(IpProtocol.of(253), new IpProtocol(253));
    assertThrows(IllegalArgumentException.class, () -> IpProtocol.of(256));
    assertThrows(IllegalArgumentException.class, () -> new IpProtocol(-1));
  }

  @Test
  void ipv6ExtensionHeaders() {
    assertTrue(IpProtocol.HOPOPT.isIpv6ExtensionHeader());
    assertTrue(IpProtocol.IPV6_FRAG.isIpv6ExtensionHeader());
    assertTrue(IpProtocol.of(253).isIpv6ExtensionHeader());
    assertFalse(IpProtocol.TCP.isIpv6ExtensionHeader());
    assertFalse(IpProtocol.IPV6_NONXT.isIpv6ExtensionHeader());
  }
}
