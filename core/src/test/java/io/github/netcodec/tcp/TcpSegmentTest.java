package io.github.netcodec.tcp;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.ipv4.Ipv4Packet;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TcpSegmentTest {

  // The seed lecture's Ethernet frame (issue 2), 94 bytes shown of a 110-byte frame: IPv4 total
  // length 96, so the TCP segment is cut short after 28 of its payload bytes.
  private static final byte[] SEED_FRAME = Hex.parse("""
      4c cc 6a ba 1c b9 d8 07 b6 d9 ae 50 08 00
      45 00 00 60 db 89 40 00 f2 06 cf cd 34 60 e6 a2
      c0 a8 01 95 01 bb aa c4 40 2b d6 46 7c 9d 15 e4
      80 18 40 02 65 fe 00 00 01 01 08 0a 03 83 98 62
      19 70 27 9e 17 03 03 00 27 00 00 00 00 00 00 00
      c8 b9 ab 81 50 e0 ef 1a d8 97 73 76 9a ee 33 d4
      """);

  @Test
  void decodesTheSeedFramesTcpHeader() {
    Ipv4Packet ip = Ipv4Packet.parseTruncated(EthernetFrame.parse(SEED_FRAME).payload());
    assertTrue(ip.isTruncated());
    byte[] tcp = new byte[ip.payload().remaining()];
    ip.payload().get(tcp);
    TcpSegment s = assertLosslessOnEveryBufferKind(tcp, TcpSegment::parse);
    assertEquals(443, s.sourcePort());
    assertEquals(43716, s.destinationPort());
    assertEquals(0x402bd646L, s.sequenceNumber());
    assertEquals(0x7c9d15e4L, s.acknowledgmentNumber());
    assertEquals(8, s.dataOffset());
    assertEquals(TcpSegment.PSH | TcpSegment.ACK, s.flags());
    assertTrue(s.isPsh() && s.isAck() && !s.isSyn() && !s.isFin() && !s.isRst());
    assertEquals(0x4002, s.window());
    assertEquals(0x65fe, s.checksum());
    assertEquals(0, s.urgentPointer());
    assertEquals(List.of(TcpOption.NoOperation.INSTANCE, TcpOption.NoOperation.INSTANCE,
        new TcpOption.Timestamps(0x03839862L, 0x1970279eL)), s.options());
    assertEquals(Optional.of(new TcpOption.Timestamps(0x03839862L, 0x1970279eL)),
        s.option(TcpOption.Timestamps.class));
    assertEquals(28, s.payloadLength());
    assertEquals(0x17, s.payload().get(0)); // TLS application data record
    // Half of the payload is missing, so the checksum cannot verify.
    assertFalse(s.hasValidChecksum(ip.source(), ip.destination()));
    assertEquals("TCP 443 > 43716: Flags [P.], seq 1076614726, ack 2090669540, win 16386, "
        + "options [NOP, NOP, TS val 58955874 ecr 426780574], length 28", s.toString());
  }

  // scapy 2.5: raw(IP(src='10.0.0.1',dst='10.0.0.2')/TCP(sport=43716,dport=443,seq=1,
  //   flags='S',window=64240,options=[('MSS',1460),('SAckOK',b''),('Timestamp',(7,0)),
  //   ('NOP',None),('WScale',7)]))[20:]
  private static final byte[] SYN = Hex.parse(
      "aac401bb0000000100000000a002faf08c850000020405b40402080a000000070000000001030307");

  @Test
  void decodesAndVerifiesALinuxStyleSyn() {
    Ipv4Address a = Ipv4Address.parse("10.0.0.1");
    Ipv4Address b = Ipv4Address.parse("10.0.0.2");
    TcpSegment s = assertLosslessOnEveryBufferKind(SYN, TcpSegment::parse);
    assertEquals(List.of(new TcpOption.MaximumSegmentSize(1460), TcpOption.SackPermitted.INSTANCE,
        new TcpOption.Timestamps(7, 0), TcpOption.NoOperation.INSTANCE,
        new TcpOption.WindowScale(7)), s.options());
    assertEquals(1, s.sequenceLength());
    assertTrue(s.hasValidChecksum(a, b));
    assertEquals(s, s.toBuilder().build(a, b));
    assertFalse(s.hasValidChecksum(b, a.equals(b) ? a : Ipv4Address.parse("10.0.0.3")));
  }

  @Test
  void keepsPaddingAfterEndOfOptionListAndUnknownKindsByteExact() {
    // Hand-made from RFC 9293 §3.1 / IANA kinds: MSS, EOL followed by non-zero garbage, then a
    // second segment with kind 99 (unassigned), an MSS of length 3 (kept as Unknown), MPTCP DSS,
    // TCP-AO, Fast Open cookie request, Md5.
    byte[] eol = Hex.parse("000100020000000000000000700200000000000002040218" + "00abcdef");
    TcpSegment s = assertLosslessOnEveryBufferKind(eol, TcpSegment::parse);
    assertEquals(new TcpOption.EndOfOptionList(ByteString.of(0xab, 0xcd, 0xef)),
        s.options().get(1));
    byte[] mixed = Hex.parse("000100020000000000000000a010000000000000"
        + "6303aa" + "020301" + "1e04200f" + "1d060102cafe" + "2202" + "0100");
    TcpSegment m = assertLosslessOnEveryBufferKind(Arrays.copyOfRange(mixed, 0, mixed.length),
        TcpSegment::parse);
    assertEquals(List.of(new TcpOption.Unknown(TcpOptionKind.of(99), ByteString.of(0xaa)),
        new TcpOption.Unknown(TcpOptionKind.MAXIMUM_SEGMENT_SIZE, ByteString.of(1)),
        new TcpOption.Multipath(ByteString.of(0x20, 0x0f)),
        new TcpOption.Authentication(1, 2, ByteString.of(0xca, 0xfe)),
        new TcpOption.FastOpen(ByteString.EMPTY), TcpOption.NoOperation.INSTANCE,
        TcpOption.EndOfOptionList.NO_PADDING), m.options());
    assertEquals(TcpOption.Multipath.DSS,
        m.option(TcpOption.Multipath.class).orElseThrow().subtype());
    assertTrue(m.option(TcpOption.FastOpen.class).orElseThrow().isCookieRequest());
  }

  @Test
  void flagsIncludingAeCwrEceAndReservedBits() {
    byte[] bytes = Hex.parse("000100020000000000000000" + "5fd2" + "0000" + "00000000");
    TcpSegment s = assertLosslessOnEveryBufferKind(bytes, TcpSegment::parse);
    assertEquals(0xfd2, s.flags());
    assertEquals(7, s.reservedBits());
    assertTrue(s.isAe() && s.isCwr() && s.isEce() && s.isAck() && s.isSyn());
    assertFalse(s.isUrg() || s.isPsh() || s.isRst() || s.isFin());
    assertTrue(s.has(TcpSegment.SYN | TcpSegment.ACK));
    assertEquals("SEWe.", TcpSegment.flagsText(s.flags()));
  }

  static Stream<Arguments> malformed() {
    String fixed = "000100020000000000000000";
    return Stream.of(
        Arguments.of("data offset 4", fixed + "40" + "00000000000000",
            "TCP: data offset at offset 12 is 4, below the minimum 5"),
        Arguments.of("data offset 0", fixed + "00" + "00000000000000",
            "TCP: data offset at offset 12 is 0, below the minimum 5"),
        Arguments.of("header beyond the bytes", fixed + "60" + "00000000000000",
            "TCP: header (data offset 6) at offset 0 needs 24 bytes, but only 20 are present"),
        Arguments.of("MSS length 1", fixed + "60" + "00000000000000" + "01010201",
            "TCP: option MSS at offset 22 has length 1, below the minimum 2"),
        Arguments.of("length 0", fixed + "60" + "00000000000000" + "08000000",
            "TCP: option timestamps at offset 20 has length 0, below the minimum 2"),
        Arguments.of("overrun", fixed + "60" + "00000000000000" + "01050a00",
            "TCP: option SACK at offset 21 has length 10, overrunning the options, which end at"
                + " offset 24"),
        Arguments.of("no length octet", fixed + "60" + "00000000000000" + "01010163",
            "TCP: option kind 99 at offset 23 has no length octet before the options end at"
                + " offset 24"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsMalformedWithOffset(String name, String hex, String message) {
    assertMalformed(message, Hex.parse(hex), TcpSegment::parse);
  }

  @Test
  void rejectsEveryTruncatedLength() {
    for (int n = 0; n < 20; n++) {
      assertMalformed("TCP: header at offset 0 needs 20 bytes, but only " + n + " are present",
          Arrays.copyOf(SYN, n), TcpSegment::parse);
    }
    for (int n = 20; n < SYN.length; n++) {
      assertMalformed("TCP: header (data offset 10) at offset 0 needs 40 bytes, but only " + n
          + " are present", Arrays.copyOf(SYN, n), TcpSegment::parse);
    }
  }

  @Test
  void builderPadsOptionsAndComputesChecksumsForBothFamilies() {
    Ipv6Address a = Ipv6Address.parse("2001:db8::1");
    Ipv6Address b = Ipv6Address.parse("2001:db8::2");
    TcpSegment s = TcpSegment.builder().sourcePort(1).destinationPort(2).flags(TcpSegment.SYN)
        .options(List.of(new TcpOption.MaximumSegmentSize(1440), new TcpOption.WindowScale(8)))
        .payload(new byte[] {1, 2, 3}).build(a, b);
    assertEquals(7, s.dataOffset());
    assertEquals(TcpOption.EndOfOptionList.NO_PADDING, s.options().get(2));
    assertTrue(s.hasValidChecksum(a, b));
    assertFalse(s.withChecksum(s.checksum() ^ 1).hasValidChecksum(a, b));
    assertRoundTrips(s, TcpSegment::parse);
    assertEquals(5, s.sequenceLength() + 1);
  }

  @Test
  void constructorsNameTheBadField() {
    ByteBuffer empty = ByteBuffer.allocate(0);
    assertEquals("sequenceNumber 4294967296 is not in 0..4294967295", assertThrows(
        IllegalArgumentException.class, () -> new TcpSegment(0, 0, 1L << 32, 0, 0, 0, 0, 0,
            List.of(), empty)).getMessage());
    assertEquals("flags 4096 is not in 0..4095", assertThrows(IllegalArgumentException.class,
        () -> new TcpSegment(0, 0, 0, 0, 0x1000, 0, 0, 0, List.of(), empty)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TcpSegment(0, 0, 0, 0, 0, 0, 0, 0,
        List.of(TcpOption.NoOperation.INSTANCE), empty));
    assertThrows(IllegalArgumentException.class, () -> new TcpSegment(0, 0, 0, 0, 0, 0, 0, 0,
        List.of(TcpOption.EndOfOptionList.withZeroPadding(1), new TcpOption.WindowScale(1)),
        empty));
    assertEquals("kind 2 with length 4 is a MSS option; use its record", assertThrows(
        IllegalArgumentException.class, () -> TcpOption.Unknown.of(2, ByteString.of(5, 180)))
        .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TcpOption.Sack(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new TcpOption.Md5Signature(ByteString.of(1)));
    assertThrows(IllegalArgumentException.class, () -> TcpOption.Unknown.of(1, ByteString.EMPTY));
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(TcpSegment.class)
        .withNonnullFields("options", "payload")
        .withPrefabValuesForField("options", List.of(),
            List.of(new TcpOption.MaximumSegmentSize(1)))
        .withPrefabValues(ByteBuffer.class, ByteBuffer.wrap(new byte[] {1}).asReadOnlyBuffer(),
            ByteBuffer.wrap(new byte[] {2, 3}).asReadOnlyBuffer())
        .verify();
    EqualsVerifier.forClass(TcpOption.Md5Signature.class).withNonnullFields("digest")
        .withPrefabValues(ByteString.class, ByteString.copyOf(new byte[16]),
            ByteString.copyOf(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}))
        .verify();
    for (Class<?> c : List.of(TcpOption.EndOfOptionList.class,
        TcpOption.Authentication.class, TcpOption.Multipath.class, TcpOption.FastOpen.class)) {
      EqualsVerifier.forClass(c).withNonnullFields(nonNull(c))
          .withPrefabValues(ByteString.class, ByteString.of(1), ByteString.of(2)).verify();
    }
    EqualsVerifier.forClass(TcpOption.Unknown.class).withNonnullFields("kind", "data")
        .withPrefabValues(ByteString.class, ByteString.of(1), ByteString.of(2))
        .withPrefabValuesForField("kind", TcpOptionKind.of(99), TcpOptionKind.of(100)).verify();
    EqualsVerifier.forClass(TcpOption.NoOperation.class).verify();
    EqualsVerifier.forClass(TcpOption.SackPermitted.class).verify();
    EqualsVerifier.forClass(TcpOption.MaximumSegmentSize.class).verify();
    EqualsVerifier.forClass(TcpOption.WindowScale.class).verify();
    EqualsVerifier.forClass(TcpOption.Timestamps.class).verify();
    EqualsVerifier.forClass(TcpOption.SackBlock.class).verify();
    EqualsVerifier.forClass(TcpOption.Sack.class).withNonnullFields("blocks")
        .withPrefabValuesForField("blocks", List.of(new TcpOption.SackBlock(1, 2)),
            List.of(new TcpOption.SackBlock(3, 4)))
        .verify();
    EqualsVerifier.forClass(SequenceNumber.class).verify();
  }

  private static String nonNull(Class<?> c) {
    return c.getRecordComponents()[c.getRecordComponents().length - 1].getName();
  }
}
