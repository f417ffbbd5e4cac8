package io.github.netcodec.ipv6;

import io.github.netcodec.ByteString;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;

/**
 * An extension header in the uniform format of RFC 6564 §4 that has no record of its own:
 * Mobility (135, RFC 6275), HIP (139, RFC 7401), Shim6 (140, RFC 5533) and the experimental
 * values 253 and 254 (RFC 3692). The parser follows the chain through them; their body is kept
 * raw.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Next Header  |  Hdr Ext Len  |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 * |                                                               |
 * .                                                               .
 * .                  Header Specific Data                         .
 * .                                                               .
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param type the header's own protocol number: 135, 139, 140, 253 or 254
 * @param nextHeader the Next Header field
 * @param data the header specific data after the first 2 bytes; its size is 6 more than a
 *     multiple of 8, at most 2046
 */
public record GenericExtensionHeader(IpProtocol type, IpProtocol nextHeader, ByteString data)
    implements Ipv6ExtensionHeader {

  /**
   * Checks the fields.
   *
   * @param type the header's own protocol number
   * @param nextHeader the Next Header field
   * @param data the header specific data
   * @throws IllegalArgumentException if the type is not one of the generic extension headers or
   *     the data does not fill the header to a multiple of 8 bytes up to 2048
   */
  public GenericExtensionHeader {
    if (type == null || nextHeader == null || data == null) {
      throw new NullPointerException("GenericExtensionHeader: type, nextHeader and data");
    }
    if (!isGeneric(type.value())) {
      throw new IllegalArgumentException("GenericExtensionHeader.type " + type
          + " is not 135, 139, 140, 253 or 254");
    }
    int total = 2 + data.size();
    if (total % Ipv6Fields.EXT_UNIT != 0 || total > Ipv6Fields.EXT_MAX_LENGTH) {
      throw new IllegalArgumentException("GenericExtensionHeader.data has " + data.size()
          + " bytes; with the 2 header bytes that must be a multiple of 8 up to 2048");
    }
  }

  static boolean isGeneric(int type) {
    return type == 135 || type == 139 || type == 140 || type == 253 || type == 254;
  }

  /**
   * Returns this header with another Next Header field.
   *
   * @param nextHeader the new Next Header field
   * @return the header
   */
  public GenericExtensionHeader withNextHeader(IpProtocol nextHeader) {
    return new GenericExtensionHeader(type, nextHeader, data);
  }

  static GenericExtensionHeader decode(ByteBuffer buf, int at, int type, int length) {
    return new GenericExtensionHeader(IpProtocol.of(type), IpProtocol.of(BigEndian.u8(buf, at)),
        ByteString.copyOf(buf, at + 2, length - 2));
  }

  @Override
  public int encodedLength() {
    return 2 + data.size();
  }

  @Override
  public void encode(ByteBuffer dst) {
    int length = encodedLength();
    int p = Wire.reserve(dst, length);
    BigEndian.put8(dst, p, nextHeader.value());
    BigEndian.put8(dst, p + Ipv6Fields.EXT_LENGTH, length / Ipv6Fields.EXT_UNIT - 1);
    dst.position(p + 2);
    data.writeTo(dst);
  }
}
