package io.github.netcodec.icmpv6;

import static io.github.netcodec.icmpv6.Icmpv6Fields.HEADER_LENGTH;

import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.PseudoHeader;
import io.github.netcodec.ipv6.Ipv6Packet;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
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
 * if (m.type() == Icmpv6Message.NEIGHBOR_SOLICITATION) {
 *   var ns = (NeighborDiscovery.NeighborSolicitation) NeighborDiscovery.parse(m);
 *   ns.target();                                   // who has this address?
 * }
 * }</pre>
 *
 * @param type the type, 0..255
 * @param code the code, 0..255
 * @param checksum the checksum as on the wire, 0..65535, right or wrong
 * @param body the bytes after the checksum, a read-only buffer compared by content
 */
public record Icmpv6Message(int type, int code, int checksum, ByteBuffer body)
    implements Encodable {

  static final String ICMPV6 = "ICMPv6";

  /** Type 1: Destination Unreachable (RFC 4443 §3.1). */
  public static final int DESTINATION_UNREACHABLE = 1;
  /** Type 2: Packet Too Big (RFC 4443 §3.2). */
  public static final int PACKET_TOO_BIG = 2;
  /** Type 3: Time Exceeded (RFC 4443 §3.3). */
  public static final int TIME_EXCEEDED = 3;
  /** Type 4: Parameter Problem (RFC 4443 §3.4). */
  public static final int PARAMETER_PROBLEM = 4;
  /** Type 128: Echo Request (RFC 4443 §4.1). */
  public static final int ECHO_REQUEST = 128;
  /** Type 129: Echo Reply (RFC 4443 §4.2). */
  public static final int ECHO_REPLY = 129;
  /** Type 133: Router Solicitation (RFC 4861 §4.1). */
  public static final int ROUTER_SOLICITATION = 133;
  /** Type 134: Router Advertisement (RFC 4861 §4.2). */
  public static final int ROUTER_ADVERTISEMENT = 134;
  /** Type 135: Neighbor Solicitation (RFC 4861 §4.3). */
  public static final int NEIGHBOR_SOLICITATION = 135;
  /** Type 136: Neighbor Advertisement (RFC 4861 §4.4). */
  public static final int NEIGHBOR_ADVERTISEMENT = 136;
  /** Type 137: Redirect (RFC 4861 §4.5). */
  public static final int REDIRECT = 137;

  /** Destination Unreachable code 0: no route to destination. */
  public static final int NO_ROUTE = 0;
  /** Destination Unreachable code 1: communication administratively prohibited. */
  public static final int ADMINISTRATIVELY_PROHIBITED = 1;
  /** Destination Unreachable code 3: address unreachable. */
  public static final int ADDRESS_UNREACHABLE = 3;
  /** Destination Unreachable code 4: port unreachable. */
  public static final int PORT_UNREACHABLE = 4;

  /**
   * Checks the ranges. A writable body is copied, a read-only one viewed.
   *
   * @param type the type, 0..255
   * @param code the code, 0..255
   * @param checksum the checksum, 0..65535
   * @param body the bytes between its position and limit
   * @throws IllegalArgumentException if a field is out of range
   */
  public Icmpv6Message {
    checkRange(type, 255, "type");
    checkRange(code, 255, "code");
    checkRange(checksum, 0xffff, "checksum");
    Objects.requireNonNull(body, "body");
    body = body.isReadOnly() ? body.slice() : copyReadOnly(body);
  }

  static void checkRange(long value, long max, String field) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(field + " " + value + " is not in 0.." + max);
    }
  }

  private static ByteBuffer copyReadOnly(ByteBuffer src) {
    ByteBuffer copy = ByteBuffer.allocate(src.remaining());
    copy.put(0, src, src.position(), src.remaining());
    return copy.asReadOnlyBuffer();
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
    int w0 = Icmpv6Fields.getInt(buf, base);
    int type = w0 >>> 24;
    if ((isError(type) || type == ECHO_REQUEST || type == ECHO_REPLY)
        && present < HEADER_LENGTH + Icmpv6Fields.ERROR_FIELD_LENGTH) {
      throw new TruncatedPacketException(ICMPV6, typeName(type), 0,
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
   * @param code the code
   * @param body the body: the bytes after the checksum
   * @return the message
   */
  public static Icmpv6Message of(int type, int code, ByteBuffer body) {
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
    return withField(ECHO_REQUEST, 0, identifier << 16 | checked(sequenceNumber, identifier),
        data);
  }

  private static int checked(int sequenceNumber, int identifier) {
    checkRange(identifier, 0xffff, "identifier");
    checkRange(sequenceNumber, 0xffff, "sequenceNumber");
    return sequenceNumber;
  }

  /**
   * Returns an error message (types 1 to 4): the 32-bit field, then the invoking packet.
   *
   * @param type {@link #DESTINATION_UNREACHABLE}, {@link #PACKET_TOO_BIG}, {@link
   *     #TIME_EXCEEDED} or {@link #PARAMETER_PROBLEM}
   * @param code the code
   * @param field the unused field, MTU or pointer
   * @param invokingPacket as much of the invoking packet as fits in the minimum IPv6 MTU
   * @return the message, checksum zero until {@link #withComputedChecksum}
   */
  public static Icmpv6Message error(int type, int code, int field, ByteBuffer invokingPacket) {
    return withField(type, code, field, invokingPacket);
  }

  private static Icmpv6Message withField(int type, int code, int field, ByteBuffer rest) {
    ByteBuffer body = ByteBuffer.allocate(4 + rest.remaining());
    Icmpv6Fields.putInt(body, field);
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
   * Returns whether a type is an error message (RFC 4443 §2.1: types 0..127).
   *
   * @param type the type
   * @return {@code true} for an error type
   */
  public static boolean isError(int type) {
    return type < 128;
  }

  /**
   * Returns whether this is an error message (types 0..127).
   *
   * @return {@code true} for an error
   */
  public boolean isError() {
    return isError(type);
  }

  private int field32() {
    return body.remaining() >= 4 ? Icmpv6Fields.getInt(body, body.position()) : 0;
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
    s = InternetChecksum.addWord(s, type << 8 | code);
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
    dst.put(p, (byte) type).put(p + 1, (byte) code).put(p + 2, (byte) (checksum >>> 8))
        .put(p + 3, (byte) checksum);
    dst.put(p + HEADER_LENGTH, body, body.position(), body.remaining());
    dst.position(p + n);
  }

  /**
   * Returns the name of a type, e.g. {@code "neighbor solicitation"}, or {@code "type 200"}.
   *
   * @param type the type
   * @return the name
   */
  public static String typeName(int type) {
    return switch (type) {
      case DESTINATION_UNREACHABLE -> "destination unreachable";
      case PACKET_TOO_BIG -> "packet too big";
      case TIME_EXCEEDED -> "time exceeded";
      case PARAMETER_PROBLEM -> "parameter problem";
      case ECHO_REQUEST -> "echo request";
      case ECHO_REPLY -> "echo reply";
      case ROUTER_SOLICITATION -> "router solicitation";
      case ROUTER_ADVERTISEMENT -> "router advertisement";
      case NEIGHBOR_SOLICITATION -> "neighbor solicitation";
      case NEIGHBOR_ADVERTISEMENT -> "neighbor advertisement";
      case REDIRECT -> "redirect";
      default -> "type " + type;
    };
  }

  /**
   * Returns a one-line summary, e.g. {@code ICMPv6 echo request, id 1, seq 2, length 60}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ICMPv6 ").append(typeName(type));
    if (type == ECHO_REQUEST || type == ECHO_REPLY) {
      s.append(", id ").append(identifier()).append(", seq ").append(sequenceNumber());
    } else {
      s.append(", code ").append(code);
      if (type == PACKET_TOO_BIG) {
        s.append(", mtu ").append(mtu());
      } else if (type == PARAMETER_PROBLEM) {
        s.append(", pointer ").append(pointer());
      }
    }
    return s.append(", length ").append(encodedLength()).toString();
  }
}
