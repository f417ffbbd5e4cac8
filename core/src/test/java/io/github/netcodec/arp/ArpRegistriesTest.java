package io.github.netcodec.arp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/** {@link ArpHardwareType} and {@link ArpOperation} against the IANA ARP Parameters registry. */
class ArpRegistriesTest {

  /** IANA "Hardware Types" (arp-parameters, updated 2023-05-19): number and name. */
  private static final Map<Integer, String> HARDWARE_TYPES = table(
      1, "Ethernet (10Mb)", 2, "Experimental Ethernet (3Mb)", 3, "Amateur Radio AX.25",
      4, "Proteon ProNET Token Ring", 5, "Chaos", 6, "IEEE 802 Networks", 7, "ARCNET",
      8, "Hyperchannel", 9, "Lanstar", 10, "Autonet Short Address", 11, "LocalTalk",
      12, "LocalNet (IBM PCNet or SYTEK LocalNET)", 13, "Ultra link", 14, "SMDS",
      15, "Frame Relay", 16, "Asynchronous Transmission Mode (ATM)", 17, "HDLC",
      18, "Fibre Channel", 19, "Asynchronous Transmission Mode (ATM)", 20, "Serial Line",
      21, "Asynchronous Transmission Mode (ATM)", 22, "MIL-STD-188-220", 23, "Metricom",
      24, "IEEE 1394.1995", 25, "MAPOS", 26, "Twinaxial", 27, "EUI-64", 28, "HIPARP",
      29, "IP and ARP over ISO 7816-3", 30, "ARPSec", 31, "IPsec tunnel",
      32, "InfiniBand (TM)", 33, "TIA-102 Project 25 Common Air Interface (CAI)",
      34, "Wiegand Interface", 35, "Pure IP", 36, "HW_EXP1", 37, "HFI",
      38, "Unified Bus (UB)", 256, "HW_EXP2", 257, "AEthernet");

  /** IANA "Operation Codes" (arp-parameters, updated 2023-05-19): number and name. */
  private static final Map<Integer, String> OPERATIONS = table(
      1, "REQUEST", 2, "REPLY", 3, "request Reverse", 4, "reply Reverse", 5, "DRARP-Request",
      6, "DRARP-Reply", 7, "DRARP-Error", 8, "InARP-Request", 9, "InARP-Reply", 10, "ARP-NAK",
      11, "MARS-Request", 12, "MARS-Multi", 13, "MARS-MServ", 14, "MARS-Join",
      15, "MARS-Leave", 16, "MARS-NAK", 17, "MARS-Unserv", 18, "MARS-SJoin",
      19, "MARS-SLeave", 20, "MARS-Grouplist-Request", 21, "MARS-Grouplist-Reply",
      22, "MARS-Redirect-Map", 23, "MAPOS-UNARP", 24, "OP_EXP1", 25, "OP_EXP2");

