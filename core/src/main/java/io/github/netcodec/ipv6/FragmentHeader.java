package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;

/**
 * The Fragment header (RFC 8200 §4.5), which a source puts in each fragment of a packet too
 * large for the path MTU.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Next Header  |   Reserved    |      Fragment Offset    |Res|M|
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Identification                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>What follows the Fragment header in a packet is fragment data, not more headers: {@link
 * Ipv6Packet} ends its chain here, and its payload is this fragment's part of the original
 * packet's fragmentable part. {@link Ipv6Fragmenter} makes
 * fragments and {@link Ipv6Reassembler} puts them back together.
 *
 * @param nextHeader the Next Header field: the first header of the fragmentable part
 * @param reserved the Reserved byte, zero when sent
 * @param fragmentOffset the Fragment Offset in 8-octet units, 0..8191
 * @param res the two Res bits, zero when sent
 * @param moreFragments the M flag: more fragments follow
 * @param identification the Identification field, 32 bits
 */
public record FragmentHeader(IpProtocol nextHeader, int reserved, int fragmentOffset, int res,
    boolean moreFragments, long identification) implements Ipv6ExtensionHeader {

  /**
   * Checks the ranges.
   *
   * @param nextHeader the Next Header field
   * @param reserved the Reserved byte
   * @param fragmentOffset the Fragment Offset in 8-octet units
   * @param res the two Res bits
   * @param moreFragments the M flag
   * @param identification the Identification field
   * @throws IllegalArgumentException if a field is out of range
   */
  public FragmentHeader {
    if (nextHeader == null) {
      throw new NullPointerException("FragmentHeader.nextHeader");
    }
    checkRange(reserved, 0xff, "FragmentHeader.reserved");
    checkRange(fragmentOffset, Ipv6Fields.FRAG_MAX_OFFSET_UNITS, "FragmentHeader.fragmentOffset");
    checkRange(res, 3, "FragmentHeader.res");
    checkRange(identification, 0xffffffffL, "FragmentHeader.identification");
  }

  /**
   * Returns a Fragment header with zero reserved bits.
   *
   * @param nextHeader the Next Header field
   * @param offsetBytes the offset of this fragment's data in bytes, a multiple of 8
   * @param moreFragments the M flag
   * @param identification the Identification field
   * @return the header
   * @throws IllegalArgumentException if the offset is not a multiple of 8 up to 65528
   */
  public static FragmentHeader of(
      IpProtocol nextHeader, int offsetBytes, boolean moreFragments, long identification) {
    if (offsetBytes % 8 != 0) {
      throw new IllegalArgumentException("FragmentHeader offset " + offsetBytes
          + " is not a multiple of 8");
    }
    return new FragmentHeader(nextHeader, 0, offsetBytes / 8, 0, moreFragments, identification);
  }

  /**
   * Returns the offset of this fragment's data within the fragmentable part, in bytes.
   *
   * @return {@code fragmentOffset() * 8}
   */
  public int fragmentOffsetBytes() {
    return fragmentOffset * 8;
  }

  /**
   * Returns whether this is an atomic fragment (RFC 6946): offset 0 and no more fragments, a
   * whole packet that happens to carry a Fragment header.
   *
   * @return {@code true} for an atomic fragment
   */
  public boolean isAtomic() {
    return fragmentOffset == 0 && !moreFragments;
  }

  /**
   * Returns this header with another Next Header field.
   *
   * @param nextHeader the new Next Header field
   * @return the header
   */
  public FragmentHeader withNextHeader(IpProtocol nextHeader) {
    return new FragmentHeader(
        nextHeader, reserved, fragmentOffset, res, moreFragments, identification);
  }

  /**
   * Returns {@link IpProtocol#IPV6_FRAG}.
   *
   * @return the protocol number of this header
   */
  @Override
  public IpProtocol type() {
    return IpProtocol.IPV6_FRAG;
  }

  static FragmentHeader decode(ByteBuffer buf, int at) {
    int word = BigEndian.u16(buf, at + Ipv6Fields.FRAG_OFFSET_FLAGS);
    return new FragmentHeader(IpProtocol.of(BigEndian.u8(buf, at)),
        BigEndian.u8(buf, at + Ipv6Fields.FRAG_RESERVED), word >>> 3, (word >>> 1) & 3,
        (word & 1) != 0, BigEndian.u32(buf, at + Ipv6Fields.FRAG_IDENTIFICATION));
  }

  @Override
  public int encodedLength() {
    return Ipv6Fields.FRAG_LENGTH;
  }

  @Override
  public void encode(ByteBuffer dst) {
    int p = Wire.reserve(dst, Ipv6Fields.FRAG_LENGTH);
    BigEndian.put8(dst, p, nextHeader.value());
    BigEndian.put8(dst, p + Ipv6Fields.FRAG_RESERVED, reserved);
    BigEndian.put16(dst, p + Ipv6Fields.FRAG_OFFSET_FLAGS,
        fragmentOffset << 3 | res << 1 | (moreFragments ? 1 : 0));
    BigEndian.put32(dst, p + Ipv6Fields.FRAG_IDENTIFICATION, identification);
    dst.position(p + Ipv6Fields.FRAG_LENGTH);
  }
}
