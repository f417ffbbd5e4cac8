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
 * The RPL Source Route header, Routing Type 3 (RFC 6554 §3): a source route whose addresses
 * leave out the prefix they share with the IPv6 Destination Address.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Next Header  |  Hdr Ext Len  | Routing Type  | Segments Left |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | CmprI | CmprE |  Pad  |               Reserved                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * .                                                               .
 * .                        Addresses[1..n]                        .
 * .                                                               .
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>Addresses 1..n-1 keep their last {@code 16 - cmprI} bytes, address n its last {@code 16 -
 * cmprE}; Pad bytes follow to fill the last 8-octet unit. The Pad field is {@code
 * padding().size()}; the number of addresses follows from Hdr Ext Len (RFC 6554 §3):
 * {@code n = (HdrExtLen * 8 - Pad - (16 - CmprE)) / (16 - CmprI) + 1}.
 *
 * @param nextHeader the Next Header field
 * @param segmentsLeft the Segments Left field
 * @param cmprI the CmprI field: prefix bytes elided from addresses 1..n-1, 0..15
 * @param cmprE the CmprE field: prefix bytes elided from address n, 0..15
 * @param reserved the Reserved field, 20 bits
 * @param addresses the addresses as on the wire, prefixes elided; at least one
 * @param padding the bytes after the last address, 0..15 of them (zeros when sent)
 */
