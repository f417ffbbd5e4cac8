package io.github.netcodec.ethernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.testing.CodecAssertions;
import org.junit.jupiter.api.Test;

class EtherTypeAndVlanTagTest {

  @Test
  void etherTypeRegistry() {
    assertSame(EtherType.IPV4, EtherType.of(0x0800));
    assertSame(EtherType.LLDP, EtherType.of(0x88cc));
    assertEquals("IPv4 (0x0800)", EtherType.IPV4.toString());
    assertEquals("802.1Q (0x8100)", EtherType.VLAN.toString());
    assertEquals("802.1ad (0x88a8)", EtherType.QINQ.toString());
    assertEquals("QinQ (0x9100)", EtherType.QINQ_LEGACY.toString());
    assertEquals("MPLS unicast (0x8847)", EtherType.MPLS_UNICAST.toString());
    assertEquals("MACsec (0x88e5)", EtherType.MACSEC.toString());
    assertEquals("PPPoE Session", EtherType.PPPOE_SESSION.name());
    // Unknown values round-trip and print as hex.
    EtherType local = EtherType.of(0x88b5);
    assertEquals(0x88b5, local.value());
    assertEquals(local, new EtherType(0x88b5));
    assertNotSame(local, EtherType.of(0x88b5));
    assertFalse(local.isNamed());
    assertEquals("0x88b5", local.toString());
    assertEquals("0x88b5", local.name());
    // Lengths.
    assertTrue(EtherType.of(46).isLength());
    assertTrue(EtherType.of(1500).isLength());
    assertFalse(EtherType.of(1501).isLength());
    assertEquals("length 46", EtherType.of(46).toString());
    assertTrue(EtherType.VLAN.isVlanTpid());
    assertTrue(EtherType.QINQ.isVlanTpid());
    assertTrue(EtherType.QINQ_LEGACY.isVlanTpid());
    assertFalse(EtherType.IPV4.isVlanTpid());
    assertThrows(IllegalArgumentException.class, () -> EtherType.of(0x10000));
    assertThrows(IllegalArgumentException.class, () -> new EtherType(-1));
    assertTrue(EtherType.IPV4.compareTo(EtherType.IPV6) < 0);
  }

  @Test
  void everyConstantIsNamedAndCanonical() throws Exception {
    for (java.lang.reflect.Field f : EtherType.class.getFields()) {
      if (f.getType() == EtherType.class) {
        EtherType t = (EtherType) f.get(null);
        assertTrue(t.isNamed(), f.getName());
        assertSame(t, EtherType.of(t.value()), f.getName());
      }
    }
  }

  @Test
  void vlanTagFields() {
    // IEEE 802.1Q: TCI 0xa064 is PCP 5, DEI 0, VID 100.
    VlanTag tag = VlanTag.of(EtherType.QINQ, 0xa064);
    assertEquals(new VlanTag(EtherType.QINQ, 5, false, 100), tag);
    assertEquals(0xa064, tag.tci());
    assertEquals(VlanTag.of(EtherType.VLAN, 0x1fff), new VlanTag(EtherType.VLAN, 0, true, 4095));
    CodecAssertions.assertEncodesTo(Hex.parse("88 a8 a0 64"), tag);
    assertEquals("802.1ad vlan 100, p 5", tag.toString());
    assertEquals(VlanTag.dot1q(7), new VlanTag(EtherType.VLAN, 0, false, 7));
    assertEquals(VlanTag.dot1ad(7), new VlanTag(EtherType.QINQ, 0, false, 7));
    assertThrows(IllegalArgumentException.class, () -> VlanTag.dot1q(4096));
    assertThrows(IllegalArgumentException.class, () -> VlanTag.dot1q(-1));
    assertThrows(IllegalArgumentException.class, () -> new VlanTag(EtherType.VLAN, 8, false, 1));
    assertThrows(IllegalArgumentException.class, () -> new VlanTag(EtherType.VLAN, -1, false, 1));
    assertThrows(IllegalArgumentException.class, () -> new VlanTag(EtherType.IPV4, 0, false, 1));
    assertThrows(IllegalArgumentException.class, () -> VlanTag.of(EtherType.VLAN, 0x10000));
    assertThrows(NullPointerException.class, () -> new VlanTag(null, 0, false, 1));
  }

  @Test
  void snapHeader() {
    SnapHeader ip = SnapHeader.rfc1042(EtherType.IPV4);
    CodecAssertions.assertEncodesTo(Hex.parse("00 00 00 08 00"), ip);
    assertTrue(ip.carriesEtherType());
    assertEquals(EtherType.IPV4, ip.etherType());
    assertEquals("SNAP oui 0x000000 IPv4 (0x0800)", ip.toString());
    assertTrue(new SnapHeader(SnapHeader.OUI_BRIDGE_TUNNEL, 0x80f3).carriesEtherType());
    CodecAssertions.assertEncodesTo(Hex.parse("00 00 0c 20 00"),
        new SnapHeader(SnapHeader.OUI_CISCO, 0x2000));
    assertThrows(IllegalArgumentException.class, () -> new SnapHeader(0x1000000, 0));
    assertThrows(IllegalArgumentException.class, () -> new SnapHeader(0, 0x10000));
    CodecAssertions.assertEncodesTo(Hex.parse("f0 f0 0a 04"), new LlcHeader(0xf0, 0xf0, 0x040a));
    CodecAssertions.assertEncodesTo(Hex.parse("aa aa 03"), LlcHeader.SNAP);
  }
}
