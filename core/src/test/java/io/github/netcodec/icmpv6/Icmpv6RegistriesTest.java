package io.github.netcodec.icmpv6;

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
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/** {@link Icmpv6Type} and {@link Icmpv6Code} against the IANA ICMPv6 Parameters registries. */
class Icmpv6RegistriesTest {

  /** ICMPv6 "type" Numbers: number and name (0, 127 and 255 are reserved, unnamed here). */
  private static final String TYPES = """
      1|Destination Unreachable
      2|Packet Too Big
      3|Time Exceeded
      4|Parameter Problem
      100|Private experimentation
      101|Private experimentation
      128|Echo Request
      129|Echo Reply
      130|Multicast Listener Query
      131|Multicast Listener Report
      132|Multicast Listener Done
      133|Router Solicitation
      134|Router Advertisement
      135|Neighbor Solicitation
      136|Neighbor Advertisement
      137|Redirect Message
      138|Router Renumbering
      139|ICMP Node Information Query
      140|ICMP Node Information Response
      141|Inverse Neighbor Discovery Solicitation Message
      142|Inverse Neighbor Discovery Advertisement Message
      143|Version 2 Multicast Listener Report
      144|Home Agent Address Discovery Request Message
      145|Home Agent Address Discovery Reply Message
      146|Mobile Prefix Solicitation
      147|Mobile Prefix Advertisement
      148|Certification Path Solicitation Message
      149|Certification Path Advertisement Message
      150|ICMP messages utilized by experimental mobility protocols such as Seamoby
      151|Multicast Router Advertisement
      152|Multicast Router Solicitation
      153|Multicast Router Termination
      154|FMIPv6 Messages
      155|RPL Control Message
      156|ILNPv6 Locator Update Message
      157|Duplicate Address Request
      158|Duplicate Address Confirmation
      159|MPL Control Message
      160|Extended Echo Request
      161|Extended Echo Reply
      200|Private experimentation
      201|Private experimentation
      """;

  /** ICMPv6 "Code" Fields, and RPL Control Codes for type 155: type, code, name. */
  private static final String CODES = """
      1|0|no route to destination
      1|1|communication with destination administratively prohibited
      1|2|beyond scope of source address
      1|3|address unreachable
      1|4|port unreachable
      1|5|source address failed ingress/egress policy
      1|6|reject route to destination
      1|7|Error in Source Routing Header
      1|8|Headers too long
      3|0|hop limit exceeded in transit
      3|1|fragment reassembly time exceeded
      4|0|erroneous header field encountered
      4|1|unrecognized Next Header type encountered
      4|2|unrecognized IPv6 option encountered
      4|3|IPv6 First Fragment has incomplete IPv6 Header Chain
      4|4|SR Upper-layer Header Error
      4|5|Unrecognized Next Header type encountered by intermediate node
      4|6|Extension header too big
      4|7|Extension header chain too long
      4|8|Too many extension headers
      4|9|Too many options in extension header
      4|10|Option too big
      138|0|Router Renumbering Command
      138|1|Router Renumbering Result
      138|255|Sequence Number Reset
      139|0|The Data field contains an IPv6 address which is the Subject of this Query.
      139|1|The Data field contains a name which is the Subject of this Query, or is empty, as \
      in the case of a NOOP.
      139|2|The Data field contains an IPv4 address which is the Subject of this Query.
      140|0|A successful reply. The Reply Data field may or may not be empty.
      140|1|The Responder refuses to supply the answer. The Reply Data field will be empty.
      140|2|The Qtype of the Query is unknown to the Responder. The Reply Data field will be \
      empty.
      155|0|DODAG Information Solicitation
      155|1|DODAG Information Object
      155|2|Destination Advertisement Object
      155|3|Destination Advertisement Object Acknowledgment
      155|4|Destination Cleanup Object
      155|5|Destination Cleanup Object Acknowledgment
      155|128|Secure DODAG Information Solicitation
      155|129|Secure DODAG Information Object
      155|130|Secure Destination Advertisement Object
      155|131|Secure Destination Advertisement Object Acknowledgment
      155|138|Consistency Check
      160|0|No Error
      161|0|No Error
      161|1|Malformed Query
      161|2|No Such Interface
      161|3|No Such Table Entry
      161|4|Multiple Interfaces Satisfy Query
      """;

