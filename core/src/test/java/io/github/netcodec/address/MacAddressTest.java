package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacAddressTest {

  @Test
  void seedArpTable() {
    // networking-lecture.txt, `arp -a`: "? (128.143.67.11) at 30:e1:71:5f:39:10 [ether] on enp0s31f6"
    MacAddress m = MacAddress.parse("30:e1:71:5f:39:10");
    assertEquals(0x30e1_715f_3910L, m.value());
    assertEquals("30:e1:71:5f:39:10", m.toString());
    assertEquals("30-E1-71-5F-39-10", m.toIeeeString());
    assertEquals("30e1.715f.3910", m.toDottedString());
    assertEquals(0x30e171, m.oui());
    assertTrue(m.isUnicast());
    assertTrue(m.isUniversallyAdministered());
  }

  @ParameterizedTest
  @CsvSource({
    "00:18:66:da:2e:7f", "00-18-66-DA-2E-7F", "00-18-66-da-2e-7f", "0018.66da.2e7f",
    "0018.66DA.2E7F", "00:18:66:DA:2e:7F",
  })
  void parsesEveryForm(String text) {
    MacAddress m = MacAddress.parse(text);
    assertEquals(0x0018_66da_2e7fL, m.value());
    assertEquals(Optional.of(m), MacAddress.tryParse(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "``                  | invalid MAC address \"\": has 0 characters; expected 17 (00:18:66:da:2e:7f or 00-18-66-DA-2E-7F) or 14 (0018.66da.2e7f)",
    "0:18:66:da:2e:7f    | invalid MAC address \"0:18:66:da:2e:7f\": has 16 characters; expected 17 (00:18:66:da:2e:7f or 00-18-66-DA-2E-7F) or 14 (0018.66da.2e7f)",
    "00:18:66-da:2e:7f   | invalid MAC address \"00:18:66-da:2e:7f\": has '-' at index 8 where ':' was expected (separators must not be mixed)",
    "00.18.66.da.2e.7f   | invalid MAC address \"00.18.66.da.2e.7f\": has '.' at index 2 where ':' or '-' was expected",
    "00:18:66:dg:2e:7f   | invalid MAC address \"00:18:66:dg:2e:7f\": has 'g' at index 10 where a hex digit was expected",
    "0018.66da:2e7f      | invalid MAC address \"0018.66da:2e7f\": has ':' at index 9 where '.' was expected",
    "0018.66da.2e7x      | invalid MAC address \"0018.66da.2e7x\": has 'x' at index 13 where a hex digit was expected",
    "001866da2e7f        | invalid MAC address \"001866da2e7f\": has 12 characters; expected 17 (00:18:66:da:2e:7f or 00-18-66-DA-2E-7F) or 14 (0018.66da.2e7f)",
  })
  void rejectsWithReason(String text, String message) {
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(text)).getMessage());
    assertEquals(Optional.empty(), MacAddress.tryParse(text));
  }

  @Test
  void flagBits() {
    assertTrue(MacAddress.BROADCAST.isBroadcast());
    assertTrue(MacAddress.BROADCAST.isMulticast());
    assertTrue(MacAddress.parse("01:00:5e:00:00:fb").isMulticast());
    assertFalse(MacAddress.parse("01:00:5e:00:00:fb").isBroadcast());
    assertTrue(MacAddress.parse("02:00:00:00:00:01").isLocallyAdministered());
    assertTrue(MacAddress.parse("02:00:00:00:00:01").isUnicast());
    assertFalse(MacAddress.parse("fd:ff:ff:ff:ff:ff").isLocallyAdministered());
    assertFalse(MacAddress.parse("fe:ff:ff:ff:ff:ff").isMulticast());
  }

  @Test
  void modifiedEui64OfRfc4291AppendixA() {
    // RFC 4291 App. A: insert ff:fe in the middle and invert the universal/local bit.
    MacAddress m = MacAddress.parse("00:18:66:da:2e:7f");
    assertEquals(0x0218_66ff_feda_2e7fL, m.modifiedEui64());
    assertEquals(Ipv6Address.parse("fe80::218:66ff:feda:2e7f"), m.toLinkLocalIpv6());
    assertEquals(m, MacAddress.fromModifiedEui64(m.modifiedEui64()));
    MacAddress local = MacAddress.parse("52:74:f2:b1:a8:7f");
    assertEquals(Ipv6Address.parse("fe80::5074:f2ff:feb1:a87f"), local.toLinkLocalIpv6());
    assertEquals(local, MacAddress.fromModifiedEui64(local.modifiedEui64()));
    assertThrows(IllegalArgumentException.class, () -> MacAddress.fromModifiedEui64(1));
  }

  @Test
  void multicastMappings() {
    assertEquals(MacAddress.parse("01:00:5e:00:00:fb"),
        MacAddress.ofMulticast(Ipv4Address.parse("224.0.0.251")));
    // Only the low 23 bits survive: 239.255.255.250 and 224.127.255.250 share a MAC address.
    assertEquals(MacAddress.parse("01:00:5e:7f:ff:fa"),
        MacAddress.ofMulticast(Ipv4Address.parse("239.255.255.250")));
    assertEquals(MacAddress.parse("01:00:5e:7f:ff:fa"),
        MacAddress.ofMulticast(Ipv4Address.parse("224.127.255.250")));
    assertEquals(MacAddress.parse("33:33:00:00:00:01"),
        MacAddress.ofMulticast(Ipv6Address.parse("ff02::1")));
    assertEquals(MacAddress.parse("33:33:ff:00:00:01"),
        MacAddress.ofMulticast(Ipv6Address.parse("ff02::1:ff00:1")));
    assertThrows(IllegalArgumentException.class,
        () -> MacAddress.ofMulticast(Ipv4Address.parse("10.0.0.1")));
    assertThrows(IllegalArgumentException.class,
        () -> MacAddress.ofMulticast(Ipv6Address.parse("fe80::1")));
  }

  @Test
  void readsAndWritesEveryBufferKind() {
    MacAddress m = MacAddress.parse("3c:e1:a1:18:bd:5f");
    byte[] bytes = Hex.parse("3c e1 a1 18 bd 5f");
    assertArrayEquals(bytes, m.toByteArray());
    assertEquals(m, MacAddress.fromBytes(bytes));
    for (IntFunction<ByteBuffer> kind : Buffers.writable()) {
      ByteBuffer ro = Buffers.holding(kind, bytes, 1);
      ByteOrder order = ro.order();
      assertEquals(m, MacAddress.read(ro, 1));
      assertEquals(0, ro.position());
      assertThrows(IndexOutOfBoundsException.class, () -> MacAddress.read(ro, ro.limit() - 5));
      ByteBuffer dst = kind.apply(16);
      dst.position(2);
      m.write(dst);
      assertEquals(8, dst.position());
      m.write(dst, 9);
      assertEquals(8, dst.position());
      assertEquals(order, dst.order());
      byte[] out = new byte[16];
      dst.duplicate().position(0).get(out);
      assertArrayEquals(Hex.parse("00 00 3c e1 a1 18 bd 5f 00 3c e1 a1 18 bd 5f 00"), out);
      dst.position(11);
      assertThrows(BufferOverflowException.class, () -> m.write(dst));
      assertThrows(IndexOutOfBoundsException.class, () -> m.write(dst, 11));
    }
  }

  @Test
  void rangeAndArithmetic() {
    assertThrows(IllegalArgumentException.class, () -> MacAddress.of(1L << 48));
    assertThrows(IllegalArgumentException.class, () -> MacAddress.of(-1));
    assertThrows(IllegalArgumentException.class, () -> MacAddress.fromBytes(new byte[8]));
    assertEquals(MacAddress.parse("00:00:00:00:01:00"), MacAddress.parse("00:00:00:00:00:ff").next());
    assertEquals(MacAddress.ZERO, MacAddress.parse("00:00:00:00:00:01").previous());
    assertThrows(ArithmeticException.class, MacAddress.BROADCAST::next);
    assertThrows(ArithmeticException.class, MacAddress.ZERO::previous);
    assertThrows(ArithmeticException.class, () -> MacAddress.BROADCAST.plus(Long.MAX_VALUE));
    assertTrue(MacAddress.BROADCAST.compareTo(MacAddress.ZERO) > 0);
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(MacAddress.class).verify();
  }
}
