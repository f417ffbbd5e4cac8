package io.github.netcodec.arp;

import static io.github.netcodec.testing.CodecAssertions.assertEncodesTo;
import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ethernet.EtherType;
import io.github.netcodec.ethernet.EthernetFrame;
import java.nio.ByteBuffer;
import java.util.Arrays;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ArpPacketTest {

  private static final MacAddress ASKER_MAC = MacAddress.parse("d8:07:b6:d9:ae:50");
  private static final MacAddress OWNER_MAC = MacAddress.parse("4c:cc:6a:ba:1c:b9");
  private static final Ipv4Address ASKER_IP = Ipv4Address.parse("128.143.67.91");
  private static final Ipv4Address OWNER_IP = Ipv4Address.parse("128.143.67.140");

  /**
   * An ARP request in a padded broadcast frame, from scapy 2.5: {@code
   * Ether(dst='ff:ff:ff:ff:ff:ff', src='d8:07:b6:d9:ae:50') / ARP(op=1,
   * hwsrc='d8:07:b6:d9:ae:50', psrc='128.143.67.91', pdst='128.143.67.140') /
   * Padding(load=bytes(18))}; the addresses are the seed lecture's.
   */
  static final String REQUEST_FRAME = """
      ff ff ff ff ff ff d8 07 b6 d9 ae 50 08 06
      00 01 08 00 06 04 00 01 d8 07 b6 d9 ae 50 80 8f
      43 5b 00 00 00 00 00 00 80 8f 43 8c
      00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
      """;

  /**
   * The reply, from scapy 2.5: {@code Ether(dst='d8:07:b6:d9:ae:50', src='4c:cc:6a:ba:1c:b9') /
   * ARP(op=2, hwsrc='4c:cc:6a:ba:1c:b9', psrc='128.143.67.140', hwdst='d8:07:b6:d9:ae:50',
   * pdst='128.143.67.91')}.
   */
  static final String REPLY_FRAME = """
      d8 07 b6 d9 ae 50 4c cc 6a ba 1c b9 08 06
      00 01 08 00 06 04 00 02 4c cc 6a ba 1c b9 80 8f
      43 8c d8 07 b6 d9 ae 50 80 8f 43 5b
      """;

  @Test
  void decodesARequestInAPaddedFrame() {
    EthernetFrame frame = EthernetFrame.parse(Hex.parse(REQUEST_FRAME));
    assertEquals(EtherType.ARP, frame.etherType());
    ArpPacket arp = ArpPacket.parse(frame.payload()); // the 18 bytes of padding are ignored
    assertSame(ArpHardwareType.ETHERNET, arp.hardwareType());
    assertSame(ArpOperation.REQUEST, arp.operation());
    assertEquals(EtherType.IPV4, arp.protocolType());
    assertEquals(6, arp.hardwareAddressLength());
    assertEquals(4, arp.protocolAddressLength());
    assertTrue(arp.isEthernetIpv4());
    assertTrue(arp.isRequest());
    assertFalse(arp.isReply());
    assertEquals(ASKER_MAC, arp.senderMac());
    assertEquals(ASKER_IP, arp.senderIp());
    assertEquals(MacAddress.ZERO, arp.targetMac());
    assertEquals(OWNER_IP, arp.targetIp());
    assertEquals("who-has 128.143.67.140 tell 128.143.67.91", arp.toString());
    assertEquals(ArpPacket.request(ASKER_MAC, ASKER_IP, OWNER_IP), arp);
    byte[] packet = Arrays.copyOfRange(Hex.parse(REQUEST_FRAME), 14, 42);
    assertLosslessOnEveryBufferKind(packet, ArpPacket::parse);
    assertEncodesTo(Hex.parse(REQUEST_FRAME),
        EthernetFrame.of(MacAddress.BROADCAST, ASKER_MAC, EtherType.ARP, arp));
  }

  @Test
  void decodesAReply() {
    byte[] packet = Arrays.copyOfRange(Hex.parse(REPLY_FRAME), 14, 42);
    ArpPacket arp = assertLosslessOnEveryBufferKind(packet, ArpPacket::parse);
    assertTrue(arp.isReply());
    assertEquals(OWNER_MAC, arp.senderMac());
    assertEquals(ASKER_MAC, arp.targetMac());
    assertEquals("128.143.67.140 is-at 4c:cc:6a:ba:1c:b9", arp.toString());
    assertEquals(ArpPacket.reply(OWNER_MAC, OWNER_IP, ASKER_MAC, ASKER_IP), arp);
    EthernetFrame frame = EthernetFrame.builder().destination(ASKER_MAC).source(OWNER_MAC)
        .etherType(EtherType.ARP).payload(arp).pad(false).build();
    assertEncodesTo(Hex.parse(REPLY_FRAME), frame);
  }

  @Test
  void probesAndAnnouncementsOfRfc5227() {
    Ipv4Address ip = Ipv4Address.parse("10.0.0.7");
    ArpPacket probe = ArpPacket.probe(ASKER_MAC, ip);
    assertTrue(probe.isProbe());
    assertFalse(probe.isGratuitous());
    assertEquals(Ipv4Address.ANY, probe.senderIp());
    assertEquals("who-has 10.0.0.7 tell 0.0.0.0", probe.toString());
    ArpPacket announce = ArpPacket.gratuitous(ASKER_MAC, ip);
    assertTrue(announce.isGratuitous());
    assertFalse(announce.isProbe());
    assertTrue(announce.isRequest());
    assertEquals("who-has 10.0.0.7 tell 10.0.0.7", announce.toString());
    ArpPacket withTarget = ArpPacket.ethernetIpv4(ArpOperation.REQUEST, ASKER_MAC, ASKER_IP,
        OWNER_MAC, OWNER_IP);
    assertEquals("who-has 128.143.67.140 (4c:cc:6a:ba:1c:b9) tell 128.143.67.91",
        withTarget.toString());
  }

  @Test
  void anyAddressLengths() {
    // IPv6 over IEEE 802 hardware with 8-byte (EUI-64) addresses: hlen 8, plen 16.
    ByteString sha = ByteString.fromHex("0011223344556677");
    ByteString spa = ByteString.fromHex("20010db8000000000000000000000001");
    ByteString tha = ByteString.fromHex("8899aabbccddeeff");
    ByteString tpa = ByteString.fromHex("20010db8000000000000000000000002");
    ArpPacket arp = new ArpPacket(ArpHardwareType.IEEE802, EtherType.IPV6,
        ArpOperation.INARP_REQUEST, sha, spa, tha, tpa);
    byte[] bytes = Hex.parse("0006 86dd 08 10 0008" + sha.hex() + spa.hex() + tha.hex()
        + tpa.hex());
    assertEquals(arp, assertLosslessOnEveryBufferKind(bytes, ArpPacket::parse));
    assertEquals(56, arp.encodedLength());
    assertFalse(arp.isEthernetIpv4());
    assertThrows(IllegalStateException.class, arp::senderMac);
    assertThrows(IllegalStateException.class, arp::targetIp);
    assertEquals("ARP operation InARP-Request (8), hardware type IEEE 802 Networks (6), "
        + "protocol type IPv6 (0x86dd), sha "
        + "0011223344556677, spa 20010db8000000000000000000000001, tha 8899aabbccddeeff, tpa "
        + "20010db8000000000000000000000002", arp.toString());
    // Zero-length addresses are representable too.
    ArpPacket empty = new ArpPacket(ArpHardwareType.of(0), EtherType.of(0), ArpOperation.of(0),
        ByteString.EMPTY, ByteString.EMPTY, ByteString.EMPTY, ByteString.EMPTY);
    assertEquals(empty, assertLosslessOnEveryBufferKind(new byte[8], ArpPacket::parse));
    assertFalse(empty.isProbe());
    assertFalse(empty.isGratuitous());
    // SPA = TPA makes only a request or reply gratuitous, not a RARP request (as Wireshark says)
    byte[] rarp = ArpPacket.gratuitous(ASKER_MAC, Ipv4Address.parse("192.0.2.7")).toByteArray();
    rarp[7] = 3;
    assertFalse(ArpPacket.parse(rarp).isGratuitous());
  }

  @Test
  void rejectsEveryTruncatedLength() {
    byte[] packet = Arrays.copyOfRange(Hex.parse(REQUEST_FRAME), 14, 42);
    for (int n = 0; n < 8; n++) {
      assertMalformed("ARP: header at offset 0 needs 8 bytes, but only " + n + " are present",
          Arrays.copyOf(packet, n), ArpPacket::parse);
    }
    for (int n = 8; n < 28; n++) {
      assertMalformed("ARP: addresses at offset 8 needs 20 bytes, but only " + (n - 8)
          + " are present", Arrays.copyOf(packet, n), ArpPacket::parse);
    }
    byte[] long255 = new byte[8 + 2 * 255 + 2 * 255 - 1];
    long255[4] = (byte) 255;
    long255[5] = (byte) 255;
    assertMalformed("ARP: addresses at offset 8 needs 1020 bytes, but only 1019 are present",
        long255, ArpPacket::parse);
  }

  /** A request with hardware type Ethernet and protocol type IPv4, and these addresses. */
  private static ArpPacket ethernetIpv4(ByteString sha, ByteString spa, ByteString tha,
      ByteString tpa) {
    return new ArpPacket(ArpHardwareType.ETHERNET, EtherType.IPV4, ArpOperation.REQUEST, sha, spa,
        tha, tpa);
  }

  @Test
  void constructorChecksRangesAndLengths() {
    ByteString mac = ByteString.copyOf(ASKER_MAC.toByteArray());
    ByteString ip = ByteString.copyOf(ASKER_IP.toByteArray());
    assertThrows(IllegalArgumentException.class,
        () -> new ArpPacket(ArpHardwareType.of(0x10000), EtherType.IPV4, ArpOperation.REQUEST,
            mac, ip, mac, ip));
    assertThrows(IllegalArgumentException.class,
        () -> new ArpPacket(ArpHardwareType.ETHERNET, EtherType.IPV4, ArpOperation.of(-1), mac,
            ip, mac, ip));
    assertEquals("targetHardwareAddress has 4 bytes, but senderHardwareAddress has 6; one "
        + "length field covers both", assertThrows(IllegalArgumentException.class,
            () -> ethernetIpv4(mac, ip, ip, ip)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ethernetIpv4(mac, ip, mac, mac));
    ByteString big = ByteString.copyOf(new byte[256]);
    assertThrows(IllegalArgumentException.class,
        () -> ethernetIpv4(big, ip, big, ip));
    assertThrows(IllegalArgumentException.class,
        () -> ethernetIpv4(mac, big, mac, big));
    assertThrows(NullPointerException.class,
        () -> new ArpPacket(ArpHardwareType.ETHERNET, null, ArpOperation.REQUEST, mac, ip, mac,
            ip));
    assertThrows(NullPointerException.class,
        () -> new ArpPacket(null, EtherType.IPV4, ArpOperation.REQUEST, mac, ip, mac, ip));
    assertThrows(NullPointerException.class,
        () -> new ArpPacket(ArpHardwareType.ETHERNET, EtherType.IPV4, null, mac, ip, mac, ip));
    assertThrows(java.nio.BufferOverflowException.class,
        () -> ArpPacket.probe(ASKER_MAC, ASKER_IP).encode(ByteBuffer.allocate(27)));
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(ArpPacket.class)
        .withPrefabValues(ByteString.class, ByteString.of(1), ByteString.of(2))
        .suppress(Warning.NULL_FIELDS) // the constructor rejects nulls
        .verify();
  }
}
