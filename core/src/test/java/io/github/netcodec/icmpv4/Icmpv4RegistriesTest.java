package io.github.netcodec.icmpv4;

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

/** {@link Icmpv4Type} and {@link Icmpv4Code} against the IANA "ICMP Type Numbers" registry. */
class Icmpv4RegistriesTest {

  /** The registry's types: number, name, "D" if marked deprecated (icmp-parameters). */
  private static final String TYPES = """
      0|Echo Reply|
      3|Destination Unreachable|
      4|Source Quench|D
      5|Redirect|
      6|Alternate Host Address|D
      8|Echo|
      9|Router Advertisement|
      10|Router Solicitation|
      11|Time Exceeded|
      12|Parameter Problem|
      13|Timestamp|
      14|Timestamp Reply|
      15|Information Request|D
      16|Information Reply|D
      17|Address Mask Request|D
      18|Address Mask Reply|D
      30|Traceroute|D
      31|Datagram Conversion Error|D
      32|Mobile Host Redirect|D
      33|IPv6 Where-Are-You|D
      34|IPv6 I-Am-Here|D
      35|Mobile Registration Request|D
      36|Mobile Registration Reply|D
      37|Domain Name Request|D
      38|Domain Name Reply|D
      39|SKIP|D
      40|Photuris|
      41|ICMP messages utilized by experimental mobility protocols such as Seamoby|
      42|Extended Echo Request|
      43|Extended Echo Reply|
      253|RFC3692-style Experiment 1|
      254|RFC3692-style Experiment 2|
      """;

  /** The registry's per-type code tables: type, code, name. */
  private static final String CODES = """
      0|0|No Code
      3|0|Net Unreachable
      3|1|Host Unreachable
      3|2|Protocol Unreachable
      3|3|Port Unreachable
      3|4|Fragmentation Needed and Don't Fragment was Set
      3|5|Source Route Failed
      3|6|Destination Network Unknown
      3|7|Destination Host Unknown
      3|8|Source Host Isolated
      3|9|Communication with Destination Network is Administratively Prohibited
      3|10|Communication with Destination Host is Administratively Prohibited
      3|11|Destination Network Unreachable for Type of Service
      3|12|Destination Host Unreachable for Type of Service
      3|13|Communication Administratively Prohibited
      3|14|Host Precedence Violation
      3|15|Precedence cutoff in effect
      4|0|No Code
      5|0|Redirect Datagram for the Network (or subnet)
      5|1|Redirect Datagram for the Host
      5|2|Redirect Datagram for the Type of Service and Network
      5|3|Redirect Datagram for the Type of Service and Host
      6|0|Alternate Address for Host
      8|0|No Code
      9|0|Normal router advertisement
      9|16|Does not route common traffic
      10|0|No Code
      11|0|Time to Live exceeded in Transit
      11|1|Fragment Reassembly Time Exceeded
      12|0|Pointer indicates the error
      12|1|Missing a Required Option
      12|2|Bad Length
      13|0|No Code
      14|0|No Code
      15|0|No Code
      16|0|No Code
      17|0|No Code
      18|0|No Code
      40|0|Bad SPI
      40|1|Authentication Failed
      40|2|Decompression Failed
      40|3|Decryption Failed
      40|4|Need Authentication
      40|5|Need Authorization
      42|0|No Error
      43|0|No Error
      43|1|Malformed Query
      43|2|No Such Interface
      43|3|No Such Table Entry
      43|4|Multiple Interfaces Satisfy Query
      """;

