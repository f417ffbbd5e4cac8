package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;

/**
 * The Type 2 Routing header of Mobile IPv6 (RFC 6275 §6.4), carrying a mobile node's home
 * address. Hdr Ext Len is always 2.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Next Header  | Hdr Ext Len=2 | Routing Type=2|Segments Left=1|
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            Reserved                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                                                               +
 * |                                                               |
 * +                         Home Address                          +
 * |                                                               |
 * +                                                               +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param nextHeader the Next Header field
 * @param segmentsLeft the Segments Left field, 1 when sent (kept whatever it is)
 * @param reserved the Reserved field, 32 bits, zero when sent
 * @param homeAddress the mobile node's home address
 */
public record Type2RoutingHeader(
    IpProtocol nextHeader, int segmentsLeft, long reserved, Ipv6Address homeAddress)
    implements RoutingHeader {

  static final int LENGTH = 24;

  /**
   * Checks the fields.
   *
   * @param nextHeader the Next Header field
   * @param segmentsLeft the Segments Left field
   * @param reserved the Reserved field
   * @param homeAddress the home address
   * @throws IllegalArgumentException if a field is out of range
   */
  public Type2RoutingHeader {
    if (nextHeader == null || homeAddress == null) {
      throw new NullPointerException(nextHeader == null
          ? "Type2RoutingHeader.nextHeader" : "Type2RoutingHeader.homeAddress");
    }
    checkRange(segmentsLeft, 0xff, "Type2RoutingHeader.segmentsLeft");
    checkRange(reserved, 0xffffffffL, "Type2RoutingHeader.reserved");
  }

  /**
   * Returns this header with another Next Header field.
   *
   * @param nextHeader the new Next Header field
   * @return the header
   */
  public Type2RoutingHeader withNextHeader(IpProtocol nextHeader) {
    return new Type2RoutingHeader(nextHeader, segmentsLeft, reserved, homeAddress);
  }

  /**
   * Returns 2.
   *
   * @return the routing type
   */
  @Override
  public int routingType() {
    return TYPE_2;
  }

  @Override
  public Ipv6Address finalDestination(Ipv6Address destination) {
    return segmentsLeft > 0 ? homeAddress : destination;
  }

  static Type2RoutingHeader decode(ByteBuffer buf, int at) {
    return new Type2RoutingHeader(IpProtocol.of(BigEndian.u8(buf, at)),
        BigEndian.u8(buf, at + Ipv6Fields.RT_SEGMENTS_LEFT), BigEndian.u32(buf, at + Ipv6Fields.RT2_RESERVED),
        Ipv6Address.read(buf, at + Ipv6Fields.RT2_HOME_ADDRESS));
  }

  @Override
  public int encodedLength() {
    return LENGTH;
  }

  @Override
  public void encode(ByteBuffer dst) {
    int p = Wire.reserve(dst, LENGTH);
    BigEndian.put8(dst, p, nextHeader.value());
    BigEndian.put8(dst, p + Ipv6Fields.EXT_LENGTH, Ipv6Fields.RT2_HDR_EXT_LEN);
    BigEndian.put8(dst, p + Ipv6Fields.RT_TYPE, TYPE_2);
    BigEndian.put8(dst, p + Ipv6Fields.RT_SEGMENTS_LEFT, segmentsLeft);
    BigEndian.put32(dst, p + Ipv6Fields.RT2_RESERVED, reserved);
    homeAddress.write(dst, p + Ipv6Fields.RT2_HOME_ADDRESS);
    dst.position(p + LENGTH);
  }
}