  private static Map<Integer, String> table(Object... pairs) {
    Map<Integer, String> m = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Integer) pairs[i], (String) pairs[i + 1]);
    }
    return m;
  }

  private static <T> List<T> constants(Class<T> type) throws IllegalAccessException {
    List<T> out = new ArrayList<>();
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
        out.add(type.cast(f.get(null)));
      }
    }
    return out;
  }

  @Test
  void hardwareTypesMatchTheRegistry() throws IllegalAccessException {
    List<ArpHardwareType> constants = constants(ArpHardwareType.class);
    assertEquals(HARDWARE_TYPES.size(), constants.size());
    for (ArpHardwareType t : constants) {
      assertEquals(HARDWARE_TYPES.get(t.value()), t.name(), t.toString());
      assertSame(t, ArpHardwareType.of(t.value()));
      assertTrue(t.isNamed());
    }
    for (int v = 0; v <= 0xffff; v++) {
      ArpHardwareType t = ArpHardwareType.of(v);
      assertEquals(HARDWARE_TYPES.containsKey(v), t.isNamed(), "hardware type " + v);
      assertEquals(v, t.value());
    }
    assertEquals(1, ArpHardwareType.ETHERNET.value());
    assertEquals(6, ArpHardwareType.IEEE802.value());
    assertEquals(32, ArpHardwareType.INFINIBAND.value());
    assertEquals(19, ArpHardwareType.ATM.value());
    assertEquals("Ethernet (10Mb) (1)", ArpHardwareType.ETHERNET.toString());
    assertEquals("HW_EXP2 (256)", ArpHardwareType.of(256).toString());
  }

  @Test
  void operationsMatchTheRegistry() throws IllegalAccessException {
    List<ArpOperation> constants = constants(ArpOperation.class);
    assertEquals(OPERATIONS.size(), constants.size());
    for (ArpOperation o : constants) {
      assertEquals(OPERATIONS.get(o.value()), o.name(), o.toString());
      assertSame(o, ArpOperation.of(o.value()));
      assertTrue(o.isNamed());
    }
    for (int v = 0; v <= 0xffff; v++) {
      assertEquals(OPERATIONS.containsKey(v), ArpOperation.of(v).isNamed(), "operation " + v);
    }
    assertEquals(1, ArpOperation.REQUEST.value());
    assertEquals(2, ArpOperation.REPLY.value());
    assertEquals(3, ArpOperation.REVERSE_REQUEST.value());
    assertEquals(4, ArpOperation.REVERSE_REPLY.value());
    assertEquals(8, ArpOperation.INARP_REQUEST.value());
    assertEquals(9, ArpOperation.INARP_REPLY.value());
    assertEquals("REPLY (2)", ArpOperation.REPLY.toString());
  }

  @Test
  void unnamedValues() {
    for (int v : new int[] {0, 39, 255, 258, 4242, 65534, 65535}) {
      ArpHardwareType t = ArpHardwareType.of(v);
      assertFalse(t.isNamed());
      assertEquals(Integer.toString(v), t.name());
      assertEquals(Integer.toString(v), t.toString());
      assertEquals(new ArpHardwareType(v), t);
    }
    for (int v : new int[] {0, 26, 255, 256, 65535}) {
      ArpOperation o = ArpOperation.of(v);
      assertFalse(o.isNamed());
      assertEquals(Integer.toString(v), o.toString());
      assertEquals(new ArpOperation(v), o);
    }
    assertSame(ArpHardwareType.of(300), ArpHardwareType.of(300)); // cached below 512
    assertNotSame(ArpHardwareType.of(4242), ArpHardwareType.of(4242));
    assertSame(ArpOperation.of(200), ArpOperation.of(200));
    assertEquals("hardware type 65536 is not in 0..65535",
        assertThrows(IllegalArgumentException.class, () -> ArpHardwareType.of(65536))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ArpHardwareType(-1));
    assertEquals("operation -1 is not in 0..65535",
        assertThrows(IllegalArgumentException.class, () -> ArpOperation.of(-1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ArpOperation(0x10000));
    assertTrue(ArpOperation.REQUEST.compareTo(ArpOperation.REPLY) < 0);
    assertTrue(ArpHardwareType.of(300).compareTo(ArpHardwareType.ETHERNET) > 0);
  }

  @Test
  void unknownValuesRoundTripThroughParseAndEncode() {
    // hardware type 0xfffe and operation 0x1234 are unassigned: kept as they are.
    byte[] bytes = Hex.parse("fffe 0800 00 00 1234");
    ArpPacket p = ArpPacket.parse(bytes);
    assertEquals(ArpHardwareType.of(0xfffe), p.hardwareType());
    assertEquals(ArpOperation.of(0x1234), p.operation());
    assertArrayEquals(bytes, p.toByteArray());
    assertEquals("ARP operation 4660, hardware type 65534, protocol type IPv4 (0x0800), sha , "
        + "spa , tha , tpa ", p.toString());
    for (int v : new int[] {0, 3, 39, 257, 0x8000, 0xffff}) {
      byte[] b = Hex.parse(String.format("%04x 0800 00 00 %04x", v, v));
      ArpPacket q = ArpPacket.parse(b);
      assertEquals(v, q.hardwareType().value());
      assertEquals(v, q.operation().value());
      assertArrayEquals(b, q.toByteArray());
    }
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(ArpHardwareType.class).verify();
    EqualsVerifier.forClass(ArpOperation.class).verify();
  }
}
