package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.internal.Payloads;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.PseudoHeader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv6 packet (RFC 8200): the fixed header, the extension header chain as typed records, and
 * the payload that follows the chain as a read-only view of the parsed bytes.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version| Traffic Class |           Flow Label                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Payload Length        |  Next Header  |   Hop Limit   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                                                               +
 * |                                                               |
 * +                         Source Address                        +
 * |                                                               |
 * +                                                               +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                                                               +
 * |                                                               |
 * +                      Destination Address                      +
 * |                                                               |
 * +                                                               +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>The parser follows Next Header through every extension header type (RFC 8200 §4, see
 * {@link Ipv6ExtensionHeader}) and stops at the first other value, the upper-layer protocol,
 * at No Next Header (59), after a {@link FragmentHeader} (what follows is fragment data) and
 * after an {@link EspHeader} (what follows is opaque). What is left of the packet is {@link
 * #payload()}, and {@link #upperLayerProtocol()} says what it is:
 *
 * <pre>{@code
 * Ipv6Packet p = Ipv6Packet.parse(buf);
 * if (p.upperLayerProtocol().equals(IpProtocol.UDP)) {
 *   UdpDatagram.parse(p.payload());
 * }
 * Ipv6Packet q = Ipv6Packet.builder()
 *     .source(Ipv6Address.parse("2001:db8::1")).destination(Ipv6Address.parse("2001:db8::2"))
 *     .extensionHeaders(List.of(HopByHopOptions.padded(IpProtocol.UDP,
 *         List.of(new Ipv6Option.RouterAlert(0)))))
 *     .protocol(IpProtocol.UDP).payload(udpBytes)
 *     .build();                      // Next Header fields and Payload Length filled in
 * }</pre>
 *
 * <p>The record keeps every field as it is on the wire, so that {@code parse(b).toByteArray()}
 * equals {@code b}. Its compact constructor checks that the fields agree with each other: the
 * Next Header fields name the headers that follow, and the payload length covers the chain and
 * the payload (exactly, or more for a packet {@linkplain #parseTruncated(ByteBuffer) cut short
 * by a capture}). Bytes after the payload length (link-layer padding) are not part of the
 * packet.
 *
 * <p>Once {@code parse} returns, no accessor throws.
 *
 * @param version the Version field, always 6
 * @param trafficClass the Traffic Class, 8 bits: DSCP and ECN
 * @param flowLabel the Flow Label, 20 bits
 * @param payloadLength the Payload Length field: bytes after the fixed header, or 0 for a
 *     jumbogram (RFC 2675)
 * @param nextHeader the Next Header field: the first extension header, or the upper layer
 * @param hopLimit the Hop Limit, 8 bits
 * @param source the Source Address
 * @param destination the Destination Address
 * @param extensionHeaders the extension header chain, in wire order
 * @param payload what follows the chain, up to the end of the packet: the upper-layer data,
 *     fragment data after a Fragment header, or the opaque rest after ESP
 */
public record Ipv6Packet(int version, int trafficClass, int flowLabel, int payloadLength,
    IpProtocol nextHeader, int hopLimit, Ipv6Address source, Ipv6Address destination,
    List<Ipv6ExtensionHeader> extensionHeaders, ByteBuffer payload) implements Encodable {

  /** Bytes in the fixed header (RFC 8200 §3). */
  public static final int HEADER_LENGTH = Ipv6Fields.HEADER_LENGTH;

  /** The minimum link MTU every IPv6 link supports (RFC 8200 §5). */
  public static final int MINIMUM_MTU = 1280;

  private static final String IPV6 = "IPv6";

  /**
   * Checks each field and that the fields agree.
   *
   * @param version the Version field
   * @param trafficClass the Traffic Class
   * @param flowLabel the Flow Label
   * @param payloadLength the Payload Length field
   * @param nextHeader the Next Header field
   * @param hopLimit the Hop Limit
   * @param source the Source Address
   * @param destination the Destination Address
   * @param extensionHeaders the extension header chain
   * @param payload the payload, its bytes between position and limit: a read-only buffer is
   *     viewed (the caller's later moves of its position and limit do not affect the packet), a
   *     writable one copied
   * @throws IllegalArgumentException if a field is out of range, a Next Header field does not
   *     name the header after it, a header follows a Fragment or ESP header, the chain ends with
   *     an extension header type that belongs in the chain, or the payload length is less than
   *     the chain and payload (or, for a whole packet, differs from it)
   */
  public Ipv6Packet {
    Objects.requireNonNull(nextHeader, "nextHeader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(payload, "payload");
    if (version != Ipv6Fields.VERSION) {
      throw new IllegalArgumentException("version " + version + " is not 6");
    }
    checkRange(trafficClass, 0xff, "trafficClass");
    checkRange(flowLabel, Ipv6Fields.MAX_FLOW_LABEL, "flowLabel");
    checkRange(payloadLength, Ipv6Fields.MAX_PAYLOAD_LENGTH, "payloadLength");
    checkRange(hopLimit, 0xff, "hopLimit");
    extensionHeaders = List.copyOf(extensionHeaders);
    payload = Payloads.own(payload);
    int count = extensionHeaders.size();
    if (count > Ipv6Fields.MAX_EXTENSION_HEADERS) {
      throw new IllegalArgumentException("extensionHeaders has " + count
          + " headers, more than the " + Ipv6Fields.MAX_EXTENSION_HEADERS + " the parser follows");
    }
    int expected = nextHeader.value();
    boolean open = true;
    long content = payload.remaining();
    for (int i = 0; i < count; i++) {
      Ipv6ExtensionHeader header = extensionHeaders.get(i);
      if (!open) {
        throw new IllegalArgumentException("extensionHeaders[" + i + "] follows a "
            + Chain.name(extensionHeaders.get(i - 1).type().value())
            + ", after which the parser reads no more headers");
      }
      if (header.type().value() != expected) {
        throw new IllegalArgumentException("extensionHeaders[" + i + "] is a "
            + Chain.name(header.type().value()) + " (" + header.type().value() + "), but "
            + (i == 0 ? "nextHeader" : "the Next Header of extensionHeaders[" + (i - 1) + "]")
            + " is " + IpProtocol.of(expected));
      }
      content += header.encodedLength();
      if (Chain.endsChain(header)) {
        open = false;
      } else {
        expected = Chain.nextOf(header);
      }
    }
    if (content > Integer.MAX_VALUE - Ipv6Fields.HEADER_LENGTH) {
      throw new IllegalArgumentException("extensionHeaders and payload take " + content
          + " bytes, more than a buffer holds");
    }
    long declared = declaredLength(payloadLength, extensionHeaders);
    if (content > declared) {
      throw new IllegalArgumentException("payloadLength " + payloadLength
          + (payloadLength == 0 && declared > 0 ? " (Jumbo Payload " + declared + ")" : "")
          + " is less than the " + content + " bytes of extension headers and payload");
    }
    if (open && Chain.isExtension(expected)) {
      int length = Chain.length(expected, payload, 0, payload.limit());
      if (content == declared || (length >= 0 && length <= payload.limit())) {
        throw new IllegalArgumentException("the chain ends with Next Header "
            + IpProtocol.of(expected) + ", an extension header the parser would read from the"
            + " payload; put it in extensionHeaders");
      }
    }
  }

  /** The length the header declares: Payload Length, or the Jumbo Payload option's if 0. */
  private static long declaredLength(int payloadLength, List<Ipv6ExtensionHeader> chain) {
    if (payloadLength != 0 || chain.isEmpty()
        || !(chain.get(0) instanceof HopByHopOptions hopByHop)) {
      return payloadLength;
    }
    for (Ipv6Option option : hopByHop.options()) {
      if (option instanceof Ipv6Option.JumboPayload jumbo) {
        return jumbo.payloadLength();
      }
    }
    return 0;
  }

  /**
   * Parses a whole packet from the buffer's position to its limit, without changing the buffer's
   * position, limit or byte order. Bytes after the payload length, such as link-layer padding,
   * are ignored. The payload is a read-only view of the buffer, not a copy.
   *
   * @param buf the buffer
   * @return the packet
   * @throws MalformedPacketException if there are fewer than 40 bytes or the payload length (or
   *     Jumbo Payload length) is more than the bytes present (both {@link
   *     TruncatedPacketException}), the version is not 6, or an extension header overruns the
   *     packet or is malformed; the offset is relative to the buffer's position
   */
  public static Ipv6Packet parse(ByteBuffer buf) {
    return decode(buf, false);
  }

  /**
   * Parses a whole packet from an array.
   *
   * @param bytes the packet
   * @return the packet
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does
   */
  public static Ipv6Packet parse(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes), false);
  }

  /**
   * Parses a packet that may have been cut short, as a capture with a small snap length cuts
   * packets: the fixed header must be whole, but the payload length may promise more bytes than
   * are present. The packet then holds the extension headers that are whole and, as payload, the
   * bytes present after them (which may start with a cut extension header); {@link
   * #isTruncated()} says whether it was cut. A packet that is whole parses as {@link
   * #parse(ByteBuffer)} parses it, and a packet that is malformed within the bytes present is
   * rejected as {@code parse} rejects it.
   *
   * @param buf the buffer; position, limit and byte order are not changed
   * @return the packet, possibly truncated
   * @throws MalformedPacketException if the fixed header is cut ({@link
   *     TruncatedPacketException}), the version is not 6, or the bytes present are malformed
   */
  public static Ipv6Packet parseTruncated(ByteBuffer buf) {
    return decode(buf, true);
  }

  /**
   * Parses a packet that may have been cut short from an array.
   *
   * @param bytes the bytes captured
   * @return the packet, possibly truncated
   * @throws MalformedPacketException as {@link #parseTruncated(ByteBuffer)} does
   */
  public static Ipv6Packet parseTruncated(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes), true);
  }

  private static Ipv6Packet decode(ByteBuffer buf, boolean lenient) {
    final int base = buf.position();
    final int limit = buf.limit();
    final int present = limit - base - Ipv6Fields.HEADER_LENGTH;
    if (present < 0) {
      throw new TruncatedPacketException(IPV6, "header", 0, Ipv6Fields.HEADER_LENGTH,
          limit - base);
    }
    int word = (int) BigEndian.u32(buf, base + Ipv6Fields.VERSION_CLASS_FLOW);
    int version = word >>> 28;
    if (version != Ipv6Fields.VERSION) {
      throw new MalformedPacketException(IPV6, "version", 0, "is " + version + ", expected 6");
    }
    int payloadLength = BigEndian.u16(buf, base + Ipv6Fields.PAYLOAD_LENGTH);
    int next = BigEndian.u8(buf, base + Ipv6Fields.NEXT_HEADER);
    int at = base + Ipv6Fields.HEADER_LENGTH;
    long declared = payloadLength;
    Ipv6ExtensionHeader first = null;
    if (payloadLength == 0 && next == Ipv6Fields.TYPE_HOP_BY_HOP) {
      // Maybe a jumbogram (RFC 2675): the length is in the Hop-by-Hop header, read first.
      int length = Chain.length(Ipv6Fields.TYPE_HOP_BY_HOP, buf, at, limit);
      if (length >= 0 && length <= present) {
        first = HopByHopOptions.decode(buf, at, length, base);
        declared = declaredLength(0, List.of(first));
        if (declared > 0 && declared < length) {
          throw new MalformedPacketException(IPV6, "Jumbo Payload length",
              jumboOffset((HopByHopOptions) first, at) - base, "is " + declared
                  + ", less than the " + length + "-byte Hop-by-Hop Options header");
        }
      }
    }
    if (declared > present && !lenient) {
      // As IPv4 reports its total length: more bytes may make the packet whole.
      if (payloadLength != 0) {
        throw new TruncatedPacketException(IPV6, "payload length", Ipv6Fields.PAYLOAD_LENGTH,
            payloadLength, present);
      }
      int offset = jumboOffset((HopByHopOptions) first, at) - base;
      if (declared <= Integer.MAX_VALUE) {
        throw new TruncatedPacketException(IPV6, "Jumbo Payload length", offset, (int) declared,
            present);
      }
      throw new MalformedPacketException(IPV6, "Jumbo Payload length", offset,
          "is " + declared + ", more than a buffer can hold");
    }
    final int end = at + (int) Math.min(declared, present);
    final boolean truncated = declared > present;

    List<Ipv6ExtensionHeader> chain = List.of();
    Ipv6ExtensionHeader only = null;
    ArrayList<Ipv6ExtensionHeader> many = null;
    int type = next;
    int count = 0;
    while (Chain.isExtension(type)) {
      if (count == Ipv6Fields.MAX_EXTENSION_HEADERS) {
        throw new MalformedPacketException(IPV6, "extension header chain", at - base,
            "goes on past " + Ipv6Fields.MAX_EXTENSION_HEADERS + " headers, the most this"
                + " parser follows");
      }
      int length = Chain.length(type, buf, at, end);
      if (length < 0 || length > end - at) {
        if (truncated) {
          break; // cut short by the capture: the rest is payload
        }
        throw new MalformedPacketException(IPV6, Chain.name(type), at - base,
            "needs " + (length < 0 ? Ipv6Fields.EXT_UNIT : length) + " bytes, but the payload"
                + " length leaves only " + (end - at));
      }
      Ipv6ExtensionHeader header =
          count == 0 && first != null ? first : Chain.decode(type, buf, at, length, base);
      if (only == null) {
        only = header;
      } else {
        if (many == null) {
          many = new ArrayList<>(4);
          many.add(only);
        }
        many.add(header);
      }
      count++;
      at += length;
      if (Chain.endsChain(header)) {
        break;
      }
      type = Chain.nextOf(header);
    }
    if (many != null) {
      chain = many;
    } else if (only != null) {
      chain = List.of(only);
    }
    return new Ipv6Packet(version, (word >>> 20) & 0xff, word & Ipv6Fields.MAX_FLOW_LABEL,
        payloadLength, IpProtocol.of(next), BigEndian.u8(buf, base + Ipv6Fields.HOP_LIMIT),
        Ipv6Address.read(buf, base + Ipv6Fields.SOURCE),
        Ipv6Address.read(buf, base + Ipv6Fields.DESTINATION), chain,
        Wire.readOnlySlice(buf, at, end - at));
  }

  private static int jumboOffset(HopByHopOptions hopByHop, int at) {
    int i = at + Ipv6Fields.OPTIONS_START;
    for (Ipv6Option option : hopByHop.options()) {
      if (option instanceof Ipv6Option.JumboPayload) {
        return i + 2;
      }
      i += option.encodedLength();
    }
    return at;
  }

  /**
   * Returns a read-only view of the payload: what follows the extension header chain up to the
   * end of the packet. Each call returns a new view positioned at 0.
   *
   * @return the payload
   */
  @Override
  public ByteBuffer payload() {
    return payload.duplicate();
  }

  /**
   * Returns the Differentiated Services Code Point: the high 6 bits of the Traffic Class (RFC
   * 2474).
   *
   * @return the DSCP, 0..63
   */
  public int dscp() {
    return trafficClass >>> 2;
  }

  /**
   * Returns the Explicit Congestion Notification bits: the low 2 bits of the Traffic Class (RFC
   * 3168).
   *
   * @return the ECN codepoint, 0..3
   */
  public int ecn() {
    return trafficClass & 3;
  }

  /**
   * Returns what the payload is: the Next Header value at the end of the chain. That is the
   * upper-layer protocol (TCP, UDP, ICMPv6, ...), {@link IpProtocol#IPV6_NONXT} when nothing
   * follows, {@link IpProtocol#ESP} after an {@link EspHeader}, and after a {@link
   * FragmentHeader} the first header of the fragmented part (of which the payload is a piece).
   * For a {@linkplain #isTruncated() truncated} packet it may be an extension header type whose
   * header was cut.
   *
   * @return the protocol of the payload
   */
  public IpProtocol upperLayerProtocol() {
    int count = extensionHeaders.size();
    if (count == 0) {
      return nextHeader;
    }
    int next = Chain.nextOf(extensionHeaders.get(count - 1));
    return next < 0 ? IpProtocol.ESP : IpProtocol.of(next);
  }

  /**
   * Returns whether the chain ends with No Next Header (59, RFC 8200 §4.7): nothing follows, and
   * any payload bytes are to be ignored (and passed on unchanged if the packet is forwarded).
   *
   * @return {@code true} if the upper-layer protocol is No Next Header
   */
  public boolean hasNoNextHeader() {
    return upperLayerProtocol().equals(IpProtocol.IPV6_NONXT);
  }

  /**
   * Returns the payload length the header declares: the Payload Length field, or for a jumbogram
   * (Payload Length 0 and a Jumbo Payload option in the Hop-by-Hop header, RFC 2675) the Jumbo
   * Payload Length.
   *
   * @return the declared length of everything after the fixed header
   */
  public long declaredPayloadLength() {
    return declaredLength(payloadLength, extensionHeaders);
  }

  /**
   * Returns whether the packet was cut short: fewer bytes follow the fixed header than its
   * payload length declares. Only {@link #parseTruncated(ByteBuffer)} returns such packets.
   *
   * @return {@code true} if the packet is truncated
   */
  public boolean isTruncated() {
    return encodedLength() - Ipv6Fields.HEADER_LENGTH < declaredPayloadLength();
  }

  /**
   * Returns whether the packet is a jumbogram: Payload Length 0 and a Jumbo Payload option in a
   * leading Hop-by-Hop header (RFC 2675).
   *
   * @return {@code true} for a jumbogram
   */
  public boolean isJumbogram() {
    return payloadLength == 0 && declaredPayloadLength() != 0;
  }

  /**
   * Returns the first extension header of a kind.
   *
   * <pre>{@code
   * packet.extensionHeader(FragmentHeader.class).ifPresent(f -> ...);
   * }</pre>
   *
   * @param <H> the kind of header
   * @param kind the record or interface of the header, e.g. {@code RoutingHeader.class}
   * @return the first header of that kind, if any
   */
  public <H extends Ipv6ExtensionHeader> Optional<H> extensionHeader(Class<H> kind) {
    for (Ipv6ExtensionHeader header : extensionHeaders) {
      if (kind.isInstance(header)) {
        return Optional.of(kind.cast(header));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether the packet is a fragment: it has a Fragment header that is not atomic (RFC
   * 6946), so that it must be reassembled before its upper layer can be read.
   *
   * @return {@code true} for a fragment
   */
  public boolean isFragment() {
    int count = extensionHeaders.size();
    return count > 0 && extensionHeaders.get(count - 1) instanceof FragmentHeader fragment
        && !fragment.isAtomic();
  }

  /**
   * Returns the destination an upper layer's pseudo-header uses (RFC 8200 §8.1): the final
   * destination named by a Routing header while segments are left, otherwise the Destination
   * Address.
   *
   * @return the final destination
   */
  public Ipv6Address finalDestination() {
    for (int i = 0, n = extensionHeaders.size(); i < n; i++) {
      if (extensionHeaders.get(i) instanceof RoutingHeader routing) {
        return routing.finalDestination(destination);
      }
    }
    return destination;
  }

  /**
   * Returns the Internet checksum sum of the upper-layer pseudo-header of RFC 8200 §8.1: source,
   * {@linkplain #finalDestination() final destination}, upper-layer packet length and next
   * header. Add the upper-layer bytes to it with {@link InternetChecksum#combine(int, long,
   * int)} (the pseudo-header is 40 bytes, an even length) and {@link
   * InternetChecksum#finish(int)} it.
   *
   * <pre>{@code
   * int sum = packet.pseudoHeaderSum(IpProtocol.UDP, udp.remaining());
   * sum = InternetChecksum.combine(sum, 40, InternetChecksum.sum(udp));
   * int checksum = InternetChecksum.finish(sum);   // over udp with its checksum field zeroed
   * }</pre>
   *
   * @param protocol the upper-layer protocol, e.g. {@link IpProtocol#UDP}
   * @param upperLayerLength the upper-layer packet length: its header and data
   * @return the sum, in {@code 0..0xffff}
   * @throws IllegalArgumentException if the length is negative or more than 32 bits
   */
  public int pseudoHeaderSum(IpProtocol protocol, long upperLayerLength) {
    return PseudoHeader.sum(source, finalDestination(), protocol, upperLayerLength);
  }

  /**
   * Returns the packet with another Hop Limit, as a router forwarding it would write.
   *
   * @param hopLimit the new Hop Limit, 0..255
   * @return the packet
   * @throws IllegalArgumentException if the Hop Limit is out of range
   */
  public Ipv6Packet withHopLimit(int hopLimit) {
    return new Ipv6Packet(version, trafficClass, flowLabel, payloadLength, nextHeader, hopLimit,
        source, destination, extensionHeaders, payload);
  }

  /**
   * Returns the packet with another Traffic Class.
   *
   * @param trafficClass the new Traffic Class, 0..255
   * @return the packet
   * @throws IllegalArgumentException if the Traffic Class is out of range
   */
  public Ipv6Packet withTrafficClass(int trafficClass) {
    return new Ipv6Packet(version, trafficClass, flowLabel, payloadLength, nextHeader, hopLimit,
        source, destination, extensionHeaders, payload);
  }

  /**
   * Returns the packet with another Flow Label.
   *
   * @param flowLabel the new Flow Label, 20 bits
   * @return the packet
   * @throws IllegalArgumentException if the Flow Label is out of range
   */
  public Ipv6Packet withFlowLabel(int flowLabel) {
    return new Ipv6Packet(version, trafficClass, flowLabel, payloadLength, nextHeader, hopLimit,
        source, destination, extensionHeaders, payload);
  }

  /**
   * Returns the packet with other addresses.
   *
   * @param source the new Source Address
   * @param destination the new Destination Address
   * @return the packet
   */
  public Ipv6Packet withAddresses(Ipv6Address source, Ipv6Address destination) {
    return new Ipv6Packet(version, trafficClass, flowLabel, payloadLength, nextHeader, hopLimit,
        source, destination, extensionHeaders, payload);
  }

  /**
   * Returns the packet with another payload of the same upper-layer protocol, the payload length
   * recomputed.
   *
   * @param payload the new payload, its bytes between position and limit
   * @return the packet, whole
   * @throws IllegalArgumentException if the packet would be larger than 65535 bytes after the
   *     fixed header and has no Jumbo Payload option
   */
  public Ipv6Packet withPayload(ByteBuffer payload) {
    return toBuilder().payload(payload).build();
  }

  /**
   * Returns a builder that starts with hop limit 64, no extension headers, protocol No Next
   * Header and an empty payload.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts with this packet's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().trafficClass(trafficClass).flowLabel(flowLabel).hopLimit(hopLimit)
        .source(source).destination(destination).extensionHeaders(extensionHeaders)
        .protocol(upperLayerProtocol()).payload(payload);
  }

  @Override
  public int encodedLength() {
    int length = Ipv6Fields.HEADER_LENGTH + payload.remaining();
    for (int i = 0, count = extensionHeaders.size(); i < count; i++) {
      length += extensionHeaders.get(i).encodedLength();
    }
    return length;
  }

  @Override
  public void encode(ByteBuffer dst) {
    int length = encodedLength();
    int p = Wire.reserve(dst, length);
    BigEndian.put32(dst, p + Ipv6Fields.VERSION_CLASS_FLOW,
        (long) version << 28 | (long) trafficClass << 20 | flowLabel);
    BigEndian.put16(dst, p + Ipv6Fields.PAYLOAD_LENGTH, payloadLength);
    BigEndian.put8(dst, p + Ipv6Fields.NEXT_HEADER, nextHeader.value());
    BigEndian.put8(dst, p + Ipv6Fields.HOP_LIMIT, hopLimit);
    source.write(dst, p + Ipv6Fields.SOURCE);
    destination.write(dst, p + Ipv6Fields.DESTINATION);
    dst.position(p + Ipv6Fields.HEADER_LENGTH);
    for (int i = 0, count = extensionHeaders.size(); i < count; i++) {
      extensionHeaders.get(i).encode(dst);
    }
    int at = dst.position();
    dst.put(at, payload, 0, payload.limit());
    dst.position(at + payload.limit());
  }

  /**
   * Returns a one-line summary, e.g. {@code IPv6 2001:db8::1 > 2001:db8::2 hlim 64 [Fragment]
   * UDP (17) payload 1232 bytes}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("IPv6 ").append(source).append(" > ").append(destination)
        .append(" tc ").append(trafficClass).append(" flow ").append(flowLabel)
        .append(" hlim ").append(hopLimit).append(" plen ").append(payloadLength);
    for (Ipv6ExtensionHeader header : extensionHeaders) {
      s.append(" [").append(header).append(']');
    }
    s.append(' ').append(upperLayerProtocol()).append(" payload ").append(payload.limit())
        .append(" bytes");
    if (isTruncated()) {
      s.append(" (truncated, ").append(declaredPayloadLength()).append(" declared)");
    }
    return s.toString();
  }

  /**
   * Builds an {@link Ipv6Packet}, filling in the derived fields: each Next Header field from the
   * header that follows (the last from {@link #protocol(IpProtocol)}) and the Payload Length
   * (for more than 65535 bytes, Payload Length 0 and the Jumbo Payload option of a leading
   * Hop-by-Hop header).
   */
  public static final class Builder {
    private int trafficClass;
    private int flowLabel;
    private int hopLimit = 64;
    private Ipv6Address source = Ipv6Address.ANY;
    private Ipv6Address destination = Ipv6Address.ANY;
    private List<Ipv6ExtensionHeader> extensionHeaders = List.of();
    private IpProtocol protocol = IpProtocol.IPV6_NONXT;
    private ByteBuffer payload = ByteBuffer.allocate(0);

    private Builder() {}

    /**
     * Sets the Traffic Class.
     *
     * @param trafficClass the Traffic Class, 0..255
     * @return this builder
     */
    public Builder trafficClass(int trafficClass) {
      this.trafficClass = trafficClass;
      return this;
    }

    /**
     * Sets the Traffic Class from DSCP and ECN.
     *
     * @param dscp the DSCP, 0..63
     * @param ecn the ECN bits, 0..3
     * @return this builder
     * @throws IllegalArgumentException if a value is out of range
     */
    public Builder dscpEcn(int dscp, int ecn) {
      checkRange(dscp, 63, "dscp");
      checkRange(ecn, 3, "ecn");
      this.trafficClass = dscp << 2 | ecn;
      return this;
    }

    /**
     * Sets the Flow Label.
     *
     * @param flowLabel the Flow Label, 20 bits
     * @return this builder
     */
    public Builder flowLabel(int flowLabel) {
      this.flowLabel = flowLabel;
      return this;
    }

    /**
     * Sets the Hop Limit (64 unless set).
     *
     * @param hopLimit the Hop Limit, 0..255
     * @return this builder
     */
    public Builder hopLimit(int hopLimit) {
      this.hopLimit = hopLimit;
      return this;
    }

    /**
     * Sets the Source Address ({@code ::} unless set).
     *
     * @param source the Source Address
     * @return this builder
     */
    public Builder source(Ipv6Address source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the Destination Address ({@code ::} unless set).
     *
     * @param destination the Destination Address
     * @return this builder
     */
    public Builder destination(Ipv6Address destination) {
      this.destination = Objects.requireNonNull(destination, "destination");
      return this;
    }

    /**
     * Sets the extension headers; their Next Header fields are rewritten to link the chain.
     *
     * @param extensionHeaders the headers in wire order
     * @return this builder
     */
    public Builder extensionHeaders(List<? extends Ipv6ExtensionHeader> extensionHeaders) {
      this.extensionHeaders = List.copyOf(extensionHeaders);
      return this;
    }

    /**
     * Sets the protocol of the payload: the Next Header value at the end of the chain (No Next
     * Header unless set). Ignored after an ESP header, whose Next Header is encrypted.
     *
     * @param protocol the upper-layer protocol
     * @return this builder
     */
    public Builder protocol(IpProtocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /**
     * Sets the payload to the bytes between the buffer's position and limit; the packet views them
     * if the buffer is read-only and copies them if it is writable.
     *
     * @param payload the payload
     * @return this builder
     */
    public Builder payload(ByteBuffer payload) {
      this.payload = Objects.requireNonNull(payload, "payload").slice();
      return this;
    }

    /**
     * Sets the payload to a copy of an array.
     *
     * @param payload the payload
     * @return this builder
     */
    public Builder payload(byte[] payload) {
      this.payload = ByteBuffer.wrap(payload.clone());
      return this;
    }

    /**
     * Sets the payload to the encoding of a value, such as an upper-layer datagram.
     *
     * @param payload the value to encode as payload
     * @return this builder
     */
    public Builder payload(Encodable payload) {
      this.payload = ByteBuffer.wrap(payload.toByteArray());
      return this;
    }

    /**
     * Builds the packet.
     *
     * @return the packet
     * @throws IllegalArgumentException if a field is out of range, a header follows a Fragment or
     *     ESP header, or the packet has more than 65535 bytes after the fixed header and no
     *     leading Hop-by-Hop header with a Jumbo Payload option
     */
    public Ipv6Packet build() {
      int count = extensionHeaders.size();
      Ipv6ExtensionHeader[] chain = extensionHeaders.toArray(new Ipv6ExtensionHeader[0]);
      IpProtocol next = protocol;
      for (int i = count - 1; i >= 0; i--) {
        chain[i] = Chain.withNext(chain[i], next);
        next = chain[i].type();
      }
      long content = payload.remaining();
      for (Ipv6ExtensionHeader header : chain) {
        content += header.encodedLength();
      }
      int payloadLength;
      if (content <= Ipv6Fields.MAX_PAYLOAD_LENGTH) {
        payloadLength = (int) content;
      } else if (count > 0 && chain[0] instanceof HopByHopOptions hopByHop
          && hopByHop.options().stream().anyMatch(o -> o instanceof Ipv6Option.JumboPayload)) {
        payloadLength = 0;
        List<Ipv6Option> options = new ArrayList<>(hopByHop.options());
        for (int i = 0; i < options.size(); i++) {
          if (options.get(i) instanceof Ipv6Option.JumboPayload) {
            options.set(i, new Ipv6Option.JumboPayload(content));
          }
        }
        chain[0] = new HopByHopOptions(hopByHop.nextHeader(), options);
      } else {
        throw new IllegalArgumentException("extension headers and payload take " + content
            + " bytes, more than the 65535 of Payload Length; a jumbogram needs a leading"
            + " Hop-by-Hop header with a JumboPayload option (RFC 2675)");
      }
      return new Ipv6Packet(Ipv6Fields.VERSION, trafficClass, flowLabel, payloadLength, next,
          hopLimit, source, destination, List.of(chain), payload);
    }
  }
}
