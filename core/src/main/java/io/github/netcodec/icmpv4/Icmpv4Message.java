package io.github.netcodec.icmpv4;

import static io.github.netcodec.icmpv4.Icmpv4Fields.CHECKSUM;
import static io.github.netcodec.icmpv4.Icmpv4Fields.HEADER_LENGTH;
import static io.github.netcodec.icmpv4.Icmpv4Fields.REST_OF_HEADER;
import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.internal.Payloads;
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
 * if (m.type().equals(Icmpv4Type.DESTINATION_UNREACHABLE)) {
 *   Ipv4Packet original = m.parseQuotedPacket();     // the datagram that was dropped
 *   if (m.typedCode().equals(Icmpv4Code.FRAGMENTATION_NEEDED)) {
 *     int mtu = m.nextHopMtu();
 *   }
 * }
 * }</pre>
 *
 * <p>The type is an {@link Icmpv4Type}; the code stays the {@code int} on the wire, because
 * its meaning depends on the type, and {@link #typedCode()} pairs the two as an {@link
 * Icmpv4Code} with the registry's name.
 *
 * @param type the type
 * @param code the code, 0..255, whose meaning depends on the type
 * @param checksum the checksum as on the wire, 0..65535, right or wrong
 * @param restOfHeader the 32 bits after the checksum, any value
 * @param body the bytes after the header, a read-only buffer compared by content
 */
