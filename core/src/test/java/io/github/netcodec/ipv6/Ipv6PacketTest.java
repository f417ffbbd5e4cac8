package io.github.netcodec.ipv6;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Ipv6PacketTest {

  /**
   * An MLDv2 report with a Router Alert in a Hop-by-Hop header; built by scapy 2.5.0:
   * {@code IPv6(src='2001:db8::1', dst='ff02::16', hlim=1) / IPv6ExtHdrHopByHop(options=
   * [RouterAlert(value=0)]) / ICMPv6MLReport2(records=[ICMPv6MLDMultAddrRec(dst='ff02::fb')])}.
   */
  static final byte[] MLD_REPORT = Hex.parse("""
      6000 0000 0024 0001 2001 0db8 0000 0000
      0000 0000 0000 0001 ff02 0000 0000 0000
      0000 0000 0000 0016 3a00 0502 0000 0100
      8f00 3fd7 0000 0001 0400 0000 ff02 0000
      0000 0000 0000 0000 0000 00fb
      """);

  /**
   * UDP through a type 0 Routing header with two segments left; built by scapy 2.5.0, which
   * computes the UDP checksum over the final destination: {@code IPv6(src='2001:db8::1',
   * dst='2001:db8::2') / IPv6ExtHdrRouting(addresses=['2001:db8::77', '2001:db8::99'],
   * segleft=2) / UDP(sport=1000, dport=2000) / Raw(b'checksum me')}.
   */
  static final byte[] ROUTED_UDP = Hex.parse("""
      6000 0000 003b 2b40 2001 0db8 0000 0000
      0000 0000 0000 0001 2001 0db8 0000 0000
      0000 0000 0000 0002 1104 0002 0000 0000
      2001 0db8 0000 0000 0000 0000 0000 0077
      2001 0db8 0000 0000 0000 0000 0000 0099
      03e8 07d0 0013 68ea 6368 6563 6b73 756d
      206d 65
      """);

  @Test
  void decodesMldReportWithRouterAlert() {
    Ipv6Packet p = assertLosslessOnEveryBufferKind(MLD_REPORT, Ipv6Packet::parse);
    assertEquals(6, p.version());
    assertEquals(0, p.trafficClass());
    assertEquals(0, p.flowLabel());
    assertEquals(36, p.payloadLength());
    assertEquals(IpProtocol.HOPOPT, p.nextHeader());
    assertEquals(1, p.hopLimit());
    assertEquals(Ipv6Address.parse("2001:db8::1"), p.source());
    assertEquals(Ipv6Address.parse("ff02::16"), p.destination());
    assertEquals(List.of(new HopByHopOptions(IpProtocol.ICMPV6,
        List.of(new Ipv6Option.RouterAlert(0), new Ipv6Option.PadN(ByteString.EMPTY)))),
        p.extensionHeaders());
    assertEquals(IpProtocol.ICMPV6, p.upperLayerProtocol());
    assertEquals(28, p.payload().remaining());
    assertEquals(0x8f, p.payload().get(0) & 0xff);
    assertFalse(p.isTruncated());
    assertFalse(p.isFragment());
    assertEquals(36, p.declaredPayloadLength());
  }

  @Test
  void builderFillsInNextHeadersAndPayloadLength() {
    byte[] icmp = Arrays.copyOfRange(MLD_REPORT, 48, MLD_REPORT.length);
    Ipv6Packet built = Ipv6Packet.builder().hopLimit(1)
        .source(Ipv6Address.parse("2001:db8::1")).destination(Ipv6Address.parse("ff02::16"))
        .extensionHeaders(List.of(HopByHopOptions.padded(IpProtocol.UDP,
            List.of(new Ipv6Option.RouterAlert(Ipv6Option.RouterAlert.MLD)))))
        .protocol(IpProtocol.ICMPV6).payload(icmp).build();
    assertArrayEquals(MLD_REPORT, built.toByteArray());
    assertEquals(Ipv6Packet.parse(MLD_REPORT), built);
  }

  @Test
  void pseudoHeaderUsesTheFinalDestinationOfARoutingHeader() {
    Ipv6Packet p = assertLosslessOnEveryBufferKind(ROUTED_UDP, Ipv6Packet::parse);
    assertEquals(Ipv6Address.parse("2001:db8::99"), p.finalDestination());
    ByteBuffer udp = ByteBuffer.allocate(p.payload().remaining()).put(p.payload()).flip();
    int onWire = udp.getShort(6) & 0xffff;
    udp.putShort(6, (short) 0);
    int sum = p.pseudoHeaderSum(IpProtocol.UDP, udp.remaining());
    sum = InternetChecksum.combine(sum, 40, InternetChecksum.sum(udp));
    assertEquals(onWire, InternetChecksum.finish(sum));
    // With no segments left the packet is at its final destination (RFC 8200 §8.1).
    UnknownRoutingHeader rt = (UnknownRoutingHeader) p.extensionHeaders().get(0);
    assertEquals(p.destination(), rt.finalDestination(p.destination()) == p.destination()
        ? p.destination() : new UnknownRoutingHeader(rt.nextHeader(), 0, 0, rt.data())
            .finalDestination(p.destination()));
  }

  @Test
  void rejectsEveryTruncatedLength() {
    for (int n = 0; n < MLD_REPORT.length; n++) {
      byte[] prefix = Arrays.copyOf(MLD_REPORT, n);
      String expected = n < 40
          ? "IPv6: header at offset 0 needs 40 bytes, but only " + n + " are present"
          : "IPv6: payload length at offset 4 needs 36 bytes, but only " + (n - 40)
              + " are present";
      MalformedPacketException e = assertMalformed(expected, prefix, Ipv6Packet::parse);
      assertInstanceOf(TruncatedPacketException.class, e);
    }
  }

  @Test
  void parseTruncatedKeepsWhatACaptureCutShortHolds() {
    for (int n = 40; n <= ROUTED_UDP.length; n++) {
      byte[] prefix = Arrays.copyOf(ROUTED_UDP, n);
      Ipv6Packet p = assertLosslessOnEveryBufferKind(prefix, Ipv6Packet::parseTruncated);
      assertEquals(n < ROUTED_UDP.length, p.isTruncated(), "cut at " + n);
      assertEquals(59, p.declaredPayloadLength());
      if (n < 40 + 40) { // the 40-byte Routing header is cut: it stays in the payload
        assertEquals(List.of(), p.extensionHeaders());
        assertEquals(IpProtocol.IPV6_ROUTE, p.upperLayerProtocol());
        assertEquals(n - 40, p.payload().remaining());
      } else {
        assertEquals(1, p.extensionHeaders().size());
        assertEquals(IpProtocol.UDP, p.upperLayerProtocol());
      }
    }
    assertEquals(Ipv6Packet.parse(ROUTED_UDP), Ipv6Packet.parseTruncated(ROUTED_UDP));
    assertThrows(TruncatedPacketException.class,
        () -> Ipv6Packet.parseTruncated(Arrays.copyOf(ROUTED_UDP, 39)));
    // A whole packet that is malformed is rejected as parse rejects it.
    byte[] bad = ROUTED_UDP.clone();
    bad[41] = 9; // Routing Hdr Ext Len 9: 80 bytes, past the payload length
    assertThrows(MalformedPacketException.class, () -> Ipv6Packet.parseTruncated(bad));
  }

  static Stream<Arguments> malformed() {
    String fixed = "6000000000%s%s40" + "20010db8000000000000000000000001".repeat(2);
    return Stream.of(
        Arguments.of("IPv6: version at offset 0 is 4, expected 6",
            "4" + String.format(fixed, "00", "3b").substring(1)),
        Arguments.of("IPv6: payload length at offset 4 needs 8 bytes, but only 4 are present",
            String.format(fixed, "08", "2c") + "11000000"),
        Arguments.of("IPv6: Fragment header at offset 40 needs 8 bytes, but the payload length"
            + " leaves only 4", String.format(fixed, "04", "2c") + "11000000"),
        Arguments.of("IPv6: Hop-by-Hop Options header at offset 40 needs 16 bytes, but the"
            + " payload length leaves only 8", String.format(fixed, "08", "00") + "3b01000000000000"),
        Arguments.of("IPv6: Destination Options header at offset 48 needs 8 bytes, but the"
            + " payload length leaves only 1", String.format(fixed, "09", "00")
            + "3c00010400000000" + "3b"),
        Arguments.of("IPv6: Hop-by-Hop option at offset 42 has type 30 and 5 data bytes,"
            + " overrunning its header by 1", String.format(fixed, "08", "00") + "3b001e0500000000"),
        Arguments.of("IPv6: Destination Options option at offset 47 has type 30 but no room for"
            + " its length byte before the header ends",
            String.format(fixed, "08", "3c") + "3b0001030000001e"),
        Arguments.of("IPv6: Hop-by-Hop Router Alert option length at offset 43 is 3, expected 2",
            String.format(fixed, "08", "00") + "3b00050300000000"),
        Arguments.of("IPv6: Hop-by-Hop Jumbo Payload option length at offset 43 is 2,"
            + " expected 4", String.format(fixed, "08", "00") + "3b00c20200000100"),
        Arguments.of("IPv6: Type 2 Routing header length at offset 41 is 0, expected 2"
            + " (RFC 6275 §6.4)", String.format(fixed, "08", "2b") + "3b00020100000000"),
        Arguments.of("IPv6: RPL Source Route CmprI, CmprE and Pad at offset 44 are 0, 0 and 0,"
            + " which do not divide the 16-byte header into addresses",
            String.format(fixed, "10", "2b") + "3b01030100000000" + "0000000000000000"),
        Arguments.of("IPv6: Segment Routing Last Entry at offset 44 is 1, but the 24-byte header"
            + " holds at most 1 segments", String.format(fixed, "18", "2b") + "3b020401010000"
            + "00" + "00".repeat(16)),
        Arguments.of("IPv6: Authentication Header payload length at offset 41 is 0, below the"
            + " minimum 1 (12 bytes)", String.format(fixed, "08", "33") + "3b00000000000000"),
        Arguments.of("IPv6: Jumbo Payload length at offset 44 needs 100000 bytes, but only 8"
            + " are present", String.format(fixed, "00", "00") + "3b00c204000186a0"),
        Arguments.of("IPv6: Jumbo Payload length at offset 44 is 4294967295, more than a buffer"
            + " can hold", String.format(fixed, "00", "00") + "3b00c204ffffffff"),
        Arguments.of("IPv6: Jumbo Payload length at offset 44 is 4, less than the 8-byte"
            + " Hop-by-Hop Options header", String.format(fixed, "00", "00") + "3b00c20400000004"),
        Arguments.of("IPv6: Hop-by-Hop Options header at offset 40 needs 8 bytes, but the payload"
            + " length leaves only 0", String.format(fixed, "00", "00") + "3b00010400000000"),
        Arguments.of("IPv6: extension header chain at offset 552 goes on past 64 headers, the most"
            + " this parser follows", String.format(fixed, "0208", "3c").replace("000208", "0208")
            + "3c00010400000000".repeat(65)));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void rejectsMalformedPacketsWithThePreciseReason(String message, String hex) {
    assertMalformed(message, Hex.parse(hex), Ipv6Packet::parse);
  }

  @Test
  void jumbogramsCarryTheirLengthInTheHopByHopHeader() {
    Ipv6Packet p = Ipv6Generators.jumbogram(70_000);
    assertEquals(0, p.payloadLength());
    assertTrue(p.isJumbogram());
    assertEquals(70_008, p.declaredPayloadLength());
    HopByHopOptions hbh = (HopByHopOptions) p.extensionHeaders().get(0);
    assertEquals(new Ipv6Option.JumboPayload(70_008), hbh.options().get(0));
    byte[] bytes = p.toByteArray();
    assertEquals(p, assertLosslessOnEveryBufferKind(bytes, Ipv6Packet::parse));
    assertEquals(p, Ipv6Packet.parseTruncated(Arrays.copyOf(bytes, 70_048)).withPayload(p.payload()));
    assertTrue(Ipv6Packet.parseTruncated(Arrays.copyOf(bytes, 1000)).isTruncated());
  }

  @Test
  void constructorRejectsFieldsThatDisagree() {
    Ipv6Address a = Ipv6Address.LOOPBACK;
    FragmentHeader frag = FragmentHeader.of(IpProtocol.UDP, 0, true, 1);
    ByteBuffer none = ByteBuffer.allocate(0);
    assertThrows(IllegalArgumentException.class, () -> new Ipv6Packet(6, 0, 0, 8,
        IpProtocol.UDP, 64, a, a, List.of(frag), none)); // nextHeader says UDP
    assertThrows(IllegalArgumentException.class, () -> new Ipv6Packet(6, 0, 0, 16,
        IpProtocol.IPV6_FRAG, 64, a, a, List.of(frag, frag.withNextHeader(IpProtocol.UDP)),
        none)); // a header after a Fragment header
    assertThrows(IllegalArgumentException.class, () -> new Ipv6Packet(6, 0, 0, 0,
        IpProtocol.IPV6_OPTS, 64, a, a, List.of(), none)); // ends with an extension type
    assertThrows(IllegalArgumentException.class, () -> new Ipv6Packet(6, 0, 0, 7,
        IpProtocol.IPV6_FRAG, 64, a, a, List.of(frag), none)); // payload length too small
    assertThrows(IllegalArgumentException.class, () -> new Ipv6Packet(4, 0, 0, 0,
        IpProtocol.UDP, 64, a, a, List.of(), none));
    assertThrows(IllegalArgumentException.class, () -> new Ipv6Packet(6, 0, 1 << 20, 0,
        IpProtocol.UDP, 64, a, a, List.of(), none));
    assertThrows(IllegalArgumentException.class,
        () -> new Ipv6Option.UnknownOption(5, ByteString.of(0, 0)));
    assertThrows(IllegalArgumentException.class,
        () -> new UnknownRoutingHeader(IpProtocol.UDP, 4, 0, ByteString.of(0, 0, 0, 0)));
    assertThrows(IllegalArgumentException.class,
        () -> new HopByHopOptions(IpProtocol.UDP, List.of(new Ipv6Option.RouterAlert(0))));
  }

  @Test
  void payloadIsAReadOnlyViewOfTheInputNotACopy() {
    byte[] bytes = MLD_REPORT.clone();
    Ipv6Packet p = Ipv6Packet.parse(bytes);
    ByteBuffer payload = p.payload();
    assertTrue(payload.isReadOnly());
    assertThrows(ReadOnlyBufferException.class, () -> payload.put(0, (byte) 1));
    payload.position(5);
    assertEquals(0, p.payload().position(), "each call returns a fresh view");
    bytes[48] = 0x11;
    assertEquals(0x11, p.payload().get(0), "a view, not a copy");
  }

  @Test
  void withMethodsChangeOneField() {
    Ipv6Packet p = Ipv6Packet.parse(ROUTED_UDP);
    assertEquals(7, p.withHopLimit(7).hopLimit());
    assertEquals(46, p.withTrafficClass(0xb8).dscp());
    assertEquals(2, p.withTrafficClass(0xba).ecn());
    assertEquals(0xabcde, p.withFlowLabel(0xabcde).flowLabel());
    Ipv6Packet q = p.withPayload(ByteBuffer.wrap(new byte[3]));
    assertEquals(43, q.payloadLength());
    assertEquals(IpProtocol.UDP, q.upperLayerProtocol());
    assertEquals(p.withHopLimit(7).withHopLimit(64), p);
    assertEquals(p, Ipv6Packet.parse(p.toBuilder().build().toByteArray()));
    Ipv6Address other = Ipv6Address.parse("2001:db8::42");
    assertEquals(other, p.withAddresses(other, other).source());
  }

  @Test
  void rplSourceRouteCompressesAgainstTheDestination() {
    // RFC 6554 §3: addresses share their first CmprI (or CmprE) bytes with the destination.
    Ipv6Address dst = Ipv6Address.parse("2001:db8::1:1");
    List<Ipv6Address> route = List.of(Ipv6Address.parse("2001:db8::1:2"),
        Ipv6Address.parse("2001:db8::1:3"), Ipv6Address.parse("2001:db8::2:ff"));
    RplSourceRouteHeader rpl = RplSourceRouteHeader.of(IpProtocol.UDP, 3, dst, route);
    assertEquals(15, rpl.cmprI());
    assertEquals(13, rpl.cmprE());
    assertEquals(List.of(ByteString.of(2), ByteString.of(3), ByteString.of(2, 0, 0xff)),
        rpl.addresses());
    assertEquals(3, rpl.padding().size()); // 8 + 1 + 1 + 3 = 13, padded to 16
    assertEquals(16, rpl.encodedLength());
    for (int i = 0; i < route.size(); i++) {
      assertEquals(route.get(i), rpl.address(i, dst));
    }
    Ipv6Packet p = Ipv6Packet.builder().destination(dst).extensionHeaders(List.of(rpl))
        .protocol(IpProtocol.UDP).build();
    assertEquals(route.get(2), p.finalDestination());
    // Next Header 17, Hdr Ext Len 1, type 3, Segments Left 3, CmprI 15, CmprE 13, Pad 3.
    assertEquals("11010303" + "fd300000" + "02" + "03" + "0200ff" + "000000",
        Hex.toHex(p.toByteArray()).substring(80));
    assertEquals(p, assertLosslessOnEveryBufferKind(p.toByteArray(), Ipv6Packet::parse));
  }

  @Test
  void segmentRoutingFinalDestinationIsSegmentZero() {
    Ipv6Address last = Ipv6Address.parse("2001:db8::9");
    SegmentRoutingHeader srh = new SegmentRoutingHeader(IpProtocol.UDP, 1, 0, 0,
        List.of(last, Ipv6Address.parse("2001:db8::5")), ByteString.EMPTY);
    assertEquals(1, srh.lastEntry());
    assertEquals(last, srh.finalDestination(Ipv6Address.LOOPBACK));
    assertEquals(Ipv6Address.LOOPBACK,
        new SegmentRoutingHeader(IpProtocol.UDP, 0, 0, 0, srh.segments(), ByteString.EMPTY)
            .finalDestination(Ipv6Address.LOOPBACK));
  }

  @Test
  void optionsExposeTheirActionBits() {
    Ipv6Option.UnknownOption o = new Ipv6Option.UnknownOption(0xbe, ByteString.EMPTY);
    assertEquals(Ipv6Option.ACTION_DISCARD_SEND_ICMP, o.action());
    assertTrue(o.mayChange());
    assertEquals(Ipv6Option.ACTION_DISCARD_SEND_ICMP_UNLESS_MULTICAST,
        new Ipv6Option.JumboPayload(0).action()); // type 0xC2
    assertEquals(Ipv6Option.ACTION_SKIP, Ipv6Option.Pad1.INSTANCE.action());
    assertEquals(4, Ipv6Option.PadN.ofLength(4).encodedLength());
  }

  @Test
  void noNextHeaderEndsTheChainAndKeepsTheBytesAfter() {
    // RFC 8200 §4.7: bytes after No Next Header are ignored, and passed on unchanged if forwarded.
    byte[] bytes = Hex.parse("6000000000053b40" + "00".repeat(32) + "0102030405");
    Ipv6Packet p = assertLosslessOnEveryBufferKind(bytes, Ipv6Packet::parse);
    assertEquals(IpProtocol.IPV6_NONXT, p.upperLayerProtocol());
    assertTrue(p.hasNoNextHeader());
    assertFalse(Ipv6Packet.parse(MLD_REPORT).hasNoNextHeader());
    assertEquals(5, p.payload().remaining());
  }

  @Test
  void encodeWritesNothingWhenTheBufferIsTooSmallOrReadOnly() {
    Ipv6Packet p = Ipv6Packet.parse(ROUTED_UDP);
    ByteBuffer small = ByteBuffer.allocate(ROUTED_UDP.length - 1);
    assertThrows(java.nio.BufferOverflowException.class, () -> p.encode(small));
    assertEquals(0, small.position());
    assertArrayEquals(new byte[small.capacity()], small.array());
    ByteBuffer readOnly = ByteBuffer.allocate(200).asReadOnlyBuffer();
    assertThrows(ReadOnlyBufferException.class, () -> p.encode(readOnly));
    List<Ipv6ExtensionHeader> headers = List.of(
        Ipv6Packet.parse(MLD_REPORT).extensionHeaders().get(0),
        p.extensionHeaders().get(0),
        FragmentHeader.of(IpProtocol.UDP, 8, true, 1),
        new AuthenticationHeader(IpProtocol.UDP, 0, 1, 2, ByteString.of(1, 2, 3, 4)),
        new EspHeader(1, 2),
        RplSourceRouteHeader.of(IpProtocol.UDP, 1, p.destination(), List.of(p.source())),
        new SegmentRoutingHeader(IpProtocol.UDP, 0, 0, 0, List.of(p.source()), ByteString.EMPTY),
        new Type2RoutingHeader(IpProtocol.UDP, 1, 0, p.source()),
        new GenericExtensionHeader(IpProtocol.of(253), IpProtocol.UDP, ByteString.of(0, 0, 0, 0,
            0, 0)),
        DestinationOptions.padded(IpProtocol.UDP, List.of(new Ipv6Option.JumboPayload(1))));
    for (Ipv6ExtensionHeader h : headers) {
      ByteBuffer tight = ByteBuffer.allocate(h.encodedLength() - 1);
      assertThrows(java.nio.BufferOverflowException.class, () -> h.encode(tight));
      assertEquals(0, tight.position());
    }
  }

  @Test
  void bytesAfterThePayloadLengthAreNotPartOfThePacket() {
    byte[] padded = Arrays.copyOf(MLD_REPORT, MLD_REPORT.length + 6); // Ethernet padding
    Ipv6Packet p = Ipv6Packet.parse(padded);
    assertArrayEquals(MLD_REPORT, p.toByteArray());
  }

  /** A writable payload is copied: writing through it later cannot change the packet. */
  @Test
  void writablePayloadIsCopiedReadOnlyViewed() {
    byte[] data = {1, 2, 3, 4};
    Ipv6Packet built = Ipv6Packet.builder().source(Ipv6Address.parse("2001:db8::1"))
        .destination(Ipv6Address.parse("2001:db8::2")).protocol(IpProtocol.UDP)
        .payload(ByteBuffer.wrap(data)).build();
    int hash = built.hashCode();
    data[0] = 9;
    assertEquals(1, built.payload().get(0));
    assertEquals(hash, built.hashCode());

    // Parsing stays zero-copy: the payload is a view of the parsed bytes.
    byte[] wire = built.toByteArray();
    Ipv6Packet parsed = Ipv6Packet.parse(wire);
    wire[Ipv6Packet.HEADER_LENGTH] = 7;
    assertEquals(7, parsed.payload().get(0));
  }
}
