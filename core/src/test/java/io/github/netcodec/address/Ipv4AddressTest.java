package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import java.net.InetAddress;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv4AddressTest {

  @Test
  void seedLectureExample() {
    // networking-lecture.txt: "128.143.67.11 ... same as 128*256^3 + 143*256^2 + 67*256 + 11";
    // the slide prints 2,156,782,459, a typo for 2,156,872,459.
    Ipv4Address a = Ipv4Address.parse("128.143.67.11");
    assertEquals(2_156_872_459L, a.toUnsignedLong());
    assertEquals(128L * 256 * 256 * 256 + 143 * 256 * 256 + 67 * 256 + 11, a.toUnsignedLong());
    assertEquals(0x808f430b, a.value());
    assertArrayEquals(Hex.parse("80 8f 43 0b"), a.toByteArray());
    assertEquals("128.143.67.11", a.toString());
    assertEquals(a, Ipv4Address.of(128, 143, 67, 11));
    assertEquals(a, Ipv4Address.ofUnsigned(2_156_872_459L));
    assertEquals(143, a.octet(1));
  }

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, 0",
    "255.255.255.255, -1",
    "1.2.3.4, 16909060",
    "10.0.0.1, 167772161",
    "127.0.0.1, 2130706433",
    "192.168.100.200, -1062705976",
  })
  void parsesAndFormats(String text, int value) {
    assertEquals(value, Ipv4Address.parse(text).value());
    assertEquals(text, Ipv4Address.of(value).toString());
    assertEquals(Optional.of(Ipv4Address.of(value)), Ipv4Address.tryParse(text));
    assertTrue(Ipv4Address.isValid(text));
  }

  /**
   * The table-driven formatter against plain concatenation: every octet value in every position,
   * and every combination of 1-, 2- and 3-digit octets (text lengths 7 to 15).
   */
  @Test
  void formatsEveryOctetInEveryPositionAndEveryLength() {
    int[] widths = {0, 9, 10, 99, 100, 255};
    for (int a : widths) {
      for (int b : widths) {
        for (int c : widths) {
          for (int d : widths) {
            assertFormats(a, b, c, d);
          }
        }
      }
    }
    for (int v = 0; v < 256; v++) {
      assertFormats(v, 1, 22, 133);
      assertFormats(1, v, 22, 133);
      assertFormats(1, 22, v, 133);
      assertFormats(1, 22, 133, v);
    }
  }

  private static void assertFormats(int a, int b, int c, int d) {
    assertEquals(a + "." + b + "." + c + "." + d, Ipv4Address.of(a, b, c, d).toString());
  }

  /** Invalid literals, each with the exact reason the parser must give. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "``                | invalid IPv4 address \"\": is empty",
    "1.2.3             | invalid IPv4 address \"1.2.3\": has 3 octets; a dotted quad needs exactly 4 (inet_pton rejects short forms like 10.1)",
    "10.1              | invalid IPv4 address \"10.1\": has 2 octets; a dotted quad needs exactly 4 (inet_pton rejects short forms like 10.1)",
    "2130706433        | invalid IPv4 address \"2130706433\": octet 1 \"2130706433\" has more than 3 digits",
    "127               | invalid IPv4 address \"127\": has 1 octet; a dotted quad needs exactly 4 (inet_pton rejects short forms like 10.1)",
    "1.2.3.4.5         | invalid IPv4 address \"1.2.3.4.5\": has more than 4 octets",
    "010.0.0.1         | invalid IPv4 address \"010.0.0.1\": octet 1 \"010\" has a leading zero, which inet_pton rejects (some parsers read it as octal)",
    "1.02.3.4          | invalid IPv4 address \"1.02.3.4\": octet 2 \"02\" has a leading zero, which inet_pton rejects (some parsers read it as octal)",
    "1.2.3.00          | invalid IPv4 address \"1.2.3.00\": octet 4 \"00\" has a leading zero, which inet_pton rejects (some parsers read it as octal)",
    "0x7f.0.0.1        | invalid IPv4 address \"0x7f.0.0.1\": octet 1 \"0x7f\" is hexadecimal, which inet_pton rejects",
    "1.2.0X3.4         | invalid IPv4 address \"1.2.0X3.4\": octet 3 \"0X3\" is hexadecimal, which inet_pton rejects",
    "256.1.1.1         | invalid IPv4 address \"256.1.1.1\": octet 1 \"256\" is above 255",
    "1.1.1.999         | invalid IPv4 address \"1.1.1.999\": octet 4 \"999\" is above 255",
    "1.1.1.1000        | invalid IPv4 address \"1.1.1.1000\": octet 4 \"1000\" has more than 3 digits",
    "1..2.3            | invalid IPv4 address \"1..2.3\": octet 2 is empty",
    ".1.2.3            | invalid IPv4 address \".1.2.3\": octet 1 is empty",
    "1.2.3.            | invalid IPv4 address \"1.2.3.\": octet 4 is empty",
    "`1.2.3.4 `        | invalid IPv4 address \"1.2.3.4 \": has U+0020 at index 7 where a decimal digit or '.' was expected",
    "`+1.2.3.4`        | invalid IPv4 address \"+1.2.3.4\": has '+' at index 0 where a decimal digit or '.' was expected",
    "1.2.3.4/24        | invalid IPv4 address \"1.2.3.4/24\": has '/' at index 7 where a decimal digit or '.' was expected",
    "1.2.3.a           | invalid IPv4 address \"1.2.3.a\": has 'a' at index 6 where a decimal digit or '.' was expected",
    "１.2.3.4          | invalid IPv4 address \"\\uff11.2.3.4\": has U+FF11 at index 0 where a decimal digit or '.' was expected",
    "::1               | invalid IPv4 address \"::1\": has ':' at index 0 where a decimal digit or '.' was expected",
  })
  void rejectsWithReason(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(Optional.empty(), Ipv4Address.tryParse(text));
    assertFalse(Ipv4Address.isValid(text));
  }

  @Test
  void longInputIsQuotedShortened() {
    String text = "1".repeat(100);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse(text));
    assertTrue(e.getMessage().startsWith("invalid IPv4 address \"" + "1".repeat(64) + "...\":"),
        e.getMessage());
  }

  @Test
  void parsesAnyCharSequence() {
    assertEquals(Ipv4Address.of(1, 2, 3, 4), Ipv4Address.parse(new StringBuilder("1.2.3.4")));
    assertEquals(Ipv4Address.of(1, 2, 3, 4), Ipv4Address.parse(java.nio.CharBuffer.wrap("x1.2.3.4").position(1)));
  }

  @Test
  void factoriesRejectOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> Ipv4Address.of(256, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Ipv4Address.of(0, 0, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> Ipv4Address.ofUnsigned(1L << 32));
    assertThrows(IllegalArgumentException.class, () -> Ipv4Address.ofUnsigned(-1));
    assertThrows(IllegalArgumentException.class, () -> Ipv4Address.fromBytes(new byte[5]));
    assertThrows(IndexOutOfBoundsException.class, () -> Ipv4Address.fromBytes(new byte[5], 2));
    assertThrows(IllegalArgumentException.class,
        () -> Ipv4Address.of(InetAddress.getByName("::2")));
  }

  @Test
  void readsAndWritesEveryBufferKind() {
    Ipv4Address a = Ipv4Address.parse("128.143.67.11");
    byte[] bytes = a.toByteArray();
    for (IntFunction<ByteBuffer> kind : Buffers.writable()) {
      ByteBuffer ro = Buffers.holding(kind, bytes, 5);
      ByteOrder order = ro.order();
      assertEquals(a, Ipv4Address.read(ro, 5));
      assertEquals(0, ro.position());
      assertEquals(order, ro.order());
      assertThrows(IndexOutOfBoundsException.class, () -> Ipv4Address.read(ro, ro.limit() - 3));

      ByteBuffer dst = kind.apply(12);
      dst.position(2);
      a.write(dst);
      assertEquals(6, dst.position());
      a.write(dst, 7);
      assertEquals(6, dst.position());
      assertEquals(order, dst.order());
      byte[] out = new byte[12];
      dst.duplicate().position(0).get(out);
      assertArrayEquals(Hex.parse("00 00 80 8f 43 0b 00 80 8f 43 0b 00"), out);
      dst.position(9);
      assertThrows(BufferOverflowException.class, () -> a.write(dst));
      assertThrows(IndexOutOfBoundsException.class, () -> a.write(dst, 9));
    }
  }

  @Test
  void convertsToAndFromInetAddress() throws Exception {
    Ipv4Address a = Ipv4Address.parse("216.58.217.69");
    assertEquals(InetAddress.getByName("216.58.217.69"), a.toInetAddress());
    assertEquals(a, Ipv4Address.of(InetAddress.getByName("216.58.217.69")));
    assertEquals(a, IpAddress.of(a.toInetAddress()));
    assertEquals(Ipv6Address.parse("::ffff:216.58.217.69"), a.toIpv4Mapped());
  }

  @Test
  void arithmeticAndItsLimits() {
    assertEquals(Ipv4Address.parse("10.0.1.0"), Ipv4Address.parse("10.0.0.255").next());
    assertEquals(Ipv4Address.parse("9.255.255.255"), Ipv4Address.parse("10.0.0.0").previous());
    assertEquals(Ipv4Address.parse("128.0.0.0"), Ipv4Address.parse("127.255.255.255").next());
    assertEquals(Ipv4Address.BROADCAST, Ipv4Address.ANY.plus(0xffff_ffffL));
    assertEquals(Ipv4Address.ANY, Ipv4Address.BROADCAST.plus(-0xffff_ffffL));
    assertThrows(ArithmeticException.class, () -> Ipv4Address.BROADCAST.next());
    assertThrows(ArithmeticException.class, () -> Ipv4Address.ANY.previous());
    assertThrows(ArithmeticException.class, () -> Ipv4Address.ANY.plus(1L << 32));
    assertThrows(ArithmeticException.class, () -> Ipv4Address.BROADCAST.plus(Long.MAX_VALUE));
    assertThrows(ArithmeticException.class, () -> Ipv4Address.ANY.plus(Long.MIN_VALUE));
  }

  @Test
  void ordersUnsigned() {
    List<Ipv4Address> sorted = List.of(Ipv4Address.parse("0.0.0.0"),
        Ipv4Address.parse("127.255.255.255"), Ipv4Address.parse("128.0.0.0"),
        Ipv4Address.parse("255.255.255.255"));
    assertEquals(sorted, sorted.stream().sorted().toList());
    assertTrue(Ipv4Address.parse("128.0.0.0").compareTo(Ipv4Address.parse("1.0.0.0")) > 0);
  }

  @Test
  void simplePredicates() {
    assertTrue(Ipv4Address.parse("127.1.2.3").isLoopback());
    assertFalse(Ipv4Address.parse("128.0.0.1").isLoopback());
    assertTrue(Ipv4Address.parse("224.0.0.251").isMulticast());
    assertTrue(Ipv4Address.parse("239.255.255.255").isMulticast());
    assertFalse(Ipv4Address.parse("240.0.0.0").isMulticast());
    assertTrue(Ipv4Address.parse("169.254.1.1").isLinkLocal());
    assertFalse(Ipv4Address.parse("169.253.1.1").isLinkLocal());
    assertTrue(Ipv4Address.ANY.isUnspecified());
    assertTrue(Ipv4Address.BROADCAST.isLimitedBroadcast());
    assertEquals(4, Ipv4Address.ANY.version());
    assertEquals(32, Ipv4Address.ANY.bitLength());
  }

  @Test
  void ipAddressDispatchesOnColon() {
    assertEquals(Ipv4Address.parse("1.2.3.4"), IpAddress.parse("1.2.3.4"));
    assertEquals(Ipv6Address.parse("::1.2.3.4"), IpAddress.parse("::1.2.3.4"));
    assertEquals(Optional.empty(), IpAddress.tryParse("1.2.3"));
    assertEquals(Optional.empty(), IpAddress.tryParse("1::2::3"));
    assertThrows(IllegalArgumentException.class, () -> IpAddress.parse("1.2.3"));
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Ipv4Address.class).verify();
  }
}
