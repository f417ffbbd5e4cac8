package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv6AddressTest {

  @Test
  void seedLectureExample() {
    // networking-lecture.txt: "2607:f8b0:400d:c00::6a = 2607:f8b0:400d:0c00:0000:0000:0000:006a"
    // and "2607f8b0400d0c000000000000000000006a_{SIXTEEN}" (the slide's hex has two extra zeros).
    Ipv6Address a = Ipv6Address.parse("2607:f8b0:400d:c00::6a");
    assertEquals("2607:f8b0:400d:0c00:0000:0000:0000:006a", a.toFullString());
    assertEquals("2607:f8b0:400d:c00::6a", a.toString());
    assertEquals(0x2607_f8b0_400d_0c00L, a.high());
    assertEquals(0x6aL, a.low());
    assertEquals(new BigInteger("2607f8b0400d0c00000000000000006a", 16), a.toBigInteger());
    assertEquals(a, Ipv6Address.parse("2607:f8b0:400d:0c00:0000:0000:0000:006a"));
    assertEquals(0xc00, a.group(3));
  }

  /** RFC 4291 §2.2: each example in its preferred, compressed and mixed forms. */
  @ParameterizedTest
  @CsvSource({
    "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789, abcd:ef01:2345:6789:abcd:ef01:2345:6789",
    "2001:DB8:0:0:8:800:200C:417A, 2001:db8::8:800:200c:417a",
    "2001:DB8::8:800:200C:417A, 2001:db8::8:800:200c:417a",
    "FF01:0:0:0:0:0:0:101, ff01::101",
    "FF01::101, ff01::101",
    "0:0:0:0:0:0:0:1, ::1",
    "::1, ::1",
    "0:0:0:0:0:0:0:0, ::",
    "::, ::",
    "0:0:0:0:0:0:13.1.68.3, ::d01:4403",
    "::13.1.68.3, ::d01:4403",
    "0:0:0:0:0:FFFF:129.144.52.38, ::ffff:129.144.52.38",
    "::FFFF:129.144.52.38, ::ffff:129.144.52.38",
    "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304",
    "1::1.2.3.4, 1::102:304",
    "::ffff:0:1.2.3.4, ::ffff:0:1.2.3.4",
    "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
    "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
    "1::, 1::",
    "1::8, 1::8",
    "fe80::1, fe80::1",
  })
  void rfc4291Forms(String text, String canonical) throws Exception {
    Ipv6Address a = Ipv6Address.parse(text);
    assertEquals(canonical, a.toString());
    assertEquals(a, Ipv6Address.parse(canonical));
    assertArrayEquals(InetAddress.getByName(text).getAddress(),
        a.isIpv4Mapped() ? a.lowIpv4().toByteArray() : a.toByteArray());
  }

  /** RFC 5952 §4 and its examples in §2. */
  @ParameterizedTest
  @CsvSource({
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:0db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8::1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8::0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:0db8::1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8:0:0:1::1, 2001:db8::1:0:0:1",
    "2001:DB8:0:0:1::1, 2001:db8::1:0:0:1",
    "2001:db8:aaaa:bbbb:cccc:dddd:eeee:0001, 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1",
    "2001:db8::0:1, 2001:db8::1",
    "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:DB8::AAAA, 2001:db8::aaaa",
    "0:0:1:0:0:1:0:0, ::1:0:0:1:0:0",
    "1:0:0:1:0:0:0:0, 1:0:0:1::",
    "0:1:0:1:0:1:0:1, 0:1:0:1:0:1:0:1",
  })
  void rfc5952Canonical(String text, String canonical) {
    assertEquals(canonical, Ipv6Address.parse(text).toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "``                          | invalid IPv6 address \"\": is empty",
    ":                           | invalid IPv6 address \":\": starts with a single ':'",
    ":1::2                       | invalid IPv6 address \":1::2\": starts with a single ':'",
    "1::2:                       | invalid IPv6 address \"1::2:\": ends with a single ':'",
    ":::                         | invalid IPv6 address \":::\": has ':::'",
    "1:::2                       | invalid IPv6 address \"1:::2\": has ':::'",
    "1::2::3                     | invalid IPv6 address \"1::2::3\": has more than one '::'",
    "1:2:3:4:5:6:7               | invalid IPv6 address \"1:2:3:4:5:6:7\": has 7 groups (counting an embedded IPv4 part as 2); 8 are needed without '::'",
    "1:2:3:4:5:6:7:8:9           | invalid IPv6 address \"1:2:3:4:5:6:7:8:9\": has more than 8 groups",
    "1:2:3:4::5:6:7:8            | invalid IPv6 address \"1:2:3:4::5:6:7:8\": has 8 groups besides '::', which must stand for at least one zero group",
    "::1:2:3:4:5:6:7:8           | invalid IPv6 address \"::1:2:3:4:5:6:7:8\": has 8 groups besides '::', which must stand for at least one zero group",
    "12345::                     | invalid IPv6 address \"12345::\": group 1 \"12345\" has more than 4 hex digits",
    "1:00000::                   | invalid IPv6 address \"1:00000::\": group 2 \"00000\" has more than 4 hex digits",
    "1:g::                       | invalid IPv6 address \"1:g::\": has 'g' at index 2 where a hex digit, ':' or '.' was expected",
    "1:2g::                      | invalid IPv6 address \"1:2g::\": has 'g' at index 3 where a hex digit, ':' or '.' was expected",
    "fe80::1%eth0                | invalid IPv6 address \"fe80::1%eth0\": has a zone id after '%' at index 7; parse it with ZonedIpv6Address",
    "[::1]                       | invalid IPv6 address \"[::1]\": has a bracket at index 0; brackets belong to URIs and endpoints, not to the address",
    "2001:db8::/32               | invalid IPv6 address \"2001:db8::/32\": has a prefix length after '/' at index 10; parse it with Ipv6Prefix",
    "`::1 `                      | invalid IPv6 address \"::1 \": has U+0020 at index 3 where a hex digit, ':' or '.' was expected",
    "::1.2.3                     | invalid IPv6 address \"::1.2.3\": embedded IPv4 part \"1.2.3\" has 3 octets; a dotted quad needs exactly 4 (inet_pton rejects short forms like 10.1)",
    "::01.2.3.4                  | invalid IPv6 address \"::01.2.3.4\": embedded IPv4 part \"01.2.3.4\" octet 1 \"01\" has a leading zero, which inet_pton rejects (some parsers read it as octal)",
    "::1.2.3.4:5                 | invalid IPv6 address \"::1.2.3.4:5\": embedded IPv4 part \"1.2.3.4:5\" has ':' at index 9 where a decimal digit or '.' was expected",
    "::ff.2.3.4                  | invalid IPv6 address \"::ff.2.3.4\": embedded IPv4 part \"ff.2.3.4\" has 'f' at index 2 where a decimal digit or '.' was expected",
    "1:2:3:4:5:6:7:1.2.3.4       | invalid IPv6 address \"1:2:3:4:5:6:7:1.2.3.4\": has more than 8 groups",
    "1:2:3:4:5:6:1.2.3.4:8       | invalid IPv6 address \"1:2:3:4:5:6:1.2.3.4:8\": embedded IPv4 part \"1.2.3.4:8\" has ':' at index 19 where a decimal digit or '.' was expected",
    "1.2.3.4                     | invalid IPv6 address \"1.2.3.4\": has 2 groups (counting an embedded IPv4 part as 2); 8 are needed without '::'",
    "0000:0000:0000:0000:0000:0000:0000:0000:0000:0 | invalid IPv6 address \"0000:0000:0000:0000:0000:0000:0000:0000:0000:0\": is longer than 45 characters, the longest IPv6 literal",
  })
  void rejectsWithReason(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ipv6Address.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(Optional.empty(), Ipv6Address.tryParse(text));
    assertFalse(Ipv6Address.isValid(text));
  }

  @Test
  void zoneIdIsASeparateValue() throws Exception {
    ZonedIpv6Address z = ZonedIpv6Address.parse("fe80::1%eth0");
    assertEquals(Ipv6Address.parse("fe80::1"), z.address());
    assertEquals("eth0", z.zone());
    assertEquals("fe80::1%eth0", z.toString());
    assertEquals(Optional.of(z), ZonedIpv6Address.tryParse("FE80:0::1%eth0"));
    assertEquals(Optional.empty(), ZonedIpv6Address.tryParse("fe80::1"));
    assertEquals(Optional.empty(), ZonedIpv6Address.tryParse("fe80::1%"));
    assertEquals(Optional.empty(), ZonedIpv6Address.tryParse("fe80::g%eth0"));
    assertEquals("invalid zoned IPv6 address \"fe80::1\": has no '%' and zone id",
        assertThrows(IllegalArgumentException.class, () -> ZonedIpv6Address.parse("fe80::1"))
            .getMessage());
    assertEquals("invalid zoned IPv6 address \"fe80::1%\": zone is empty",
        assertThrows(IllegalArgumentException.class, () -> ZonedIpv6Address.parse("fe80::1%"))
            .getMessage());
    assertEquals("invalid zoned IPv6 address \"fe80::1%a b\": zone has U+0020 at index 1; "
            + "a zone id is printable ASCII other than '%', '/', '[' and ']'",
        assertThrows(IllegalArgumentException.class, () -> ZonedIpv6Address.parse("fe80::1%a b"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ZonedIpv6Address.parse("fe80::1::2%eth0"));
    assertThrows(IllegalArgumentException.class,
        () -> ZonedIpv6Address.of(Ipv6Address.LOOPBACK, "a%b"));

    ZonedIpv6Address numeric = ZonedIpv6Address.parse("fe80::1%3");
    Inet6Address inet = numeric.toInetAddress();
    assertEquals(3, inet.getScopeId());
    assertEquals(numeric, ZonedIpv6Address.of(inet));
    assertThrows(IllegalArgumentException.class,
        () -> ZonedIpv6Address.of((Inet6Address) InetAddress.getByName("fe80::1")));
    EqualsVerifier.forClass(ZonedIpv6Address.class)
        .withPrefabValues(Ipv6Address.class, Ipv6Address.LOOPBACK, Ipv6Address.ANY)
        .withNonnullFields("address", "zone")
        .verify();
  }

  @Test
  void readsAndWritesEveryBufferKind() {
    Ipv6Address a = Ipv6Address.parse("2607:f8b0:4004:80b::2005");
    byte[] bytes = Hex.parse("26 07 f8 b0 40 04 08 0b 00 00 00 00 00 00 20 05");
    assertArrayEquals(bytes, a.toByteArray());
    assertEquals(a, Ipv6Address.fromBytes(bytes));
    for (IntFunction<ByteBuffer> kind : Buffers.writable()) {
      ByteBuffer ro = Buffers.holding(kind, bytes, 3);
      ByteOrder order = ro.order();
      assertEquals(a, Ipv6Address.read(ro, 3));
      assertEquals(0, ro.position());
      assertEquals(order, ro.order());
      assertThrows(IndexOutOfBoundsException.class, () -> Ipv6Address.read(ro, ro.limit() - 15));

      ByteBuffer dst = kind.apply(40);
      dst.position(1);
      a.write(dst);
      assertEquals(17, dst.position());
      a.write(dst, 20);
      assertEquals(17, dst.position());
      assertEquals(order, dst.order());
      assertEquals(a, Ipv6Address.read(dst, 1));
      assertEquals(a, Ipv6Address.read(dst, 20));
      byte[] out = new byte[16];
      dst.duplicate().position(1).get(out);
      assertArrayEquals(bytes, out);
      dst.position(25);
      assertThrows(BufferOverflowException.class, () -> a.write(dst));
      assertEquals(25, dst.position());
      assertThrows(IndexOutOfBoundsException.class, () -> a.write(dst, 25));
      assertThrows(java.nio.ReadOnlyBufferException.class, () -> a.write(ro, 0));
    }
  }

  @Test
  void convertsToAndFromInetAddress() throws Exception {
    Ipv6Address a = Ipv6Address.parse("2607:f8b0:4004:80b::2005");
    assertEquals(InetAddress.getByName("2607:f8b0:4004:80b::2005"), a.toInetAddress());
    assertEquals(a, Ipv6Address.of(InetAddress.getByName("2607:f8b0:4004:80b::2005")));
    Ipv6Address mapped = Ipv6Address.parse("::ffff:1.2.3.4");
    // java.net turns a mapped literal into an Inet4Address; we keep IPv6 both ways.
    assertInstanceOf(Inet6Address.class, mapped.toInetAddress());
    assertEquals(mapped, Ipv6Address.of(InetAddress.getByName("::ffff:1.2.3.4")));
    assertEquals(mapped, Ipv6Address.of(mapped.toInetAddress()));
    assertEquals(a, IpAddress.of(a.toInetAddress()));
  }

  @Test
  void factories() {
    assertEquals(Ipv6Address.of(1, 2), Ipv6Address.of(BigInteger.ONE.shiftLeft(64).add(BigInteger.TWO)));
    assertEquals(Ipv6Address.of(-1, -1), Ipv6Address.of(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)));
    assertThrows(IllegalArgumentException.class, () -> Ipv6Address.of(BigInteger.ONE.shiftLeft(128)));
    assertThrows(IllegalArgumentException.class, () -> Ipv6Address.of(BigInteger.ONE.negate()));
    assertThrows(IllegalArgumentException.class, () -> Ipv6Address.fromBytes(new byte[4]));
    assertThrows(IndexOutOfBoundsException.class, () -> Ipv6Address.fromBytes(new byte[16], 1));
  }

  @Test
  void arithmeticAndItsLimits() {
    Ipv6Address max = Ipv6Address.of(-1, -1);
    assertEquals(Ipv6Address.parse("::1:0:0:0:0"), Ipv6Address.parse("::ffff:ffff:ffff:ffff").next());
    assertEquals(Ipv6Address.parse("::ffff:ffff:ffff:ffff"), Ipv6Address.parse("::1:0:0:0:0").previous());
    assertEquals(Ipv6Address.parse("8000::"), Ipv6Address.parse("7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").next());
    assertEquals(Ipv6Address.parse("::7fff:ffff:ffff:ffff"), Ipv6Address.ANY.plus(Long.MAX_VALUE));
    assertEquals(Ipv6Address.parse("::1:7fff:ffff:ffff:fffe"),
        Ipv6Address.parse("::ffff:ffff:ffff:ffff").plus(Long.MAX_VALUE));
    assertEquals(Ipv6Address.parse("::7fff:ffff:ffff:ffff"),
        Ipv6Address.parse("::1:0:0:0:0").plus(Long.MIN_VALUE + 0).plus(-1));
    assertThrows(ArithmeticException.class, max::next);
    assertThrows(ArithmeticException.class, Ipv6Address.ANY::previous);
    assertThrows(ArithmeticException.class, () -> Ipv6Address.ANY.plus(Long.MIN_VALUE));
    assertThrows(ArithmeticException.class, () -> max.plus(Long.MAX_VALUE));
  }

  @Test
  void ordersUnsigned() {
    assertTrue(Ipv6Address.parse("8000::").compareTo(Ipv6Address.parse("7fff::")) > 0);
    assertTrue(Ipv6Address.parse("::8000:0:0:0").compareTo(Ipv6Address.parse("::7fff:0:0:0")) > 0);
    assertTrue(Ipv6Address.parse("1::").compareTo(Ipv6Address.parse("::ffff:ffff:ffff:ffff:ffff")) > 0);
    assertEquals(0, Ipv6Address.parse("1::").compareTo(Ipv6Address.parse("1:0::")));
  }

  @Test
  void simplePredicates() {
    assertTrue(Ipv6Address.LOOPBACK.isLoopback());
    assertTrue(Ipv6Address.ANY.isUnspecified());
    assertTrue(Ipv6Address.parse("ff02::1").isMulticast());
    assertFalse(Ipv6Address.parse("fe02::1").isMulticast());
    assertTrue(Ipv6Address.parse("fe80::1").isLinkLocal());
    assertTrue(Ipv6Address.parse("febf::1").isLinkLocal());
    assertFalse(Ipv6Address.parse("fec0::1").isLinkLocal());
    assertTrue(Ipv6Address.parse("::ffff:1.2.3.4").isIpv4Mapped());
    assertFalse(Ipv6Address.parse("::1.2.3.4").isIpv4Mapped());
    assertEquals(Ipv4Address.parse("1.2.3.4"), Ipv6Address.parse("64:ff9b::1.2.3.4").lowIpv4());
    assertEquals(6, Ipv6Address.ANY.version());
    assertEquals(128, Ipv6Address.ANY.bitLength());
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Ipv6Address.class).verify();
  }
}
