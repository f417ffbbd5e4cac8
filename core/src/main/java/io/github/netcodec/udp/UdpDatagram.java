package io.github.netcodec.udp;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.udp.UdpFields.CHECKSUM;
import static io.github.netcodec.udp.UdpFields.DESTINATION_PORT;
import static io.github.netcodec.udp.UdpFields.HEADER_LENGTH;
import static io.github.netcodec.udp.UdpFields.LENGTH;
import static io.github.netcodec.udp.UdpFields.SOURCE_PORT;

import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.IpAddress;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.internal.Payloads;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.PseudoHeader;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Objects;

/**
 * A UDP datagram (RFC 768): ports, length and checksum as on the wire, and the payload as a
 * read-only view of the input bounded by the length field.
 *
 * <pre>
 *  0      7 8     15 16    23 24    31
 * +--------+--------+--------+--------+
 * |     Source      |   Destination   |
 * |      Port       |      Port       |
 * +--------+--------+--------+--------+
 * |                 |                 |
 * |     Length      |    Checksum     |
 * +--------+--------+--------+--------+
 * |
 * |          data octets ...
 * +---------------- ...
 * </pre>
 *
 * <p><b>Checksum.</b> It covers a pseudo-header ({@link PseudoHeader}), the UDP header and the
 * data. Over IPv4 a checksum of zero means the sender computed none (RFC 768), so {@link
 * #hasValidChecksum(IpAddress, IpAddress)} accepts it; a computed zero is sent as {@code 0xffff}.
 * Over IPv6 the checksum is mandatory (RFC 8200 §8.1), so zero is invalid there.
 *
 * <pre>{@code
 * UdpDatagram d = UdpDatagram.parse(ip.payload());
 * d.destinationPort();                               // 53
 * d.hasValidChecksum(ip.source(), ip.destination()); // true
 * UdpDatagram reply = UdpDatagram.builder().sourcePort(53).destinationPort(d.sourcePort())
 *     .payload(answer).build().withComputedChecksum(ip.destination(), ip.source());
 * }</pre>
 *
 * <p><b>Lossless.</b> The length and checksum are kept as received, even when wrong; bytes after
 * the length (link padding) are not part of the datagram. A record whose {@link #length()}
 * exceeds the header and payload held is {@linkplain #isTruncated() truncated}, as the quotation
 * in an ICMP error holds it; only {@link #parseTruncated(ByteBuffer)} and the constructor make
 * one.
 *
 * @param sourcePort the source port, 0..65535 (0: none)
 * @param destinationPort the destination port, 0..65535
 * @param length the length field: header and data in bytes, 8..65535, at least 8 plus the
 *     payload's length; or 0 in a jumbogram of more than 65535 bytes (RFC 2675 §4), whose
 *     length the IPv6 Jumbo Payload option gives
 * @param checksum the checksum as on the wire, 0..65535, right or wrong
 * @param payload the data, a read-only buffer compared by content
 */
