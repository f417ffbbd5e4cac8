package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;

/**
 * The clear-text start of an Encapsulating Security Payload (RFC 4303 §2): SPI and sequence
 * number. Everything after it, including ESP's own Next Header field, is encrypted or at least
 * opaque to the parser, so ESP always ends the extension header chain and the rest of the packet
 * becomes {@link Ipv6Packet#payload()}, with {@link Ipv6Packet#upperLayerProtocol()} {@link
 * IpProtocol#ESP}.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |               Security Parameters Index (SPI)                 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Sequence Number                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Payload Data* (variable)                   |
 * ~                                                               ~
 * </pre>
 *
 * @param spi the Security Parameters Index, 32 bits
 * @param sequenceNumber the Sequence Number, 32 bits
 */
public record EspHeader(long spi, long sequenceNumber) implements Ipv6ExtensionHeader {

  /**
   * Checks the ranges.
   *
   * @param spi the Security Parameters Index
   * @param sequenceNumber the Sequence Number
   * @throws IllegalArgumentException if a field does not fit in 32 unsigned bits
   */
  public EspHeader {
    checkRange(spi, 0xffffffffL, "EspHeader.spi");
    checkRange(sequenceNumber, 0xffffffffL, "EspHeader.sequenceNumber");
  }

  /**
   * Returns {@link IpProtocol#ESP}.
   *
   * @return the protocol number of this header
   */
  @Override
  public IpProtocol type() {
    return IpProtocol.ESP;
  }

  static EspHeader decode(ByteBuffer buf, int at) {
    return new EspHeader(
        BigEndian.u32(buf, at + Ipv6Fields.ESP_SPI), BigEndian.u32(buf, at + Ipv6Fields.ESP_SEQUENCE));
  }

  @Override
  public int encodedLength() {
    return Ipv6Fields.ESP_LENGTH;
  }

  @Override
  public void encode(ByteBuffer dst) {
    int p = Wire.reserve(dst, Ipv6Fields.ESP_LENGTH);
    BigEndian.put32(dst, p + Ipv6Fields.ESP_SPI, spi);
    BigEndian.put32(dst, p + Ipv6Fields.ESP_SEQUENCE, sequenceNumber);
    dst.position(p + Ipv6Fields.ESP_LENGTH);
  }
}