  @Test
  void typesMatchTheRegistry() throws IllegalAccessException {
    Map<Integer, String> table = new HashMap<>();
    for (String line : TYPES.split("\n")) {
      String[] f = line.split("\\|");
      table.put(Integer.parseInt(f[0]), f[1]);
    }
    for (int v = 0; v < 256; v++) {
      Icmpv6Type t = Icmpv6Type.of(v);
      assertSame(t, Icmpv6Type.of(v));
      assertEquals(v, t.value());
      String name = table.get(v);
      assertEquals(name != null, t.isNamed(), "type " + v);
      assertEquals(name != null ? name : Integer.toString(v), t.name());
      assertEquals(name != null ? name + " (" + v + ")" : Integer.toString(v), t.toString());
      assertEquals(v < 128, t.isError());
      assertEquals(v >= 133 && v <= 137, t.isNeighborDiscovery());
    }
    int constants = 0;
    for (Field f : Icmpv6Type.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Icmpv6Type.class) {
        Icmpv6Type t = (Icmpv6Type) f.get(null);
        assertSame(t, Icmpv6Type.of(t.value()), f.getName());
        assertTrue(t.isNamed(), f.getName());
        constants++;
      }
    }
    assertEquals(table.size(), constants);
    assertEquals(128, Icmpv6Type.ECHO_REQUEST.value());
    assertEquals(135, Icmpv6Type.NEIGHBOR_SOLICITATION.value());
    assertEquals(143, Icmpv6Type.MULTICAST_LISTENER_REPORT_V2.value());
    assertEquals(155, Icmpv6Type.RPL_CONTROL.value());
  }

  @Test
  void codesMatchTheRegistry() throws IllegalAccessException {
    Map<Integer, String> table = new HashMap<>();
    for (String line : CODES.split("\n")) {
      String[] f = line.split("\\|");
      table.put(Integer.parseInt(f[0]) << 8 | Integer.parseInt(f[1]), f[2]);
    }
    for (int t = 0; t < 256; t++) {
      for (int c = 0; c < 256; c++) {
        Icmpv6Code code = Icmpv6Code.of(Icmpv6Type.of(t), c);
        String name = table.get(t << 8 | c);
        assertEquals(name != null, code.isNamed(), code.type() + " code " + c);
        assertEquals(name != null ? name : Integer.toString(c), code.name());
        assertEquals(name != null ? name + " (" + c + ")" : Integer.toString(c), code.toString());
        if (name != null) {
          assertSame(code, Icmpv6Code.of(Icmpv6Type.of(t), c));
        }
      }
    }
    int constants = 0;
    for (Field f : Icmpv6Code.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Icmpv6Code.class) {
        Icmpv6Code c = (Icmpv6Code) f.get(null);
        assertSame(c, Icmpv6Code.of(c.type(), c.value()), f.getName());
        assertTrue(c.isNamed(), f.getName());
        constants++;
      }
    }
    assertTrue(constants > 30);
    assertEquals(Icmpv6Type.DESTINATION_UNREACHABLE, Icmpv6Code.PORT_UNREACHABLE.type());
    assertEquals(4, Icmpv6Code.PORT_UNREACHABLE.value());
    assertEquals(3, Icmpv6Code.ADDRESS_UNREACHABLE.value());
    assertEquals(Icmpv6Type.TIME_EXCEEDED, Icmpv6Code.HOP_LIMIT_EXCEEDED.type());
    assertEquals(0x8a, Icmpv6Code.RPL_CONSISTENCY_CHECK.value());
  }

  @Test
  void rangesAndOrder() {
    assertEquals("ICMPv6 type 256 is not in 0..255",
        assertThrows(IllegalArgumentException.class, () -> Icmpv6Type.of(256)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Icmpv6Type(-1));
    assertEquals("ICMPv6 code -1 is not in 0..255", assertThrows(IllegalArgumentException.class,
        () -> Icmpv6Code.of(Icmpv6Type.ECHO_REPLY, -1)).getMessage());
    assertThrows(NullPointerException.class, () -> new Icmpv6Code(null, 0));
    assertNotSame(Icmpv6Code.of(Icmpv6Type.ECHO_REPLY, 9), Icmpv6Code.of(Icmpv6Type.ECHO_REPLY, 9));
    assertEquals(Icmpv6Code.of(Icmpv6Type.ECHO_REPLY, 9), Icmpv6Code.of(Icmpv6Type.ECHO_REPLY, 9));
    assertTrue(Icmpv6Code.PORT_UNREACHABLE.compareTo(Icmpv6Code.HOP_LIMIT_EXCEEDED) < 0);
    assertTrue(Icmpv6Type.ECHO_REQUEST.compareTo(Icmpv6Type.ECHO_REPLY) < 0);
  }

  @Test
  void everyTypeAndCodeRoundTripsThroughParseAndEncode() {
    for (int t = 0; t < 256; t++) {
      for (int c : new int[] {0, 1, 16, 200, 255}) {
        byte[] bytes = Hex.parse(String.format("%02x%02x1234 a1b2c3d4", t, c));
        Icmpv6Message m = Icmpv6Message.parse(bytes);
        assertSame(Icmpv6Type.of(t), m.type());
        assertEquals(c, m.code());
        assertEquals(Icmpv6Code.of(Icmpv6Type.of(t), c), m.typedCode());
        assertArrayEquals(bytes, m.toByteArray());
        m.toString();
      }
    }
    assertEquals("ICMPv6 type 170, code 9, length 8",
        Icmpv6Message.parse(Hex.parse("aa090000 00000000")).toString());
    assertEquals("ICMPv6 Destination Unreachable, port unreachable (code 4), length 8",
        Icmpv6Message.parse(Hex.parse("01040000 00000000")).toString());
    assertEquals("ICMPv6 Packet Too Big, code 0, mtu 1280, length 8",
        Icmpv6Message.parse(Hex.parse("02000000 00000500")).toString());
  }

  @Test
  void errorFactoryTakesATypedCode() {
    ByteBuffer quote = ByteBuffer.allocate(40);
    Icmpv6Message m = Icmpv6Message.error(Icmpv6Code.PORT_UNREACHABLE, 0, quote);
    assertSame(Icmpv6Type.DESTINATION_UNREACHABLE, m.type());
    assertEquals(4, m.code());
    assertSame(Icmpv6Code.PORT_UNREACHABLE, m.typedCode());
    assertEquals("type Echo Request (128) is not an error type (0..127)",
        assertThrows(IllegalArgumentException.class,
            () -> Icmpv6Message.error(Icmpv6Code.of(Icmpv6Type.ECHO_REQUEST, 0), 0, quote))
            .getMessage());
    assertSame(Icmpv6Type.NEIGHBOR_SOLICITATION, new NeighborDiscovery.NeighborSolicitation(0,
        io.github.netcodec.address.Ipv6Address.parse("fe80::1"), java.util.List.of()).type());
    assertFalse(Icmpv6Type.ECHO_REQUEST.isNeighborDiscovery());
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Icmpv6Type.class).verify();
    EqualsVerifier.forClass(Icmpv6Code.class).withNonnullFields("type").verify();
  }
}
