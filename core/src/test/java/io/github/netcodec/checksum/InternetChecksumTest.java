package io.github.netcodec.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class InternetChecksumTest {

  /** RFC 1071 §3, "Numerical Examples": the bytes and their sum as the RFC works them. */
  private static final byte[] RFC1071 = Hex.parse("00 01 f2 03 f4 f5 f6 f7");

  /**
   * The IPv4 header inside the Ethernet frame of the seed lecture
   * (../shared/seed/networking-lecture.txt, "an Ethernet frame"), tab-separated as on the slide.
   * Its header checksum field holds cf cd.
   */
  private static final String SEED_FRAME =
      "4c\tcc\t6a\tba\t1c\tb9\td8\t07\tb6\td9\tae\t50\t08\t00\n"
          + "45\t00\t00\t60\tdb\t89\t40\t00\tf2\t06\tcf\tcd\t34\t60\te6\ta2\n"
          + "c0\ta8\t01\t95\t01\tbb\taa\tc4\t40\t2b\td6\t46\t7c\t9d\t15\te4\n"
          + "80\t18\t40\t02\t65\tfe\t00\t00\t01\t01\t08\t0a\t03\t83\t98\t62\n"
          + "19\t70\t27\t9e\t17\t03\t03\t00\t27\t00\t00\t00\t00\t00\t00\t00\n"
          + "c8\tb9\tab\t81\t50\te0\tef\t1a\td8\t97\t73\t76\t9a\tee\t33\td4\n";

  @Test
  void rfc1071WorkedExample() {
    // RFC 1071 §3 adds the words 0001 f203 f4f5 f6f7 to 2ddf0, folds to ddf2, complements to 220d.
    assertEquals(0xddf2, InternetChecksum.sum(RFC1071, 0, RFC1071.length));
    assertEquals(0x220d, InternetChecksum.finish(InternetChecksum.sum(RFC1071, 0, 8)));
  }

  @Test
  void rfc1071ExampleIsByteOrderIndependent() {
    // RFC 1071 §2(B): summed as little-endian words the same bytes give the swapped sum f2dd.
    int swapped = 0;
    for (int i = 0; i < RFC1071.length; i += 2) {
      swapped += (RFC1071[i] & 0xff) | (RFC1071[i + 1] & 0xff) << 8;
    }
    while (swapped > 0xffff) {
      swapped = (swapped & 0xffff) + (swapped >>> 16);
    }
    assertEquals(0xf2dd, swapped);
    assertEquals(Integer.reverseBytes(swapped) >>> 16, InternetChecksum.sum(RFC1071, 0, 8));
  }

  @Test
  void seedLectureIpv4HeaderChecksumVerifies() {
    ByteBuffer frame = Hex.parseBuffer(SEED_FRAME);
    assertEquals(94, frame.remaining());
    assertEquals(0xcfcd, frame.getShort(14 + 10) & 0xffff);
    assertTrue(InternetChecksum.verify(frame, 14, 20));

    // Zeroing the field and recomputing gives back what the sender put there.
    ByteBuffer header = ByteBuffer.allocate(20).put(frame.duplicate().position(14).limit(34));
    header.putShort(10, (short) 0);
    assertEquals(0xcfcd, InternetChecksum.checksum(header, 0, 20));
  }

  @Test
  void aCorruptedBitFailsVerification() {
    ByteBuffer frame = Hex.parseBuffer(SEED_FRAME);
    frame.put(14 + 8, (byte) (frame.get(14 + 8) ^ 0x01)); // TTL f2 -> f3
    assertFalse(InternetChecksum.verify(frame, 14, 20));
  }

  @Test
  void ttlDecrementUpdatesIncrementally() {
    // A router forwarding the seed packet: TTL f2 -> f1 in the word "f2 06".
    ByteBuffer frame = Hex.parseBuffer(SEED_FRAME);
    int updated = InternetChecksum.update16(0xcfcd, 0xf206, 0xf106);
    frame.put(14 + 8, (byte) 0xf1);
    frame.putShort(14 + 10, (short) 0);
    assertEquals(InternetChecksum.checksum(frame, 14, 20), updated);
    assertEquals(0xd0cd, updated);
  }

  @Test
  void natRewriteOfDestinationUpdatesIncrementally() {
    // The seed lecture's NAT: the private destination 192.168.1.149 becomes a public address.
    ByteBuffer frame = Hex.parseBuffer(SEED_FRAME);
    int publicAddress = 0x808f430b; // 128.143.67.11
    int updated = InternetChecksum.update32(0xcfcd, frame.getInt(14 + 16), publicAddress);
    frame.putInt(14 + 16, publicAddress);
    frame.putShort(14 + 10, (short) 0);
    assertEquals(InternetChecksum.checksum(frame, 14, 20), updated);
  }

  @Test
  void updateOfAllZeroDataIsTheDocumentedNegativeZero() {
    // RFC 1624 §3: only when the data becomes all zero do eqn. 3 and recomputation disagree.
    assertEquals(0xffff, InternetChecksum.checksum(ByteBuffer.allocate(4), 0, 4));
    assertEquals(0x0000, InternetChecksum.update16(0xfffe, 0x0001, 0x0000));
  }

  @Test
  void emptyAndSingleByte() {
    assertEquals(0, InternetChecksum.sum(new byte[0], 0, 0));
    assertEquals(0xab00, InternetChecksum.sum(new byte[] {(byte) 0xab}, 0, 1));
    assertEquals(0xffff, InternetChecksum.finish(0));
  }

  @Test
  void combineHandlesOddLengthPieces() {
    byte[] data = Hex.parse("00 01 f2 03 f4 f5 f6 f7 09");
    int whole = InternetChecksum.sum(data, 0, 9);
    int left = InternetChecksum.sum(data, 0, 3);
    int right = InternetChecksum.sum(data, 3, 6);
    assertEquals(whole, InternetChecksum.combine(left, 3, right));
  }

  @Test
  void pseudoHeaderFieldsAddAsWords() {
    byte[] words = Hex.parse("c0a8 0195 0011 001c");
    int viaBytes = InternetChecksum.sum(words, 0, 8);
    int viaFields = InternetChecksum.addWord(InternetChecksum.addWord(
        InternetChecksum.addInt(0, 0xc0a80195), 0x0011), 0x001c);
    assertEquals(viaBytes, viaFields);
  }

  @Test
  void bufferStateAndByteOrderAreLeftAlone() {
    ByteBuffer buf = Hex.parseBuffer(SEED_FRAME).order(ByteOrder.LITTLE_ENDIAN);
    buf.position(3).limit(50);
    int sum = InternetChecksum.sum(buf);
    assertEquals(3, buf.position());
    assertEquals(50, buf.limit());
    assertEquals(ByteOrder.LITTLE_ENDIAN, buf.order());
    assertEquals(InternetChecksum.sum(Hex.parse(SEED_FRAME), 3, 47), sum);
  }

  @Test
  void readOnlyAndSlicedBuffersUseTheirOwnIndices() {
    byte[] bytes = Hex.parse(SEED_FRAME);
    ByteBuffer slice = ByteBuffer.wrap(bytes, 14, 20).slice().asReadOnlyBuffer();
    assertTrue(InternetChecksum.verify(slice, 0, 20));
    ByteBuffer heapSlice = ByteBuffer.wrap(bytes, 14, 20).slice();
    assertTrue(InternetChecksum.verify(heapSlice, 0, 20));
  }

  @Test
  void rejectsRangesOutsideTheBufferAndSumsOutOfRange() {
    ByteBuffer buf = ByteBuffer.allocate(10).limit(8);
    assertThrows(IndexOutOfBoundsException.class, () -> InternetChecksum.sum(buf, 4, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> InternetChecksum.sum(buf, -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> InternetChecksum.sum(new byte[4], 2, 3));
    assertThrows(IllegalArgumentException.class, () -> InternetChecksum.finish(0x10000));
    assertThrows(IllegalArgumentException.class, () -> InternetChecksum.combine(0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> InternetChecksum.update16(0, -1, 0));
  }
}
