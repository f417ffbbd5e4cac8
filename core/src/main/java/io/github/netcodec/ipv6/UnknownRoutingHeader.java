package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;

/**
 * A Routing header of a type without its own record, kept raw so that it round-trips: the
 * deprecated type 0 (RFC 5095), Nimrod (1), and any type IANA assigns later.
 *
 * @param nextHeader the Next Header field
 * @param routingType the Routing Type field; not 2, 3 or 4, which have records
 * @param segmentsLeft the Segments Left field
 * @param data the type-specific data after the first 4 bytes; its size is 4 more than a multiple
 *     of 8, at most 2044
 */
public record UnknownRoutingHeader(
    IpProtocol nextHeader, int routingType, int segmentsLeft, ByteString data)
    implements RoutingHeader {

  /**
   * Checks the fields.
   *
   * @param nextHeader the Next Header field
   * @param routingType the Routing Type field
   * @param segmentsLeft the Segments Left field
   * @param data the type-specific data
   * @throws IllegalArgumentException if a field is out of range, the type has its own record, or
   *     the data does not fill the header to a multiple of 8 bytes up to 2048
   */
  public UnknownRoutingHeader {
    if (nextHeader == null || data == null) {
      throw new NullPointerException("UnknownRoutingHeader: nextHeader and data");
    }
    checkRange(routingType, 0xff, "UnknownRoutingHeader.routingType");
    checkRange(segmentsLeft, 0xff, "UnknownRoutingHeader.segmentsLeft");
    if (routingType == TYPE_2 || routingType == TYPE_RPL || routingType == TYPE_SEGMENT_ROUTING) {
      throw new IllegalArgumentException("UnknownRoutingHeader.routingType " + routingType
          + " has its own record");
    }
    int total = Ipv6Fields.RT_DATA + data.size();
    if (total % Ipv6Fields.EXT_UNIT != 0 || total > Ipv6Fields.EXT_MAX_LENGTH) {
      throw new IllegalArgumentException("UnknownRoutingHeader.data has " + data.size()
          + " bytes; with the 4 header bytes that must be a multiple of 8 up to 2048");
    }
  }

  /**
   * Returns this header with another Next Header field.
   *
   * @param nextHeader the new Next Header field
   * @return the header
   */
  public UnknownRoutingHeader withNextHeader(IpProtocol nextHeader) {
    return new UnknownRoutingHeader(nextHeader, routingType, segmentsLeft, data);
  }

  /**
   * Returns, for the deprecated type 0 (RFC 2460 §4.4: 4 reserved bytes, then addresses) with
   * segments left, its last address; otherwise {@code destination}, since the layout of other
   * types is not known.
   *
   * @param destination the Destination Address of the IPv6 header
   * @return the final destination
   */
  @Override
  public Ipv6Address finalDestination(Ipv6Address destination) {
    int addresses = data.size() - Ipv6Fields.RT0_ADDRESSES;
    if (routingType != 0 || segmentsLeft == 0 || addresses < 16 || addresses % 16 != 0) {
      return destination;
    }
    return Ipv6Address.fromBytes(data.substring(data.size() - 16, data.size()).toByteArray());
  }

  static UnknownRoutingHeader decode(ByteBuffer buf, int at, int length) {
    return new UnknownRoutingHeader(IpProtocol.of(BigEndian.u8(buf, at)),
        BigEndian.u8(buf, at + Ipv6Fields.RT_TYPE), BigEndian.u8(buf, at + Ipv6Fields.RT_SEGMENTS_LEFT),
        ByteString.copyOf(buf, at + Ipv6Fields.RT_DATA, length - Ipv6Fields.RT_DATA));
  }

  @Override
  public int encodedLength() {
    return Ipv6Fields.RT_DATA + data.size();
  }

  @Override
  public void encode(ByteBuffer dst) {
    int length = encodedLength();
    int p = Wire.reserve(dst, length);
    BigEndian.put8(dst, p, nextHeader.value());
    BigEndian.put8(dst, p + Ipv6Fields.EXT_LENGTH, length / Ipv6Fields.EXT_UNIT - 1);
    BigEndian.put8(dst, p + Ipv6Fields.RT_TYPE, routingType);
    BigEndian.put8(dst, p + Ipv6Fields.RT_SEGMENTS_LEFT, segmentsLeft);
    dst.position(p + Ipv6Fields.RT_DATA);
    data.writeTo(dst);
  }
}