public record UdpDatagram(
    int sourcePort, int destinationPort, int length, int checksum, ByteBuffer payload)
    implements Encodable {

  private static final String UDP = "UDP";

  /**
   * Checks every field. A writable payload is copied, a read-only one viewed.
   *
   * @param sourcePort the source port, 0..65535
   * @param destinationPort the destination port, 0..65535
   * @param length the length field, 8..65535, at least 8 plus the payload's length; or 0 when
   *     the header and payload exceed 65535 bytes (a jumbogram)
   * @param checksum the checksum, 0..65535
   * @param payload the bytes between its position and limit
   * @throws IllegalArgumentException if a field is out of range
   */
  public UdpDatagram {
    checkRange(sourcePort, 0xffff, "sourcePort");
    checkRange(destinationPort, 0xffff, "destinationPort");
    checkRange(length, 0xffff, "length");
    checkRange(checksum, 0xffff, "checksum");
    Objects.requireNonNull(payload, "payload");
    payload = Payloads.own(payload);
    long held = (long) HEADER_LENGTH + payload.remaining();
    if (length == 0 ? held <= 0xffff : length < held) {
      throw new IllegalArgumentException("length " + length
          + (length == 0 ? " is for jumbograms of more than 65535 bytes, not " + held
              : " is less than the header and payload, " + held + " bytes"));
    }
  }

  /**
   * Parses a UDP datagram from the bytes between the buffer's position and limit. The payload
   * is a read-only view bounded by the length field; later bytes are ignored. The buffer is not
   * changed.
   *
   * @param buf the buffer, heap or direct, any byte order
   * @return the datagram
   * @throws TruncatedPacketException if the header or the length field needs more bytes than
   *     are present
   * @throws MalformedPacketException if the length field is below 8, or 0 (the jumbogram
   *     marker of RFC 2675 §4) with no more than 65535 bytes present
   */
  public static UdpDatagram parse(ByteBuffer buf) {
    return decode(buf, false);
  }

  /**
   * Parses a UDP datagram from an array: {@code parse(ByteBuffer.wrap(bytes))}.
   *
   * @param bytes the datagram
   * @return the datagram, viewing the array
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does
   */
  public static UdpDatagram parse(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes), false);
  }

  /**
   * Parses a UDP datagram that may be cut short, as an ICMP error quotes it: the 8-byte header
   * must be present; when the length field exceeds the bytes present, the payload is what is
   * present and {@link #isTruncated()} is true.
   *
   * @param buf the buffer; not changed
   * @return the datagram, possibly truncated
   * @throws MalformedPacketException if the header is incomplete or the length is below 8
   */
  public static UdpDatagram parseTruncated(ByteBuffer buf) {
    return decode(buf, true);
  }

  private static UdpDatagram decode(ByteBuffer buf, boolean allowTruncated) {
    int base = buf.position();
    int present = buf.limit() - base;
    if (present < HEADER_LENGTH) {
      throw new TruncatedPacketException(UDP, "header", 0, HEADER_LENGTH, present);
    }
    int length = BigEndian.u16(buf, base + LENGTH);
    if (length == 0 && present > 0xffff) {
      // RFC 2675 §4: a jumbogram's length is the IPv6 Jumbo Payload length, all that is here.
      return new UdpDatagram(
          BigEndian.u16(buf, base + SOURCE_PORT),
          BigEndian.u16(buf, base + DESTINATION_PORT),
          0,
          BigEndian.u16(buf, base + CHECKSUM),
          view(buf, base + HEADER_LENGTH, buf.limit()));
    }
    if (length == 0) {
      throw new MalformedPacketException(UDP, "length", LENGTH, "is 0, which only a jumbogram"
          + " of more than 65535 bytes may carry (RFC 2675 §4), but " + present
          + " bytes are present");
    }
    if (length < HEADER_LENGTH) {
      throw new MalformedPacketException(UDP, "length", LENGTH,
          "is " + length + ", below the header length 8");
    }
    int end = base + length;
    if (length > present) {
      if (!allowTruncated) {
        throw new TruncatedPacketException(UDP, "length", LENGTH, length, present);
      }
      end = base + present;
    }
    return new UdpDatagram(
        BigEndian.u16(buf, base + SOURCE_PORT),
        BigEndian.u16(buf, base + DESTINATION_PORT),
        length,
        BigEndian.u16(buf, base + CHECKSUM),
        view(buf, base + HEADER_LENGTH, end));
  }

  private static ByteBuffer view(ByteBuffer buf, int from, int to) {
    ByteBuffer view = buf.isReadOnly() ? buf.duplicate() : buf.asReadOnlyBuffer();
    view.limit(to).position(from);
    return view;
  }

  /**
   * Returns a builder with both ports zero and an empty payload.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the payload: a new read-only buffer over the data, positioned at zero.
   *
   * @return the payload
   */
  @Override
  public ByteBuffer payload() {
    return payload.duplicate();
  }

  /**
   * Returns whether the datagram holds fewer bytes than its length field says.
   *
   * @return {@code true} if cut short
   */
  public boolean isTruncated() {
    return length > HEADER_LENGTH + payload.remaining();
  }

  /**
   * Returns whether this is a jumbogram: a length field of 0 and more than 65535 bytes of
   * header and data, carried in an IPv6 jumbogram (RFC 2675 §4).
   *
   * @return {@code true} for a jumbogram
   */
  public boolean isJumbogram() {
    return length == 0;
  }

  /**
   * Returns the datagram's length: the length field, or for a jumbogram the header and payload
   * held (what the IPv6 Jumbo Payload option says). The pseudo-header carries this length.
   *
   * @return the length in bytes
   */
  public int datagramLength() {
    return length == 0 ? HEADER_LENGTH + payload.remaining() : length;
  }

  /**
   * Returns whether a checksum is present: over IPv4 a zero checksum means none was computed.
   *
   * @return {@code true} if the checksum field is not zero
   */
  public boolean hasChecksum() {
    return checksum != 0;
  }

  /**
   * Computes the checksum to transmit for these addresses: over the pseudo-header (with the
   * length field as the UDP length), the header with a zero checksum field and the payload; a
   * result of zero is sent as {@code 0xffff} (RFC 768, RFC 8200 §8.1).
   *
   * @param source the source address (IPv4 or IPv6)
   * @param destination the destination address of the same family; for IPv6 the final
   *     destination when a Routing header is present
   * @return the checksum, 1..65535
   * @throws IllegalArgumentException if the address families differ, or for a jumbogram over
   *     IPv4
   */
  public int computeChecksum(IpAddress source, IpAddress destination) {
    int sum = headerAndPayloadSum(source, destination, 0);
    int result = InternetChecksum.finish(sum);
    return result == 0 ? 0xffff : result;
  }

  /**
   * Returns whether the checksum on the wire verifies for these addresses. Over IPv4 a zero
   * checksum (none computed) is accepted; over IPv6 it is invalid. A truncated datagram cannot
   * be verified and gives {@code false}.
   *
   * @param source the source address
   * @param destination the destination address of the same family
   * @return {@code true} if the checksum verifies or is absent over IPv4
   * @throws IllegalArgumentException if the address families differ
   */
  public boolean hasValidChecksum(IpAddress source, IpAddress destination) {
    if (checksum == 0) {
      return !(source instanceof Ipv6Address) && !isTruncated();
    }
    if (isTruncated()) {
      return false;
    }
    return InternetChecksum.isValid(headerAndPayloadSum(source, destination, checksum));
  }

  private int headerAndPayloadSum(IpAddress source, IpAddress destination, int checksumWord) {
    // A jumbogram's pseudo-header has the real length, its header the 0 on the wire.
    // Six 16-bit values cannot carry out of 32 bits: addInt folds them all in one step.
    return InternetChecksum.addInt(0,
        PseudoHeader.sum(source, destination, IpProtocol.UDP, datagramLength())
            + sourcePort + destinationPort + length + checksumWord
            + InternetChecksum.sum(payload, payload.position(), payload.remaining()));
  }

  /**
   * Returns this datagram with another checksum field.
   *
   * @param newChecksum the checksum, 0..65535
   * @return the datagram
   */
  public UdpDatagram withChecksum(int newChecksum) {
    return new UdpDatagram(sourcePort, destinationPort, length, newChecksum, payload);
  }

  /**
   * Returns this datagram with the checksum computed for these addresses.
   *
   * @param source the source address
   * @param destination the destination address of the same family
   * @return the datagram
   * @throws IllegalArgumentException if the address families differ
   */
  public UdpDatagram withComputedChecksum(IpAddress source, IpAddress destination) {
    return withChecksum(computeChecksum(source, destination));
  }

  /**
   * Returns this datagram with other ports; the checksum is adjusted incrementally (RFC 1624),
   * so a wrong one stays wrong by the same amount and an absent one (zero) stays absent.
   *
   * @param newSourcePort the source port, 0..65535
   * @param newDestinationPort the destination port, 0..65535
   * @return the datagram
   * @throws IllegalArgumentException if a port is out of range
   */
  public UdpDatagram withPorts(int newSourcePort, int newDestinationPort) {
    checkRange(newSourcePort, 0xffff, "sourcePort");
    checkRange(newDestinationPort, 0xffff, "destinationPort");
    int c = checksum;
    if (c != 0) {
      c = InternetChecksum.update32(c, sourcePort << 16 | destinationPort,
          newSourcePort << 16 | newDestinationPort);
      c = c == 0 ? 0xffff : c;
    }
    return new UdpDatagram(newSourcePort, newDestinationPort, length, c, payload);
  }

  /**
   * Returns the number of bytes {@link #encode} writes: the header and the payload held.
   *
   * @return the encoded length
   */
  @Override
  public int encodedLength() {
    return HEADER_LENGTH + payload.remaining();
  }

  @Override
  public void encode(ByteBuffer dst) {
    int n = encodedLength();
    if (dst.isReadOnly()) {
      throw new ReadOnlyBufferException();
    }
    if (dst.remaining() < n) {
      throw new BufferOverflowException();
    }
    int p = dst.position();
    BigEndian.put16(dst, p + SOURCE_PORT, sourcePort);
    BigEndian.put16(dst, p + DESTINATION_PORT, destinationPort);
    BigEndian.put16(dst, p + LENGTH, length);
    BigEndian.put16(dst, p + CHECKSUM, checksum);
    dst.put(p + HEADER_LENGTH, payload, payload.position(), payload.remaining());
    dst.position(p + n);
  }

  /**
   * Returns a one-line summary in the style of tcpdump, e.g. {@code UDP 53 > 41234, length 45,
   * checksum 0x1c2d}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("UDP ").append(sourcePort).append(" > ")
        .append(destinationPort).append(", length ").append(length)
        .append(length == 0 ? " (jumbogram, " + encodedLength() + " bytes)" : "")
        .append(", checksum 0x").append(String.format("%04x", checksum));
    if (isTruncated()) {
      s.append(", truncated to ").append(encodedLength());
    }
    return s.toString();
  }

  /**
   * Builds a {@link UdpDatagram} with the length filled in and no checksum (zero); add one with
   * {@link UdpDatagram#withComputedChecksum(IpAddress, IpAddress)}.
   */
  public static final class Builder {
    private int sourcePort;
    private int destinationPort;
    private ByteBuffer payload = ByteBuffer.allocate(0).asReadOnlyBuffer();

    private Builder() {}

    /**
     * Sets the source port.
     *
     * @param sourcePort the port, 0..65535
     * @return this builder
     */
    public Builder sourcePort(int sourcePort) {
      this.sourcePort = sourcePort;
      return this;
    }

    /**
     * Sets the destination port.
     *
     * @param destinationPort the port, 0..65535
     * @return this builder
     */
    public Builder destinationPort(int destinationPort) {
      this.destinationPort = destinationPort;
      return this;
    }

    /**
     * Sets the payload: the bytes between the buffer's position and limit (a writable buffer is
     * copied when built).
     *
     * @param payload the payload
     * @return this builder
     */
    public Builder payload(ByteBuffer payload) {
      this.payload = Objects.requireNonNull(payload, "payload");
      return this;
    }

    /**
     * Sets the payload to a copy of an array.
     *
     * @param payload the bytes
     * @return this builder
     */
    public Builder payload(byte[] payload) {
      this.payload = ByteBuffer.wrap(payload.clone()).asReadOnlyBuffer();
      return this;
    }

    /**
     * Builds the datagram with the length computed and a zero checksum. A datagram of more than
     * 65535 bytes gets length 0, the jumbogram form of RFC 2675 §4, which only an IPv6
     * jumbogram can carry.
     *
     * @return the datagram
     * @throws IllegalArgumentException if a port is out of range
     */
    public UdpDatagram build() {
      long length = (long) HEADER_LENGTH + payload.remaining();
      return new UdpDatagram(sourcePort, destinationPort, length > 0xffff ? 0 : (int) length, 0,
          payload);
    }

    /**
     * Builds the datagram with the length and the checksum computed for these addresses.
     *
     * @param source the source address
     * @param destination the destination address of the same family
     * @return the datagram
     * @throws IllegalArgumentException as {@link #build()} does, or if the families differ (or
     *     a jumbogram is given IPv4 addresses)
     */
    public UdpDatagram build(IpAddress source, IpAddress destination) {
      return build().withComputedChecksum(source, destination);
    }
  }
}
