package io.github.netcodec.icmpv6;

import static io.github.netcodec.icmpv6.Icmpv6Fields.HEADER_LENGTH;
import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.internal.Payloads;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.PseudoHeader;
import io.github.netcodec.ipv6.Ipv6Packet;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Locale;
import java.util.Objects;

/**
 * An ICMPv6 message (RFC 4443 §2.1): type, code and checksum as on the wire, and the message
 * body as a read-only view of the input.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type      |     Code      |          Checksum             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                         Message Body                          +
 * |                                                               |
 * </pre>
 *
 * <p>Errors (types 1 to 4) start the body with a 32-bit field (unused, the MTU of Packet Too
 * Big, the pointer of Parameter Problem) followed by as much of the invoking packet as fits
 * ({@link #parseQuotedPacket()}); echo starts it with an identifier and a sequence number;
 * Neighbor Discovery messages (types 133 to 137) decode with {@link NeighborDiscovery#parse}.
 * The checksum covers the IPv6 pseudo-header ({@link PseudoHeader}) and the whole message.
 *
 * <pre>{@code
 * Icmpv6Message m = Icmpv6Message.parse(ip.payload());
 * m.hasValidChecksum(ip.source(), ip.finalDestination());
 * if (m.type().equals(Icmpv6Type.NEIGHBOR_SOLICITATION)) {
 *   var ns = (NeighborDiscovery.NeighborSolicitation) NeighborDiscovery.parse(m);
 *   ns.target();                                   // who has this address?
 * }
 * }</pre>
 *
 * <p>The type is an {@link Icmpv6Type}; the code stays the {@code int} on the wire, because
 * its meaning depends on the type, and {@link #typedCode()} pairs the two as an {@link
 * Icmpv6Code} with the registry's name.
 *
 * @param type the type
 * @param code the code, 0..255, whose meaning depends on the type
 * @param checksum the checksum as on the wire, 0..65535, right or wrong
 * @param body the bytes after the checksum, a read-only buffer compared by content
 */
