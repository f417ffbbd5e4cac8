package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.ByteString;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;

/**
 * The IP Authentication Header (RFC 4302 §2). Unlike the other extension headers its length,
 * Payload Len, counts 4-octet units, minus 2.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Header   |  Payload Len  |          RESERVED             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 Security Parameters Index (SPI)               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Sequence Number Field                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                Integrity Check Value-ICV (variable)           |
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>In IPv6 the header should fill whole 8-octet units (RFC 4302 §2.2); a header that fills
 * only 4-octet units is still kept as it is.
 *
 * @param nextHeader the Next Header field
 * @param reserved the RESERVED field, 16 bits, zero when sent
 * @param spi the Security Parameters Index, 32 bits
 * @param sequenceNumber the Sequence Number, 32 bits
 * @param icv the Integrity Check Value with any padding, a multiple of 4 bytes up to 1016
 */
public record AuthenticationHeader(
    IpProtocol nextHeader, int reserved, long spi, long sequenceNumber, ByteString icv)
    implements Ipv6ExtensionHeader {

  /**
   * Checks the fields.
   *
   * @param nextHeader the Next Header field
   * @param reserved the RESERVED field
   * @param spi the Security Parameters Index
   * @param sequenceNumber the Sequence Number
   * @param icv the Integrity Check Value
   * @throws IllegalArgumentException if a field is out of range or the ICV is not a multiple of
   *     4 bytes up to 1016
   */
  public AuthenticationHeader {
    if (nextHeader == null || icv == null) {
      throw new NullPointerException("AuthenticationHeader: nextHeader and icv");
    }
    checkRange(reserved, 0xffff, "AuthenticationHeader.reserved");
    checkRange(spi, 0xffffffffL, "AuthenticationHeader.spi");
    checkRange(sequenceNumber, 0xffffffffL, "AuthenticationHeader.sequenceNumber");
    if (icv.size() % Ipv6Fields.AH_UNIT != 0 || icv.size() > (255 + 2) * 4 - Ipv6Fields.AH_ICV) {
      throw new IllegalArgumentException("AuthenticationHeader.icv has " + icv.size()
          + " bytes, not a multiple of 4 up to 1016");
    }
  }

  /**
   * Returns the Payload Len field: the header's length in 4-octet units, minus 2.
   *
   * @return the payload length field, 1..255
   */
  public int payloadLen() {
    return encodedLength() / Ipv6Fields.AH_UNIT - 2;
  }

  /**
   * Returns this header with another Next Header field.
   *
   * @param nextHeader the new Next Header field
   * @return the header
   */
  public AuthenticationHeader withNextHeader(IpProtocol nextHeader) {
    return new AuthenticationHeader(nextHeader, reserved, spi, sequenceNumber, icv);
  }

  /**
   * Returns {@link IpProtocol#AH}.
   *
   * @return the protocol number of this header
   */
  @Override
  public IpProtocol type() {
    return IpProtocol.AH;
  }

  static AuthenticationHeader decode(ByteBuffer buf, int at, int length) {
    return new AuthenticationHeader(IpProtocol.of(BigEndian.u8(buf, at)),
        BigEndian.u16(buf, at + Ipv6Fields.AH_RESERVED), BigEndian.u32(buf, at + Ipv6Fields.AH_SPI),
        BigEndian.u32(buf, at + Ipv6Fields.AH_SEQUENCE),
        ByteString.copyOf(buf, at + Ipv6Fields.AH_ICV, length - Ipv6Fields.AH_ICV));
  }

  @Override
  public int encodedLength() {
    return Ipv6Fields.AH_ICV + icv.size();
  }

  @Override
  public void encode(ByteBuffer dst) {
    int length = encodedLength();
    int p = Wire.reserve(dst, length);
    BigEndian.put8(dst, p, nextHeader.value());
    BigEndian.put8(dst, p + Ipv6Fields.AH_LENGTH, length / Ipv6Fields.AH_UNIT - 2);
    BigEndian.put16(dst, p + Ipv6Fields.AH_RESERVED, reserved);
    BigEndian.put32(dst, p + Ipv6Fields.AH_SPI, spi);
    BigEndian.put32(dst, p + Ipv6Fields.AH_SEQUENCE, sequenceNumber);
    dst.position(p + Ipv6Fields.AH_ICV);
    icv.writeTo(dst);
  }
}
