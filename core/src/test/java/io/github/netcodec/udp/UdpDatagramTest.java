package io.github.netcodec.udp;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.ipv6.Ipv6Packet;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class UdpDatagramTest {
  private static final Ipv4Address V4_SRC = Ipv4Address.parse("192.0.2.1");
  private static final Ipv4Address V4_DST = Ipv4Address.parse("198.51.100.2");
  private static final Ipv6Address V6_SRC = Ipv6Address.parse("2001:db8::1");
  private static final Ipv6Address V6_DST = Ipv6Address.parse("2001:db8::2");

  // scapy 2.5: raw(IP(src='192.0.2.1',dst='198.51.100.2',id=1)/UDP(sport=1234,dport=53)/b'hello')
  private static final byte[] V4_PACKET = Hex.parse(
      "450000210001000040118e94c0000201c633640204d20035000dcac368656c6c6f");
  // scapy 2.5: raw(IPv6(src='2001:db8::1',dst='2001:db8::2')/UDP(sport=1234,dport=53)/b'hello')
  private static final byte[] V6_PACKET = Hex.parse(
      "60000000000d114020010db800000000000000000000000120010db80000000000000000000000"
          + "0204d20035000d5b8668656c6c6f");

  @Test
  void decodesScapyDatagramOverIpv4() {
    Ipv4Packet ip = Ipv4Packet.parse(V4_PACKET);
    byte[] udp = Arrays.copyOfRange(V4_PACKET, 20, V4_PACKET.length);
    UdpDatagram d = assertLosslessOnEveryBufferKind(udp, UdpDatagram::parse);
    assertEquals(1234, d.sourcePort());
    assertEquals(53, d.destinationPort());
    assertEquals(13, d.length());
    assertEquals(0xcac3, d.checksum());
    assertEquals("hello", StandardCharsets.US_ASCII.decode(d.payload()).toString());
    assertTrue(d.hasValidChecksum(ip.source(), ip.destination()));
    assertEquals(0xcac3, d.computeChecksum(V4_SRC, V4_DST));
    assertFalse(d.hasValidChecksum(V4_DST, Ipv4Address.parse("198.51.100.3")));
    assertFalse(d.withChecksum(0xcac4).hasValidChecksum(V4_SRC, V4_DST));
    assertEquals("UDP 1234 > 53, length 13, checksum 0xcac3", d.toString());
  }

  @Test
  void decodesScapyDatagramOverIpv6() {
    Ipv6Packet ip = Ipv6Packet.parse(V6_PACKET);
    UdpDatagram d = UdpDatagram.parse(ip.payload());
    assertEquals(0x5b86, d.checksum());
    assertTrue(d.hasValidChecksum(ip.source(), ip.finalDestination()));
    assertEquals(0x5b86, d.computeChecksum(V6_SRC, V6_DST));
    assertEquals(d, UdpDatagram.builder().sourcePort(1234).destinationPort(53)
        .payload("hello".getBytes(StandardCharsets.US_ASCII)).build(V6_SRC, V6_DST));
  }

  @Test
  void zeroChecksumMeansNoneOverIpv4AndIsInvalidOverIpv6() {
    // RFC 768: "An all zero transmitted checksum value means that the transmitter generated no
    // checksum"; RFC 8200 §8.1: IPv6 receivers discard UDP packets with a zero checksum.
    UdpDatagram d = UdpDatagram.builder().sourcePort(1).destinationPort(2).build();
    assertEquals(0, d.checksum());
    assertFalse(d.hasChecksum());
    assertTrue(d.hasValidChecksum(V4_SRC, V4_DST));
    assertFalse(d.hasValidChecksum(V6_SRC, V6_DST));
  }

  @Test
  void computedZeroIsTransmittedAsAllOnes() {
    // A two-byte payload equal to the checksum of the datagram without it makes the sum 0xffff,
    // so the computed checksum is zero, which RFC 768 sends as 0xffff.
    int c = UdpDatagram.builder().sourcePort(7).destinationPort(9).payload(new byte[2]).build()
        .computeChecksum(V4_SRC, V4_DST);
    UdpDatagram d = UdpDatagram.builder().sourcePort(7).destinationPort(9)
        .payload(new byte[] {(byte) (c >>> 8), (byte) c}).build(V4_SRC, V4_DST);
    assertEquals(0xffff, d.checksum());
    assertTrue(d.hasValidChecksum(V4_SRC, V4_DST));
    UdpDatagram v6 = UdpDatagram.builder().sourcePort(7).destinationPort(9).payload(new byte[2])
        .build();
    int c6 = v6.computeChecksum(V6_SRC, V6_DST);
    UdpDatagram d6 = UdpDatagram.builder().sourcePort(7).destinationPort(9)
        .payload(new byte[] {(byte) (c6 >>> 8), (byte) c6}).build(V6_SRC, V6_DST);
    assertEquals(0xffff, d6.checksum());
    assertTrue(d6.hasValidChecksum(V6_SRC, V6_DST));
  }

  @Test
  void payloadIsBoundedByTheLengthFieldAndTrailingBytesIgnored() {
    byte[] padded = Hex.parse("04d20035000dcac368656c6c6f000000000000");
    UdpDatagram d = UdpDatagram.parse(padded);
    assertEquals(5, d.payload().remaining());
    assertEquals(13, d.toByteArray().length);
    assertTrue(d.hasValidChecksum(V4_SRC, V4_DST));
  }

  @Test
  void portRewriteAdjustsTheChecksumIncrementally() {
    UdpDatagram d = UdpDatagram.builder().sourcePort(1234).destinationPort(53)
        .payload(new byte[] {1, 2, 3}).build(V4_SRC, V4_DST);
    UdpDatagram n = d.withPorts(40000, 5353);
    assertTrue(n.hasValidChecksum(V4_SRC, V4_DST));
    assertEquals(0, d.withChecksum(0).withPorts(1, 2).checksum());
  }

  @Test
  void rejectsEveryTruncatedLength() {
    byte[] udp = Hex.parse("04d20035000dcac368656c6c6f");
    for (int n = 0; n < 8; n++) {
      assertMalformed("UDP: header at offset 0 needs 8 bytes, but only " + n + " are present",
          Arrays.copyOf(udp, n), UdpDatagram::parse);
    }
    for (int n = 8; n < udp.length; n++) {
      var e = assertMalformed("UDP: length at offset 4 needs 13 bytes, but only " + n
          + " are present", Arrays.copyOf(udp, n), UdpDatagram::parse);
      assertInstanceOf(TruncatedPacketException.class, e);
      UdpDatagram t = UdpDatagram.parseTruncated(ByteBuffer.wrap(Arrays.copyOf(udp, n)));
      assertTrue(t.isTruncated());
      assertFalse(t.hasValidChecksum(V4_SRC, V4_DST));
      assertEquals(n, t.toByteArray().length);
    }
  }

  @Test
  void rejectsLengthBelowTheHeader() {
    for (int length = 1; length < 8; length++) {
      byte[] bytes = Hex.parse("04d2003500" + String.format("%02x", length) + "0000");
      assertMalformed("UDP: length at offset 4 is " + length + ", below the header length 8",
          bytes, UdpDatagram::parse);
    }
    assertMalformed("UDP: length at offset 4 is 0, which only a jumbogram of more than 65535"
        + " bytes may carry (RFC 2675 §4), but 8 bytes are present",
        Hex.parse("04d2003500000000"), UdpDatagram::parse);
  }

  /**
   * RFC 2675 §4: a UDP datagram of more than 65535 bytes in an IPv6 jumbogram has length 0;
   * the pseudo-header carries the real length (32 bits). The checksum here is computed from a
   * pseudo-header written out by hand, independently of {@code PseudoHeader}.
   */
  @Test
  void jumbogram() {
    Ipv6Address src = Ipv6Address.parse("2001:db8::1");
    Ipv6Address dst = Ipv6Address.parse("2001:db8::2");
    int total = 70_000;
    byte[] bytes = new byte[total];
    new java.util.Random(2675).nextBytes(bytes);
    bytes[0] = 0x13;
    bytes[1] = (byte) 0x88; // source port 5000
    bytes[2] = 0x13;
    bytes[3] = (byte) 0x89; // destination port 5001
    bytes[4] = 0;
    bytes[5] = 0; // length 0: jumbogram
    bytes[6] = 0;
    bytes[7] = 0;
    ByteBuffer pseudo = ByteBuffer.allocate(40 + total);
    src.write(pseudo);
    dst.write(pseudo);
    pseudo.putInt(total).putInt(17).put(bytes);
    int checksum = InternetChecksum.checksum(ByteBuffer.wrap(pseudo.array()));
    bytes[6] = (byte) (checksum >>> 8);
    bytes[7] = (byte) checksum;

    UdpDatagram u = assertLosslessOnEveryBufferKind(bytes, UdpDatagram::parse);
    assertTrue(u.isJumbogram());
    assertFalse(u.isTruncated());
    assertEquals(0, u.length());
    assertEquals(total, u.datagramLength());
    assertEquals(total - 8, u.payload().remaining());
    assertTrue(u.hasValidChecksum(src, dst));
    assertEquals(checksum, u.computeChecksum(src, dst));
    assertEquals("UDP 5000 > 5001, length 0 (jumbogram, 70000 bytes), checksum 0x"
        + String.format("%04x", checksum), u.toString());
    UdpDatagram built = UdpDatagram.builder().sourcePort(5000).destinationPort(5001)
        .payload(Arrays.copyOfRange(bytes, 8, total)).build(src, dst);
    assertEquals(u, built);
    assertThrows(IllegalArgumentException.class,
        () -> u.computeChecksum(V4_SRC, V4_DST), "no jumbograms over IPv4");
    assertEquals("length 0 is for jumbograms of more than 65535 bytes, not 8",
        assertThrows(IllegalArgumentException.class, () -> new UdpDatagram(1, 2, 0, 0,
            ByteBuffer.allocate(0).asReadOnlyBuffer())).getMessage());
  }

  @Test
  void constructorNamesTheBadField() {
    ByteBuffer empty = ByteBuffer.allocate(0);
    assertEquals("sourcePort 65536 is not in 0..65535", assertThrows(
        IllegalArgumentException.class, () -> new UdpDatagram(65536, 0, 8, 0, empty))
        .getMessage());
    assertEquals("checksum -1 is not in 0..65535", assertThrows(
        IllegalArgumentException.class, () -> new UdpDatagram(0, 0, 8, -1, empty))
        .getMessage());
    assertEquals("length 9 is less than the header and payload, 10 bytes", assertThrows(
        IllegalArgumentException.class,
        () -> new UdpDatagram(0, 0, 9, 0, ByteBuffer.allocate(2))).getMessage());
    // more than 65535 bytes: only as an IPv6 jumbogram (length 0), never over IPv4
    assertEquals(65535, UdpDatagram.builder().payload(new byte[65527]).build().length());
    assertEquals(0, UdpDatagram.builder().payload(new byte[65528]).build().length());
    assertThrows(IllegalArgumentException.class,
        () -> UdpDatagram.builder().payload(new byte[65528]).build(V4_SRC, V4_DST));
    assertThrows(IllegalArgumentException.class,
        () -> UdpDatagram.builder().build().computeChecksum(V4_SRC, V6_DST));
  }

  @Test
  void payloadCannotChangeTheRecord() {
    byte[] bytes = Hex.parse("04d20035000dcac368656c6c6f");
    UdpDatagram d = UdpDatagram.parse(bytes);
    assertTrue(d.payload().isReadOnly());
    ByteBuffer writable = ByteBuffer.wrap(new byte[] {1, 2});
    UdpDatagram built = UdpDatagram.builder().payload(writable).build();
    writable.put(0, (byte) 9);
    assertEquals(1, built.payload().get(0));
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(UdpDatagram.class)
        .withNonnullFields("payload")
        .withPrefabValuesForField("length", 100, 200)
        .withPrefabValues(ByteBuffer.class, ByteBuffer.wrap(new byte[] {1}).asReadOnlyBuffer(),
            ByteBuffer.wrap(new byte[] {2, 3}).asReadOnlyBuffer())
        .verify();
  }
}
