package io.github.netcodec.tcp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reassembles one direction of a TCP connection into its ordered byte stream, from segments in
 * any order, with retransmissions, overlaps and gaps, across sequence-number wrap-around.
 *
 * <p>Bytes are delivered to a sink as soon as they are contiguous with what came before: a
 * segment that arrives in order is handed over as a read-only view of its payload, without a
 * copy; a segment that arrives early is copied and held until the hole before it fills. Bytes
 * already delivered win over later, different copies of the same sequence numbers (a
 * retransmission is assumed to repeat the data; Linux's policy).
 *
 * <p>Memory is bounded: the bytes held out of order never exceed {@code maxBufferedBytes}. A
 * segment that would exceed the cap is refused with {@link Outcome#OVER_CAPACITY} and nothing of
 * it is kept; the caller can {@linkplain #skipGap() give up on the first hole} to release data,
 * which is then reported by {@link #gapsSkipped()}.
 *
 * <pre>{@code
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * TcpStreamReassembler r = new TcpStreamReassembler(syn.sequenceNumber() + 1, 1 << 20,
 *     b -> out.write(b.array(), ...));          // or copy b with Channels, etc.
 * r.add(seg.sequenceNumber(), seg.payload());    // for each data segment of the direction
 * r.gaps();                                      // holes still open
 * }</pre>
 *
 * <p>Sequence numbers are placed in a 64-bit stream offset by their signed 32-bit distance from
 * the next expected number (RFC 1982-style), so a segment more than 2^31 bytes away is taken as
 * old. Not thread-safe.
 */
public final class TcpStreamReassembler {

  /** What {@link #add(long, ByteBuffer)} did with a segment. */
  public enum Outcome {
    /** Some new bytes were delivered to the sink (possibly releasing held segments too). */
    DELIVERED,
    /** The bytes are ahead of a hole and are held until it fills. */
    BUFFERED,
    /** Every byte was delivered or held before: a retransmission. */
    DUPLICATE,
    /** Holding the bytes would exceed the memory cap; nothing of the segment was kept. */
    OVER_CAPACITY,
    /** The segment carried no data. */
    EMPTY
  }

  /**
   * A range of stream bytes not received, as sequence numbers {@code [start, end)} modulo 2^32.
   *
   * @param start the first missing sequence number
   * @param end the sequence number after the hole
   * @param length the number of missing bytes
   */
  public record Gap(long start, long end, long length) {
    /**
     * Checks the fields.
     *
     * @param start 0..2^32-1
     * @param end 0..2^32-1
     * @param length at least 1
     * @throws IllegalArgumentException if out of range
     */
    public Gap {
      if ((start >>> 32) != 0 || (end >>> 32) != 0 || length < 1) {
        throw new IllegalArgumentException("gap [" + start + ", " + end + ") of " + length
            + " bytes is not a 32-bit range of at least one byte");
      }
    }
  }

  private final Consumer<ByteBuffer> sink;
  private final long maxBufferedBytes;
  /** Sequence number of the next byte to deliver. */
  private long nextSequence;
  /** Stream offset of the next byte to deliver. */
  private long nextOffset;
  /** Held segments by stream offset; values are owned copies. */
  private final TreeMap<Long, byte[]> held = new TreeMap<>();
  private long heldBytes;
  private long duplicateBytes;
  private final List<Gap> skipped = new ArrayList<>();

  /**
   * Creates a reassembler for a direction whose next byte has sequence number {@code
   * firstSequence} (the SYN's sequence number plus one).
   *
   * @param firstSequence the sequence number of the first data byte, 0..2^32-1
   * @param maxBufferedBytes the most bytes held out of order, at least 0
   * @param sink receives the stream in order, as read-only buffers it must consume before
   *     returning (they may be views of the caller's segments)
   * @throws IllegalArgumentException if a number is out of range
   */
  public TcpStreamReassembler(long firstSequence, long maxBufferedBytes,
      Consumer<ByteBuffer> sink) {
    if ((firstSequence >>> 32) != 0) {
      throw new IllegalArgumentException("firstSequence " + firstSequence
          + " is not in 0..4294967295");
    }
    if (maxBufferedBytes < 0) {
      throw new IllegalArgumentException("maxBufferedBytes " + maxBufferedBytes
          + " is negative");
    }
    this.nextSequence = firstSequence;
    this.maxBufferedBytes = maxBufferedBytes;
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Adds a segment's data: the bytes between the payload's position and limit, the first of
   * which has sequence number {@code sequenceNumber}. The buffer is not changed.
   *
   * @param sequenceNumber the segment's sequence number (the SYN's plus one if it carries SYN)
   * @param payload the data
   * @return what happened to it
   * @throws IllegalArgumentException if the sequence number is not a 32-bit unsigned number
   */
  public Outcome add(long sequenceNumber, ByteBuffer payload) {
    if ((sequenceNumber >>> 32) != 0) {
      throw new IllegalArgumentException("sequenceNumber " + sequenceNumber
          + " is not in 0..4294967295");
    }
    int length = payload.remaining();
    if (length == 0) {
      return Outcome.EMPTY;
    }
    long start = nextOffset + SequenceNumber.distance(nextSequence, sequenceNumber);
    long end = start + length;
    if (end <= nextOffset) {
      duplicateBytes += length;
      return Outcome.DUPLICATE;
    }
    if (start <= nextOffset) {
      int skip = (int) (nextOffset - start);
      duplicateBytes += skip;
      ByteBuffer fresh = payload.asReadOnlyBuffer();
      fresh.position(payload.position() + skip);
      deliver(fresh);
      drain();
      return Outcome.DELIVERED;
    }
    return hold(start, payload);
  }

  private Outcome hold(long start, ByteBuffer payload) {
    // Keep only the bytes not already held, so overlaps never count twice against the cap.
    long end = start + payload.remaining();
    List<long[]> pieces = new ArrayList<>(2);
    long at = start;
    Map.Entry<Long, byte[]> before = held.floorEntry(start);
    if (before != null) {
      at = Math.max(at, before.getKey() + before.getValue().length);
    }
    for (Map.Entry<Long, byte[]> e : held.tailMap(start, true).entrySet()) {
      if (at >= end || e.getKey() >= end) {
        break;
      }
      if (e.getKey() > at) {
        pieces.add(new long[] {at, e.getKey()});
      }
      at = Math.max(at, e.getKey() + e.getValue().length);
    }
    if (at < end) {
      pieces.add(new long[] {at, end});
    }
    long fresh = 0;
    for (long[] p : pieces) {
      fresh += p[1] - p[0];
    }
    if (fresh == 0) {
      duplicateBytes += payload.remaining();
      return Outcome.DUPLICATE;
    }
    if (heldBytes + fresh > maxBufferedBytes) {
      return Outcome.OVER_CAPACITY;
    }
    for (long[] p : pieces) {
      byte[] copy = new byte[(int) (p[1] - p[0])];
      payload.get(payload.position() + (int) (p[0] - start), copy);
      held.put(p[0], copy);
    }
    heldBytes += fresh;
    duplicateBytes += payload.remaining() - fresh;
    return Outcome.BUFFERED;
  }

  private void deliver(ByteBuffer data) {
    int n = data.remaining();
    sink.accept(data);
    nextOffset += n;
    nextSequence = SequenceNumber.add(nextSequence, n);
  }

  private void drain() {
    Map.Entry<Long, byte[]> e;
    while ((e = held.firstEntry()) != null && e.getKey() <= nextOffset) {
      held.pollFirstEntry();
      byte[] bytes = e.getValue();
      heldBytes -= bytes.length;
      long end = e.getKey() + bytes.length;
      if (end > nextOffset) {
        int skip = (int) (nextOffset - e.getKey());
        deliver(ByteBuffer.wrap(bytes, skip, bytes.length - skip).asReadOnlyBuffer());
      }
    }
  }

  /**
   * Gives up on the first hole: the bytes held after it become deliverable, the hole is
   * recorded in {@link #gapsSkipped()}. Use when the capture lost a segment for good or the
   * memory cap was reached.
   *
   * @return the hole skipped, or {@code null} if nothing is held
   */
  public Gap skipGap() {
    Map.Entry<Long, byte[]> e = held.firstEntry();
    if (e == null) {
      return null;
    }
    long length = e.getKey() - nextOffset;
    Gap gap = new Gap(nextSequence, SequenceNumber.add(nextSequence, length), length);
    skipped.add(gap);
    nextOffset = e.getKey();
    nextSequence = gap.end();
    drain();
    return gap;
  }

  /**
   * Returns the holes before held data, in stream order.
   *
   * @return the open gaps; empty when nothing is held
   */
  public List<Gap> gaps() {
    List<Gap> gaps = new ArrayList<>();
    long at = nextOffset;
    for (Map.Entry<Long, byte[]> e : held.entrySet()) {
      if (e.getKey() > at) {
        long length = e.getKey() - at;
        long start = SequenceNumber.add(nextSequence, at - nextOffset);
        gaps.add(new Gap(start, SequenceNumber.add(start, length), length));
      }
      at = Math.max(at, e.getKey() + e.getValue().length);
    }
    return gaps;
  }

  /**
   * Returns the holes given up with {@link #skipGap()}, in order.
   *
   * @return the skipped gaps, unmodifiable
   */
  public List<Gap> gapsSkipped() {
    return List.copyOf(skipped);
  }

  /**
   * Returns the sequence number of the next byte the stream needs (RCV.NXT).
   *
   * @return the next sequence number
   */
  public long nextSequence() {
    return nextSequence;
  }

  /**
   * Returns how many bytes were delivered, plus the bytes of skipped gaps.
   *
   * @return the stream offset of the next byte
   */
  public long streamOffset() {
    return nextOffset;
  }

  /**
   * Returns how many bytes are held out of order.
   *
   * @return the bytes held, at most the cap
   */
  public long bufferedBytes() {
    return heldBytes;
  }

  /**
   * Returns how many bytes arrived that had been delivered or held already.
   *
   * @return the retransmitted bytes
   */
  public long duplicateBytes() {
    return duplicateBytes;
  }
}
