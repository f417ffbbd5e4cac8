package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.OverlapPolicy;
import io.github.netcodec.ip.ReassemblyLimits;
import io.github.netcodec.ip.ReassemblyTable;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Puts IPv6 fragments back together (RFC 8200 §4.5), keyed by source, destination and
 * identification, on the engine of {@link ReassemblyTable}.
 *
 * <pre>{@code
 * Ipv6Reassembler r = new Ipv6Reassembler(System::nanoTime);
 * for (Ipv6Packet p : received) {
 *   r.accept(p).ifPresent(whole -> deliver(whole));   // non-fragments come straight back
 * }
 * }</pre>
 *
 * <p><b>The reassembled packet</b> has the Unfragmentable Part of the fragment at offset 0 (its
 * fixed header and the extension headers before the Fragment header), whose last Next Header
 * takes the Fragment header's, a new Payload Length, and as the rest the Fragmentable Part,
 * parsed again: its extension headers join the chain. Its bytes are new arrays; fragments are
 * copied, so the caller's buffers may be reused. An atomic fragment (offset 0, M clear, RFC
 * 6946) is returned at once in the same form, without touching the datagrams in progress.
 *
 * <p><b>Overlaps.</b> By default {@link OverlapPolicy#RFC_5722}: a fragment that overlaps held
 * bytes discards the whole datagram, and its later fragments are dropped until the timeout;
 * only an exact duplicate is dropped alone (RFC 5722 §4, RFC 8200 §4.5).
 *
 * <p><b>Invalid fragments</b> are dropped and counted ({@link #invalidFragments()}): a fragment
 * with M set whose data is not a multiple of 8 bytes, a first fragment that cuts an extension
 * header of the Fragmentable Part (RFC 7112 §5), and a datagram whose reassembled Payload Length
 * would exceed 65535 bytes or whose reassembled bytes are malformed.
 *
 * <p><b>Limits.</b> Time comes from the injected clock, in nanoseconds: a datagram not complete
 * within {@link ReassemblyLimits#timeout()} of its first fragment is dropped (60 seconds by
 * default, RFC 8200 §4.5). Memory held is capped per datagram and in total; see {@link
 * ReassemblyTable}. Not thread-safe.
 */
public final class Ipv6Reassembler {

  /** The reassembly time limit of RFC 8200 §4.5: 60 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** The largest Payload Length, and so the largest reassembled Fragmentable Part. */
  public static final int MAX_PAYLOAD = Ipv6Fields.MAX_PAYLOAD_LENGTH;

  /**
   * What identifies the fragments of one packet (RFC 8200 §4.5).
   *
   * @param source the Source Address
   * @param destination the Destination Address
   * @param identification the Identification of the Fragment header, 32 bits
   */
  public record Key(Ipv6Address source, Ipv6Address destination, long identification) {
    /**
     * Checks the fields.
     *
     * @param source the Source Address
     * @param destination the Destination Address
     * @param identification the Identification
     * @throws IllegalArgumentException if the identification is not 32 bits
     */
    public Key {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(destination, "destination");
      checkRange(identification, 0xffffffffL, "identification");
    }
  }

  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0).asReadOnlyBuffer();

  private final ReassemblyTable<Key, Ipv6Packet> table;
  private long invalid;

  /**
   * Creates a reassembler with the default limits (60 s, 1024 fragments per datagram, 4 MiB in
   * all) and {@link OverlapPolicy#RFC_5722}.
   *
   * @param nanoClock the clock in nanoseconds, monotonic, such as {@code System::nanoTime}
   */
  public Ipv6Reassembler(LongSupplier nanoClock) {
    this(ReassemblyLimits.defaults(MAX_PAYLOAD).withTimeout(DEFAULT_TIMEOUT),
        OverlapPolicy.RFC_5722, nanoClock);
  }

  /**
   * Creates a reassembler.
   *
   * @param limits the time limit and caps; a datagram length cap above {@value #MAX_PAYLOAD} is
   *     lowered to it
   * @param policy what to do with overlapping fragments
   * @param nanoClock the clock in nanoseconds, monotonic, such as {@code System::nanoTime}
   */
  public Ipv6Reassembler(ReassemblyLimits limits, OverlapPolicy policy, LongSupplier nanoClock) {
    ReassemblyLimits capped = limits.maxDatagramLength() > MAX_PAYLOAD
        ? limits.withMaxDatagramLength(MAX_PAYLOAD)
        : limits;
    this.table = new ReassemblyTable<>(capped, policy, nanoClock);
  }

  /**
   * Takes a received packet: a fragment is held, and the packet returned once this fragment
   * completes it; a packet without a Fragment header is returned as it is.
   *
   * @param packet the received packet, whole
   * @return the reassembled packet, the packet itself if not a fragment, or empty
   * @throws IllegalArgumentException if the packet is truncated
   */
  public Optional<Ipv6Packet> accept(Ipv6Packet packet) {
    List<Ipv6ExtensionHeader> chain = packet.extensionHeaders();
    if (chain.isEmpty() || !(chain.get(chain.size() - 1) instanceof FragmentHeader fragment)) {
      return Optional.of(packet);
    }
    if (packet.isTruncated()) {
      throw new IllegalArgumentException("cannot reassemble a truncated fragment: "
          + (packet.encodedLength() - Ipv6Packet.HEADER_LENGTH) + " of its "
          + packet.declaredPayloadLength() + " payload bytes are present");
    }
    ByteBuffer data = packet.payload();
    if (fragment.isAtomic()) {
      return rebuild(packet, data);
    }
    if (fragment.moreFragments() && data.remaining() % 8 != 0) {
      invalid++; // RFC 8200 §4.5: ICMP Parameter Problem, code 0, for the sender
      return Optional.empty();
    }
    if (fragment.fragmentOffset() == 0 && !carriesWholeHeaders(fragment, data)) {
      invalid++; // RFC 8200 §4.5, RFC 7112 §5: ICMP Parameter Problem, code 3, for the sender
      return Optional.empty();
    }
    Ipv6Packet header = fragment.fragmentOffset() == 0
        ? packet.toBuilder().payload(EMPTY).build()
        : null;
    Key key = new Key(packet.source(), packet.destination(), fragment.identification());
    Optional<ReassemblyTable.Reassembled<Ipv6Packet>> done = table.add(key, header,
        fragment.fragmentOffsetBytes(), data, !fragment.moreFragments());
    if (done.isEmpty()) {
      return Optional.empty();
    }
    return rebuild(done.get().header(), done.get().payload());
  }

  /**
   * Whether a first fragment's data holds the extension headers of the Fragmentable Part whole
   * (RFC 8200 §4.5): the walk is bounded since every header takes at least 8 bytes.
   */
  private static boolean carriesWholeHeaders(FragmentHeader fragment, ByteBuffer data) {
    int type = fragment.nextHeader().value();
    int at = data.position();
    int end = data.limit();
    while (Chain.isExtension(type)) {
      int length = Chain.length(type, data, at, end);
      if (length < 0 || length > end - at) {
        return false;
      }
      if (type == Ipv6Fields.TYPE_ESP || type == Ipv6Fields.TYPE_FRAGMENT) {
        return true; // what follows is opaque, or fragment data of its own
      }
      type = BigEndian.u8(data, at + Ipv6Fields.EXT_NEXT_HEADER);
      at += length;
    }
    return true;
  }

  /** The packet of a first fragment's Unfragmentable Part and a whole Fragmentable Part. */
  private Optional<Ipv6Packet> rebuild(Ipv6Packet first, ByteBuffer fragmentable) {
    List<Ipv6ExtensionHeader> chain = first.extensionHeaders();
    FragmentHeader fragment = (FragmentHeader) chain.get(chain.size() - 1);
    List<Ipv6ExtensionHeader> unfragmentable = chain.subList(0, chain.size() - 1);
    long length = fragmentable.remaining();
    int nextHeaderAt = Ipv6Fields.NEXT_HEADER;
    int at = Ipv6Packet.HEADER_LENGTH;
    for (int i = 0; i < unfragmentable.size(); i++) {
      nextHeaderAt = at + Ipv6Fields.EXT_NEXT_HEADER; // ends as the last header's
      at += unfragmentable.get(i).encodedLength();
      length += unfragmentable.get(i).encodedLength();
    }
    if (length > MAX_PAYLOAD) {
      invalid++;
      return Optional.empty();
    }
    // Encode with No Next Header after the Unfragmentable Part, then write the Fragment
    // header's Next Header in its place and parse the whole: the Fragmentable Part may start
    // with extension headers of its own.
    byte[] bytes = first.toBuilder().extensionHeaders(unfragmentable)
        .protocol(IpProtocol.IPV6_NONXT).payload(fragmentable).build().toByteArray();
    bytes[nextHeaderAt] = (byte) fragment.nextHeader().value();
    try {
      return Optional.of(Ipv6Packet.parse(bytes));
    } catch (MalformedPacketException e) {
      invalid++; // the fragments were well formed, the packet they make is not
      return Optional.empty();
    }
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
   * Returns the number of invalid fragments and datagrams dropped: M set with data not a
   * multiple of 8 bytes, a first fragment that cuts an extension header, a reassembled Payload
   * Length over 65535, or reassembled bytes that do not parse.
   *
   * @return the count
   */
  public long invalidFragments() {
    return invalid;
  }
}