public record Icmpv6Message(Icmpv6Type type, int code, int checksum, ByteBuffer body)
    implements Encodable {

  static final String ICMPV6 = "ICMPv6";

  /**
   * Checks the ranges. A writable body is copied, a read-only one viewed.
   *
   * @param type the type
   * @param code the code, 0..255
   * @param checksum the checksum, 0..65535
   * @param body the bytes between its position and limit
   * @throws IllegalArgumentException if a field is out of range
   * @throws NullPointerException if {@code type} or {@code body} is null
   */
  public Icmpv6Message {
    Objects.requireNonNull(type, "type");
    checkRange(code, 255, "code");
    checkRange(checksum, 0xffff, "checksum");
    Objects.requireNonNull(body, "body");
    body = Payloads.own(body);
  }

  /**
   * Parses an ICMPv6 message from the bytes between the buffer's position and limit (pass the
   * IPv6 payload). The body is a read-only view; the buffer is not changed.
   *
   * @param buf the buffer, heap or direct, any byte order
   * @return the message
   * @throws TruncatedPacketException if fewer than 4 bytes are present, or an error or echo
   *     message lacks its 32-bit field
   */
  public static Icmpv6Message parse(ByteBuffer buf) {
    int base = buf.position();
    int present = buf.limit() - base;
    if (present < HEADER_LENGTH) {
      throw new TruncatedPacketException(ICMPV6, "header", 0, HEADER_LENGTH, present);
    }
    int w0 = BigEndian.getInt(buf, base);
    Icmpv6Type type = Icmpv6Type.of(w0 >>> 24);
    if ((type.isError() || isEcho(type))
        && present < HEADER_LENGTH + Icmpv6Fields.ERROR_FIELD_LENGTH) {
      throw new TruncatedPacketException(ICMPV6, label(type).toLowerCase(Locale.ROOT), 0,
          HEADER_LENGTH + Icmpv6Fields.ERROR_FIELD_LENGTH, present);
    }
    ByteBuffer view = buf.isReadOnly() ? buf.duplicate() : buf.asReadOnlyBuffer();
    view.limit(base + present).position(base + HEADER_LENGTH);
    return new Icmpv6Message(type, (w0 >>> 16) & 0xff, w0 & 0xffff, view);
  }

  /**
   * Parses an ICMPv6 message from an array.
   *
   * @param bytes the message
   * @return the message, viewing the array
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does
   */
  public static Icmpv6Message parse(byte[] bytes) {
    return parse(ByteBuffer.wrap(bytes));
  }

  /**
   * Returns a message with a zero checksum; complete it with {@link
   * #withComputedChecksum(Ipv6Address, Ipv6Address)}.
   *
   * @param type the type
   * @param code the code, 0..255
   * @param body the body: the bytes after the checksum
   * @return the message
   * @throws IllegalArgumentException if the code is out of range
   */
  public static Icmpv6Message of(Icmpv6Type type, int code, ByteBuffer body) {
    return new Icmpv6Message(type, code, 0, body);
  }

  /**
   * Returns an Echo Request (checksum zero until {@link #withComputedChecksum}).
   *
   * @param identifier the identifier, 0..65535
   * @param sequenceNumber the sequence number, 0..65535
   * @param data the data to be echoed
   * @return the message
   */
  public static Icmpv6Message echoRequest(int identifier, int sequenceNumber, ByteBuffer data) {
    return withField(Icmpv6Type.ECHO_REQUEST, 0,
        identifier << 16 | checked(sequenceNumber, identifier), data);
  }

  private static int checked(int sequenceNumber, int identifier) {
    checkRange(identifier, 0xffff, "identifier");
    checkRange(sequenceNumber, 0xffff, "sequenceNumber");
    return sequenceNumber;
  }

  /**
   * Returns an error message (types 1 to 4): the 32-bit field, then the invoking packet.
   *
   * @param code the type and code, e.g. {@link Icmpv6Code#PORT_UNREACHABLE}, or {@code
   *     Icmpv6Code.of(Icmpv6Type.PACKET_TOO_BIG, 0)}
   * @param field the unused field, MTU or pointer
   * @param invokingPacket as much of the invoking packet as fits in the minimum IPv6 MTU
   * @return the message, checksum zero until {@link #withComputedChecksum}
   * @throws IllegalArgumentException if the code's type is not an error type (0..127)
   */
  public static Icmpv6Message error(Icmpv6Code code, int field, ByteBuffer invokingPacket) {
    if (!code.type().isError()) {
      throw new IllegalArgumentException("type " + code.type() + " is not an error type (0..127)");
    }
    return withField(code.type(), code.value(), field, invokingPacket);
  }

  private static Icmpv6Message withField(Icmpv6Type type, int code, int field, ByteBuffer rest) {
    ByteBuffer body = ByteBuffer.allocate(4 + rest.remaining());
    BigEndian.put32(body, field);
    body.put(rest.duplicate());
    return new Icmpv6Message(type, code, 0, body.flip().asReadOnlyBuffer());
  }

  /**
   * Returns the body: a new read-only buffer over the bytes after the checksum, at zero.
   *
   * @return the body
   */
  @Override
  public ByteBuffer body() {
    return body.duplicate();
  }

  /**
   * Returns the code in the context of the type, with its name from the registry: {@code
   * Icmpv6Code.of(type(), code())}.
   *
   * @return the typed code, the shared constant for a named one
   */
  public Icmpv6Code typedCode() {
    return Icmpv6Code.of(type, code);
  }

  /**
   * Returns whether this is an error message (types 0..127).
   *
   * @return {@code true} for an error
   * @see Icmpv6Type#isError()
   */
  public boolean isError() {
    return type.isError();
  }

  private static boolean isEcho(Icmpv6Type type) {
    return type.equals(Icmpv6Type.ECHO_REQUEST) || type.equals(Icmpv6Type.ECHO_REPLY);
  }

  private static String label(Icmpv6Type type) {
    return type.isNamed() ? type.name() : "type " + type.value();
  }

  private int field32() {
    return body.remaining() >= 4 ? BigEndian.getInt(body, body.position()) : 0;
  }

  /**
   * Returns the echo identifier: the first 16 bits of the body (0 if absent).
   *
   * @return the identifier, 0..65535
   */
  public int identifier() {
    return field32() >>> 16;
  }

  /**
   * Returns the echo sequence number: bits 16..31 of the body (0 if absent).
   *
   * @return the sequence number, 0..65535
   */
  public int sequenceNumber() {
    return field32() & 0xffff;
  }

  /**
   * Returns the MTU of a Packet Too Big message: the first 32 bits of the body (0 if absent).
   *
   * @return the MTU, 0..2^32-1
   */
  public long mtu() {
    return field32() & 0xffff_ffffL;
  }

  /**
   * Returns the pointer of a Parameter Problem: the first 32 bits of the body (0 if absent).
   *
   * @return the pointer, 0..2^32-1
   */
  public long pointer() {
    return field32() & 0xffff_ffffL;
  }

  /**
   * Returns what follows the 32-bit field of an error or echo message: the invoking packet, or
   * the echo data. Empty if the body is shorter.
   *
   * @return a new read-only buffer at zero
   */
  public ByteBuffer data() {
    ByteBuffer d = body.duplicate();
    d.position(Math.min(4, d.limit()));
    return d.slice();
  }

  /**
   * Decodes the invoking packet quoted by an error leniently, with {@link
   * Ipv6Packet#parseTruncated(ByteBuffer)}.
   *
   * @return the quoted packet
   * @throws MalformedPacketException if the quotation does not hold a valid IPv6 header
   */
  public Ipv6Packet parseQuotedPacket() {
    return Ipv6Packet.parseTruncated(data());
  }

  /**
   * Computes the checksum over the IPv6 pseudo-header and the message (checksum field zero).
   *
   * @param source the IPv6 source address
   * @param destination the destination (the final one, when a Routing header is present)
   * @return the checksum, 0..65535
   */
  public int computeChecksum(Ipv6Address source, Ipv6Address destination) {
    return InternetChecksum.finish(sum(source, destination, 0));
  }

  /**
   * Returns whether the checksum on the wire verifies for these addresses.
   *
   * @param source the IPv6 source address
   * @param destination the destination (the final one, when a Routing header is present)
   * @return {@code true} if it verifies
   */
  public boolean hasValidChecksum(Ipv6Address source, Ipv6Address destination) {
    return InternetChecksum.isValid(sum(source, destination, checksum));
  }

  private int sum(Ipv6Address source, Ipv6Address destination, int checksumWord) {
    int s = PseudoHeader.sum(source, destination, IpProtocol.ICMPV6, encodedLength());
    s = InternetChecksum.addWord(s, type.value() << 8 | code);
    s = InternetChecksum.addWord(s, checksumWord);
    return InternetChecksum.combine(s, 0,
        InternetChecksum.sum(body, body.position(), body.remaining()));
  }

  /**
   * Returns this message with the checksum computed for these addresses.
   *
   * @param source the IPv6 source address
   * @param destination the destination
   * @return the message
   */
  public Icmpv6Message withComputedChecksum(Ipv6Address source, Ipv6Address destination) {
    return withChecksum(computeChecksum(source, destination));
  }

  /**
   * Returns this message with another checksum field.
   *
   * @param newChecksum the checksum, 0..65535
   * @return the message
   */
  public Icmpv6Message withChecksum(int newChecksum) {
    return new Icmpv6Message(type, code, newChecksum, body);
  }

  @Override
  public int encodedLength() {
    return HEADER_LENGTH + body.remaining();
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
    dst.put(p, (byte) type.value()).put(p + 1, (byte) code).put(p + 2, (byte) (checksum >>> 8))
        .put(p + 3, (byte) checksum);
    dst.put(p + HEADER_LENGTH, body, body.position(), body.remaining());
    dst.position(p + n);
  }

  /**
   * Returns a one-line summary with the registry's names, e.g. {@code ICMPv6 Echo Request, id 1,
   * seq 2, length 60} or {@code ICMPv6 Destination Unreachable, port unreachable (code 4),
   * length 48}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ICMPv6 ").append(label(type));
    if (isEcho(type)) {
      s.append(", id ").append(identifier()).append(", seq ").append(sequenceNumber());
    } else {
      Icmpv6Code c = typedCode();
      s.append(", ").append(c.isNamed() ? c.name() + " (code " + code + ")" : "code " + code);
      if (type.equals(Icmpv6Type.PACKET_TOO_BIG)) {
        s.append(", mtu ").append(mtu());
      } else if (type.equals(Icmpv6Type.PARAMETER_PROBLEM)) {
        s.append(", pointer ").append(pointer());
      }
    }
    return s.append(", length ").append(encodedLength()).toString();
  }
}