public record RplSourceRouteHeader(
    IpProtocol nextHeader, int segmentsLeft, int cmprI, int cmprE, int reserved,
    List<ByteString> addresses, ByteString padding) implements RoutingHeader {

  /**
   * Checks the fields: each address has the size its compression gives, and the header fills
   * whole 8-octet units.
   *
   * @param nextHeader the Next Header field
   * @param segmentsLeft the Segments Left field
   * @param cmprI the CmprI field
   * @param cmprE the CmprE field
   * @param reserved the Reserved field
   * @param addresses the compressed addresses
   * @param padding the bytes after the last address
   * @throws IllegalArgumentException if a field is out of range, an address has the wrong size
   *     or the header is not a multiple of 8 bytes up to 2048
   */
  public RplSourceRouteHeader {
    if (nextHeader == null || addresses == null || padding == null) {
      throw new NullPointerException("RplSourceRouteHeader: nextHeader, addresses and padding");
    }
    checkRange(segmentsLeft, 0xff, "RplSourceRouteHeader.segmentsLeft");
    checkRange(cmprI, 15, "RplSourceRouteHeader.cmprI");
    checkRange(cmprE, 15, "RplSourceRouteHeader.cmprE");
    checkRange(reserved, 0xfffff, "RplSourceRouteHeader.reserved");
    checkRange(padding.size(), 15, "RplSourceRouteHeader.padding size");
    addresses = List.copyOf(addresses);
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("RplSourceRouteHeader.addresses is empty");
    }
    for (int i = 0; i < addresses.size(); i++) {
      int want = i == addresses.size() - 1 ? 16 - cmprE : 16 - cmprI;
      if (addresses.get(i).size() != want) {
        throw new IllegalArgumentException("RplSourceRouteHeader.addresses[" + i + "] has "
            + addresses.get(i).size() + " bytes, expected " + want + " for CmprI " + cmprI
            + " and CmprE " + cmprE);
      }
    }
    int total = Ipv6Fields.RPL_ADDRESSES + (addresses.size() - 1) * (16 - cmprI) + 16 - cmprE
        + padding.size();
    if (total % Ipv6Fields.EXT_UNIT != 0 || total > Ipv6Fields.EXT_MAX_LENGTH) {
      throw new IllegalArgumentException("RplSourceRouteHeader is " + total
          + " bytes long, not a multiple of 8 up to 2048; adjust the padding");
    }
  }

  /**
   * Returns a header for full addresses, compressed against {@code destination} as much as
   * RFC 6554 allows, with zero padding.
   *
   * @param nextHeader the Next Header field
   * @param segmentsLeft the Segments Left field
   * @param destination the IPv6 Destination Address the prefixes are elided against
   * @param route the addresses to visit, at least one
   * @return the header
   * @throws IllegalArgumentException if the route is empty or longer than a header holds
   */
  public static RplSourceRouteHeader of(IpProtocol nextHeader, int segmentsLeft,
      Ipv6Address destination, List<Ipv6Address> route) {
    if (route.isEmpty()) {
      throw new IllegalArgumentException("RplSourceRouteHeader route is empty");
    }
    byte[] dst = destination.toByteArray();
    int cmprI = 15;
    for (int i = 0; i < route.size() - 1; i++) {
      cmprI = Math.min(cmprI, common(dst, route.get(i).toByteArray()));
    }
    int cmprE = Math.min(15, common(dst, route.get(route.size() - 1).toByteArray()));
    ByteString[] compressed = new ByteString[route.size()];
    for (int i = 0; i < route.size(); i++) {
      int elided = i == route.size() - 1 ? cmprE : cmprI;
      compressed[i] = ByteString.copyOf(route.get(i).toByteArray(), elided, 16 - elided);
    }
    int used = Ipv6Fields.RPL_ADDRESSES + (route.size() - 1) * (16 - cmprI) + 16 - cmprE;
    int pad = (Ipv6Fields.EXT_UNIT - used % Ipv6Fields.EXT_UNIT) % Ipv6Fields.EXT_UNIT;
    return new RplSourceRouteHeader(nextHeader, segmentsLeft, cmprI, cmprE, 0,
        List.of(compressed), ByteString.copyOf(new byte[pad]));
  }

  private static int common(byte[] a, byte[] b) {
    int n = 0;
    while (n < 16 && a[n] == b[n]) {
      n++;
    }
    return n;
  }

  /**
   * Returns address {@code index} (0-based) in full, its elided prefix taken from the IPv6
   * Destination Address (RFC 6554 §3).
   *
   * @param index the index into {@link #addresses()}
   * @param destination the IPv6 Destination Address
   * @return the full address
   * @throws IndexOutOfBoundsException if there is no such address
   */
  public Ipv6Address address(int index, Ipv6Address destination) {
    ByteString tail = addresses.get(index);
    byte[] full = destination.toByteArray();
    int elided = 16 - tail.size();
    for (int i = 0; i < tail.size(); i++) {
      full[elided + i] = tail.get(i);
    }
    return Ipv6Address.fromBytes(full);
  }

  /**
   * Returns this header with another Next Header field.
   *
   * @param nextHeader the new Next Header field
   * @return the header
   */
  public RplSourceRouteHeader withNextHeader(IpProtocol nextHeader) {
    return new RplSourceRouteHeader(
        nextHeader, segmentsLeft, cmprI, cmprE, reserved, addresses, padding);
  }

  /**
   * Returns 3.
   *
   * @return the routing type
   */
  @Override
  public int routingType() {
    return TYPE_RPL;
  }

  @Override
  public Ipv6Address finalDestination(Ipv6Address destination) {
    return segmentsLeft > 0 ? address(addresses.size() - 1, destination) : destination;
  }

  static RplSourceRouteHeader decode(ByteBuffer buf, int at, int length, int base) {
    int cmpr = BigEndian.u8(buf, at + Ipv6Fields.RPL_CMPR);
    int cmprI = cmpr >>> 4;
    int cmprE = cmpr & 0x0f;
    int padReserved = (int) BigEndian.u32(buf, at + Ipv6Fields.RPL_CMPR) & 0x00ffffff;
    int pad = padReserved >>> 20;
    int room = length - Ipv6Fields.RPL_ADDRESSES - pad - (16 - cmprE);
    if (room < 0 || room % (16 - cmprI) != 0) {
      throw new MalformedPacketException("IPv6", "RPL Source Route CmprI, CmprE and Pad",
          at + Ipv6Fields.RPL_CMPR - base, "are " + cmprI + ", " + cmprE + " and " + pad
              + ", which do not divide the " + length + "-byte header into addresses");
    }
    int n = room / (16 - cmprI) + 1;
    ByteString[] addresses = new ByteString[n];
    int i = at + Ipv6Fields.RPL_ADDRESSES;
    for (int k = 0; k < n; k++) {
      int size = k == n - 1 ? 16 - cmprE : 16 - cmprI;
      addresses[k] = ByteString.copyOf(buf, i, size);
      i += size;
    }
    return new RplSourceRouteHeader(IpProtocol.of(BigEndian.u8(buf, at)),
        BigEndian.u8(buf, at + Ipv6Fields.RT_SEGMENTS_LEFT), cmprI, cmprE, padReserved & 0xfffff,
        List.of(addresses), ByteString.copyOf(buf, i, pad));
  }

  @Override
  public int encodedLength() {
    return Ipv6Fields.RPL_ADDRESSES + (addresses.size() - 1) * (16 - cmprI) + 16 - cmprE
        + padding.size();
  }

  @Override
  public void encode(ByteBuffer dst) {
    int length = encodedLength();
    int p = Wire.reserve(dst, length);
    BigEndian.put8(dst, p, nextHeader.value());
    BigEndian.put8(dst, p + Ipv6Fields.EXT_LENGTH, length / Ipv6Fields.EXT_UNIT - 1);
    BigEndian.put8(dst, p + Ipv6Fields.RT_TYPE, TYPE_RPL);
    BigEndian.put8(dst, p + Ipv6Fields.RT_SEGMENTS_LEFT, segmentsLeft);
    BigEndian.put32(dst, p + Ipv6Fields.RPL_CMPR,
        (long) cmprI << 28 | (long) cmprE << 24 | (long) padding.size() << 20 | reserved);
    dst.position(p + Ipv6Fields.RPL_ADDRESSES);
    for (int k = 0; k < addresses.size(); k++) {
      addresses.get(k).writeTo(dst);
    }
    padding.writeTo(dst);
  }
}
