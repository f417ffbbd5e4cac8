package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The Segment Routing header, Routing Type 4 (RFC 8754 §2). The segment list is in reverse
 * order: {@code segments().get(0)} is the last segment of the path, and the active segment is
 * {@code segments().get(segmentsLeft())}. The optional TLVs after the list are kept raw.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Header   |  Hdr Ext Len  | Routing Type  | Segments Left |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Last Entry   |     Flags     |              Tag              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * |            Segment List[0] (128-bit IPv6 address)             |
 * |                                                               |
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                              ...                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * |            Segment List[n] (128-bit IPv6 address)             |
 * |                                                               |
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * //                                                             //
 * //         Optional Type Length Value objects (variable)       //
 * //                                                             //
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>Last Entry is {@code segments().size() - 1}; Hdr Ext Len follows from the segments and TLVs.
 *
 * @param nextHeader the Next Header field
 * @param segmentsLeft the Segments Left field
 * @param flags the Flags field, 8 bits
 * @param tag the Tag field, 16 bits
 * @param segments the segment list, 1..127 addresses, in wire order
 * @param tlvs the optional TLV objects after the list, raw, a multiple of 8 bytes
 */
public record SegmentRoutingHeader(IpProtocol nextHeader, int segmentsLeft, int flags, int tag,
    List<Ipv6Address> segments, ByteString tlvs) implements RoutingHeader {

  /**
   * Checks the fields.
   *
   * @param nextHeader the Next Header field
   * @param segmentsLeft the Segments Left field
   * @param flags the Flags field
   * @param tag the Tag field
   * @param segments the segment list
   * @param tlvs the raw TLVs
   * @throws IllegalArgumentException if a field is out of range, the list is empty, or the
   *     header would not be a multiple of 8 bytes up to 2048
   */
  public SegmentRoutingHeader {
    if (nextHeader == null || segments == null || tlvs == null) {
      throw new NullPointerException("SegmentRoutingHeader: nextHeader, segments and tlvs");
    }
    checkRange(segmentsLeft, 0xff, "SegmentRoutingHeader.segmentsLeft");
    checkRange(flags, 0xff, "SegmentRoutingHeader.flags");
    checkRange(tag, 0xffff, "SegmentRoutingHeader.tag");
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("SegmentRoutingHeader.segments is empty");
    }
    int total = Ipv6Fields.SRH_SEGMENTS + 16 * segments.size() + tlvs.size();
    if (tlvs.size() % Ipv6Fields.EXT_UNIT != 0 || total > Ipv6Fields.EXT_MAX_LENGTH) {
      throw new IllegalArgumentException("SegmentRoutingHeader with " + segments.size()
          + " segments and " + tlvs.size() + " TLV bytes is " + total
          + " bytes; TLVs must be a multiple of 8 bytes and the header at most 2048");
    }
  }

  /**
   * Returns the Last Entry field: the index of the last element of the segment list.
   *
   * @return {@code segments().size() - 1}
   */
  public int lastEntry() {
    return segments.size() - 1;
  }

  /**
   * Returns this header with another Next Header field.
   *
   * @param nextHeader the new Next Header field
   * @return the header
   */
  public SegmentRoutingHeader withNextHeader(IpProtocol nextHeader) {
    return new SegmentRoutingHeader(nextHeader, segmentsLeft, flags, tag, segments, tlvs);
  }

  /**
   * Returns 4.
   *
   * @return the routing type
   */
  @Override
  public int routingType() {
    return TYPE_SEGMENT_ROUTING;
  }

  /**
   * Returns Segment List[0], the last segment, while segments are left, otherwise {@code
   * destination}.
   *
   * @param destination the Destination Address of the IPv6 header
   * @return the final destination
   */
  @Override
  public Ipv6Address finalDestination(Ipv6Address destination) {
    return segmentsLeft > 0 ? segments.get(0) : destination;
  }

  static SegmentRoutingHeader decode(ByteBuffer buf, int at, int length, int base) {
    int lastEntry = BigEndian.u8(buf, at + Ipv6Fields.SRH_LAST_ENTRY);
    int listEnd = Ipv6Fields.SRH_SEGMENTS + 16 * (lastEntry + 1);
    if (listEnd > length) {
      throw new MalformedPacketException("IPv6", "Segment Routing Last Entry",
          at + Ipv6Fields.SRH_LAST_ENTRY - base, "is " + lastEntry + ", but the " + length
              + "-byte header holds at most " + (length - Ipv6Fields.SRH_SEGMENTS) / 16
              + " segments");
    }
    Ipv6Address[] segments = new Ipv6Address[lastEntry + 1];
    for (int k = 0; k < segments.length; k++) {
      segments[k] = Ipv6Address.read(buf, at + Ipv6Fields.SRH_SEGMENTS + 16 * k);
    }
    return new SegmentRoutingHeader(IpProtocol.of(BigEndian.u8(buf, at)),
        BigEndian.u8(buf, at + Ipv6Fields.RT_SEGMENTS_LEFT), BigEndian.u8(buf, at + Ipv6Fields.SRH_FLAGS),
        BigEndian.u16(buf, at + Ipv6Fields.SRH_TAG), List.of(segments),
        ByteString.copyOf(buf, at + listEnd, length - listEnd));
  }

  @Override
  public int encodedLength() {
    return Ipv6Fields.SRH_SEGMENTS + 16 * segments.size() + tlvs.size();
  }

  @Override
  public void encode(ByteBuffer dst) {
    int length = encodedLength();
    int p = Wire.reserve(dst, length);
    BigEndian.put8(dst, p, nextHeader.value());
    BigEndian.put8(dst, p + Ipv6Fields.EXT_LENGTH, length / Ipv6Fields.EXT_UNIT - 1);
    BigEndian.put8(dst, p + Ipv6Fields.RT_TYPE, TYPE_SEGMENT_ROUTING);
    BigEndian.put8(dst, p + Ipv6Fields.RT_SEGMENTS_LEFT, segmentsLeft);
    BigEndian.put8(dst, p + Ipv6Fields.SRH_LAST_ENTRY, segments.size() - 1);
    BigEndian.put8(dst, p + Ipv6Fields.SRH_FLAGS, flags);
    BigEndian.put16(dst, p + Ipv6Fields.SRH_TAG, tag);
    for (int k = 0; k < segments.size(); k++) {
      segments.get(k).write(dst, p + Ipv6Fields.SRH_SEGMENTS + 16 * k);
    }
    dst.position(p + Ipv6Fields.SRH_SEGMENTS + 16 * segments.size());
    tlvs.writeTo(dst);
  }
}
