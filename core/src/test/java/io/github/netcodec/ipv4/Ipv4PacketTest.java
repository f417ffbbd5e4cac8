package io.github.netcodec.ipv4;

import static io.github.netcodec.testing.CodecAssertions.assertEncodesTo;
import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Option.EndOfOptionList;
import io.github.netcodec.ipv4.Ipv4Option.LooseSourceRoute;
import io.github.netcodec.ipv4.Ipv4Option.NoOperation;
import io.github.netcodec.ipv4.Ipv4Option.Raw;
import io.github.netcodec.ipv4.Ipv4Option.RecordRoute;
import io.github.netcodec.ipv4.Ipv4Option.RouterAlert;
import io.github.netcodec.ipv4.Ipv4Option.StrictSourceRoute;
import io.github.netcodec.ipv4.Ipv4Option.Timestamp;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Ipv4PacketTest {

  /**
   * The seed lecture's Ethernet frame (/work/shared/seed/networking-lecture.txt, "an Ethernet
   * frame"; issue 2), bytes 14 onwards: the IPv4 part as printed, 80 of its 96 bytes.
   */
  static final byte[] SEED_IPV4 = Hex.parse("""
      45 00 00 60 db 89 40 00 f2 06 cf cd 34 60 e6 a2
      c0 a8 01 95 01 bb aa c4 40 2b d6 46 7c 9d 15 e4
      80 18 40 02 65 fe 00 00 01 01 08 0a 03 83 98 62
      19 70 27 9e 17 03 03 00 27 00 00 00 00 00 00 00
      c8 b9 ab 81 50 e0 ef 1a d8 97 73 76 9a ee 33 d4
      """);

  /**
   * scapy 2.5: raw(IP(src='10.0.0.1', dst='10.0.0.2', id=0x1234, ttl=17, tos=0xb9, flags='DF',
   * proto=17, options=[IPOption_RR(routers=['1.2.3.4','0.0.0.0'], pointer=8), IPOption_NOP(),
   * IPOption_Router_Alert(), IPOption_Timestamp(flg=1, oflw=2, internet_address='5.6.7.8',
   * timestamp=0x80000001)]) / b'hello')
   */
  static final byte[] WITH_OPTIONS = Hex.parse("""
      4cb90035123440001111b9770a0000010a000002070b0801020304000000000194040000
      440c0921050607088000000168656c6c6f
      """);

  /**
   * scapy 2.5: raw(IP(src='192.0.2.1', dst='198.51.100.7', id=7, proto=6,
   * options=[IPOption_LSRR(routers=['203.0.113.1','203.0.113.2']),
   * IPOption_SSRR(routers=['203.0.113.9'])]) / b'abcdefgh'): scapy pads with 00 00.
   */
  static final byte[] SOURCE_ROUTES = Hex.parse("""
      4a000030000700004006b96ac0000201c6336407830b04cb007101cb007102890704cb00710900006162636465666768
      """);

  /**
   * scapy 2.5: raw(IP(src='192.0.2.1', dst='224.0.0.22', ttl=1, proto=2,
   * options=[IPOption_Router_Alert()]) / bytes.fromhex('2200f9010000000104000000e00000fb')): an
   * IGMPv3 membership report.
   */
  static final byte[] ROUTER_ALERT = Hex.parse("""
      4600002800010000010282b7c0000201e0000016940400002200f9010000000104000000e00000fb
      """);

  static Ipv4Address ip(String text) {
    return Ipv4Address.parse(text);
  }

  @Test
  void seedFrameIsRejectedByTheStrictParserWithAClearMessage() {
    TruncatedPacketException e = (TruncatedPacketException) assertMalformed(
        "IPv4: total length at offset 2 needs 96 bytes, but only 80 are present", SEED_IPV4,
        Ipv4Packet::parse);
    assertEquals(96, e.needed());
    assertEquals(80, e.available());
  }

  @Test
  void seedFrameDecodesAsTruncated() {
    Ipv4Packet p = assertLosslessOnEveryBufferKind(SEED_IPV4, Ipv4Packet::parseTruncated);
    assertEquals(4, p.version());
    assertEquals(5, p.ihl());
    assertEquals(20, p.headerLength());
    assertEquals(0, p.dscp());
    assertEquals(0, p.ecn());
    assertEquals(96, p.totalLength());
    assertEquals(0xdb89, p.identification());
    assertFalse(p.reservedFlag());
    assertTrue(p.dontFragment());
    assertFalse(p.moreFragments());
    assertEquals(0, p.fragmentOffset());
    assertFalse(p.isFragment());
    assertEquals(242, p.ttl());
    assertEquals(IpProtocol.TCP, p.protocol());
    assertEquals(0xcfcd, p.headerChecksum());
    assertTrue(p.hasValidHeaderChecksum());
    assertEquals(0xcfcd, p.computeHeaderChecksum());
    assertEquals(ip("52.96.230.162"), p.source());
    assertEquals(ip("192.168.1.149"), p.destination());
    assertEquals(List.of(), p.options());
    assertTrue(p.isTruncated());
    assertEquals(60, p.payloadLength());
    assertEquals(ByteBuffer.wrap(SEED_IPV4, 20, 60), p.payload());
    assertEquals("IPv4 52.96.230.162 > 192.168.1.149: TCP (6), ttl 242, id 0xdb89, DF, "
        + "length 96, truncated to 80", p.toString());
  }

  @Test
  void seedFrameMadeWholeParsesStrictly() {
    byte[] whole = Arrays.copyOf(SEED_IPV4, 96); // the 16 missing bytes as zeros
    Ipv4Packet p = assertLosslessOnEveryBufferKind(whole, Ipv4Packet::parse);
    assertFalse(p.isTruncated());
    assertEquals(76, p.payloadLength());
    assertEquals(p, Ipv4Packet.parseTruncated(ByteBuffer.wrap(whole)));
  }

  @Test
  void bytesAfterTheTotalLengthAreNotPartOfThePacket() {
    // An IPv4 packet of 46 bytes in a 60-byte Ethernet payload: the padding stays outside.
    byte[] packet = Ipv4Packet.builder().source(ip("10.0.0.1")).destination(ip("10.0.0.2"))
        .protocol(IpProtocol.UDP).payload(new byte[26]).build().toByteArray();
    byte[] padded = Arrays.copyOf(packet, 60);
    Arrays.fill(padded, 46, 60, (byte) 0xee);
    Ipv4Packet p = Ipv4Packet.parse(padded);
    assertEquals(26, p.payloadLength());
    assertEncodesTo(packet, p);
  }

  @Test
  void decodesScapyOptionsFieldByField() {
    Ipv4Packet p = assertLosslessOnEveryBufferKind(WITH_OPTIONS, Ipv4Packet::parse);
    assertEquals(12, p.ihl());
    assertEquals(0xb9 >>> 2, p.dscp());
    assertEquals(1, p.ecn());
    assertEquals(53, p.totalLength());
    assertEquals(0x1234, p.identification());
    assertTrue(p.dontFragment());
    assertEquals(17, p.ttl());
    assertEquals(IpProtocol.UDP, p.protocol());
    assertTrue(p.hasValidHeaderChecksum());
    assertEquals(List.of(
        new RecordRoute(8, List.of(ip("1.2.3.4"), ip("0.0.0.0"))),
        NoOperation.INSTANCE,
        RouterAlert.EXAMINE,
        new Timestamp(9, 2, Timestamp.WITH_ADDRESSES,
            List.of(Timestamp.Entry.of(ip("5.6.7.8"), 0x80000001L)))), p.options());
    assertEquals(ByteBuffer.wrap("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
        p.payload());
    Ipv4Option rr = p.options().get(0);
    assertFalse(rr.copied());
    assertEquals(0, rr.optionClass());
    assertEquals(7, rr.number());
    Ipv4Option ts = p.options().get(3);
    assertEquals(2, ts.optionClass());
    assertEquals(4, ts.number());
    assertTrue(p.options().get(2).copied());
  }

  @Test
  void decodesSourceRoutesAndKeepsScapysPadding() {
    Ipv4Packet p = assertLosslessOnEveryBufferKind(SOURCE_ROUTES, Ipv4Packet::parse);
    assertEquals(List.of(
        new LooseSourceRoute(4, List.of(ip("203.0.113.1"), ip("203.0.113.2"))),
        new StrictSourceRoute(4, List.of(ip("203.0.113.9"))),
        new EndOfOptionList(ByteString.of(0))), p.options());
    assertTrue(p.options().get(0).copied());
    assertTrue(p.options().get(1).copied());
    assertTrue(p.hasValidHeaderChecksum());
  }

  @Test
  void decodesRouterAlertOnIgmp() {
    Ipv4Packet p = assertLosslessOnEveryBufferKind(ROUTER_ALERT, Ipv4Packet::parse);
    assertEquals(List.of(RouterAlert.EXAMINE), p.options());
    assertEquals(IpProtocol.IGMP, p.protocol());
    assertEquals(1, p.ttl());
    assertTrue(p.hasValidHeaderChecksum());
  }

  @Test
  void keepsOddOptionsAndNonZeroPaddingByteExact() {
    // Hand-made from RFC 791 §3.1 layouts: Basic Security (130, RFC 1108) with 2 data bytes, a
    // timestamp with flag 0 and overflow 15, and End of Option List followed by junk padding;
    // wrong checksum 0xbeef, reserved flag set.
    byte[] bytes = Hex.parse("""
        490000280001800040fdbeef0a0000010a000002
        82040102 44080df01234abcd 00ffffff 5a5a5a5a
        """);
    Ipv4Packet p = assertLosslessOnEveryBufferKind(bytes, Ipv4Packet::parse);
    assertEquals(List.of(
        new Raw(130, ByteString.of(1, 2)),
        new Timestamp(13, 15, 0, List.of(Timestamp.Entry.of(0x1234abcdL))),
        new EndOfOptionList(ByteString.of(0xff, 0xff, 0xff))), p.options());
    assertTrue(p.options().get(0).copied());
    assertEquals(2, p.options().get(0).number());
    assertTrue(p.reservedFlag());
    assertFalse(p.hasValidHeaderChecksum());
    assertEquals(IpProtocol.of(253), p.protocol());
    assertTrue(p.toString().contains("bad checksum 0xbeef"), p.toString());
    assertTrue(p.withComputedHeaderChecksum().hasValidHeaderChecksum());
  }

  /** Hand-made from RFC 791 §3.1: 10.0.0.1 > 10.0.0.2, TCP, DF, IHL 5, total length 20. */
  static final String HEADER = "4500001400000000400600000a0000010a000002";

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", "IPv4: header at offset 0 needs 20 bytes, but only 0 are present"),
        Arguments.of(HEADER.substring(0, 38),
            "IPv4: header at offset 0 needs 20 bytes, but only 19 are present"),
        Arguments.of("6" + HEADER.substring(1), "IPv4: version at offset 0 is 6, expected 4"),
        Arguments.of("44" + HEADER.substring(2), "IPv4: IHL at offset 0 is 4, below the minimum 5"),
        Arguments.of("40" + HEADER.substring(2), "IPv4: IHL at offset 0 is 0, below the minimum 5"),
        Arguments.of("46" + HEADER.substring(2),
            "IPv4: header (IHL 6) at offset 0 needs 24 bytes, but only 20 are present"),
        Arguments.of("45000010" + HEADER.substring(8),
            "IPv4: total length at offset 2 is 16, below the header length 20"),
        Arguments.of("45000015" + HEADER.substring(8),
            "IPv4: total length at offset 2 needs 21 bytes, but only 20 are present"),
        Arguments.of("46000018" + HEADER.substring(8) + "07080400",
            "IPv4: option 7 length at offset 21 is 8, overrunning the options area, which has "
                + "4 bytes left"),
        Arguments.of("46000018" + HEADER.substring(8) + "01010107",
            "IPv4: option 7 length at offset 24 is missing: the options area ends at offset 24"),
        Arguments.of("46000018" + HEADER.substring(8) + "82010000",
            "IPv4: option 130 length at offset 21 is 1, below the minimum 2"),
        Arguments.of("46000018" + HEADER.substring(8) + "82000000",
            "IPv4: option 130 length at offset 21 is 0, below the minimum 2"),
        Arguments.of("4700001c" + HEADER.substring(8) + "0705040000000000",
            "IPv4: record route length at offset 21 is 5, expected 3 plus a multiple of 4"),
        Arguments.of("4700001c" + HEADER.substring(8) + "8302040000000000",
            "IPv4: loose source route length at offset 21 is 2, expected 3 plus a multiple of 4"),
        Arguments.of("4700001c" + HEADER.substring(8) + "8906040000000000",
            "IPv4: strict source route length at offset 21 is 6, expected 3 plus a multiple of 4"),
        Arguments.of("46000018" + HEADER.substring(8) + "94030000",
            "IPv4: router alert length at offset 21 is 3, expected 4"),
        Arguments.of("46000018" + HEADER.substring(8) + "44030000",
            "IPv4: timestamp length at offset 21 is 3, below the minimum 4"),
        Arguments.of("4700001c" + HEADER.substring(8) + "4408050200000000",
            "IPv4: timestamp flag at offset 23 is 2, expected 0, 1 or 3"),
        Arguments.of("4700001c" + HEADER.substring(8) + "4408050100000000",
            "IPv4: timestamp length at offset 21 is 8, expected 4 plus a multiple of 8 for flag 1"),
        Arguments.of("4700001c" + HEADER.substring(8) + "4407050000000000",
            "IPv4: timestamp length at offset 21 is 7, expected 4 plus a multiple of 4 for flag 0"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void rejectsMalformedHeadersWithTheFieldAndOffset(String hex, String message) {
    assertMalformed(message, Hex.parse(hex), Ipv4Packet::parse);
  }

  @Test
  void rejectsEveryTruncatedLength() {
    for (int n = 0; n < WITH_OPTIONS.length; n++) {
      byte[] prefix = Arrays.copyOf(WITH_OPTIONS, n);
      String expected = n < 20
          ? "IPv4: header at offset 0 needs 20 bytes, but only " + n + " are present"
          : n < 48
              ? "IPv4: header (IHL 12) at offset 0 needs 48 bytes, but only " + n + " are present"
              : "IPv4: total length at offset 2 needs 53 bytes, but only " + n + " are present";
      TruncatedPacketException e = (TruncatedPacketException)
          assertMalformed(expected, prefix, Ipv4Packet::parse);
      assertEquals(n, e.available());
      if (n < 48) {
        assertMalformed(expected, prefix, Ipv4Packet::parseTruncated);
      } else {
        Ipv4Packet p = Ipv4Packet.parseTruncated(ByteBuffer.wrap(prefix));
        assertTrue(p.isTruncated());
        assertEncodesTo(prefix, p);
      }
    }
  }

  @Test
  void builderComputesIhlTotalLengthAndChecksumLikeScapy() {
    Ipv4Packet built = Ipv4Packet.builder()
        .source(ip("192.0.2.1"))
        .destination(ip("198.51.100.7"))
        .identification(7)
        .protocol(IpProtocol.TCP)
        .options(List.of(new LooseSourceRoute(4, List.of(ip("203.0.113.1"), ip("203.0.113.2"))),
            new StrictSourceRoute(4, List.of(ip("203.0.113.9")))))
        .payload("abcdefgh".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .build();
    assertEncodesTo(SOURCE_ROUTES, built);
    assertEquals(10, built.ihl());
    assertEquals(48, built.totalLength());
    assertRoundTrips(built, Ipv4Packet::parse);
  }

  @Test
  void builderExtendsTheEndOfOptionListPadding() {
    Ipv4Packet p = Ipv4Packet.builder().source(ip("10.0.0.1")).destination(ip("10.0.0.2"))
        .protocol(IpProtocol.UDP)
        .options(List.of(NoOperation.INSTANCE, EndOfOptionList.NO_PADDING)).build();
    assertEquals(List.of(NoOperation.INSTANCE, new EndOfOptionList(ByteString.of(0, 0))),
        p.options());
    assertEquals(24, p.headerLength());
  }

  @Test
  void builderRejectsWhatCannotBeEncoded() {
    Ipv4Packet.Builder b = Ipv4Packet.builder().source(ip("10.0.0.1"));
    assertEquals("destination is not set",
        assertThrows(IllegalStateException.class, b::build).getMessage());
    b.destination(ip("10.0.0.2")).protocol(IpProtocol.UDP).payload(new byte[65516]);
    assertThrows(IllegalArgumentException.class, b::build);
    b.payload(new byte[0]).ttl(256);
    assertEquals("ttl 256 is not in 0..255",
        assertThrows(IllegalArgumentException.class, b::build).getMessage());
    b.ttl(1).options(List.of(new RecordRoute(4, List.of(ip("1.1.1.1"), ip("1.1.1.2"),
        ip("1.1.1.3"), ip("1.1.1.4"), ip("1.1.1.5"), ip("1.1.1.6"), ip("1.1.1.7"), ip("1.1.1.8"),
        ip("1.1.1.9"))), NoOperation.INSTANCE, NoOperation.INSTANCE));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void constructorRejectsInconsistentLengths() {
    Ipv4Packet p = Ipv4Packet.parse(ROUTER_ALERT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Ipv4Packet(4, 0, 0, 39, 1, false, false, false, 0, 1, IpProtocol.IGMP, 0,
            p.source(), p.destination(), p.options(), p.payload()));
    assertEquals("totalLength 39 is less than the header and payload, 40 bytes", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new Ipv4Packet(4, 0, 0, 40, 1, false, false, false, 0, 1, IpProtocol.IGMP, 0,
            p.source(), p.destination(), List.of(NoOperation.INSTANCE), p.payload()));
    assertThrows(IllegalArgumentException.class,
        () -> new Ipv4Packet(4, 0, 0, 40, 1, false, false, false, 0, 1, IpProtocol.IGMP, 0,
            p.source(), p.destination(), List.of(EndOfOptionList.NO_PADDING,
                NoOperation.INSTANCE, NoOperation.INSTANCE, NoOperation.INSTANCE), p.payload()));
    assertThrows(IllegalArgumentException.class,
        () -> new Ipv4Packet(4, 64, 0, 40, 1, false, false, false, 0, 1, IpProtocol.IGMP, 0,
            p.source(), p.destination(), List.of(), p.payload()));
  }

  @Test
  void payloadCannotChangeTheRecord() {
    byte[] bytes = ROUTER_ALERT.clone();
    Ipv4Packet p = Ipv4Packet.parse(bytes);
    ByteBuffer payload = p.payload();
    assertTrue(payload.isReadOnly());
    payload.position(3);
    assertEquals(16, p.payload().remaining());
    assertEquals(0, p.payload().position());
    // A writable payload handed to the builder is copied.
    byte[] data = {1, 2, 3};
    Ipv4Packet built = p.toBuilder().payload(ByteBuffer.wrap(data)).build();
    data[0] = 9;
    assertEquals(1, built.payload().get(0));
  }

  @Test
  void incrementalRewritesEqualRecomputation() {
    // The seed lecture's NAT: 192.168.1.149 behind a router, rewritten to a public address.
    Ipv4Packet p = Ipv4Packet.parse(Arrays.copyOf(SEED_IPV4, 96));
    Ipv4Packet natted = p.withDestination(ip("203.0.113.77"));
    assertEquals(ip("203.0.113.77"), natted.destination());
    assertEquals(natted.computeHeaderChecksum(), natted.headerChecksum());
    Ipv4Packet reverse = natted.withDestination(ip("192.168.1.149"));
    assertEquals(p, reverse);
    Ipv4Packet out = p.withSource(ip("198.51.100.1")).withTtl(241).withDscp(46);
    assertTrue(out.hasValidHeaderChecksum());
    assertEquals(out.computeHeaderChecksum(), out.headerChecksum());
    assertEquals(46, out.dscp());
    assertEquals(241, out.ttl());
    Ipv4Packet options = Ipv4Packet.parse(WITH_OPTIONS).withTtl(0).withDscp(0);
    assertTrue(options.hasValidHeaderChecksum());
    assertEquals(1, options.ecn());
    // A wrong checksum stays wrong: the update is relative.
    Ipv4Packet bad = p.withHeaderChecksum(0x1234).withTtl(3);
    assertFalse(bad.hasValidHeaderChecksum());
    assertThrows(IllegalArgumentException.class, () -> p.withTtl(-1));
    assertThrows(IllegalArgumentException.class, () -> p.withDscp(64));
  }

  @Test
  void optionRecordsRejectOutOfRangeFields() {
    assertThrows(IllegalArgumentException.class, () -> new RecordRoute(256, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new RecordRoute(4, java.util.Collections.nCopies(10, ip("1.1.1.1"))));
    assertThrows(IllegalArgumentException.class, () -> new Timestamp(5, 16, 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Timestamp(5, 0, 2, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Timestamp(5, 0, 1, List.of(Timestamp.Entry.of(1))));
    assertThrows(IllegalArgumentException.class,
        () -> new Timestamp(5, 0, 0, List.of(Timestamp.Entry.of(ip("1.1.1.1"), 1))));
    assertThrows(IllegalArgumentException.class,
        () -> new Timestamp(5, 0, 3, java.util.Collections.nCopies(5,
            Timestamp.Entry.of(ip("1.1.1.1"), 1))));
    assertThrows(IllegalArgumentException.class, () -> Timestamp.Entry.of(1L << 32));
    assertThrows(IllegalArgumentException.class, () -> new RouterAlert(65536));
    assertEquals("type 7 has its own record; Raw is for the others",
        assertThrows(IllegalArgumentException.class,
            () -> new Raw(7, ByteString.EMPTY)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Raw(130, ByteString.copyOf(new byte[39])));
    assertThrows(IllegalArgumentException.class,
        () -> new EndOfOptionList(ByteString.copyOf(new byte[40])));
    assertEquals(new EndOfOptionList(ByteString.of(0, 0, 0)), EndOfOptionList.withZeroPadding(3));
  }

  @Test
  void encodeChecksRoomAndWritability() {
    Ipv4Packet p = Ipv4Packet.parse(ROUTER_ALERT);
    ByteBuffer small = ByteBuffer.allocate(39);
    assertThrows(java.nio.BufferOverflowException.class, () -> p.encode(small));
    assertEquals(0, small.position());
    assertThrows(java.nio.ReadOnlyBufferException.class,
        () -> p.encode(ByteBuffer.allocate(40).asReadOnlyBuffer()));
  }

  @Test
  void errorsAreMalformedPacketExceptions() {
    MalformedPacketException e = assertThrows(MalformedPacketException.class,
        () -> Ipv4Packet.parse(Hex.parse("44" + HEADER.substring(2))));
    assertEquals("IPv4", e.protocol());
    assertEquals("IHL", e.field());
    assertEquals(0, e.offset());
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Ipv4Packet.class)
        .suppress(Warning.ZERO_FIELDS)
        .withNonnullFields("protocol", "source", "destination", "options", "payload")
        .withPrefabValuesForField("options", List.of(), List.of(RouterAlert.EXAMINE))
        .withPrefabValuesForField("totalLength", 100, 200)
        .withPrefabValues(ByteBuffer.class, ByteBuffer.wrap(new byte[] {1}).asReadOnlyBuffer(),
            ByteBuffer.wrap(new byte[] {2, 3}).asReadOnlyBuffer())
        .verify();
    EqualsVerifier.forClass(EndOfOptionList.class).suppress(Warning.NULL_FIELDS)
        .withPrefabValues(ByteString.class, ByteString.of(1), ByteString.of(2)).verify();
    EqualsVerifier.forClass(NoOperation.class).verify();
    EqualsVerifier.forClass(RecordRoute.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(LooseSourceRoute.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(StrictSourceRoute.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Timestamp.class).withNonnullFields("entries")
        .withPrefabValuesForField("flag", 1, 3)
        .withPrefabValuesForField("entries", List.of(),
            List.of(Timestamp.Entry.of(Ipv4Address.of(1), 2)))
        .verify();
    EqualsVerifier.forClass(Timestamp.Entry.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(RouterAlert.class).verify();
    EqualsVerifier.forClass(Raw.class).withNonnullFields("data")
        .withPrefabValuesForField("type", 130, 134)
        .withPrefabValues(ByteString.class, ByteString.of(1), ByteString.of(2)).verify();
  }

  @Test
  void optionalAddressInTimestampEntries() {
    assertEquals(Optional.empty(), Timestamp.Entry.of(5).address());
    assertNotEquals(Timestamp.Entry.of(5), Timestamp.Entry.of(ip("0.0.0.0"), 5));
  }
}
