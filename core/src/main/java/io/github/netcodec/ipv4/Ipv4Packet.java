package io.github.netcodec.ipv4;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.ipv4.Ipv4Fields.FLAG_DF;
import static io.github.netcodec.ipv4.Ipv4Fields.FLAG_MF;
import static io.github.netcodec.ipv4.Ipv4Fields.FLAG_RESERVED;
import static io.github.netcodec.ipv4.Ipv4Fields.FRAGMENT_OFFSET_MASK;
import static io.github.netcodec.ipv4.Ipv4Fields.MAX_IHL;
import static io.github.netcodec.ipv4.Ipv4Fields.MAX_OPTIONS_LENGTH;
import static io.github.netcodec.ipv4.Ipv4Fields.MAX_TOTAL_LENGTH;
import static io.github.netcodec.ipv4.Ipv4Fields.MIN_HEADER_LENGTH;
import static io.github.netcodec.ipv4.Ipv4Fields.MIN_IHL;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.internal.Payloads;
import io.github.netcodec.ip.IpProtocol;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An IPv4 packet (RFC 791): every header field as it is on the wire, the options as typed
 * records, and the payload as a read-only view of the input.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |   DSCP    |ECN|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |R|D|M|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Options                    |    Padding    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>(RFC 791 §3.1, with the type-of-service octet split into DSCP and ECN by RFC 2474 and RFC
 * 3168, and the flags R = reserved, D = don't fragment, M = more fragments.)
 *
 * <p><b>Decoding.</b> {@link #parse(ByteBuffer)} is strict: it rejects a version other than 4,
 * an IHL below 5 or beyond the bytes present, a total length below the header length or beyond
 * the bytes present, and options that overrun the header, with a {@link
 * MalformedPacketException} naming the field and its offset. Bytes after the total length (such
 * as Ethernet padding) are not part of the packet. {@link #parseTruncated(ByteBuffer)} accepts a
 * packet cut short, as captures with a snap length and ICMP error quotations hold it.
 *
 * <pre>{@code
 * Ipv4Packet p = Ipv4Packet.parse(buf);          // buf's position, limit and order unchanged
 * p.source();                                    // 52.96.230.162
 * p.protocol();                                  // TCP (6)
 * p.hasValidHeaderChecksum();                    // true
 * ByteBuffer tcp = p.payload();                  // read-only view, bounded by total length
 * Ipv4Packet natted = p.withSource(Ipv4Address.parse("203.0.113.7")).withTtl(p.ttl() - 1);
 * }</pre>
 *
 * <p><b>Lossless.</b> Every header field is kept as received, including the version, the
 * reserved flag, a wrong checksum, option pointers out of range and the bytes after an End of
 * Option List, so that {@code parse(b).toByteArray()} equals {@code b} for every packet {@code b}
 * without trailing bytes. The IHL is not a component: it is {@code 5 + options bytes / 4}, and
 * the options always fill the header exactly.
 *
 * <p><b>Building.</b> {@link #builder()} fills in the IHL (padding the options with End of
 * Option List), the total length and the checksum. {@link #withTtl(int)}, {@link
 * #withSource(Ipv4Address)}, {@link #withDestination(Ipv4Address)} and {@link #withDscp(int)}
 * adjust the checksum incrementally (RFC 1624), as a router or NAT does, so a packet with a
 * wrong checksum keeps it wrong by the same amount.
 *
 * <p><b>Truncated packets.</b> A record whose {@link #totalLength()} exceeds its header and
 * payload holds a packet cut short: {@link #isTruncated()} says so, and {@link #encode} writes
 * the bytes present. Only {@link #parseTruncated(ByteBuffer)} and the canonical constructor
 * make one; {@link #parse(ByteBuffer)} and the builder never do.
 *
 * @param version the version field, 0..15; 4 for every packet {@link #parse} accepts
 * @param dscp the Differentiated Services Code Point, 0..63 (RFC 2474)
 * @param ecn the Explicit Congestion Notification bits, 0..3 (RFC 3168)
 * @param totalLength the total length field, the header and payload in bytes, 0..65535; at
 *     least {@link #headerLength()} plus the payload's length
 * @param identification the identification field, 0..65535
 * @param reservedFlag the reserved flag bit (must be zero; RFC 3514's "evil bit")
 * @param dontFragment the Don't Fragment (DF) flag
 * @param moreFragments the More Fragments (MF) flag
 * @param fragmentOffset the fragment offset in units of 8 bytes, 0..8191
 * @param ttl the time to live, 0..255
 * @param protocol the protocol of the payload
 * @param headerChecksum the header checksum as on the wire, 0..65535, right or wrong
 * @param source the source address
 * @param destination the destination address
 * @param options the options, in wire order, whose encoded lengths add up to a multiple of 4
 *     and at most 40; an End of Option List can only be last
 * @param payload the data after the header, a read-only buffer compared by content
 */
public record Ipv4Packet(
    int version,
    int dscp,
    int ecn,
    int totalLength,
    int identification,
    boolean reservedFlag,
    boolean dontFragment,
    boolean moreFragments,
    int fragmentOffset,
    int ttl,
    IpProtocol protocol,
    int headerChecksum,
    Ipv4Address source,
    Ipv4Address destination,
    List<Ipv4Option> options,
    ByteBuffer payload)
    implements Encodable {

  private static final String IPV4 = "IPv4";

  /**
   * Checks every field. The payload is kept as a view when it is read-only and copied
   * otherwise, so that the record cannot change behind the caller's back.
   *
   * @param version the version field, 0..15
   * @param dscp the DSCP, 0..63
   * @param ecn the ECN bits, 0..3
   * @param totalLength the total length, 0..65535, at least the header and payload length
   * @param identification the identification, 0..65535
   * @param reservedFlag the reserved flag
   * @param dontFragment the DF flag
   * @param moreFragments the MF flag
   * @param fragmentOffset the fragment offset in 8-byte units, 0..8191
   * @param ttl the time to live, 0..255
   * @param protocol the protocol
   * @param headerChecksum the header checksum, 0..65535
   * @param source the source address
   * @param destination the destination address
   * @param options the options, filling a multiple of 4 bytes up to 40, End of Option List last
   * @param payload the bytes between its position and limit are the payload
   * @throws IllegalArgumentException if a field is out of range or the lengths disagree
   */
  public Ipv4Packet {
    checkRange(version, 15, "version");
    checkRange(dscp, 63, "dscp");
    checkRange(ecn, 3, "ecn");
    checkRange(totalLength, MAX_TOTAL_LENGTH, "totalLength");
    checkRange(identification, 0xffff, "identification");
    checkRange(fragmentOffset, FRAGMENT_OFFSET_MASK, "fragmentOffset");
    checkRange(ttl, 255, "ttl");
    Objects.requireNonNull(protocol, "protocol");
    checkRange(headerChecksum, 0xffff, "headerChecksum");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    options = List.copyOf(options);
    int optionsLength = checkOptions(options);
    payload = Payloads.own(payload);
    int present = MIN_HEADER_LENGTH + optionsLength + payload.remaining();
    if (totalLength < present) {
      throw new IllegalArgumentException("totalLength " + totalLength
          + " is less than the header and payload, " + present + " bytes");
    }
  }

  private static int checkOptions(List<Ipv4Option> options) {
    int length = 0;
    for (int k = 0, n = options.size(); k < n; k++) {
      Ipv4Option option = options.get(k);
      if (option instanceof Ipv4Option.EndOfOptionList && k != n - 1) {
        throw new IllegalArgumentException(
            "options: End of Option List at index " + k + " is not the last option");
      }
      length += option.encodedLength();
    }
    if (length % 4 != 0 || length > MAX_OPTIONS_LENGTH) {
      throw new IllegalArgumentException("options: " + length
          + " bytes are not a multiple of 4 up to 40; pad them with End of Option List");
    }
    return length;
  }

  /**
   * Parses an IPv4 packet from the bytes between the buffer's position and limit, strictly.
   * The payload is a read-only view of the buffer bounded by the total length; bytes after it
   * are ignored. The buffer's position, limit and byte order are not changed.
   *
   * @param buf the buffer, heap or direct, any byte order
   * @return the packet
   * @throws TruncatedPacketException if the header or the total length needs more bytes than
   *     are present (for example {@code IPv4: total length at offset 2 needs 96 bytes, but only
   *     80 are present}); {@link #parseTruncated(ByteBuffer)} accepts such a packet
   * @throws MalformedPacketException if a field is impossible: version not 4, IHL below 5,
   *     total length below the header length, an option overrunning the header
   */
  public static Ipv4Packet parse(ByteBuffer buf) {
    return decode(buf, false);
  }

  /**
   * Parses an IPv4 packet from an array: {@code parse(ByteBuffer.wrap(bytes))}. The payload is
   * a view of the array.
   *
   * @param bytes the packet
   * @return the packet
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does
   */
  public static Ipv4Packet parse(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes), false);
  }

  /**
   * Parses an IPv4 packet that may have been cut short, as a capture with a snap length or the
   * quotation in an ICMP error holds it. The header must be complete and valid; when the total
   * length exceeds the bytes present, the payload is the bytes present and {@link
   * #isTruncated()} is true. A whole packet parses exactly as with {@link #parse(ByteBuffer)}.
   *
   * <pre>{@code
   * Ipv4Packet p = Ipv4Packet.parseTruncated(frame.payload());
   * if (p.isTruncated()) {
   *   // p.totalLength() says 96, p.payload() holds the 60 bytes captured
   * }
   * }</pre>
   *
   * @param buf the buffer, heap or direct, any byte order; not changed
   * @return the packet, possibly truncated
   * @throws MalformedPacketException if the header is incomplete or impossible
   */
  public static Ipv4Packet parseTruncated(ByteBuffer buf) {
    return decode(buf, true);
  }

  private static Ipv4Packet decode(ByteBuffer buf, boolean allowTruncated) {
    int base = buf.position();
    int present = buf.limit() - base;
    if (present < MIN_HEADER_LENGTH) {
      throw new TruncatedPacketException(IPV4, "header", 0, MIN_HEADER_LENGTH, present);
    }
    int w0 = BigEndian.getInt(buf, base);
    int version = w0 >>> 28;
    if (version != 4) {
      throw new MalformedPacketException(IPV4, "version", 0, "is " + version + ", expected 4");
    }
    int ihl = (w0 >>> 24) & 0xf;
    if (ihl < MIN_IHL) {
      throw new MalformedPacketException(IPV4, "IHL", 0,
          "is " + ihl + ", below the minimum " + MIN_IHL);
    }
    int headerLength = ihl * 4;
    if (headerLength > present) {
      throw new TruncatedPacketException(IPV4, "header (IHL " + ihl + ")", 0, headerLength,
          present);
    }
    int totalLength = w0 & 0xffff;
    if (totalLength < headerLength) {
      throw new MalformedPacketException(IPV4, "total length", Ipv4Fields.TOTAL_LENGTH,
          "is " + totalLength + ", below the header length " + headerLength);
    }
    int end = base + totalLength;
    if (totalLength > present) {
      if (!allowTruncated) {
        throw new TruncatedPacketException(IPV4, "total length", Ipv4Fields.TOTAL_LENGTH,
            totalLength, present);
      }
      end = base + present;
    }
    int w1 = BigEndian.getInt(buf, base + Ipv4Fields.IDENTIFICATION);
    int w2 = BigEndian.getInt(buf, base + Ipv4Fields.TTL);
    List<Ipv4Option> options = ihl == MIN_IHL
        ? List.of()
        : Ipv4Options.parse(buf, base, base + MIN_HEADER_LENGTH, base + headerLength);
    ByteBuffer view = buf.isReadOnly() ? buf.duplicate() : buf.asReadOnlyBuffer();
    view.limit(end).position(base + headerLength);
    return new Ipv4Packet(
        version,
        (w0 >>> 18) & 0x3f,
        (w0 >>> 16) & 0x3,
        totalLength,
        w1 >>> 16,
        (w1 & FLAG_RESERVED) != 0,
        (w1 & FLAG_DF) != 0,
        (w1 & FLAG_MF) != 0,
        w1 & FRAGMENT_OFFSET_MASK,
        w2 >>> 24,
        IpProtocol.of((w2 >>> 16) & 0xff),
        w2 & 0xffff,
        Ipv4Address.of(BigEndian.getInt(buf, base + Ipv4Fields.SOURCE)),
        Ipv4Address.of(BigEndian.getInt(buf, base + Ipv4Fields.DESTINATION)),
        options,
        view);
  }

  /**
   * Returns a new builder, with version 4, TTL 64 and everything else zero or empty; source,
   * destination and protocol must be set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this packet's fields, to change some and build a packet with
   * recomputed IHL, total length and checksum.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.version = version;
    b.dscp = dscp;
    b.ecn = ecn;
    b.identification = identification;
    b.reservedFlag = reservedFlag;
    b.dontFragment = dontFragment;
    b.moreFragments = moreFragments;
    b.fragmentOffset = fragmentOffset;
    b.ttl = ttl;
    b.protocol = protocol;
    b.source = source;
    b.destination = destination;
    b.options = options;
    b.payload = payload;
    return b;
  }

  /**
   * Returns the payload: a new read-only buffer over the data after the header, positioned at
   * 0, in big-endian order. For a truncated packet it holds the bytes present.
   *
   * @return a read-only view of the payload
   */
  @Override
  public ByteBuffer payload() {
    return payload.duplicate();
  }

  /**
   * Returns the Internet Header Length in 32-bit words, 5..15, derived from the options.
   *
   * @return the IHL
   */
  public int ihl() {
    return headerLength() / 4;
  }

  /**
   * Returns the header length in bytes, 20..60.
   *
   * @return {@code 4 * ihl()}
   */
  public int headerLength() {
    return options.isEmpty() ? MIN_HEADER_LENGTH : MIN_HEADER_LENGTH + Ipv4Options.length(options);
  }

  /**
   * Returns the length of the payload held, which is the total length minus the header length
   * unless the packet is truncated.
   *
   * @return the payload length in bytes
   */
  public int payloadLength() {
    return payload.remaining();
  }

  /**
   * Returns whether the packet was cut short: its total length exceeds the bytes held.
   *
   * @return {@code true} if bytes are missing
   */
  public boolean isTruncated() {
    return totalLength > headerLength() + payload.remaining();
  }

  /**
   * Returns the fragment offset in bytes: {@code 8 * fragmentOffset()}.
   *
   * @return the offset of this fragment's payload within the original datagram's payload
   */
  public int fragmentOffsetBytes() {
    return fragmentOffset * 8;
  }

  /**
   * Returns whether this packet is a fragment: MF set or a non-zero fragment offset.
   *
   * @return {@code true} for a fragment of a larger datagram
   */
  public boolean isFragment() {
    return moreFragments || fragmentOffset != 0;
  }

  /**
   * Returns the flags as the three high bits of the sixth header octet: reserved 4, DF 2, MF 1.
   *
   * @return the flags, 0..7
   */
  public int flags() {
    return (reservedFlag ? 4 : 0) | (dontFragment ? 2 : 0) | (moreFragments ? 1 : 0);
  }

  private int word0() {
    return version << 12 | ihl() << 8 | dscp << 2 | ecn;
  }

  private int flagsAndOffset() {
    return (reservedFlag ? FLAG_RESERVED : 0) | (dontFragment ? FLAG_DF : 0)
        | (moreFragments ? FLAG_MF : 0) | fragmentOffset;
  }

  /** The one's complement sum of the header with the checksum field as zero, unfolded. */
  private long headerSumWithoutChecksum() {
    int src = source.value();
    int dst = destination.value();
    return (long) word0() + totalLength + identification + flagsAndOffset()
        + (ttl << 8 | protocol.value()) + (src >>> 16) + (src & 0xffff)
        + (dst >>> 16) + (dst & 0xffff) + Ipv4Options.sum(options);
  }

  private static int fold(long s) {
    s = (s >>> 16) + (s & 0xffff);
    s = (s >>> 16) + (s & 0xffff);
    return (int) ((s >>> 16) + (s & 0xffff));
  }

  /**
   * Returns whether the header checksum on the wire is right (RFC 791, RFC 1071): the one's
   * complement sum of the header including the checksum is all ones. Computed from the fields,
   * without reading the input again.
   *
   * @return {@code true} if the header checksum verifies
   */
  public boolean hasValidHeaderChecksum() {
    return fold(headerSumWithoutChecksum() + headerChecksum) == 0xffff;
  }

  /**
   * Returns the header checksum the current fields call for.
   *
   * @return the checksum to put on the wire, 0..65535
   */
  public int computeHeaderChecksum() {
    return InternetChecksum.finish(fold(headerSumWithoutChecksum()));
  }

  /**
   * Returns this packet with the given header checksum, right or wrong; nothing else changes.
   *
   * @param checksum the checksum field, 0..65535
   * @return the packet
   * @throws IllegalArgumentException if the checksum is out of range
   */
  public Ipv4Packet withHeaderChecksum(int checksum) {
    return new Ipv4Packet(version, dscp, ecn, totalLength, identification, reservedFlag,
        dontFragment, moreFragments, fragmentOffset, ttl, protocol, checksum, source,
        destination, options, payload);
  }

  /**
   * Returns this packet with the correct header checksum for its fields.
   *
   * @return the packet, with {@link #hasValidHeaderChecksum()} true
   */
  public Ipv4Packet withComputedHeaderChecksum() {
    return withHeaderChecksum(computeHeaderChecksum());
  }

  /**
   * Returns this packet with another time to live and the checksum adjusted incrementally (RFC
   * 1624 eqn. 3) for the changed word, as a router forwarding the packet does.
   *
   * @param newTtl the time to live, 0..255
   * @return the packet
   * @throws IllegalArgumentException if the TTL is out of range
   */
  public Ipv4Packet withTtl(int newTtl) {
    checkRange(newTtl, 255, "ttl");
    int checksum = InternetChecksum.update16(headerChecksum, ttl << 8 | protocol.value(),
        newTtl << 8 | protocol.value());
    return new Ipv4Packet(version, dscp, ecn, totalLength, identification, reservedFlag,
        dontFragment, moreFragments, fragmentOffset, newTtl, protocol, checksum, source,
        destination, options, payload);
  }

  /**
   * Returns this packet with another source address and the checksum adjusted incrementally
   * (RFC 1624), as a NAT rewriting outgoing packets does.
   *
   * @param newSource the source address
   * @return the packet
   */
  public Ipv4Packet withSource(Ipv4Address newSource) {
    int checksum = InternetChecksum.update32(headerChecksum, source.value(), newSource.value());
    return new Ipv4Packet(version, dscp, ecn, totalLength, identification, reservedFlag,
        dontFragment, moreFragments, fragmentOffset, ttl, protocol, checksum, newSource,
        destination, options, payload);
  }

  /**
   * Returns this packet with another destination address and the checksum adjusted
   * incrementally (RFC 1624), as a NAT rewriting incoming packets does.
   *
   * @param newDestination the destination address
   * @return the packet
   */
  public Ipv4Packet withDestination(Ipv4Address newDestination) {
    int checksum =
        InternetChecksum.update32(headerChecksum, destination.value(), newDestination.value());
    return new Ipv4Packet(version, dscp, ecn, totalLength, identification, reservedFlag,
        dontFragment, moreFragments, fragmentOffset, ttl, protocol, checksum, source,
        newDestination, options, payload);
  }

  /**
   * Returns this packet with another DSCP and the checksum adjusted incrementally (RFC 1624),
   * as a router re-marking traffic does.
   *
   * @param newDscp the DSCP, 0..63
   * @return the packet
   * @throws IllegalArgumentException if the DSCP is out of range
   */
  public Ipv4Packet withDscp(int newDscp) {
    checkRange(newDscp, 63, "dscp");
    int old = word0();
    int updated = (old & ~0xfc) | newDscp << 2;
    int checksum = InternetChecksum.update16(headerChecksum, old, updated);
    return new Ipv4Packet(version, newDscp, ecn, totalLength, identification, reservedFlag,
        dontFragment, moreFragments, fragmentOffset, ttl, protocol, checksum, source,
        destination, options, payload);
  }

  /**
   * Returns the number of bytes {@link #encode} writes: the header and the payload held, which
   * is the total length unless the packet is truncated.
   *
   * @return the encoded length
   */
  @Override
  public int encodedLength() {
    return headerLength() + payload.remaining();
  }

  @Override
  public void encode(ByteBuffer dst) {
    int headerLength = headerLength();
    int length = headerLength + payload.remaining();
    if (dst.isReadOnly()) {
      throw new ReadOnlyBufferException();
    }
    if (dst.remaining() < length) {
      throw new BufferOverflowException();
    }
    int p = dst.position();
    BigEndian.put32(dst, p, word0() << 16 | totalLength);
    BigEndian.put32(dst, p + Ipv4Fields.IDENTIFICATION, identification << 16 | flagsAndOffset());
    BigEndian.put32(dst, p + Ipv4Fields.TTL,
        ttl << 24 | protocol.value() << 16 | headerChecksum);
    BigEndian.put32(dst, p + Ipv4Fields.SOURCE, source.value());
    BigEndian.put32(dst, p + Ipv4Fields.DESTINATION, destination.value());
    if (!options.isEmpty()) {
      dst.position(p + Ipv4Fields.OPTIONS);
      for (Ipv4Option option : options) {
        option.encode(dst);
      }
    }
    dst.put(p + headerLength, payload, 0, payload.remaining());
    dst.position(p + length);
  }

  /**
   * Returns a one-line summary in the style of tcpdump, e.g. {@code IPv4 52.96.230.162 >
   * 192.168.1.149: TCP (6), ttl 242, id 0xdb89, DF, length 96, truncated to 80}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("IPv4 ").append(source).append(" > ").append(destination)
        .append(": ").append(protocol).append(", ttl ").append(ttl)
        .append(", id 0x").append(String.format("%04x", identification));
    if (dscp != 0 || ecn != 0) {
      s.append(", dscp ").append(dscp).append(", ecn ").append(ecn);
    }
    if (reservedFlag) {
      s.append(", reserved flag");
    }
    if (dontFragment) {
      s.append(", DF");
    }
    if (moreFragments) {
      s.append(", MF");
    }
    if (fragmentOffset != 0) {
      s.append(", offset ").append(fragmentOffsetBytes());
    }
    s.append(", length ").append(totalLength);
    if (isTruncated()) {
      s.append(", truncated to ").append(encodedLength());
    }
    if (version != 4) {
      s.append(", version ").append(version);
    }
    if (!hasValidHeaderChecksum()) {
      s.append(", bad checksum 0x").append(String.format("%04x", headerChecksum));
    }
    if (!options.isEmpty()) {
      s.append(", options ").append(options);
    }
    return s.toString();
  }

  /**
   * Builds an {@link Ipv4Packet} with the IHL, total length and header checksum computed.
   *
   * <pre>{@code
   * Ipv4Packet p = Ipv4Packet.builder()
   *     .source(Ipv4Address.parse("192.168.1.149"))
   *     .destination(Ipv4Address.parse("52.96.230.162"))
   *     .protocol(IpProtocol.UDP)
   *     .dontFragment(true)
   *     .options(List.of(Ipv4Option.RouterAlert.EXAMINE))
   *     .payload(udpBytes)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private int version = 4;
    private int dscp;
    private int ecn;
    private int identification;
    private boolean reservedFlag;
    private boolean dontFragment;
    private boolean moreFragments;
    private int fragmentOffset;
    private int ttl = 64;
    private IpProtocol protocol;
    private Ipv4Address source;
    private Ipv4Address destination;
    private List<Ipv4Option> options = List.of();
    private ByteBuffer payload = ByteBuffer.allocate(0).asReadOnlyBuffer();

    private Builder() {}

    /**
     * Sets the version field; 4 unless crafting invalid packets.
     *
     * @param version the version, 0..15
     * @return this builder
     */
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the Differentiated Services Code Point.
     *
     * @param dscp the DSCP, 0..63
     * @return this builder
     */
    public Builder dscp(int dscp) {
      this.dscp = dscp;
      return this;
    }

    /**
     * Sets the ECN bits.
     *
     * @param ecn the ECN field, 0..3
     * @return this builder
     */
    public Builder ecn(int ecn) {
      this.ecn = ecn;
      return this;
    }

    /**
     * Sets the identification.
     *
     * @param identification the identification, 0..65535
     * @return this builder
     */
    public Builder identification(int identification) {
      this.identification = identification;
      return this;
    }

    /**
     * Sets the reserved flag.
     *
     * @param reservedFlag the reserved bit
     * @return this builder
     */
    public Builder reservedFlag(boolean reservedFlag) {
      this.reservedFlag = reservedFlag;
      return this;
    }

    /**
     * Sets the Don't Fragment flag.
     *
     * @param dontFragment the DF bit
     * @return this builder
     */
    public Builder dontFragment(boolean dontFragment) {
      this.dontFragment = dontFragment;
      return this;
    }

    /**
     * Sets the More Fragments flag.
     *
     * @param moreFragments the MF bit
     * @return this builder
     */
    public Builder moreFragments(boolean moreFragments) {
      this.moreFragments = moreFragments;
      return this;
    }

    /**
     * Sets the fragment offset in units of 8 bytes.
     *
     * @param fragmentOffset the offset, 0..8191
     * @return this builder
     */
    public Builder fragmentOffset(int fragmentOffset) {
      this.fragmentOffset = fragmentOffset;
      return this;
    }

    /**
     * Sets the time to live; 64 by default.
     *
     * @param ttl the TTL, 0..255
     * @return this builder
     */
    public Builder ttl(int ttl) {
      this.ttl = ttl;
      return this;
    }

    /**
     * Sets the protocol of the payload.
     *
     * @param protocol the protocol
     * @return this builder
     */
    public Builder protocol(IpProtocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /**
     * Sets the source address.
     *
     * @param source the address
     * @return this builder
     */
    public Builder source(Ipv4Address source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the destination address.
     *
     * @param destination the address
     * @return this builder
     */
    public Builder destination(Ipv4Address destination) {
      this.destination = Objects.requireNonNull(destination, "destination");
      return this;
    }

    /**
     * Sets the options. {@link #build()} appends End of Option List and zero padding to reach
     * a multiple of 4 bytes, or extends the padding of a final End of Option List.
     *
     * @param options the options in wire order, at most 40 bytes once padded
     * @return this builder
     */
    public Builder options(List<Ipv4Option> options) {
      this.options = List.copyOf(options);
      return this;
    }

    /**
     * Sets the payload: the bytes between the buffer's position and limit. A read-only buffer
     * is viewed, a writable one copied when the packet is built.
     *
     * @param payload the payload
     * @return this builder
     */
    public Builder payload(ByteBuffer payload) {
      this.payload = Objects.requireNonNull(payload, "payload");
      return this;
    }

    /**
     * Sets the payload to a copy of an array.
     *
     * @param payload the payload bytes
     * @return this builder
     */
    public Builder payload(byte[] payload) {
      this.payload = ByteBuffer.wrap(payload.clone()).asReadOnlyBuffer();
      return this;
    }

    /**
     * Builds the packet with IHL, total length and header checksum computed.
     *
     * @return the packet
     * @throws IllegalStateException if the source, destination or protocol is not set
     * @throws IllegalArgumentException if a field is out of range, the options exceed 40 bytes
     *     or the packet exceeds 65535 bytes
     */
    public Ipv4Packet build() {
      if (source == null || destination == null || protocol == null) {
        throw new IllegalStateException((source == null ? "source" : destination == null
            ? "destination" : "protocol") + " is not set");
      }
      List<Ipv4Option> padded = pad(options);
      int totalLength = MIN_HEADER_LENGTH + Ipv4Options.length(padded) + payload.remaining();
      if (totalLength > MAX_TOTAL_LENGTH) {
        throw new IllegalArgumentException("packet of " + totalLength
            + " bytes exceeds the total length limit 65535");
      }
      return new Ipv4Packet(version, dscp, ecn, totalLength, identification, reservedFlag,
          dontFragment, moreFragments, fragmentOffset, ttl, protocol, 0, source, destination,
          padded, payload).withComputedHeaderChecksum();
    }

    private static List<Ipv4Option> pad(List<Ipv4Option> options) {
      int length = Ipv4Options.length(options);
      if (length > MAX_OPTIONS_LENGTH) {
        throw new IllegalArgumentException("options of " + length
            + " bytes exceed the 40 bytes an IHL of " + MAX_IHL + " allows");
      }
      if (length % 4 == 0) {
        return options;
      }
      int missing = 4 - length % 4;
      List<Ipv4Option> padded = new ArrayList<>(options);
      int last = padded.size() - 1;
      if (padded.get(last) instanceof Ipv4Option.EndOfOptionList eol) {
        byte[] padding = new byte[eol.padding().size() + missing];
        eol.padding().asReadOnlyBuffer().get(padding, 0, eol.padding().size());
        padded.set(last, new Ipv4Option.EndOfOptionList(ByteString.copyOf(padding)));
      } else {
        padded.add(Ipv4Option.EndOfOptionList.withZeroPadding(missing - 1));
      }
      return padded;
    }
  }
}
