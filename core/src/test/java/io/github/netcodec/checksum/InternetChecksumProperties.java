package io.github.netcodec.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InternetChecksumProperties {

  /**
   * The oracle: RFC 1071's straightforward loop, one big-endian 16-bit word at a time with the
   * carries folded at the end. Written independently of the fast code under test.
   */
  static int referenceSum(byte[] data, int offset, int length) {
    long sum = 0;
    int i = 0;
    for (; i + 1 < length; i += 2) {
      sum += ((data[offset + i] & 0xff) << 8) | (data[offset + i + 1] & 0xff);
    }
    if (i < length) {
      sum += (data[offset + i] & 0xff) << 8;
    }
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return (int) sum;
  }

  @Provide
  Arbitrary<byte[]> anyLength() {
    // Mostly short, sometimes up to 70000 bytes, so every tail length and the unrolled loop run.
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)),
        net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(70000)));
  }

  @Property
  void fastSumEqualsTheReferenceLoop(@ForAll("anyLength") byte[] data) {
    assertEquals(referenceSum(data, 0, data.length), InternetChecksum.sum(data, 0, data.length));
  }

  @Property
  void fastSumEqualsTheReferenceAtEveryOffset(
      @ForAll @Size(max = 300) byte[] data, @ForAll @IntRange(max = 300) int from) {
    int offset = Math.min(from, data.length);
    int length = data.length - offset;
    assertEquals(referenceSum(data, offset, length), InternetChecksum.sum(data, offset, length));
  }

  @Property
  void heapDirectReadOnlyArrayAndByteOrdersAgree(
      @ForAll("anyLength") byte[] data, @ForAll @IntRange(max = 7) int pad) {
    int expected = InternetChecksum.sum(data, 0, data.length);
    for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
      ByteBuffer heap = ByteBuffer.allocate(data.length + pad).order(order);
      heap.position(pad);
      heap.put(data).position(pad);
      ByteBuffer direct = ByteBuffer.allocateDirect(data.length + pad).order(order);
      direct.position(pad);
      direct.put(data).position(pad);
      assertEquals(expected, InternetChecksum.sum(heap), "heap " + order);
      assertEquals(expected, InternetChecksum.sum(direct), "direct " + order);
      assertEquals(expected, InternetChecksum.sum(heap.asReadOnlyBuffer()), "read-only " + order);
      assertEquals(expected, InternetChecksum.sum(heap.slice()), "slice " + order);
      assertEquals(expected, InternetChecksum.sum(direct, pad, data.length), "indexed " + order);
    }
  }

  /**
   * Direct and read-only ranges long enough to be summed in copied chunks: lengths just around
   * multiples of 2048 bytes, from any start index, in both byte orders; the buffer is left as it
   * was.
   */
  @Property(tries = 300)
  void longDirectRangesAroundChunkBoundariesEqualTheReference(
      @ForAll @IntRange(min = 1, max = 5) int chunks,
      @ForAll @IntRange(min = -40, max = 40) int delta,
      @ForAll @IntRange(max = 9) int from,
      @ForAll long seed) {
    int length = chunks * 2048 + delta;
    byte[] data = new byte[from + length + 3];
    new java.util.Random(seed).nextBytes(data);
    int expected = referenceSum(data, from, length);
    for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
      ByteBuffer direct = ByteBuffer.allocateDirect(data.length).order(order);
      direct.put(data).position(1).limit(data.length - 1);
      assertEquals(expected, InternetChecksum.sum(direct, from, length), "direct " + order);
      ByteBuffer readOnly = ByteBuffer.wrap(data).order(order).asReadOnlyBuffer();
      assertEquals(expected, InternetChecksum.sum(readOnly, from, length), "read-only " + order);
      assertEquals(1, direct.position());
      assertEquals(data.length - 1, direct.limit());
      assertEquals(order, direct.order());
    }
  }

  @Property
  void insertingTheChecksumMakesTheDataVerify(
      @ForAll @Size(min = 2, max = 2000) byte[] data, @ForAll @IntRange(max = 999) int at) {
    int field = (Math.min(at, data.length / 2 - 1)) * 2; // checksum fields are word-aligned
    data[field] = 0;
    data[field + 1] = 0;
    int checksum = InternetChecksum.checksum(ByteBuffer.wrap(data));
    data[field] = (byte) (checksum >>> 8);
    data[field + 1] = (byte) checksum;
    assertTrue(InternetChecksum.verify(ByteBuffer.wrap(data), 0, data.length));
  }

  @Property
  void anySplitIntoPiecesSumsToTheWhole(
      @ForAll @Size(max = 3000) byte[] data,
      @ForAll @Size(max = 8) List<@IntRange(max = 3000) Integer> cuts) {
    int[] points = cuts.stream().mapToInt(c -> Math.min(c, data.length)).sorted().toArray();
    int sum = 0;
    int previous = 0;
    for (int point : points) {
      sum = InternetChecksum.combine(sum, previous,
          InternetChecksum.sum(data, previous, point - previous));
      previous = point;
    }
    sum = InternetChecksum.combine(sum, previous,
        InternetChecksum.sum(data, previous, data.length - previous));
    assertEquals(InternetChecksum.sum(data, 0, data.length), sum);
  }

  @Property
  void incrementalUpdateOf16BitWordEqualsRecomputation(
      @ForAll @Size(min = 4, max = 200) byte[] data,
      @ForAll @IntRange(max = 99) int wordIndex,
      @ForAll @IntRange(max = 0xffff) int newWord) {
    int at = Math.min(wordIndex, data.length / 2 - 1) * 2;
    int before = InternetChecksum.checksum(ByteBuffer.wrap(data));
    int oldWord = ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
    data[at] = (byte) (newWord >>> 8);
    data[at + 1] = (byte) newWord;
    int recomputed = InternetChecksum.checksum(ByteBuffer.wrap(data));
    int updated = InternetChecksum.update16(before, oldWord, newWord);
    assertUpdateMatches(data, recomputed, updated);
  }

  @Property
  void incrementalUpdateOf32BitFieldEqualsRecomputation(
      @ForAll @Size(min = 4, max = 200) byte[] data,
      @ForAll @IntRange(max = 49) int fieldIndex,
      @ForAll int newValue) {
    int at = Math.min(fieldIndex * 2, data.length / 2 - 2) * 2;
    ByteBuffer buf = ByteBuffer.wrap(data);
    int before = InternetChecksum.checksum(buf);
    int oldValue = buf.getInt(at);
    buf.putInt(at, newValue);
    int recomputed = InternetChecksum.checksum(buf);
    assertUpdateMatches(data, recomputed, InternetChecksum.update32(before, oldValue, newValue));
  }

  /** Exact equality, except for RFC 1624 §3's negative zero when the data is now all zero. */
  private static void assertUpdateMatches(byte[] data, int recomputed, int updated) {
    boolean allZero = true;
    for (byte b : data) {
      allZero &= b == 0;
    }
    if (allZero) {
      assertEquals(0xffff, recomputed);
      assertEquals(0x0000, updated);
    } else {
      assertEquals(recomputed, updated);
    }
  }
}
