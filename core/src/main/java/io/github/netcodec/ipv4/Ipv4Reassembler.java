package io.github.netcodec.ipv4;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.OverlapPolicy;
import io.github.netcodec.ip.ReassemblyLimits;
import io.github.netcodec.ip.ReassemblyTable;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Puts IPv4 fragments back together (RFC 791 §3.2, RFC 815), keyed by source, destination,
 * protocol and identification, on the engine of {@link ReassemblyTable}.
 *
 * <pre>{@code
 * Ipv4Reassembler r = new Ipv4Reassembler(System::nanoTime);
 * for (Ipv4Packet p : received) {
 *   r.accept(p).ifPresent(whole -> deliver(whole));   // non-fragments come straight back
 * }
 * }</pre>
 *
 * <p><b>The reassembled packet</b> has the header of the fragment at offset 0 (with all its
 * options), MF clear, offset 0, the new total length and a correct checksum; its payload is a
 * new array. Fragments are copied, so the caller's buffers may be reused.
 *
 * <p><b>Overlap policy (IPv4).</b> By default {@link OverlapPolicy#DISCARD_UNLESS_IDENTICAL}: a
 * fragment whose overlapping bytes equal those held is accepted and fills only the holes
 * (duplicates and re-fragmentation on another path are harmless), while an overlap whose bytes
 * differ discards the whole datagram and its later fragments until the timeout — RFC 5722's
 * rule for IPv6 applied to IPv4, as Linux does, minus the false alarms on duplicates. There is
 * then no "first wins" or "last wins" for an attacker to exploit against a firewall or IDS
 * (RFC 1858, RFC 3128).
 *
 * <p><b>Invalid fragments</b> are dropped and counted ({@link #invalidFragments()}): a fragment
 * with MF set whose payload is not a multiple of 8 bytes, and a datagram whose reassembled
 * length would exceed 65535 bytes ("ping of death"). Contradictory lengths discard the datagram.
 *
 * <p><b>Limits.</b> Time comes from the injected clock, in nanoseconds: a datagram not complete
 * within {@link ReassemblyLimits#timeout()} of its first fragment is dropped (RFC 1122
 * §3.3.2). Memory held is capped per datagram and in total; see {@link ReassemblyTable}. Not
 * thread-safe.
 */
public final class Ipv4Reassembler {

  /** The largest IPv4 payload: 65535 minus the 20-byte minimum header. */
  public static final int MAX_PAYLOAD = 65_515;

  /**
   * What identifies the fragments of one datagram (RFC 791 §3.2).
   *
   * @param source the source address
   * @param destination the destination address
   * @param protocol the protocol
   * @param identification the identification field
   */
  public record Key(Ipv4Address source, Ipv4Address destination, IpProtocol protocol,
      int identification) {
    /**
     * Checks the fields.
     *
     * @param source the source address
     * @param destination the destination address
     * @param protocol the protocol
     * @param identification the identification, 0..65535
     * @throws IllegalArgumentException if the identification is out of range
     */
    public Key {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(protocol, "protocol");
      if (identification < 0 || identification > 0xffff) {
        throw new IllegalArgumentException("identification " + identification
            + " is not in 0..65535");
      }
    }

    /**
     * Returns the key of a packet.
     *
     * @param packet the packet
     * @return its key
     */
    public static Key of(Ipv4Packet packet) {
      return new Key(packet.source(), packet.destination(), packet.protocol(),
          packet.identification());
    }
  }

  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0).asReadOnlyBuffer();

  private final ReassemblyTable<Key, Ipv4Packet> table;
  private long invalid;

  /**
   * Creates a reassembler with the default limits (30 s, 1024 fragments per datagram, 4 MiB in
   * all, payloads up to {@value #MAX_PAYLOAD} bytes) and the default overlap policy.
   *
   * @param nanoClock the clock in nanoseconds, monotonic, such as {@code System::nanoTime}
   */
  public Ipv4Reassembler(LongSupplier nanoClock) {
    this(ReassemblyLimits.defaults(MAX_PAYLOAD), OverlapPolicy.DISCARD_UNLESS_IDENTICAL,
        nanoClock);
  }

  /**
   * Creates a reassembler.
   *
   * @param limits the time limit and caps; a datagram length cap above {@value #MAX_PAYLOAD}
   *     is lowered to it
   * @param policy what to do with overlapping fragments
   * @param nanoClock the clock in nanoseconds, monotonic, such as {@code System::nanoTime}
   */
  public Ipv4Reassembler(ReassemblyLimits limits, OverlapPolicy policy, LongSupplier nanoClock) {
    ReassemblyLimits capped = limits.maxDatagramLength() > MAX_PAYLOAD
        ? limits.withMaxDatagramLength(MAX_PAYLOAD)
        : limits;
    this.table = new ReassemblyTable<>(capped, policy, nanoClock);
  }

  /**
   * Takes a received packet: a fragment is held, and the datagram returned once this fragment
   * completes it; a packet that is not a fragment is returned as it is.
   *
   * @param packet the received packet, whole
   * @return the reassembled datagram, the packet itself if not a fragment, or empty
   * @throws IllegalArgumentException if the packet is truncated
   */
  public Optional<Ipv4Packet> accept(Ipv4Packet packet) {
    if (!packet.isFragment()) {
      return Optional.of(packet);
    }
    if (packet.isTruncated()) {
      throw new IllegalArgumentException("cannot reassemble a truncated fragment: "
          + packet.encodedLength() + " of its " + packet.totalLength() + " bytes are present");
    }
    ByteBuffer payload = packet.payload();
    if (packet.moreFragments() && payload.remaining() % 8 != 0) {
      invalid++;
      return Optional.empty();
    }
    Ipv4Packet header = packet.fragmentOffset() == 0
        ? packet.toBuilder().payload(EMPTY).build()
        : null;
    Optional<ReassemblyTable.Reassembled<Ipv4Packet>> done = table.add(Key.of(packet), header,
        packet.fragmentOffsetBytes(), payload, !packet.moreFragments());
    if (done.isEmpty()) {
      return Optional.empty();
    }
    Ipv4Packet first = done.get().header();
    ByteBuffer data = done.get().payload();
    if (first.headerLength() + data.remaining() > 0xffff) {
      invalid++;
      return Optional.empty();
    }
    return Optional.of(first.toBuilder().moreFragments(false).fragmentOffset(0).payload(data)
        .build());
  }

  /**
   * Drops the datagrams whose time limit has passed.
   *
   * @return the number of incomplete datagrams dropped
   */
  public int expire() {
    return table.expire();
  }

  /**
   * Returns the number of datagrams in progress (including discarded ones remembered until
   * their timeout).
   *
   * @return the number of datagrams held
   */
  public int size() {
    return table.size();
  }

  /**
   * Returns the heap bytes charged to the datagrams held, never above the memory cap.
   *
   * @return the bytes charged
   */
  public long memoryCharged() {
    return table.memoryCharged();
  }

  /**
   * Returns the counts of completed, discarded, timed-out and evicted datagrams.
   *
   * @return the statistics of the underlying table
   */
  public ReassemblyTable.Statistics statistics() {
    return table.statistics();
  }

  /**
   * Returns the number of invalid fragments dropped: MF set with a payload not a multiple of 8,
   * or completing a datagram longer than 65535 bytes.
   *
   * @return the count
   */
  public long invalidFragments() {
    return invalid;
  }
}
