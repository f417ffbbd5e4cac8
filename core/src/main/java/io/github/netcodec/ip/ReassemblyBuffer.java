package io.github.netcodec.ip;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The payload of one fragmented datagram being put back together, for IPv4 and IPv6 alike: the
 * byte ranges received, the holes between them, and the total length once the last fragment
 * has arrived (RFC 815). Not thread-safe; usually held by a {@link ReassemblyTable}.
 *
 * <p>Held bytes never overlap: a fragment that covers held bytes goes to the {@link
 * OverlapPolicy}, and only its bytes that fall into holes are stored (or, under {@link
 * OverlapPolicy.Action#TAKE_NEW}, also written over the held ones). The holes are the gaps
 * between the held ranges, RFC 815's hole descriptors kept implicitly in a sorted list of
 * ranges; the datagram is complete when the last fragment has fixed the length and the held
 * bytes add up to it.
 *
 * <p>Fragments are copied: the caller's buffers may be reused as soon as {@link #add} returns.
 * A datagram whose fragments contradict each other (a second, different end; data after the
 * end), exceed the length cap or the fragment cap, or trip the overlap policy is
 * <em>discarded</em>: its bytes are released and every later {@code add} returns {@link
 * Status#DISCARDED}.
 *
 * <pre>{@code
 * ReassemblyBuffer b = new ReassemblyBuffer(65_515, 1024, OverlapPolicy.DISCARD_UNLESS_IDENTICAL);
 * b.add(1480, second, false);   // ACCEPTED
 * b.add(0, first, true);         // ... MF clear: COMPLETE once every hole is filled
 * ByteBuffer payload = b.payload();
 * }</pre>
 */
public final class ReassemblyBuffer {

  /** Heap bytes charged per fragment held, for the bookkeeping around its data (estimate). */
  public static final int FRAGMENT_OVERHEAD = 64;

  /** Heap bytes charged per datagram, for the buffer and its table entry (estimate). */
  public static final int DATAGRAM_OVERHEAD = 256;

  /** What happened to a fragment. */
  public enum Status {
    /** Stored; the datagram still has holes or no known end. */
    ACCEPTED,
    /** Stored, and the datagram is complete. */
    COMPLETE,
    /** Ignored by the overlap policy, or because the datagram was already complete. */
    DROPPED,
    /** The datagram is discarded, by this fragment or before; see {@link #discardReason()}. */
    DISCARDED
  }

  /** Why a datagram was discarded. */
  public enum DiscardReason {
    /** The overlap policy said {@link OverlapPolicy.Action#DISCARD_DATAGRAM}. */
    OVERLAP,
    /** Fragments disagree on the end of the datagram, or data lies beyond it. */
    INCONSISTENT_LENGTH,
    /** A fragment reaches beyond the largest datagram length allowed. */
    TOO_LONG,
    /** More fragments than the cap per datagram. */
    TOO_MANY_FRAGMENTS,
    /** Discarded from outside, by {@link #discard(DiscardReason)}: a memory cap, an eviction. */
    EVICTED
  }

  /**
   * A range of bytes still missing, RFC 815's hole descriptor.
   *
   * @param start the offset of the first missing byte
   * @param end the offset after the last missing byte; {@link Integer#MAX_VALUE} while the
   *     datagram's length is unknown
   */
  public record Hole(int start, int end) {}

  /** One held range of bytes. */
  private static final class Range {
    final int start;
    final byte[] data;

    Range(int start, byte[] data) {
      this.start = start;
      this.data = data;
    }

    int end() {
      return start + data.length;
    }
  }

  private final int maxLength;
  private final int maxFragments;
  private final OverlapPolicy policy;
  private List<Range> ranges = new ArrayList<>(4);
  private int bytesHeld;
  private int fragments;
  private int length = -1;
  private DiscardReason discardReason;

  /**
   * Creates an empty buffer.
   *
   * @param maxLength the largest datagram payload accepted, in bytes: a fragment ending beyond
   *     it discards the datagram (65515 for IPv4, 65535 for IPv6 without jumbograms, or less)
   * @param maxFragments the most fragments accepted for the datagram, at least 1
   * @param policy what to do with overlapping fragments
   * @throws IllegalArgumentException if a cap is not positive
   */
  public ReassemblyBuffer(int maxLength, int maxFragments, OverlapPolicy policy) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength " + maxLength + " is negative");
    }
    if (maxFragments < 1) {
      throw new IllegalArgumentException("maxFragments " + maxFragments + " is below 1");
    }
    this.maxLength = maxLength;
    this.maxFragments = maxFragments;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Adds a fragment: the bytes between the buffer's position and limit, at an offset in the
   * datagram. The buffer's position, limit and order are not changed.
   *
   * @param offset the fragment's offset in the datagram's payload, in bytes
   * @param data the fragment's bytes; copied
   * @param last whether this is the last fragment (IPv4 MF and IPv6 M clear), which fixes the
   *     datagram's length to {@code offset + data.remaining()}
   * @return what happened to the fragment
   * @throws IllegalArgumentException if the offset is negative
   */
  public Status add(int offset, ByteBuffer data, boolean last) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " is negative");
    }
    if (discardReason != null) {
      return Status.DISCARDED;
    }
    if (isComplete()) {
      return Status.DROPPED;
    }
    int len = data.remaining();
    long end = (long) offset + len;
    if (end > maxLength) {
      return discard(DiscardReason.TOO_LONG);
    }
    int heldEnd = ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1).end();
    if (last ? (length >= 0 && length != end) || heldEnd > end : length >= 0 && end > length) {
      return discard(DiscardReason.INCONSISTENT_LENGTH);
    }
    int first = firstRangeEndingAfter(offset);
    int overlapping = 0;
    boolean identical = true;
    int base = data.position();
    for (int k = first; k < ranges.size() && ranges.get(k).start < end; k++) {
      Range r = ranges.get(k);
      int from = Math.max(r.start, offset);
      int to = (int) Math.min(r.end(), end);
      overlapping += to - from;
      for (int i = from; identical && i < to; i++) {
        identical = r.data[i - r.start] == data.get(base + i - offset);
      }
    }
    if (overlapping > 0) {
      OverlapPolicy.Action action = Objects.requireNonNull(
          policy.onOverlap(new OverlapPolicy.Overlap(offset, len, overlapping, identical)),
          "overlap policy returned null");
      switch (action) {
        case DROP_FRAGMENT:
          return Status.DROPPED;
        case DISCARD_DATAGRAM:
          return discard(DiscardReason.OVERLAP);
        case TAKE_NEW:
          overwrite(first, offset, (int) end, data);
          break;
        default:
          if (overlapping == len && (!last || length == end)) {
            return Status.DROPPED; // a duplicate: nothing new
          }
          break;
      }
    }
    if (fragments == maxFragments) {
      return discard(DiscardReason.TOO_MANY_FRAGMENTS);
    }
    fragments++;
    if (last) {
      length = (int) end;
    }
    fillHoles(first, offset, (int) end, data);
    return isComplete() ? Status.COMPLETE : Status.ACCEPTED;
  }

  /** Index of the first range whose end is after {@code offset}: ends are sorted. */
  private int firstRangeEndingAfter(int offset) {
    int lo = 0;
    int hi = ranges.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ranges.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void overwrite(int first, int offset, int end, ByteBuffer data) {
    int base = data.position();
    for (int k = first; k < ranges.size() && ranges.get(k).start < end; k++) {
      Range r = ranges.get(k);
      int from = Math.max(r.start, offset);
      int to = Math.min(r.end(), end);
      data.get(base + from - offset, r.data, from - r.start, to - from);
    }
  }

  private void fillHoles(int first, int offset, int end, ByteBuffer data) {
    int base = data.position();
    int at = offset;
    int k = first;
    while (at < end) {
      Range next = k < ranges.size() ? ranges.get(k) : null;
      if (next != null && next.start <= at) {
        at = next.end();
        k++;
        continue;
      }
      int holeEnd = next == null ? end : Math.min(end, next.start);
      byte[] copy = new byte[holeEnd - at];
      data.get(base + at - offset, copy, 0, copy.length);
      ranges.add(k, new Range(at, copy));
      bytesHeld += copy.length;
      k++;
      at = holeEnd;
    }
  }

  /**
   * Discards the datagram from outside, for a memory cap or an eviction: its bytes are released
   * and later fragments are refused. Does nothing if it is already discarded.
   *
   * @param reason why
   * @return {@link Status#DISCARDED}
   */
  public Status discard(DiscardReason reason) {
    if (discardReason == null) {
      discardReason = Objects.requireNonNull(reason, "reason");
      ranges = List.of();
      bytesHeld = 0;
    }
    return Status.DISCARDED;
  }

  /**
   * Returns whether every byte from 0 to the end fixed by the last fragment is held.
   *
   * @return {@code true} once the datagram is whole
   */
  public boolean isComplete() {
    return length >= 0 && bytesHeld == length && discardReason == null;
  }

  /**
   * Returns whether the datagram was discarded.
   *
   * @return {@code true} if discarded
   */
  public boolean isDiscarded() {
    return discardReason != null;
  }

  /**
   * Returns why the datagram was discarded.
   *
   * @return the reason, or {@code null} if it was not
   */
  public DiscardReason discardReason() {
    return discardReason;
  }

  /**
   * Returns the datagram's payload length, known once the last fragment has arrived.
   *
   * @return the length in bytes, or -1 while unknown
   */
  public int length() {
    return length;
  }

  /**
   * Returns the number of payload bytes held.
   *
   * @return the bytes held, 0 once discarded
   */
  public int bytesHeld() {
    return bytesHeld;
  }

  /**
   * Returns the number of fragments accepted.
   *
   * @return the fragment count
   */
  public int fragmentCount() {
    return fragments;
  }

  /**
   * Returns the heap bytes charged to this datagram against a memory cap: the bytes held plus
   * {@link #FRAGMENT_OVERHEAD} per held range plus {@link #DATAGRAM_OVERHEAD}.
   *
   * @return the bytes charged
   */
  public long memoryCharge() {
    return (long) bytesHeld + (long) FRAGMENT_OVERHEAD * ranges.size() + DATAGRAM_OVERHEAD;
  }

  /**
   * Returns the holes: the byte ranges still missing, in order. While the length is unknown,
   * the last hole ends at {@link Integer#MAX_VALUE}.
   *
   * @return the holes, empty once complete or discarded
   */
  public List<Hole> holes() {
    List<Hole> holes = new ArrayList<>();
    if (discardReason != null) {
      return holes;
    }
    int at = 0;
    for (Range r : ranges) {
      if (r.start > at) {
        holes.add(new Hole(at, r.start));
      }
      at = r.end();
    }
    int end = length >= 0 ? length : Integer.MAX_VALUE;
    if (at < end) {
      holes.add(new Hole(at, end));
    }
    return holes;
  }

  /**
   * Returns the reassembled payload in a new array wrapped read-only.
   *
   * @return the payload, {@link #length()} bytes
   * @throws IllegalStateException if the datagram is not complete
   */
  public ByteBuffer payload() {
    if (!isComplete()) {
      throw new IllegalStateException("the datagram is not complete");
    }
    byte[] out = new byte[length];
    for (Range r : ranges) {
      System.arraycopy(r.data, 0, out, r.start, r.data.length);
    }
    return ByteBuffer.wrap(out).asReadOnlyBuffer();
  }
}
