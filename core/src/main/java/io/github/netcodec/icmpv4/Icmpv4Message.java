package io.github.netcodec.icmpv4;

import static io.github.netcodec.icmpv4.Icmpv4Fields.CHECKSUM;
import static io.github.netcodec.icmpv4.Icmpv4Fields.HEADER_LENGTH;
import static io.github.netcodec.icmpv4.Icmpv4Fields.REST_OF_HEADER;

import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.ipv4.Ipv4Packet;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Objects;

/**
 * An ICMP message for IPv4 (RFC 792): type, code, checksum and the 32-bit "rest of header" as
 * on the wire, and the body (echo data, or the quoted original datagram of an error) as a
 * read-only view of the input.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type      |     Code      |          Checksum             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   rest of header: Identifier | Sequence Number (echo),        |
 * |   Gateway Internet Address (redirect), Pointer (parameter     |
 * |   problem), unused | Next-Hop MTU (unreachable, RFC 1191)     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Data: echo data, or the Internet Header + 64 bits of the    |
 * |   original datagram (errors; RFC 1812 §4.3.2.3 allows more)   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>The typed accessors ({@link #identifier()}, {@link #nextHopMtu()}, {@link #gateway()},
 * {@link #pointer()}) read the rest-of-header field the way the message's type defines it;
 * they never throw. The quoted datagram of an error ({@link #isError()}) is {@link #body()};
 * {@link #parseQuotedPacket()} decodes it leniently, as an IPv4 packet cut short.
 *
 * <pre>{@code
 * Icmpv4Message m = Icmpv4Message.parse(ip.payload());
 * if (m.type() == Icmpv4Message.DESTINATION_UNREACHABLE) {
 *   Ipv4Packet original = m.parseQuotedPacket();     // the datagram that was dropped
 *   int mtu = m.nextHopMtu();                        // when code is FRAGMENTATION_NEEDED
 * }
 * }</pre>
 *
 * @param type the type, 0..255
 * @param code the code, 0..255
 * @param checksum the checksum as on the wire, 0..65535, right or wrong
 * @param restOfHeader the 32 bits after the checksum, any value
 * @param body the bytes after the header, a read-only buffer compared by content
 */