public record Icmpv4Message(Icmpv4Type type, int code, int checksum, int restOfHeader, ByteBuffer body)
    implements Encodable {

  private static final String ICMP = "ICMPv4";

  /**
   * Checks the ranges. A writable body is copied, a read-only one viewed.
   *
   * @param type the type
   * @param code the code, 0..255
   * @param checksum the checksum, 0..65535
   * @param restOfHeader the rest of the header, any 32 bits
   * @param body the bytes between its position and limit
   * @throws IllegalArgumentException if a field is out of range or the message exceeds 65515
   *     bytes
   * @throws NullPointerException if {@code type} or {@code body} is null
   */
  public Icmpv4Message {
    Objects.requireNonNull(type, "type");
    checkRange(code, 255, "code");
    checkRange(checksum, 0xffff, "checksum");
    Objects.requireNonNull(body, "body");
    body = Payloads.own(body);
    checkRange(body.remaining(), 0xffff - 20 - HEADER_LENGTH, "body length");
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
    int w0 = BigEndian.getInt(buf, base);
    ByteBuffer view = buf.isReadOnly() ? buf.duplicate() : buf.asReadOnlyBuffer();
    view.limit(base + present).position(base + HEADER_LENGTH);
    return new Icmpv4Message(Icmpv4Type.of(w0 >>> 24), (w0 >>> 16) & 0xff, w0 & 0xffff,
        BigEndian.getInt(buf, base + REST_OF_HEADER), view);
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
    return echo(Icmpv4Type.ECHO_REQUEST, identifier, sequenceNumber, data);
  }

  /**
   * Returns the Echo Reply to this Echo Request: same identifier, sequence number and data,
   * with the checksum computed.
   *
   * @return the reply
   * @throws IllegalStateException if this is not an Echo Request
   */
  public Icmpv4Message echoReply() {
    if (!type.equals(Icmpv4Type.ECHO_REQUEST)) {
      throw new IllegalStateException("type " + type + " is not an Echo Request");
    }
    return echo(Icmpv4Type.ECHO_REPLY, identifier(), sequenceNumber(), body);
  }

  private static Icmpv4Message echo(Icmpv4Type type, int identifier, int sequenceNumber,
      ByteBuffer data) {
    checkRange(identifier, 0xffff, "identifier");
    checkRange(sequenceNumber, 0xffff, "sequenceNumber");
    return new Icmpv4Message(type, 0, 0, identifier << 16 | sequenceNumber, data)
        .withComputedChecksum();
  }

  /**
   * Returns a Destination Unreachable error quoting an original datagram, checksum computed.
   *
   * @param code a Destination Unreachable code, e.g. {@link Icmpv4Code#PORT_UNREACHABLE}
   * @param nextHopMtu the next-hop MTU for {@link Icmpv4Code#FRAGMENTATION_NEEDED} (RFC 1191),
   *     else 0
   * @param quoted the original datagram's IP header and at least its first 8 data bytes
   * @return the message
   * @throws IllegalArgumentException if a field is out of range or the code belongs to another
   *     type
   */
  public static Icmpv4Message destinationUnreachable(Icmpv4Code code, int nextHopMtu,
      ByteBuffer quoted) {
    checkRange(nextHopMtu, 0xffff, "nextHopMtu");
    return new Icmpv4Message(Icmpv4Type.DESTINATION_UNREACHABLE,
        codeOf(Icmpv4Type.DESTINATION_UNREACHABLE, code), 0, nextHopMtu, quoted)
        .withComputedChecksum();
  }

  /**
   * Returns a Time Exceeded error quoting an original datagram, checksum computed.
   *
   * @param code {@link Icmpv4Code#TTL_EXCEEDED} or {@link Icmpv4Code#REASSEMBLY_TIME_EXCEEDED}
   * @param quoted the original datagram's IP header and at least its first 8 data bytes
   * @return the message
   * @throws IllegalArgumentException if the code belongs to another type
   */
  public static Icmpv4Message timeExceeded(Icmpv4Code code, ByteBuffer quoted) {
    return new Icmpv4Message(Icmpv4Type.TIME_EXCEEDED, codeOf(Icmpv4Type.TIME_EXCEEDED, code), 0,
        0, quoted).withComputedChecksum();
  }

  /**
   * Returns a Redirect quoting an original datagram, checksum computed.
   *
   * @param code a Redirect code: {@link Icmpv4Code#REDIRECT_NETWORK}, {@link
   *     Icmpv4Code#REDIRECT_HOST}, {@link Icmpv4Code#REDIRECT_TOS_NETWORK} or {@link
   *     Icmpv4Code#REDIRECT_TOS_HOST}
   * @param gateway the gateway to send to
   * @param quoted the original datagram's IP header and at least its first 8 data bytes
   * @return the message
   * @throws IllegalArgumentException if the code belongs to another type
   */
  public static Icmpv4Message redirect(Icmpv4Code code, Ipv4Address gateway, ByteBuffer quoted) {
    return new Icmpv4Message(Icmpv4Type.REDIRECT, codeOf(Icmpv4Type.REDIRECT, code), 0,
        gateway.value(), quoted).withComputedChecksum();
  }

  private static int codeOf(Icmpv4Type type, Icmpv4Code code) {
    if (!code.type().equals(type)) {
      throw new IllegalArgumentException("code " + code + " of type " + code.type()
          + " is not a code of type " + type);
    }
    return code.value();
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
    return new Icmpv4Message(Icmpv4Type.PARAMETER_PROBLEM, 0, 0, pointer << 24, quoted)
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
   * Returns the code in the context of the type, with its name from the registry: {@code
   * Icmpv4Code.of(type(), code())}.
   *
   * @return the typed code, the shared constant for a named one
   */
  public Icmpv4Code typedCode() {
    return Icmpv4Code.of(type, code);
  }

  /**
   * Returns whether the type is an error that quotes the original datagram: Destination
   * Unreachable, Source Quench, Redirect, Time Exceeded, Parameter Problem.
   *
   * @return {@code true} for an error message
   * @see Icmpv4Type#isError()
   */
  public boolean isError() {
    return type.isError();
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
    int s = InternetChecksum.addWord(0, type.value() << 8 | code);
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
    BigEndian.put32(dst, p, type.value() << 24 | code << 16 | checksum);
    BigEndian.put32(dst, p + REST_OF_HEADER, restOfHeader);
    dst.put(p + HEADER_LENGTH, body, body.position(), body.remaining());
    dst.position(p + n);
  }

  /**
   * Returns a one-line summary with the registry's names, e.g. {@code ICMPv4 Echo, id 1, seq 2,
   * length 56} or {@code ICMPv4 Destination Unreachable, Port Unreachable (code 3), length 36}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ICMPv4 ")
        .append(type.isNamed() ? type.name() : "type " + type.value());
    if (type.equals(Icmpv4Type.ECHO_REQUEST) || type.equals(Icmpv4Type.ECHO_REPLY)) {
      s.append(", id ").append(identifier()).append(", seq ").append(sequenceNumber());
    } else {
      Icmpv4Code c = typedCode();
      s.append(", ").append(c.isNamed() ? c.name() + " (code " + code + ")" : "code " + code);
      if (c.equals(Icmpv4Code.FRAGMENTATION_NEEDED)) {
        s.append(", mtu ").append(nextHopMtu());
      } else if (type.equals(Icmpv4Type.REDIRECT)) {
        s.append(", gateway ").append(gateway());
      } else if (type.equals(Icmpv4Type.PARAMETER_PROBLEM)) {
        s.append(", pointer ").append(pointer());
      }
    }
    return s.append(", length ").append(body.remaining()).toString();
  }
}
