package io.github.netcodec.ipv6;

import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The Hop-by-Hop Options header (RFC 8200 §4.3): options that nodes on the path examine. It may
 * only come first, right after the fixed header.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Next Header  |  Hdr Ext Len  |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 * |                                                               |
 * .                                                               .
 * .                            Options                            .
 * .                                                               .
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>Hdr Ext Len is derived from the options, which must fill the header to a multiple of 8
 * bytes: {@link #padded(IpProtocol, List)} adds the Pad1 or PadN that does it.
 *
 * @param nextHeader the Next Header field: what follows this header
 * @param options the options in wire order, padding included
 */
public record HopByHopOptions(IpProtocol nextHeader, List<Ipv6Option> options)
    implements Ipv6ExtensionHeader {

  /**
   * Checks the fields and copies the options.
   *
   * @param nextHeader the Next Header field
   * @param options the options in wire order, padding included
   * @throws IllegalArgumentException if the options and the 2 header bytes are not a multiple
   *     of 8 bytes, or more than 2048
   */
  public HopByHopOptions {
    if (nextHeader == null) {
      throw new NullPointerException("HopByHopOptions.nextHeader");
    }
    options = Options.check(options, "HopByHopOptions");
  }

  /**
   * Returns a header with these options followed by the Pad1 or PadN option that aligns the
   * header to 8 bytes.
   *
   * @param nextHeader the Next Header field
   * @param options the options, without the final padding
   * @return the header
   * @throws IllegalArgumentException if the options do not fit in 2048 bytes
   */
  public static HopByHopOptions padded(IpProtocol nextHeader, List<Ipv6Option> options) {
    return new HopByHopOptions(nextHeader, Options.pad(options));
  }

  /**
   * Returns this header with another Next Header field.
   *
   * @param nextHeader the new Next Header field
   * @return the header
   */
  public HopByHopOptions withNextHeader(IpProtocol nextHeader) {
    return new HopByHopOptions(nextHeader, options);
  }

  static HopByHopOptions decode(ByteBuffer buf, int at, int length, int base) {
    return new HopByHopOptions(IpProtocol.of(BigEndian.u8(buf, at)),
        Options.decode(buf, at + Ipv6Fields.OPTIONS_START, at + length, base, "Hop-by-Hop"));
  }

  /**
   * Returns {@link IpProtocol#HOPOPT}.
   *
   * @return the protocol number of this header
   */
  @Override
  public IpProtocol type() {
    return IpProtocol.HOPOPT;
  }

  @Override
  public int encodedLength() {
    return 2 + Options.length(options);
  }

  @Override
  public void encode(ByteBuffer dst) {
    Options.encode(dst, nextHeader.value(), options);
  }
}
