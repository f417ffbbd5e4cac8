package io.github.netcodec.checksum;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The Internet checksum of RFC 1071: the 16-bit one's complement of the one's complement sum of
 * the data taken as big-endian 16-bit words. IPv4, ICMP, UDP and TCP protect their headers (and
 * for UDP and TCP, a pseudo-header and the payload) with it.
 *
 * <p>The class works in two steps, so that non-contiguous pieces can be summed separately:
 *
 * <ol>
 *   <li>a <em>sum</em> ({@link #sum(ByteBuffer, int, int)}, {@link #sum(byte[], int, int)}) is the
 *       folded 16-bit one's complement sum of a piece, in {@code 0..0xffff}; sums of pieces are
 *       joined with {@link #combine(int, long, int)}, which accounts for a piece of odd length
 *       shifting every later byte into the other half of its word; fields that are not in a
 *       buffer (pseudo-header addresses, lengths) are added with {@link #addWord(int, int)} and
 *       {@link #addInt(int, int)};
 *   <li>{@link #finish(int)} complements the sum into the checksum that goes on the wire.
 * </ol>
 *
 * <p>A receiver verifies by summing everything including the checksum field:
 * {@link #isValid(int)} is true when that sum is {@code 0xffff} (one's complement zero).
 *
 * <pre>{@code
 * // RFC 1071 §3: bytes 00 01 f2 03 f4 f5 f6 f7 sum to 0xddf2, checksum 0x220d
 * int sum = InternetChecksum.sum(new byte[] {0x00, 0x01, (byte) 0xf2, 0x03,
 *     (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7}, 0, 8);   // 0xddf2
 * int checksum = InternetChecksum.finish(sum);                        // 0x220d
 * }</pre>
 *
 * <p>When one field of checksummed data changes, {@link #update16(int, int, int)} and
 * {@link #update32(int, int, int)} adjust an existing checksum without reading the data again
 * (RFC 1624 eqn. 3), as a router decrementing a TTL or a NAT rewriting an address does.
 *
 * <p>Speed: the sum reads four or eight bytes at a time in little-endian order (native on x86 and
 * ARM) into several accumulators and swaps the folded result once, which the one's complement sum permits (RFC
 * 1071 §2(B)). Ranges of 2048 bytes or more in direct or read-only buffers are copied in
 * chunks into a 2 KiB array that each thread allocates once, because on JDK 17 every single
 * read through a buffer re-checks it; otherwise nothing is allocated. The buffer's byte order is
 * irrelevant and its position, limit and order are never changed.
 */
public final class InternetChecksum {
  private static final VarHandle ARRAY_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle ARRAY_INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BUFFER_LONG =
      MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BUFFER_INT =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_32 = 0xffff_ffffL;

  /** Bytes copied at a time from a direct or read-only buffer; even, and a multiple of 32. */
  private static final int COPY_CHUNK = 2048;

  private static final ThreadLocal<byte[]> COPY_BUFFER =
      ThreadLocal.withInitial(() -> new byte[COPY_CHUNK]);

  private InternetChecksum() {}

  /**
   * Returns the one's complement sum of the bytes between a buffer's position and limit, as if
   * the first byte were the high byte of a 16-bit word.
   *
   * @param buf the buffer, heap or direct, in any byte order; not modified
   * @return the folded sum, in {@code 0..0xffff}
   */
  public static int sum(ByteBuffer buf) {
    return sum(buf, buf.position(), buf.remaining());
  }

  /**
   * Returns the one's complement sum of {@code length} bytes of a buffer starting at an absolute
   * index, as if the first byte were the high byte of a 16-bit word. An odd last byte is padded
   * with a zero low byte.
   *
   * @param buf the buffer, heap or direct, in any byte order; not modified
   * @param index the absolute index of the first byte
   * @param length the number of bytes
   * @return the folded sum, in {@code 0..0xffff}
   * @throws IndexOutOfBoundsException if the range is not within the buffer's limit
   */
  public static int sum(ByteBuffer buf, int index, int length) {
    Objects.checkFromIndexSize(index, length, buf.limit());
    if (buf.hasArray()) {
      return sumArray(buf.array(), buf.arrayOffset() + index, length);
    }
    return sumBuffer(buf, index, length);
  }

  /**
   * Returns the one's complement sum of a range of an array, as if its first byte were the high
   * byte of a 16-bit word. An odd last byte is padded with a zero low byte.
   *
   * @param bytes the array
   * @param offset the index of the first byte
   * @param length the number of bytes
   * @return the folded sum, in {@code 0..0xffff}
   * @throws IndexOutOfBoundsException if the range is not within the array
   */
  public static int sum(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    return sumArray(bytes, offset, length);
  }

  private static int sumArray(byte[] a, int from, int length) {
    return swapAndFold(arrayTail(a, from, length));
  }

  /** The unfolded little-endian partial sum of a range of an array. */
  private static long arrayTail(byte[] a, int from, int length) {
    int end = from + length;
    int i = from + (length & ~31);
    long s = arrayBlocks(a, from, i);
    for (; i <= end - 8; i += 8) {
      long v = (long) ARRAY_LONG.get(a, i);
      s += (v >>> 32) + (v & LOW_32);
    }
    if (i <= end - 4) {
      s += (int) ARRAY_INT.get(a, i) & LOW_32;
      i += 4;
    }
    if (i <= end - 2) {
      s += (a[i] & 0xff) | (a[i + 1] & 0xff) << 8;
      i += 2;
    }
    if (i < end) {
      s += a[i] & 0xff; // low byte in little-endian order: the high byte once swapped
    }
    return s;
  }

  /**
   * Sums whole 32-byte blocks as four 64-bit little-endian reads, each split into its 32-bit
   * halves and added into one of four long accumulators: each step adds at most 2 * (2^32 - 1)
   * per accumulator, so even 2^31 bytes cannot overflow and no carry needs detecting. The blocks
   * get a method of their own because C2 compiled the loop measurably slower (~1.5x at 1500 bytes
   * on JDK 17) when the tail loops that follow continued from its index. Eight 32-bit reads per
   * block were as fast when the start index was a constant 0, but inlined behind {@code
   * sum(ByteBuffer, int, int)} (start = array offset + index) they ran at 95-105 ns for 1500 bytes
   * in every fork against 70-75 ns for these 64-bit reads.
   */
  private static long arrayBlocks(byte[] a, int from, int to) {
    long s0 = 0;
    long s1 = 0;
    long s2 = 0;
    long s3 = 0;
    for (int i = from; i < to; i += 32) {
      long a0 = (long) ARRAY_LONG.get(a, i);
      long a1 = (long) ARRAY_LONG.get(a, i + 8);
      long a2 = (long) ARRAY_LONG.get(a, i + 16);
      long a3 = (long) ARRAY_LONG.get(a, i + 24);
      s0 += (a0 >>> 32) + (a0 & LOW_32);
      s1 += (a1 >>> 32) + (a1 & LOW_32);
      s2 += (a2 >>> 32) + (a2 & LOW_32);
      s3 += (a3 >>> 32) + (a3 & LOW_32);
    }
    return s0 + s1 + s2 + s3;
  }

  private static int sumBuffer(ByteBuffer b, int from, int length) {
    if (length >= COPY_CHUNK) {
      return swapAndFold(copiedBlocks(b, from, length));
    }
    int end = from + length;
    int i = from + (length & ~15);
    long s = bufferBlocks(b, from, i);
    for (; i <= end - 8; i += 8) {
      long v = (long) BUFFER_LONG.get(b, i);
      s += (v >>> 32) + (v & LOW_32);
    }
    if (i <= end - 4) {
      s += (int) BUFFER_INT.get(b, i) & LOW_32;
      i += 4;
    }
    if (i <= end - 2) {
      s += (b.get(i) & 0xff) | (b.get(i + 1) & 0xff) << 8;
      i += 2;
    }
    if (i < end) {
      s += b.get(i) & 0xff;
    }
    return swapAndFold(s);
  }

  /**
   * Direct and read-only buffers: 16-byte blocks as 64-bit reads split into 32-bit halves. On
   * JDK 17 every read through a buffer re-checks the buffer's memory session and its index, so
   * the loop is kept to two accumulators: with four, C2 spilled the buffer reference and was
   * about 15% slower at 9000 bytes.
   */
  private static long bufferBlocks(ByteBuffer b, int from, int to) {
    long s0 = 0;
    long s1 = 0;
    for (int i = from; i < to; i += 16) {
      long a0 = (long) BUFFER_LONG.get(b, i);
      long a1 = (long) BUFFER_LONG.get(b, i + 8);
      s0 += (a0 >>> 32) + (a0 & LOW_32);
      s1 += (a1 >>> 32) + (a1 & LOW_32);
    }
    return s0 + s1;
  }

  /**
   * Long direct or read-only ranges: copies chunks into a per-thread array with the buffer's
   * bulk get (one session and bounds check per chunk) and sums the array. That costs a copy but
   * avoids the per-read checks of {@link #bufferBlocks}, measured about 25% faster at 9000
   * bytes; below one chunk the copy does not pay. Chunks have an even length, so their partial
   * sums add without byte swapping.
   *
   * @return the unfolded little-endian partial sum
   */
  private static long copiedBlocks(ByteBuffer b, int from, int length) {
    byte[] chunk = COPY_BUFFER.get();
    long s = 0;
    int i = from;
    int end = from + length;
    for (; i <= end - COPY_CHUNK; i += COPY_CHUNK) {
      b.get(i, chunk, 0, COPY_CHUNK);
      s += arrayBlocks(chunk, 0, COPY_CHUNK);
    }
    int rest = end - i;
    b.get(i, chunk, 0, rest);
    return s + arrayTail(chunk, 0, rest);
  }

  /** Folds a little-endian partial sum into 16 bits and returns it big-endian. */
  private static int swapAndFold(long s) {
    int folded = fold(s);
    return ((folded & 0xff) << 8) | (folded >>> 8);
  }

  /** Folds a non-negative sum to 16 bits with end-around carry; 0 only if the sum is 0. */
  private static int fold(long s) {
    s = (s >>> 32) + (s & LOW_32);
    s = (s >>> 16) + (s & 0xffff);
    s = (s >>> 16) + (s & 0xffff);
    s = (s >>> 16) + (s & 0xffff);
    return (int) s;
  }

  /**
   * Joins the sums of two adjacent pieces of data into the sum of their concatenation.
   *
   * <p>When the first piece has an odd length, every byte of the second lands in the other half
   * of its 16-bit word, which for a one's complement sum means swapping the second sum's bytes
   * (RFC 1071 §2(B)). Pieces are joined left to right, passing the running length:
   *
   * <pre>{@code
   * int s = InternetChecksum.sum(pseudoHeader, 0, 12);
   * s = InternetChecksum.combine(s, 12, InternetChecksum.sum(header, 0, 20));
   * s = InternetChecksum.combine(s, 32, InternetChecksum.sum(payload, 0, 7));
   * }</pre>
   *
   * @param sumBefore the sum of the bytes before, in {@code 0..0xffff}
   * @param lengthBefore how many bytes {@code sumBefore} covers (only its parity matters)
   * @param sumAfter the sum of the piece that follows, computed as if it started a word
   * @return the sum of both pieces, in {@code 0..0xffff}
   * @throws IllegalArgumentException if a sum is outside {@code 0..0xffff} or the length is
   *     negative
   */
  public static int combine(int sumBefore, long lengthBefore, int sumAfter) {
    checkSum(sumBefore, "sumBefore");
    checkSum(sumAfter, "sumAfter");
    if (lengthBefore < 0) {
      throw new IllegalArgumentException("lengthBefore " + lengthBefore + " is negative");
    }
    int after = (lengthBefore & 1) == 0 ? sumAfter : ((sumAfter & 0xff) << 8) | (sumAfter >>> 8);
    return fold((long) sumBefore + after);
  }

  /**
   * Adds a 16-bit word, such as a pseudo-header's protocol or length field, to a sum. The word
   * is taken to start on a word boundary.
   *
   * @param sum the sum so far, in {@code 0..0xffff}
   * @param word the word, in {@code 0..0xffff}
   * @return the new sum, in {@code 0..0xffff}
   * @throws IllegalArgumentException if an argument is outside {@code 0..0xffff}
   */
  public static int addWord(int sum, int word) {
    checkSum(sum, "sum");
    checkSum(word, "word");
    return fold((long) sum + word);
  }

  /**
   * Adds a 32-bit value, such as an IPv4 address in a pseudo-header, to a sum as its two 16-bit
   * words. The value is taken to start on a word boundary.
   *
   * @param sum the sum so far, in {@code 0..0xffff}
   * @param value the value, any 32 bits
   * @return the new sum, in {@code 0..0xffff}
   * @throws IllegalArgumentException if the sum is outside {@code 0..0xffff}
   */
  public static int addInt(int sum, int value) {
    checkSum(sum, "sum");
    return fold((long) sum + (value >>> 16) + (value & 0xffff));
  }

  /**
   * Turns a sum into the checksum that is written on the wire: its one's complement.
   *
   * @param sum the sum of the data with the checksum field taken as zero, in {@code 0..0xffff}
   * @return the checksum, in {@code 0..0xffff}
   * @throws IllegalArgumentException if the sum is outside {@code 0..0xffff}
   */
  public static int finish(int sum) {
    checkSum(sum, "sum");
    return ~sum & 0xffff;
  }

  /**
   * Returns the checksum of the bytes between a buffer's position and limit: {@code
   * finish(sum(buf))}.
   *
   * @param buf the buffer, with the checksum field (if inside) set to zero; not modified
   * @return the checksum, in {@code 0..0xffff}
   */
  public static int checksum(ByteBuffer buf) {
    return finish(sum(buf));
  }

  /**
   * Returns the checksum of {@code length} bytes of a buffer from an absolute index: {@code
   * finish(sum(buf, index, length))}.
   *
   * @param buf the buffer, with the checksum field (if inside) set to zero; not modified
   * @param index the absolute index of the first byte
   * @param length the number of bytes
   * @return the checksum, in {@code 0..0xffff}
   * @throws IndexOutOfBoundsException if the range is not within the buffer's limit
   */
  public static int checksum(ByteBuffer buf, int index, int length) {
    return finish(sum(buf, index, length));
  }

  /**
   * Returns whether a sum taken over data <em>including</em> its checksum field shows the data
   * intact, that is whether it is one's complement zero ({@code 0xffff}).
   *
   * @param sumIncludingChecksum the sum over the data and its checksum field
   * @return {@code true} if the checksum verifies
   * @throws IllegalArgumentException if the sum is outside {@code 0..0xffff}
   */
  public static boolean isValid(int sumIncludingChecksum) {
    checkSum(sumIncludingChecksum, "sumIncludingChecksum");
    return sumIncludingChecksum == 0xffff;
  }

  /**
   * Returns whether {@code length} bytes of a buffer, which include their checksum field,
   * verify: {@code isValid(sum(buf, index, length))}.
   *
   * @param buf the buffer; not modified
   * @param index the absolute index of the first byte
   * @param length the number of bytes
   * @return {@code true} if the checksum verifies
   * @throws IndexOutOfBoundsException if the range is not within the buffer's limit
   */
  public static boolean verify(ByteBuffer buf, int index, int length) {
    return sum(buf, index, length) == 0xffff;
  }

  /**
   * Returns the checksum after one 16-bit word of the data changes, without reading the data:
   * RFC 1624 eqn. 3, {@code HC' = ~(~HC + ~m + m')}.
   *
   * <p>The result equals recomputation over the changed data except when every word of the
   * changed data is zero (RFC 1624 §3's "-0" case): recomputation then gives {@code 0xffff} and
   * this method {@code 0x0000}. No IP, ICMP, UDP or TCP header is all zero.
   *
   * @param checksum the checksum on the wire before the change, in {@code 0..0xffff}
   * @param oldWord the word's value before, in {@code 0..0xffff}
   * @param newWord the word's value after, in {@code 0..0xffff}
   * @return the checksum after the change, in {@code 0..0xffff}
   * @throws IllegalArgumentException if an argument is outside {@code 0..0xffff}
   */
  public static int update16(int checksum, int oldWord, int newWord) {
    checkSum(checksum, "checksum");
    checkSum(oldWord, "oldWord");
    checkSum(newWord, "newWord");
    return ~fold((long) (~checksum & 0xffff) + (~oldWord & 0xffff) + newWord) & 0xffff;
  }

  /**
   * Returns the checksum after one 32-bit, word-aligned field of the data changes, such as an
   * IPv4 address rewritten by a NAT: RFC 1624 eqn. 3 applied to both of its words.
   *
   * <p>The "-0" exception of {@link #update16(int, int, int)} applies.
   *
   * @param checksum the checksum on the wire before the change, in {@code 0..0xffff}
   * @param oldValue the field's value before, any 32 bits
   * @param newValue the field's value after, any 32 bits
   * @return the checksum after the change, in {@code 0..0xffff}
   * @throws IllegalArgumentException if the checksum is outside {@code 0..0xffff}
   */
  public static int update32(int checksum, int oldValue, int newValue) {
    checkSum(checksum, "checksum");
    long s = (~checksum & 0xffff)
        + (~oldValue >>> 16) + (~oldValue & 0xffff)
        + (newValue >>> 16) + (newValue & 0xffff);
    return ~fold(s) & 0xffff;
  }

  private static void checkSum(int value, String name) {
    if ((value & ~0xffff) != 0) {
      throw new IllegalArgumentException(name + " " + value + " is not a 16-bit value (0..0xffff)");
    }
  }
}
