package io.github.netcodec.ethernet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The link layer handing its payload to IPv4: padding, and the seed frame cut short. */
class EthernetIpv4Test {

  /**
   * A 28-byte IPv4/UDP packet padded to the 60-byte minimum frame, from scapy 2.5: {@code
   * Ether(dst='4c:cc:6a:ba:1c:b9', src='d8:07:b6:d9:ae:50') / IP(src='192.168.1.149',
   * dst='52.96.230.162', id=1, ttl=64) / UDP(sport=5353, dport=5353) / Padding(load=bytes(18))}.
   */
  static final String PADDED_UDP_FRAME = """
      4c cc 6a ba 1c b9 d8 07 b6 d9 ae 50 08 00
      45 00 00 1c 00 01 00 00 40 11 9d 90 c0 a8 01 95 34 60 e6 a2
      14 e9 14 e9 00 08 f8 cb
      00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
      """;

  @Test
  void ipv4BoundsItselfByTotalLengthSoPaddingIsNotPayload() {
    byte[] bytes = Hex.parse(PADDED_UDP_FRAME);
    EthernetFrame frame = EthernetFrame.parse(bytes);
    assertEquals(46, frame.payload().remaining()); // Ethernet II cannot tell padding apart
    Ipv4Packet ip = Ipv4Packet.parse(frame.payload());
    assertEquals(28, ip.totalLength());
    assertTrue(ip.hasValidHeaderChecksum());
    assertEquals(ByteBuffer.wrap(Hex.parse("14 e9 14 e9 00 08 f8 cb")), ip.payload());
    assertEquals(18, frame.payload().remaining() - ip.totalLength()); // the padding

    // Building pads back to the same 60 bytes.
    EthernetFrame built = EthernetFrame.of(frame.destination(), frame.source(), EtherType.IPV4,
        ip);
    assertArrayEquals(bytes, built.toByteArray());
  }

  @Test
  void theSeedFrameCutShortDecodesWithIpv4sTruncatedParse() {
    EthernetFrame frame = EthernetFrame.parse(Hex.parse(EthernetFrameTest.SEED_FRAME));
    TruncatedPacketException e = org.junit.jupiter.api.Assertions.assertThrows(
        TruncatedPacketException.class, () -> Ipv4Packet.parse(frame.payload()));
    assertEquals("IPv4: total length at offset 2 needs 96 bytes, but only 80 are present",
        e.getMessage());
    Ipv4Packet ip = Ipv4Packet.parseTruncated(frame.payload());
    assertTrue(ip.isTruncated());
    assertEquals(Ipv4Address.parse("52.96.230.162"), ip.source());
    assertEquals(Ipv4Address.parse("192.168.1.149"), ip.destination());
    assertEquals(242, ip.ttl());
    assertEquals(IpProtocol.TCP, ip.protocol());
    assertEquals(0xdb89, ip.identification());
    assertTrue(ip.dontFragment());
    assertTrue(ip.hasValidHeaderChecksum());

    // Made whole by appending the 16 missing bytes, it parses strictly.
    byte[] whole = Arrays.copyOf(Hex.parse(EthernetFrameTest.SEED_FRAME), 110);
    EthernetFrame wholeFrame = EthernetFrame.parse(whole);
    assertEquals(96, Ipv4Packet.parse(wholeFrame.payload()).totalLength());
    assertEquals(MacAddress.parse("4c:cc:6a:ba:1c:b9"), wholeFrame.destination());
  }
}
