package io.github.netcodec.ethernet;

import static io.github.netcodec.testing.CodecAssertions.assertEncodesTo;
import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.MacAddress;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.CRC32;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class EthernetFrameTest {

  /**
   * The seed lecture's "an Ethernet frame" slide (shared/seed/networking-lecture.txt): 14 header
   * bytes and the 80 bytes of IPv4/TCP shown, which are 16 short of the IPv4 total length 0x60.
   */
  static final String SEED_FRAME = """
      4c cc 6a ba 1c b9  d8 07 b6 d9 ae 50  08 00
      45 00 00 60 db 89 40 00 f2 06 cf cd 34 60 e6 a2
      c0 a8 01 95 01 bb aa c4 40 2b d6 46 7c 9d 15 e4
      80 18 40 02 65 fe 00 00 01 01 08 0a 03 83 98 62
      19 70 27 9e 17 03 03 00 27 00 00 00 00 00 00 00
      c8 b9 ab 81 50 e0 ef 1a d8 97 73 76 9a ee 33 d4
      """;

  /**
   * The seed frame's FCS, from python3: {@code struct.pack('<I', zlib.crc32(frame)).hex()}
   * (zlib's CRC-32 is the IEEE 802.3 one).
   */
  static final String SEED_FCS = "82 d4 7c c9";

  /**
   * An IEEE 802.3 STP configuration BPDU with 8 bytes of padding, from scapy 2.5: {@code
   * Dot3(dst='01:80:c2:00:00:00', src='00:1c:0e:87:85:04', len=38) / LLC(dsap=0x42, ssap=0x42,
   * ctrl=3) / STP(rootid=32768, rootmac='00:1c:0e:87:78:00', bridgeid=32768,
   * bridgemac='00:1c:0e:87:78:00', portid=0x8004) / Padding(load=bytes(8))}.
   */
  static final String STP_FRAME = """
      01 80 c2 00 00 00 00 1c 0e 87 85 04 00 26 42 42
      03 00 00 00 00 00 80 00 00 1c 0e 87 78 00 00 00
      00 00 80 00 00 1c 0e 87 78 00 80 04 01 00 14 00
      02 00 0f 00 00 00 00 00 00 00 00 00
      """;

  /**
   * An 802.3 frame with LLC and SNAP (Cisco OUI, CDP protocol 0x2000), from scapy 2.5: {@code
   * Dot3(dst='01:00:0c:cc:cc:cc', src='00:1c:0e:87:85:04') / LLC(dsap=0xaa, ssap=0xaa, ctrl=3)
   * / SNAP(OUI=0x0c, code=0x2000) / Raw(bytes.fromhex('02b4'))}.
   */
  static final String CDP_FRAME = """
      01 00 0c cc cc cc 00 1c 0e 87 85 04 00 0a aa aa
      03 00 00 0c 20 00 02 b4
      """;

  /**
   * A QinQ frame, from scapy 2.5: {@code Ether(dst='4c:cc:6a:ba:1c:b9', src='d8:07:b6:d9:ae:50',
   * type=0x88a8) / Dot1AD(prio=5, vlan=100, type=0x8100) / Dot1Q(prio=0, id=1, vlan=200,
   * type=0x86dd) / Raw(b'payload')}.
   */
  static final String QINQ_FRAME = """
      4c cc 6a ba 1c b9 d8 07 b6 d9 ae 50 88 a8 a0 64
      81 00 10 c8 86 dd 70 61 79 6c 6f 61 64
      """;

  private static final MacAddress SEED_DST = MacAddress.parse("4c:cc:6a:ba:1c:b9");
  private static final MacAddress SEED_SRC = MacAddress.parse("d8:07:b6:d9:ae:50");

  @Test
  void decodesTheSeedLectureFrame() {
    byte[] bytes = Hex.parse(SEED_FRAME);
    EthernetFrame frame = assertLosslessOnEveryBufferKind(bytes, EthernetFrame::parse);
    assertEquals(SEED_DST, frame.destination());
    assertEquals(SEED_SRC, frame.source());
    assertEquals(List.of(), frame.vlanTags());
    assertEquals(EtherType.IPV4, frame.etherType());
    assertFalse(frame.isIeee8023());
    assertEquals(Optional.empty(), frame.llc());
    assertEquals(Optional.empty(), frame.snap());
    assertEquals(14, frame.headerLength());
    assertEquals(ByteBuffer.wrap(bytes, 14, 80), frame.payload());
    assertEquals(0x45, frame.payload().get(0));
    assertEquals(0, frame.padding().remaining());
    assertEquals(OptionalLong.empty(), frame.fcs());
    assertFalse(frame.hasValidFcs());
    assertEquals("d8:07:b6:d9:ae:50 > 4c:cc:6a:ba:1c:b9, ethertype IPv4 (0x0800), length 94",
        frame.toString());
  }

  @Test
  void payloadIsAReadOnlyViewNotACopy() {
    byte[] bytes = Hex.parse(SEED_FRAME);
    EthernetFrame frame = EthernetFrame.parse(bytes);
    ByteBuffer payload = frame.payload();
    assertTrue(payload.isReadOnly());
    assertThrows(ReadOnlyBufferException.class, () -> payload.put(0, (byte) 1));
    assertThrows(ReadOnlyBufferException.class, () -> frame.data().put(0, (byte) 1));
    payload.position(10); // a caller moving its view does not move the record's
    assertEquals(80, frame.payload().remaining());
    bytes[14] = 0x46; // zero-copy: the view sees the capture's bytes
    assertEquals(0x46, frame.payload().get(0));

    // The constructor takes a view of its own: moving the caller's buffer changes nothing.
    ByteBuffer data = ByteBuffer.wrap(new byte[] {1, 2, 3}).asReadOnlyBuffer();
    EthernetFrame built = new EthernetFrame(SEED_DST, SEED_SRC, List.of(), EtherType.IPV4,
        data, OptionalLong.empty());
    int hash = built.hashCode();
    data.position(2);
    assertEquals(3, built.data().remaining());
    assertEquals(hash, built.hashCode());
    assertEquals(17, built.encodedLength());
  }

  @Test
  void computesAndVerifiesTheFcs() {
    byte[] bytes = Hex.parse(SEED_FRAME);
    byte[] withFcs = Hex.parse(SEED_FRAME + SEED_FCS);
    EthernetFrame frame = EthernetFrame.parse(bytes);
    assertEquals(0xc97cd482L, frame.computeFcs());
    EthernetFrame parsed = assertLosslessOnEveryBufferKind(withFcs, EthernetFrame::parseWithFcs);
    assertEquals(OptionalLong.of(0xc97cd482L), parsed.fcs());
    assertTrue(parsed.hasValidFcs());
    assertEquals(frame.withFcs(), parsed);
    assertEquals(frame, parsed.withoutFcs());
    assertEncodesTo(withFcs, frame.withFcs());
    // IEEE 802.3 residue: the CRC-32 over a frame and its correct FCS is the constant 0x2144df1c.
    CRC32 crc = new CRC32();
    crc.update(withFcs);
    assertEquals(0x2144df1cL, crc.getValue());
    assertTrue(parsed.toString().endsWith(", fcs 0xc97cd482"), parsed.toString());

    byte[] corrupted = withFcs.clone();
    corrupted[20] ^= 1;
    EthernetFrame bad = EthernetFrame.parseWithFcs(corrupted); // reported, not thrown
    assertFalse(bad.hasValidFcs());
    assertTrue(bad.toString().endsWith("(incorrect)"), bad.toString());
    assertArrayEquals(corrupted, bad.toByteArray());
  }

  @Test
  void decodesIeee8023WithLlcAndPadding() {
    byte[] bytes = Hex.parse(STP_FRAME);
    EthernetFrame frame = assertLosslessOnEveryBufferKind(bytes, EthernetFrame::parse);
    assertTrue(frame.isIeee8023());
    assertTrue(frame.etherType().isLength());
    assertEquals(38, frame.etherType().value());
    assertEquals(Optional.of(LlcHeader.ui(LlcHeader.SAP_STP, LlcHeader.SAP_STP)), frame.llc());
    assertEquals(Optional.empty(), frame.snap());
    assertEquals(35, frame.payload().remaining()); // the BPDU
    assertEquals(ByteBuffer.wrap(bytes, 17, 35), frame.payload());
    assertEquals(ByteBuffer.wrap(new byte[8]), frame.padding());
    assertEquals(46, frame.data().remaining());
    assertEquals("00:1c:0e:87:85:04 > 01:80:c2:00:00:00, 802.3 length 38, "
        + "LLC dsap 0x42 ssap 0x42 control 0x03, padding 8, length 60", frame.toString());
  }

  @Test
  void decodesIeee8023WithSnap() {
    byte[] bytes = Hex.parse(CDP_FRAME);
    EthernetFrame frame = assertLosslessOnEveryBufferKind(bytes, EthernetFrame::parse);
    assertEquals(EtherType.of(10), frame.etherType());
    assertEquals(Optional.of(LlcHeader.SNAP), frame.llc());
    SnapHeader snap = frame.snap().orElseThrow();
    assertEquals(SnapHeader.OUI_CISCO, snap.oui());
    assertEquals(0x2000, snap.protocolId());
    assertFalse(snap.carriesEtherType());
    assertEquals(ByteBuffer.wrap(Hex.parse("02 b4")), frame.payload());
    assertEquals(0, frame.padding().remaining());
    assertEquals("SNAP oui 0x00000c pid 0x2000", snap.toString());
  }

  @Test
  void decodesQinQ() {
    byte[] bytes = Hex.parse(QINQ_FRAME);
    EthernetFrame frame = assertLosslessOnEveryBufferKind(bytes, EthernetFrame::parse);
    assertEquals(List.of(new VlanTag(EtherType.QINQ, 5, false, 100),
        new VlanTag(EtherType.VLAN, 0, true, 200)), frame.vlanTags());
    assertEquals(EtherType.IPV6, frame.etherType());
    assertEquals(22, frame.headerLength());
    assertEquals(ByteBuffer.wrap("payload".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
        frame.payload());
    assertEquals("d8:07:b6:d9:ae:50 > 4c:cc:6a:ba:1c:b9, 802.1ad vlan 100, p 5, "
        + "802.1Q vlan 200, p 0, DEI, ethertype IPv6 (0x86dd), length 29", frame.toString());
  }

  @Test
  void keepsEthernetIiPaddingInThePayloadForTheUpperLayerToBound() {
    // scapy 2.5: Ether(dst='ff:ff:ff:ff:ff:ff', src='d8:07:b6:d9:ae:50') / ARP(op=1,
    //   hwsrc='d8:07:b6:d9:ae:50', psrc='128.143.67.91', pdst='128.143.67.140')
    //   / Padding(load=bytes(18))
    byte[] bytes = Hex.parse("""
        ff ff ff ff ff ff d8 07 b6 d9 ae 50 08 06 00 01
        08 00 06 04 00 01 d8 07 b6 d9 ae 50 80 8f 43 5b
        00 00 00 00 00 00 80 8f 43 8c 00 00 00 00 00 00
        00 00 00 00 00 00 00 00 00 00 00 00
        """);
    EthernetFrame frame = assertLosslessOnEveryBufferKind(bytes, EthernetFrame::parse);
    assertEquals(EtherType.ARP, frame.etherType());
    assertEquals(46, frame.payload().remaining()); // 28 bytes of ARP + 18 of padding
    assertEquals(0, frame.padding().remaining());
  }

  @Test
  void buildsPaddedFramesWithLengthAndFcs() {
    ByteBuffer arp = ByteBuffer.wrap(new byte[28]);
    EthernetFrame frame = EthernetFrame.of(MacAddress.BROADCAST, SEED_SRC, EtherType.ARP, arp);
    assertEquals(60, frame.encodedLength());
    assertEquals(46, frame.payload().remaining());
    assertEquals(0, arp.position());

    EthernetFrame tagged = EthernetFrame.builder().destination(SEED_DST).source(SEED_SRC)
        .vlanTag(VlanTag.dot1ad(10)).vlanTag(VlanTag.dot1q(20)).etherType(EtherType.IPV4)
        .payload(ByteBuffer.wrap(new byte[] {1, 2, 3})).appendFcs(true).build();
    assertEquals(64, tagged.encodedLength());
    assertTrue(tagged.hasValidFcs());
    assertEquals(60 - 22, tagged.data().remaining());
    assertRoundTrips(tagged, EthernetFrame::parseWithFcs);

    EthernetFrame unpadded = EthernetFrame.builder().destination(SEED_DST).source(SEED_SRC)
        .etherType(EtherType.IPV4).payload(ByteBuffer.wrap(new byte[] {1, 2, 3})).pad(false)
        .build();
    assertEquals(17, unpadded.encodedLength());

    EthernetFrame large = EthernetFrame.of(SEED_DST, SEED_SRC, EtherType.IPV4,
        ByteBuffer.wrap(Hex.parse(SEED_FRAME), 14, 80));
    assertArrayEquals(Hex.parse(SEED_FRAME), large.toByteArray());

    EthernetFrame stp = EthernetFrame.builder()
        .destination(MacAddress.parse("01:80:c2:00:00:00"))
        .source(MacAddress.parse("00:1c:0e:87:85:04"))
        .llc(LlcHeader.ui(LlcHeader.SAP_STP, LlcHeader.SAP_STP))
        .payload(ByteBuffer.wrap(Hex.parse(STP_FRAME), 17, 35)).build();
    assertArrayEquals(Hex.parse(STP_FRAME), stp.toByteArray());

    EthernetFrame cdp = EthernetFrame.builder()
        .destination(MacAddress.parse("01:00:0c:cc:cc:cc"))
        .source(MacAddress.parse("00:1c:0e:87:85:04"))
        .snap(new SnapHeader(SnapHeader.OUI_CISCO, 0x2000))
        .payload(ByteBuffer.wrap(Hex.parse("02 b4"))).pad(false).build();
    assertArrayEquals(Hex.parse(CDP_FRAME), cdp.toByteArray());

    EthernetFrame encoded = EthernetFrame.of(SEED_DST, SEED_SRC, EtherType.IPV4, cdp);
    assertArrayEquals(Hex.parse(CDP_FRAME), Arrays.copyOfRange(encoded.toByteArray(), 14, 38));
    assertEquals(60, encoded.encodedLength());
  }

  @Test
  void builderRejectsIncompleteOrContradictorySettings() {
    assertThrows(IllegalStateException.class,
        () -> EthernetFrame.builder().source(SEED_SRC).etherType(EtherType.IPV4).build());
    assertThrows(IllegalStateException.class,
        () -> EthernetFrame.builder().destination(SEED_DST).source(SEED_SRC).build());
    assertThrows(IllegalStateException.class, () -> EthernetFrame.builder().destination(SEED_DST)
        .source(SEED_SRC).etherType(EtherType.IPV4).llc(LlcHeader.ui(0x42, 0x42)).build());
    assertThrows(IllegalStateException.class, () -> EthernetFrame.builder().destination(SEED_DST)
        .source(SEED_SRC).llc(LlcHeader.SNAP).build());
    assertThrows(IllegalStateException.class, () -> EthernetFrame.builder().destination(SEED_DST)
        .source(SEED_SRC).llc(LlcHeader.ui(0x42, 0x42))
        .payload(ByteBuffer.allocate(1498)).build());
    assertThrows(IllegalStateException.class, () -> EthernetFrame.builder().destination(SEED_DST)
        .source(SEED_SRC).snap(SnapHeader.rfc1042(EtherType.IPV4)).llc(LlcHeader.ui(0x42, 0x42))
        .build());
    assertThrows(IllegalArgumentException.class, () -> EthernetFrame.builder()
        .destination(SEED_DST).source(SEED_SRC).etherType(EtherType.of(46)).build());
    assertThrows(IllegalArgumentException.class, () -> EthernetFrame.builder()
        .destination(SEED_DST).source(SEED_SRC).etherType(EtherType.VLAN).build());
  }

  @Test
  void constructorRejectsFramesThatCouldNotRoundTrip() {
    ByteBuffer data = ByteBuffer.wrap(Hex.parse("42 42 03 00 00"));
    List<VlanTag> none = List.of();
    OptionalLong noFcs = OptionalLong.empty();
    assertEquals("etherType 802.1Q (0x8100) is a VLAN TPID; put the tag in vlanTags",
        assertThrows(IllegalArgumentException.class, () -> new EthernetFrame(SEED_DST, SEED_SRC,
            none, EtherType.VLAN, data, noFcs)).getMessage());
    assertEquals("etherType: 802.3 length 6 exceeds the 5 bytes of data",
        assertThrows(IllegalArgumentException.class, () -> new EthernetFrame(SEED_DST, SEED_SRC,
            none, EtherType.of(6), data, noFcs)).getMessage());
    assertEquals("etherType: 802.3 length 2 is less than the 3-byte LLC header",
        assertThrows(IllegalArgumentException.class, () -> new EthernetFrame(SEED_DST, SEED_SRC,
            none, EtherType.of(2), data, noFcs)).getMessage());
    ByteBuffer snap = ByteBuffer.wrap(Hex.parse("aa aa 03 00 00 00 08"));
    assertEquals("etherType: 802.3 length 7 is less than the 8 bytes of the LLC and SNAP headers",
        assertThrows(IllegalArgumentException.class, () -> new EthernetFrame(SEED_DST, SEED_SRC,
            none, EtherType.of(7), snap, noFcs)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new EthernetFrame(SEED_DST, SEED_SRC,
        none, EtherType.IPV4, data, OptionalLong.of(1L << 32)));
    assertThrows(NullPointerException.class, () -> new EthernetFrame(SEED_DST, SEED_SRC,
        Arrays.asList((VlanTag) null), EtherType.IPV4, data, noFcs));
    assertEquals(3, new EthernetFrame(SEED_DST, SEED_SRC, none, EtherType.of(3), data, noFcs)
        .data().limit() - 2, "length 3 fits a U-format LLC header");
  }

  @Test
  void rejectsEveryTruncatedLength() {
    byte[] seed = Hex.parse(SEED_FRAME);
    for (int n = 0; n < 14; n++) {
      assertMalformed("Ethernet: header at offset 0 needs 14 bytes, but only " + n
          + " are present", Arrays.copyOf(seed, n), EthernetFrame::parse);
    }
    for (int n = 0; n < 18; n++) {
      assertMalformed("Ethernet: header and FCS at offset 0 needs 18 bytes, but only " + n
          + " are present", Arrays.copyOf(seed, n), EthernetFrame::parseWithFcs);
    }
    byte[] qinq = Hex.parse(QINQ_FRAME);
    for (int n = 14; n < 18; n++) {
      MalformedPacketException e = assertMalformed("Ethernet: VLAN tag at offset 14 needs 4 "
          + "bytes, but only " + (n - 14) + " are present", Arrays.copyOf(qinq, n),
          EthernetFrame::parse);
      assertInstanceOf(TruncatedPacketException.class, e);
      assertEquals("VLAN tag", e.field());
      assertEquals(14, e.offset());
    }
    for (int n = 18; n < 22; n++) {
      assertMalformed("Ethernet: VLAN tag at offset 18 needs 4 bytes, but only " + (n - 18)
          + " are present", Arrays.copyOf(qinq, n), EthernetFrame::parse);
    }
    assertEquals(22, EthernetFrame.parse(Arrays.copyOf(qinq, 22)).headerLength());
    byte[] stp = Hex.parse(STP_FRAME);
    for (int n = 14; n < 14 + 38; n++) {
      assertMalformed("Ethernet: 802.3 data at offset 14 needs 38 bytes, but only " + (n - 14)
          + " are present", Arrays.copyOf(stp, n), EthernetFrame::parse);
    }
  }

  @Test
  void rejectsLlcHeadersThatDoNotFitTheLength() {
    // Named malformed inputs, each with its message.
    String header = "01 80 c2 00 00 00 00 1c 0e 87 85 04 ";
    assertMalformed("Ethernet: length at offset 12 is 0, less than the 3-byte LLC header",
        Hex.parse(header + "00 00"), EthernetFrame::parse);
    assertMalformed("Ethernet: length at offset 12 is 2, less than the 3-byte LLC header",
        Hex.parse(header + "00 02 42 42 03"), EthernetFrame::parse);
    assertMalformed("Ethernet: length at offset 12 is 3, less than the 4-byte LLC header",
        Hex.parse(header + "00 03 42 42 00 00"), EthernetFrame::parse);
    assertMalformed("Ethernet: length at offset 12 is 7, less than the 8 bytes of the LLC and "
        + "SNAP headers", Hex.parse(header + "00 07 aa aa 03 00 00 00 08 00"),
        EthernetFrame::parse);
    assertMalformed("Ethernet: length at offset 16 is 1, less than the 3-byte LLC header",
        Hex.parse(header + "81 00 00 01 00 01 42 42 03"), EthernetFrame::parse);
  }

  @Test
  void llcControlFieldsOfEveryFormat() {
    String header = "01 80 c2 00 00 00 00 1c 0e 87 85 04 ";
    // I-format: two control bytes 0a 04 (N(S)=5, N(R)=2).
    EthernetFrame i = assertLosslessOnEveryBufferKind(
        Hex.parse(header + "00 05 f0 f0 0a 04 99"), EthernetFrame::parse);
    assertEquals(new LlcHeader(0xf0, 0xf0, 0x040a), i.llc().orElseThrow());
    assertEquals(4, i.llc().orElseThrow().encodedLength());
    assertFalse(i.llc().orElseThrow().isUnnumbered());
    assertEquals(ByteBuffer.wrap(new byte[] {(byte) 0x99}), i.payload());
    assertEquals("LLC dsap 0xf0 ssap 0xf0 control 0x040a", i.llc().orElseThrow().toString());
    // S-format (RR): 01 07.
    EthernetFrame s = EthernetFrame.parse(Hex.parse(header + "00 04 f0 f1 01 07"));
    assertEquals(new LlcHeader(0xf0, 0xf1, 0x0701), s.llc().orElseThrow());
    assertEquals(0, s.payload().remaining());
    assertThrows(IllegalArgumentException.class, () -> new LlcHeader(0, 0, 0x0103));
    assertThrows(IllegalArgumentException.class, () -> new LlcHeader(256, 0, 3));
    assertThrows(IllegalArgumentException.class, () -> new LlcHeader(0, -1, 3));
    assertThrows(IllegalArgumentException.class, () -> new LlcHeader(0, 0, 0x10000));
    assertTrue(LlcHeader.SNAP.isSnap());
    assertFalse(LlcHeader.ui(0xaa, 0xab).isSnap());
  }

  @Test
  void etherTypeBetween1500And1536IsKeptAsAType() {
    // IEEE 802.3 leaves 0x05dd..0x05ff undefined; they are neither lengths nor named types.
    byte[] bytes = Hex.parse("4c cc 6a ba 1c b9 d8 07 b6 d9 ae 50 05 dd 01");
    EthernetFrame frame = assertLosslessOnEveryBufferKind(bytes, EthernetFrame::parse);
    assertFalse(frame.isIeee8023());
    assertEquals("0x05dd", frame.etherType().toString());
    assertEquals(1, frame.payload().remaining());
  }

  @Test
  void encodeChecksRoomAndWritability() {
    EthernetFrame frame = EthernetFrame.parse(Hex.parse(SEED_FRAME));
    ByteBuffer small = ByteBuffer.allocate(93);
    assertThrows(java.nio.BufferOverflowException.class, () -> frame.encode(small));
    assertEquals(0, small.position());
    assertThrows(ReadOnlyBufferException.class,
        () -> frame.encode(ByteBuffer.allocate(94).asReadOnlyBuffer()));
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(EthernetFrame.class)
        .withPrefabValues(EtherType.class, EtherType.IPV4, EtherType.IPV6)
        .withPrefabValues(VlanTag.class, VlanTag.dot1q(1), VlanTag.dot1ad(2))
        .withPrefabValues(ByteBuffer.class, ByteBuffer.wrap(new byte[] {1}).asReadOnlyBuffer(),
            ByteBuffer.wrap(new byte[] {2, 3}).asReadOnlyBuffer())
        .suppress(Warning.NULL_FIELDS) // the constructor rejects nulls
        .verify();
    EqualsVerifier.forClass(VlanTag.class)
        .withPrefabValues(EtherType.class, EtherType.VLAN, EtherType.QINQ)
        .suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(LlcHeader.class).verify();
    EqualsVerifier.forClass(SnapHeader.class).verify();
    EqualsVerifier.forClass(EtherType.class).verify();
    // Equal content in different buffers is equal.
    assertEquals(EthernetFrame.parse(Hex.parse(SEED_FRAME)),
        EthernetFrame.parse(ByteBuffer.allocateDirect(94).put(Hex.parse(SEED_FRAME)).flip()));
  }

  /**
   * The constructor keeps data as every codec keeps a payload: a writable buffer is copied, so
   * that the frame stays immutable; a read-only one is viewed, as parse hands over its input.
   */
  @Test
  void writableDataIsCopiedReadOnlyViewed() {
    byte[] payload = new byte[46];
    payload[0] = 1;
    EthernetFrame copied = new EthernetFrame(SEED_DST, SEED_SRC, List.of(), EtherType.IPV4,
        ByteBuffer.wrap(payload), OptionalLong.empty());
    int hash = copied.hashCode();
    payload[0] = 9;
    assertEquals(1, copied.payload().get(0));
    assertEquals(hash, copied.hashCode());

    EthernetFrame viewed = new EthernetFrame(SEED_DST, SEED_SRC, List.of(), EtherType.IPV4,
        ByteBuffer.wrap(payload).asReadOnlyBuffer(), OptionalLong.empty());
    payload[0] = 5;
    assertEquals(5, viewed.payload().get(0));

    byte[] wire = viewed.toByteArray();
    EthernetFrame parsed = EthernetFrame.parse(wire);
    wire[EthernetFrame.HEADER_BYTES] = 3;
    assertEquals(3, parsed.payload().get(0));
  }
}
