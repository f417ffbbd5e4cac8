package io.github.netcodec.ethernet;

import static io.github.netcodec.testing.CodecAssertions.assertEncodesTo;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.MacAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.CRC32;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EthernetProperties {

  @Provide
  Arbitrary<MacAddress> macs() {
    return Arbitraries.longs().between(0, 0xffff_ffff_ffffL).map(MacAddress::of);
  }

  @Provide
  Arbitrary<VlanTag> tags() {
    return Combinators.combine(
            Arbitraries.of(EtherType.VLAN, EtherType.QINQ, EtherType.QINQ_LEGACY),
            Arbitraries.integers().between(0, 7), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 4095))
        .as(VlanTag::new);
  }

  @Provide
  Arbitrary<LlcHeader> llcs() {
    Arbitrary<Integer> sap = Arbitraries.integers().between(0, 255);
    Arbitrary<Integer> unnumbered = Arbitraries.integers().between(0, 63).map(c -> c << 2 | 3);
    Arbitrary<Integer> numbered = Arbitraries.integers().between(0, 0xffff)
        .filter(c -> (c & 3) != 3);
    return Arbitraries.oneOf(Arbitraries.just(LlcHeader.SNAP),
        Combinators.combine(sap, sap, Arbitraries.oneOf(unnumbered, numbered))
            .as(LlcHeader::new));
  }

  /** Any frame the constructor accepts: Ethernet II or 802.3, tagged or not, any padding. */
  @Provide
  Arbitrary<EthernetFrame> frames() {
    Arbitrary<List<VlanTag>> tagLists = tags().list().ofMaxSize(4);
    Arbitrary<byte[]> payloads = Arbitraries.bytes().array(byte[].class).ofMaxSize(100);
    Arbitrary<byte[]> paddings = Arbitraries.bytes().array(byte[].class).ofMaxSize(30);
    Arbitrary<OptionalLong> fcs = Arbitraries.oneOf(Arbitraries.just(OptionalLong.empty()),
        Arbitraries.longs().between(0, 0xffff_ffffL).map(OptionalLong::of));
    Arbitrary<EtherType> types = Arbitraries.integers().between(EtherType.MAX_LENGTH + 1, 0xffff)
        .map(EtherType::of).filter(t -> !t.isVlanTpid());
    Arbitrary<EthernetFrame> ethernetII = Combinators.combine(macs(), macs(), tagLists, types,
            payloads, fcs)
        .as((d, s, t, type, p, f) -> new EthernetFrame(d, s, t, type, ByteBuffer.wrap(p), f));
    Arbitrary<EthernetFrame> ieee8023 = Combinators.combine(macs(), macs(), tagLists, llcs(),
            Arbitraries.integers().between(0, 0xffffff), payloads, paddings, fcs)
        .as((d, s, t, llc, oui, p, pad, f) -> {
          SnapHeader snap = llc.isSnap() ? new SnapHeader(oui, oui & 0xffff) : null;
          int length = llc.encodedLength() + (snap == null ? 0 : SnapHeader.BYTES) + p.length;
          ByteBuffer data = ByteBuffer.allocate(length + pad.length);
          llc.encode(data);
          if (snap != null) {
            snap.encode(data);
          }
          data.put(p).put(pad).flip();
          return new EthernetFrame(d, s, t, EtherType.of(length), data, f);
        });
    return Arbitraries.oneOf(ethernetII, ieee8023);
  }

  @Property
  void recordsRoundTrip(@ForAll("frames") EthernetFrame frame) {
    byte[] bytes = frame.toByteArray();
    EthernetFrame parsed = frame.fcs().isPresent()
        ? EthernetFrame.parseWithFcs(bytes) : EthernetFrame.parse(bytes);
    assertEquals(frame, parsed);
    assertEquals(frame.hashCode(), parsed.hashCode());
    assertEncodesTo(bytes, parsed);
  }

  @Property
  void fcsLeavesTheIeeeResidue(@ForAll("frames") EthernetFrame frame) {
    EthernetFrame withFcs = frame.withFcs();
    assertTrue(withFcs.hasValidFcs());
    CRC32 crc = new CRC32();
    crc.update(withFcs.toByteArray());
    assertEquals(0x2144df1cL, crc.getValue()); // IEEE 802.3 CRC-32 residue
  }

  @Property
  void builderPadsToTheMinimumAndKeepsThePayload(
      @ForAll("macs") MacAddress mac, @ForAll @Size(max = 100) byte[] payload,
      @ForAll("tags") VlanTag tag, @ForAll boolean fcs) {
    EthernetFrame frame = EthernetFrame.builder().destination(mac).source(mac).vlanTag(tag)
        .etherType(EtherType.IPV6).payload(ByteBuffer.wrap(payload)).appendFcs(fcs).build();
    assertEquals(Math.max(60, 18 + payload.length) + (fcs ? 4 : 0), frame.encodedLength());
    assertEquals(ByteBuffer.wrap(payload), frame.payload().limit(payload.length));
    EthernetFrame llc = EthernetFrame.builder().destination(mac).source(mac)
        .llc(LlcHeader.ui(0x42, 0x42)).payload(ByteBuffer.wrap(payload)).build();
    assertEquals(ByteBuffer.wrap(payload), llc.payload());
    assertEquals(Math.max(0, 60 - 17 - payload.length), llc.padding().remaining());
  }

  @Property
  void arbitraryBytesParseLosslesslyOrThrowMalformed(@ForAll @Size(max = 80) byte[] bytes) {
    checkParsedOrRejected(bytes);
  }

  /** Frames whose Length/Type fields are steered to tags and short lengths, then mutated. */
  @Property
  void mutatedFramesParseLosslesslyOrThrowMalformed(@ForAll("frames") EthernetFrame frame,
      @ForAll @IntRange(min = 0, max = 200) int at, @ForAll byte value,
      @ForAll @IntRange(min = 0, max = 140) int cut) {
    byte[] bytes = frame.toByteArray();
    bytes[at % bytes.length] = value;
    checkParsedOrRejected(bytes);
    checkParsedOrRejected(java.util.Arrays.copyOf(bytes, Math.min(cut, bytes.length)));
    int lengthType = 12 + 4 * (at % 3) + 1; // low byte of a Length/Type field, tags or not
    if (lengthType < bytes.length) {
      bytes[lengthType - 1] = 0;
      bytes[lengthType] = (byte) (value & 0x0f); // a short 802.3 length
      checkParsedOrRejected(bytes);
    }
  }

  private static void checkParsedOrRejected(byte[] bytes) {
    EthernetFrame parsed = parseOrReject(bytes, EthernetFrame::parse);
    if (parsed != null) {
      assertArrayEquals(bytes, parsed.toByteArray());
      touchEveryAccessor(parsed);
    }
    EthernetFrame withFcs = parseOrReject(bytes, EthernetFrame::parseWithFcs);
    if (withFcs != null) {
      assertArrayEquals(bytes, withFcs.toByteArray());
      touchEveryAccessor(withFcs);
    }
  }

  /** Once parse returns, no accessor throws. */
  private static void touchEveryAccessor(EthernetFrame f) {
    f.llc();
    f.snap();
    f.payload();
    f.padding();
    f.data();
    f.hasValidFcs();
    f.toString();
    assertEquals(f.headerLength() + f.data().remaining(),
        f.encodedLength() - (f.fcs().isPresent() ? 4 : 0));
  }
}