public record Icmpv4Message(int type, int code, int checksum, int restOfHeader, ByteBuffer body)
    implements Encodable {

  private static final String ICMP = "ICMPv4";

  /** Type 0: Echo Reply (RFC 792). */
  public static final int ECHO_REPLY = 0;
  /** Type 3: Destination Unreachable (RFC 792). */
  public static final int DESTINATION_UNREACHABLE = 3;
  /** Type 4: Source Quench (RFC 792, deprecated by RFC 6633). */
  public static final int SOURCE_QUENCH = 4;
  /** Type 5: Redirect (RFC 792). */
  public static final int REDIRECT = 5;
  /** Type 8: Echo Request (RFC 792). */
  public static final int ECHO_REQUEST = 8;
  /** Type 11: Time Exceeded (RFC 792). */
  public static final int TIME_EXCEEDED = 11;
  /** Type 12: Parameter Problem (RFC 792). */
  public static final int PARAMETER_PROBLEM = 12;

  /** Destination Unreachable code 0: net unreachable. */
  public static final int NET_UNREACHABLE = 0;
  /** Destination Unreachable code 1: host unreachable. */
  public static final int HOST_UNREACHABLE = 1;
  /** Destination Unreachable code 2: protocol unreachable. */
  public static final int PROTOCOL_UNREACHABLE = 2;
  /** Destination Unreachable code 3: port unreachable. */
  public static final int PORT_UNREACHABLE = 3;
  /** Destination Unreachable code 4: fragmentation needed and DF set (next-hop MTU, RFC 1191). */
  public static final int FRAGMENTATION_NEEDED = 4;
  /** Destination Unreachable code 13: communication administratively prohibited (RFC 1812). */
  public static final int ADMINISTRATIVELY_PROHIBITED = 13;
  /** Time Exceeded code 0: time to live exceeded in transit. */
  public static final int TTL_EXCEEDED = 0;
  /** Time Exceeded code 1: fragment reassembly time exceeded. */
  public static final int REASSEMBLY_TIME_EXCEEDED = 1;

  /**
   * Checks the ranges. A writable body is copied, a read-only one viewed.
   *
   * @param type the type, 0..255
   * @param code the code, 0..255
   * @param checksum the checksum, 0..65535
   * @param restOfHeader the rest of the header, any 32 bits
   * @param body the bytes between its position and limit
   * @throws IllegalArgumentException if a field is out of range or the message exceeds 65515
   *     bytes
   */
  public Icmpv4Message {
    checkRange(type, 255, "type");
    checkRange(code, 255, "code");
    checkRange(checksum, 0xffff, "checksum");
    Objects.requireNonNull(body, "body");
    body = body.isReadOnly() ? body.slice() : copyReadOnly(body);
    checkRange(body.remaining(), 0xffff - 20 - HEADER_LENGTH, "body length");
  }

  private static void checkRange(int value, int max, String field) {
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
   * Parses an ICMPv4 message from the bytes between the buffer's position and limit (pass the
   * IPv4 payload). The body is a read-only view; the buffer is not changed.
   *
   * @param buf the buffer, heap or direct, any byte order
   * @return the message
   * @throws TruncatedPacketException if fewer than 8 bytes are present
   */
  public static Icmpv4Message parse(ByteBuffer buf) {
    int base = buf.position();
    int present = buf.limit() - base;
    if (present < HEADER_LENGTH) {
      throw new TruncatedPacketException(ICMP, "header", 0, HEADER_LENGTH, present);
    }
    if (present > 0xffff - 20) {
      throw new MalformedPacketException(ICMP, "message", 0,
          "is " + present + " bytes, more than an IPv4 packet can carry (65515)");
    }
    int w0 = Icmpv4Fields.getInt(buf, base);
    ByteBuffer view = buf.isReadOnly() ? buf.duplicate() : buf.asReadOnlyBuffer();
    view.limit(base + present).position(base + HEADER_LENGTH);
    return new Icmpv4Message(w0 >>> 24, (w0 >>> 16) & 0xff, w0 & 0xffff,
        Icmpv4Fields.getInt(buf, base + REST_OF_HEADER), view);
  }

  /**
   * Parses an ICMPv4 message from an array.
   *
   * @param bytes the message
   * @return the message, viewing the array
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does
   */
  public static Icmpv4Message parse(byte[] bytes) {
    return parse(ByteBuffer.wrap(bytes));
  }

  /**
   * Returns an Echo Request with the checksum computed.
   *
   * @param identifier the identifier, 0..65535
   * @param sequenceNumber the sequence number, 0..65535
   * @param data the data to be echoed
   * @return the message
   * @throws IllegalArgumentException if a field is out of range
   */
  public static Icmpv4Message echoRequest(int identifier, int sequenceNumber, ByteBuffer data) {
    return echo(ECHO_REQUEST, identifier, sequenceNumber, data);
  }

  /**
   * Returns the Echo Reply to this Echo Request: same identifier, sequence number and data,
   * with the checksum computed.
   *
   * @return the reply
   * @throws IllegalStateException if this is not an Echo Request
   */
  public Icmpv4Message echoReply() {
    if (type != ECHO_REQUEST) {
      throw new IllegalStateException("type " + type + " is not an Echo Request");
    }
    return echo(ECHO_REPLY, identifier(), sequenceNumber(), body);
  }

  private static Icmpv4Message echo(int type, int identifier, int sequenceNumber,
      ByteBuffer data) {
    checkRange(identifier, 0xffff, "identifier");
    checkRange(sequenceNumber, 0xffff, "sequenceNumber");
    return new Icmpv4Message(type, 0, 0, identifier << 16 | sequenceNumber, data)
        .withComputedChecksum();
  }

  /**
   * Returns a Destination Unreachable error quoting an original datagram, checksum computed.
   *
   * @param code the code, e.g. {@link #PORT_UNREACHABLE}
   * @param nextHopMtu the next-hop MTU for {@link #FRAGMENTATION_NEEDED} (RFC 1191), else 0
   * @param quoted the original datagram's IP header and at least its first 8 data bytes
   * @return the message
   * @throws IllegalArgumentException if a field is out of range
   */
  public static Icmpv4Message destinationUnreachable(int code, int nextHopMtu,
      ByteBuffer quoted) {
    checkRange(nextHopMtu, 0xffff, "nextHopMtu");
    return new Icmpv4Message(DESTINATION_UNREACHABLE, code, 0, nextHopMtu, quoted)
        .withComputedChecksum();
  }

  /**
   * Returns a Time Exceeded error quoting an original datagram, checksum computed.
   *
   * @param code {@link #TTL_EXCEEDED} or {@link #REASSEMBLY_TIME_EXCEEDED}
   * @param quoted the original datagram's IP header and at least its first 8 data bytes
   * @return the message
   */
  public static Icmpv4Message timeExceeded(int code, ByteBuffer quoted) {
    return new Icmpv4Message(TIME_EXCEEDED, code, 0, 0, quoted).withComputedChecksum();
  }

  /**
   * Returns a Redirect quoting an original datagram, checksum computed.
   *
   * @param code 0 network, 1 host, 2 TOS and network, 3 TOS and host
   * @param gateway the gateway to send to
   * @param quoted the original datagram's IP header and at least its first 8 data bytes
   * @return the message
   */
  public static Icmpv4Message redirect(int code, Ipv4Address gateway, ByteBuffer quoted) {
    return new Icmpv4Message(REDIRECT, code, 0, gateway.value(), quoted).withComputedChecksum();
  }

  /**
   * Returns a Parameter Problem quoting an original datagram, checksum computed.
   *
   * @param pointer the octet of the original header where the problem was found, 0..255
   * @param quoted the original datagram's IP header and at least its first 8 data bytes
   * @return the message
   * @throws IllegalArgumentException if the pointer is out of range
   */
  public static Icmpv4Message parameterProblem(int pointer, ByteBuffer quoted) {
    checkRange(pointer, 255, "pointer");
    return new Icmpv4Message(PARAMETER_PROBLEM, 0, 0, pointer << 24, quoted)
        .withComputedChecksum();
  }

  /**
   * Returns the body: a new read-only buffer over the bytes after the 8-byte header, positioned
   * at zero; the quoted datagram of an error message.
   *
   * @return the body
   */
  @Override
  public ByteBuffer body() {
    return body.duplicate();
  }

  /**
   * Returns whether the type is an error that quotes the original datagram: Destination
   * Unreachable, Source Quench, Redirect, Time Exceeded, Parameter Problem.
   *
   * @return {@code true} for an error message
   */
  public boolean isError() {
    return type == DESTINATION_UNREACHABLE || type == SOURCE_QUENCH || type == REDIRECT
        || type == TIME_EXCEEDED || type == PARAMETER_PROBLEM;
  }

  /**
   * Returns the echo identifier: the high 16 bits of the rest of the header.
   *
   * @return the identifier, 0..65535
   */
  public int identifier() {
    return restOfHeader >>> 16;
  }

  /**
   * Returns the echo sequence number: the low 16 bits of the rest of the header.
   *
   * @return the sequence number, 0..65535
   */
  public int sequenceNumber() {
    return restOfHeader & 0xffff;
  }

  /**
   * Returns the next-hop MTU of a "fragmentation needed" Destination Unreachable (RFC 1191
   * §4): the low 16 bits of the rest of the header; zero from routers that predate RFC 1191.
   *
   * @return the MTU, 0..65535
   */
  public int nextHopMtu() {
    return restOfHeader & 0xffff;
  }

  /**
   * Returns the gateway address of a Redirect: the whole rest of the header.
   *
   * @return the gateway
   */
  public Ipv4Address gateway() {
    return Ipv4Address.of(restOfHeader);
  }

  /**
   * Returns the pointer of a Parameter Problem: the high 8 bits of the rest of the header.
   *
   * @return the pointer, 0..255
   */
  public int pointer() {
    return restOfHeader >>> 24;
  }

  /**
   * Decodes the quoted original datagram of an error leniently, with {@link
   * Ipv4Packet#parseTruncated(ByteBuffer)}: errors quote the header and only the first bytes of
   * the data.
   *
   * @return the quoted packet, usually {@linkplain Ipv4Packet#isTruncated() truncated}
   * @throws MalformedPacketException if the body does not hold a valid IPv4 header
   */
  public Ipv4Packet parseQuotedPacket() {
    return Ipv4Packet.parseTruncated(body.duplicate());
  }

  /**
   * Computes the checksum: over the whole message with the checksum field taken as zero.
   *
   * @return the checksum, 0..65535
   */
  public int computeChecksum() {
    return InternetChecksum.finish(sum(0));
  }

  /**
   * Returns whether the checksum on the wire verifies.
   *
   * @return {@code true} if it verifies
   */
  public boolean hasValidChecksum() {
    return InternetChecksum.isValid(sum(checksum));
  }

  private int sum(int checksumWord) {
    int s = InternetChecksum.addWord(0, type << 8 | code);
    s = InternetChecksum.addWord(s, checksumWord);
    s = InternetChecksum.addInt(s, restOfHeader);
    return InternetChecksum.combine(s, 0,
        InternetChecksum.sum(body, body.position(), body.remaining()));
  }

  /**
   * Returns this message with the checksum computed.
   *
   * @return the message
   */
  public Icmpv4Message withComputedChecksum() {
    return new Icmpv4Message(type, code, computeChecksum(), restOfHeader, body);
  }

  /**
   * Returns this message with another checksum field.
   *
   * @param newChecksum the checksum, 0..65535
   * @return the message
   */
  public Icmpv4Message withChecksum(int newChecksum) {
    return new Icmpv4Message(type, code, newChecksum, restOfHeader, body);
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
    Icmpv4Fields.putInt(dst, p, type << 24 | code << 16 | checksum);
    Icmpv4Fields.putInt(dst, p + REST_OF_HEADER, restOfHeader);
    dst.put(p + HEADER_LENGTH, body, body.position(), body.remaining());
    dst.position(p + n);
  }

  /**
   * Returns the name of a type, e.g. {@code "echo request"}, or {@code "type 42"}.
   *
   * @param type the type
   * @return the name
   */
  public static String typeName(int type) {
    return switch (type) {
      case ECHO_REPLY -> "echo reply";
      case DESTINATION_UNREACHABLE -> "destination unreachable";
      case SOURCE_QUENCH -> "source quench";
      case REDIRECT -> "redirect";
      case ECHO_REQUEST -> "echo request";
      case TIME_EXCEEDED -> "time exceeded";
      case PARAMETER_PROBLEM -> "parameter problem";
      default -> "type " + type;
    };
  }

  /**
   * Returns a one-line summary, e.g. {@code ICMPv4 echo request, id 1, seq 2, length 56}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ICMPv4 ").append(typeName(type));
    if (type == ECHO_REQUEST || type == ECHO_REPLY) {
      s.append(", id ").append(identifier()).append(", seq ").append(sequenceNumber());
    } else {
      s.append(", code ").append(code);
      if (type == DESTINATION_UNREACHABLE && code == FRAGMENTATION_NEEDED) {
        s.append(", mtu ").append(nextHopMtu());
      } else if (type == REDIRECT) {
        s.append(", gateway ").append(gateway());
      } else if (type == PARAMETER_PROBLEM) {
        s.append(", pointer ").append(pointer());
      }
    }
    return s.append(", length ").append(body.remaining()).toString();
  }
}
