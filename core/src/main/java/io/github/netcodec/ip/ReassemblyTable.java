package io.github.netcodec.ip;

import io.github.netcodec.internal.Payloads;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Datagrams being reassembled, keyed by what identifies a datagram (for IPv4: source,
 * destination, protocol and identification; for IPv6: source, destination and identification),
 * with a time limit and a memory cap. The engine under {@code Ipv4Reassembler} and the IPv6
 * one; family-specific checks (8-byte multiples, header consistency) are theirs.
 *
 * <p>Time comes from an injected clock, a {@link LongSupplier} of nanoseconds such as {@code
 * System::nanoTime}: the table starts no thread and reads no clock of its own. Each call to
 * {@link #add} first expires datagrams older than the timeout; {@link #expire()} does so alone.
 *
 * <p>Memory: every datagram is charged {@link ReassemblyBuffer#memoryCharge()}. When a fragment
 * would take the total beyond {@link ReassemblyLimits#maxMemory()}, the oldest other datagrams
 * are evicted; a datagram too large for the cap on its own is discarded. A discarded datagram
 * (overlap, inconsistent lengths, caps) stays as a small tombstone until its timeout, so that
 * its later fragments are dropped too (RFC 5722 §4).
 *
 * <p>Not thread-safe: confine a table to one thread, or lock around it.
 *
 * @param <K> the key type, with value equality
 * @param <H> the header kept from the fragment at offset 0, to rebuild the datagram; it must
 *     not refer to the caller's buffers, which may be reused
 */
public final class ReassemblyTable<K, H> {

  /**
   * A reassembled datagram.
   *
   * @param <H> the header type
   * @param header the header of the fragment at offset 0
   * @param payload the whole payload, a read-only buffer of a new array
   */
  public record Reassembled<H>(H header, ByteBuffer payload) {
    /**
     * Checks for nulls and keeps the payload as the codecs do: a read-only buffer is viewed, a
     * writable one copied.
     *
     * @param header the header of the first fragment
     * @param payload the payload, its bytes between position and limit
     */
    public Reassembled {
      Objects.requireNonNull(header, "header");
      payload = Payloads.own(payload);
    }

    /**
     * Returns the reassembled payload.
     *
     * @return a new read-only view, positioned at 0
     */
    @Override
    public ByteBuffer payload() {
      return payload.duplicate();
    }
  }

  /**
   * Counts of what the table did, since it was created.
   *
   * @param completed datagrams reassembled
   * @param duplicates fragments dropped as duplicates or by the overlap policy
   * @param discarded datagrams discarded for overlaps, inconsistent lengths or caps
   * @param dropped fragments dropped because their datagram had been discarded
   * @param timedOut incomplete datagrams dropped by the timeout
   * @param evicted datagrams evicted to respect the memory cap
   */
  public record Statistics(long completed, long duplicates, long discarded, long dropped,
      long timedOut, long evicted) {}

  private static final class Entry<H> {
    final ReassemblyBuffer buffer;
    final long deadline;
    H header;
    long charged;

    Entry(ReassemblyBuffer buffer, long deadline) {
      this.buffer = buffer;
      this.deadline = deadline;
    }
  }

  private final ReassemblyLimits limits;
  private final OverlapPolicy policy;
  private final LongSupplier nanoClock;
  private final long timeoutNanos;
  /** In creation order, hence in deadline order. */
  private final LinkedHashMap<K, Entry<H>> entries = new LinkedHashMap<>();
  private long memory;
  private long completed;
  private long duplicates;
  private long discarded;
  private long dropped;
  private long timedOut;
  private long evicted;

  /**
   * Creates an empty table.
   *
   * @param limits the time limit and caps
   * @param policy what to do with overlapping fragments
   * @param nanoClock the clock, in nanoseconds, monotonic (such as {@code System::nanoTime})
   */
  public ReassemblyTable(ReassemblyLimits limits, OverlapPolicy policy, LongSupplier nanoClock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.timeoutNanos = limits.timeout().toNanos();
  }

  /**
   * Adds a fragment of the datagram with this key.
   *
   * @param key the datagram's key
   * @param header the fragment's header, kept when {@code offset} is 0; may be {@code null}
   *     otherwise
   * @param offset the fragment's offset in the datagram's payload, in bytes
   * @param data the fragment's payload between position and limit; copied, not changed
   * @param last whether no more fragments follow (MF or M clear)
   * @return the whole datagram if this fragment completed it, otherwise empty
   * @throws IllegalArgumentException if the offset is negative
   * @throws NullPointerException if {@code offset} is 0 and {@code header} is null
   */
  public Optional<Reassembled<H>> add(K key, H header, int offset, ByteBuffer data,
      boolean last) {
    Objects.requireNonNull(key, "key");
    if (offset == 0) {
      Objects.requireNonNull(header, "header");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " is negative");
    }
    long now = nanoClock.getAsLong();
    expire(now);
    Entry<H> entry = entries.get(key);
    if (entry != null && entry.buffer.isDiscarded()) {
      dropped++;
      return Optional.empty();
    }
    // Make room first for the worst case of one new range, then enforce the cap exactly.
    long needed = (long) data.remaining() + ReassemblyBuffer.FRAGMENT_OVERHEAD
        + (entry == null ? ReassemblyBuffer.DATAGRAM_OVERHEAD : 0);
    evictOldestExcept(key, needed);
    if (memory + needed > limits.maxMemory()) {
      if (entry == null) {
        discarded++; // too large for the cap on its own: never admitted
        return Optional.empty();
      }
      return discard(entry);
    }
    if (entry == null) {
      entry = new Entry<>(new ReassemblyBuffer(limits.maxDatagramLength(),
          limits.maxFragmentsPerDatagram(), policy), now + timeoutNanos);
      entry.charged = entry.buffer.memoryCharge();
      memory += entry.charged;
      entries.put(key, entry);
    }
    ReassemblyBuffer.Status status = entry.buffer.add(offset, data, last);
    recharge(entry);
    if (status == ReassemblyBuffer.Status.ACCEPTED && memory > limits.maxMemory()) {
      evictOldestExcept(key, 0);
      if (memory > limits.maxMemory()) {
        return discard(entry);
      }
    }
    switch (status) {
      case ACCEPTED:
        if (offset == 0 && entry.header == null) {
          entry.header = header;
        }
        return Optional.empty();
      case COMPLETE:
        if (offset == 0 && entry.header == null) {
          entry.header = header;
        }
        entries.remove(key);
        memory -= entry.charged;
        completed++;
        return Optional.of(new Reassembled<>(entry.header, entry.buffer.payload()));
      case DROPPED:
        duplicates++;
        return Optional.empty();
      default:
        discarded++;
        return Optional.empty();
    }
  }

  private Optional<Reassembled<H>> discard(Entry<H> entry) {
    entry.buffer.discard(ReassemblyBuffer.DiscardReason.EVICTED);
    recharge(entry);
    discarded++;
    return Optional.empty();
  }

  private void recharge(Entry<H> entry) {
    long charge = entry.buffer.memoryCharge();
    memory += charge - entry.charged;
    entry.charged = charge;
  }

  private void evictOldestExcept(K key, long needed) {
    Iterator<Map.Entry<K, Entry<H>>> it = entries.entrySet().iterator();
    while (memory + needed > limits.maxMemory() && it.hasNext()) {
      Map.Entry<K, Entry<H>> e = it.next();
      if (e.getKey().equals(key)) {
        continue;
      }
      it.remove();
      memory -= e.getValue().charged;
      evicted++;
    }
  }

  /**
   * Drops the datagrams, pending or discarded, whose time limit has passed, reading the clock
   * once.
   *
   * @return the number of incomplete datagrams dropped (tombstones of discarded ones not
   *     counted)
   */
  public int expire() {
    return expire(nanoClock.getAsLong());
  }

  private int expire(long now) {
    int count = 0;
    Iterator<Entry<H>> it = entries.values().iterator();
    while (it.hasNext()) {
      Entry<H> e = it.next();
      if (now - e.deadline < 0) {
        break; // creation order is deadline order
      }
      it.remove();
      memory -= e.charged;
      if (!e.buffer.isDiscarded()) {
        count++;
      }
    }
    timedOut += count;
    return count;
  }

  /**
   * Returns the number of datagrams held, pending or discarded but not yet expired.
   *
   * @return the number of entries
   */
  public int size() {
    return entries.size();
  }

  /**
   * Returns the heap bytes charged to all held datagrams, never above the memory cap.
   *
   * @return the bytes charged
   */
  public long memoryCharged() {
    return memory;
  }

  /**
   * Returns the counts of what the table did.
   *
   * @return the statistics
   */
  public Statistics statistics() {
    return new Statistics(completed, duplicates, discarded, dropped, timedOut, evicted);
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public ReassemblyLimits limits() {
    return limits;
  }
}