  @Test
  void typesMatchTheRegistry() throws IllegalAccessException {
    Map<Integer, String[]> table = new HashMap<>();
    for (String line : TYPES.split("\n")) {
      String[] f = line.split("\\|", -1);
      table.put(Integer.parseInt(f[0]), f);
    }
    for (int v = 0; v < 256; v++) {
      Icmpv4Type t = Icmpv4Type.of(v);
      assertSame(t, Icmpv4Type.of(v));
      assertEquals(v, t.value());
      String[] f = table.get(v);
      assertEquals(f != null, t.isNamed(), "type " + v);
      assertEquals(f != null ? f[1] : Integer.toString(v), t.name());
      assertEquals(f != null ? f[1] + " (" + v + ")" : Integer.toString(v), t.toString());
      assertEquals(f != null && f[2].equals("D"), t.isDeprecated(), "type " + v);
    }
    int constants = 0;
    for (Field f : Icmpv4Type.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Icmpv4Type.class) {
        Icmpv4Type t = (Icmpv4Type) f.get(null);
        assertSame(t, Icmpv4Type.of(t.value()), f.getName());
        assertTrue(t.isNamed(), f.getName());
        constants++;
      }
    }
    assertEquals(table.size(), constants);
    assertEquals(8, Icmpv4Type.ECHO_REQUEST.value());
    assertEquals(0, Icmpv4Type.ECHO_REPLY.value());
    assertEquals(3, Icmpv4Type.DESTINATION_UNREACHABLE.value());
    assertEquals(11, Icmpv4Type.TIME_EXCEEDED.value());
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
        Icmpv4Code code = Icmpv4Code.of(Icmpv4Type.of(t), c);
        String name = table.get(t << 8 | c);
        assertEquals(name != null, code.isNamed(), code.type() + " code " + c);
        assertEquals(name != null ? name : Integer.toString(c), code.name());
        assertEquals(name != null ? name + " (" + c + ")" : Integer.toString(c), code.toString());
        if (name != null) {
          assertSame(code, Icmpv4Code.of(Icmpv4Type.of(t), c));
        }
      }
    }
    int constants = 0;
    for (Field f : Icmpv4Code.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Icmpv4Code.class) {
        Icmpv4Code c = (Icmpv4Code) f.get(null);
        assertSame(c, Icmpv4Code.of(c.type(), c.value()), f.getName());
        assertTrue(c.isNamed(), f.getName());
        constants++;
      }
    }
    assertTrue(constants > 30);
    assertEquals(Icmpv4Type.DESTINATION_UNREACHABLE, Icmpv4Code.PORT_UNREACHABLE.type());
    assertEquals(3, Icmpv4Code.PORT_UNREACHABLE.value());
    assertEquals(4, Icmpv4Code.FRAGMENTATION_NEEDED.value());
    assertEquals(13, Icmpv4Code.ADMINISTRATIVELY_PROHIBITED.value());
    assertEquals(Icmpv4Type.TIME_EXCEEDED, Icmpv4Code.TTL_EXCEEDED.type());
    assertEquals(1, Icmpv4Code.REASSEMBLY_TIME_EXCEEDED.value());
  }

  @Test
  void rangesAndOrder() {
    assertEquals("ICMPv4 type 256 is not in 0..255",
        assertThrows(IllegalArgumentException.class, () -> Icmpv4Type.of(256)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Icmpv4Type(-1));
    assertEquals("ICMPv4 code 256 is not in 0..255", assertThrows(IllegalArgumentException.class,
        () -> Icmpv4Code.of(Icmpv4Type.ECHO_REPLY, 256)).getMessage());
    assertThrows(NullPointerException.class, () -> new Icmpv4Code(null, 0));
    assertNotSame(Icmpv4Code.of(Icmpv4Type.ECHO_REPLY, 9), Icmpv4Code.of(Icmpv4Type.ECHO_REPLY, 9));
    assertEquals(Icmpv4Code.of(Icmpv4Type.ECHO_REPLY, 9), Icmpv4Code.of(Icmpv4Type.ECHO_REPLY, 9));
    assertTrue(Icmpv4Code.PORT_UNREACHABLE.compareTo(Icmpv4Code.TTL_EXCEEDED) < 0);
    assertTrue(Icmpv4Code.HOST_UNREACHABLE.compareTo(Icmpv4Code.NET_UNREACHABLE) > 0);
    assertTrue(Icmpv4Type.ECHO_REPLY.compareTo(Icmpv4Type.ECHO_REQUEST) < 0);
    assertTrue(Icmpv4Type.DESTINATION_UNREACHABLE.isError());
    assertFalse(Icmpv4Type.ECHO_REQUEST.isError());
  }

  @Test
  void everyTypeAndCodeRoundTripsThroughParseAndEncode() {
    for (int t = 0; t < 256; t++) {
      for (int c : new int[] {0, 1, 16, 200, 255}) {
        byte[] bytes = Hex.parse(String.format("%02x%02x1234 a1b2c3d4 ff", t, c));
        Icmpv4Message m = Icmpv4Message.parse(bytes);
        assertSame(Icmpv4Type.of(t), m.type());
        assertEquals(c, m.code());
        assertEquals(Icmpv4Code.of(Icmpv4Type.of(t), c), m.typedCode());
        assertArrayEquals(bytes, m.toByteArray());
        m.toString();
      }
    }
    Icmpv4Message unknown = Icmpv4Message.parse(Hex.parse("c8090000 00000000"));
    assertEquals("ICMPv4 type 200, code 9, length 0", unknown.toString());
  }

  @Test
  void factoriesRefuseACodeOfAnotherType() {
    ByteBuffer quote = ByteBuffer.allocate(28);
    assertEquals("code Time to Live exceeded in Transit (0) of type Time Exceeded (11) is not a "
        + "code of type Destination Unreachable (3)", assertThrows(IllegalArgumentException.class,
            () -> Icmpv4Message.destinationUnreachable(Icmpv4Code.TTL_EXCEEDED, 0, quote))
        .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Icmpv4Message.timeExceeded(Icmpv4Code.PORT_UNREACHABLE, quote));
    Icmpv4Message m = Icmpv4Message.timeExceeded(
        Icmpv4Code.of(Icmpv4Type.TIME_EXCEEDED, 7), quote);
    assertEquals(7, m.code());
    assertEquals("ICMPv4 Time Exceeded, code 7, length 28", m.toString());
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Icmpv4Type.class).verify();
    EqualsVerifier.forClass(Icmpv4Code.class).withNonnullFields("type").verify();
  }
}
