package io.github.netcodec.tcp;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.tcp.TcpFields.FLAGS_MASK;
import static io.github.netcodec.tcp.TcpFields.MAX_OPTIONS_LENGTH;
import static io.github.netcodec.tcp.TcpFields.MIN_DATA_OFFSET;
import static io.github.netcodec.tcp.TcpFields.MIN_HEADER_LENGTH;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.IpAddress;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.internal.Payloads;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ip.PseudoHeader;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A TCP segment (RFC 9293 §3.1): every header field as on the wire, the options as typed
 * records, and the payload as a read-only view of the input.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Source Port          |       Destination Port        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Sequence Number                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Acknowledgment Number                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Data |     |A|C|E|U|A|P|R|S|F|                               |
 * | Offset| Rsv |E|W|C|R|C|S|S|Y|I|            Window             |
 * |       |     | |R|E|G|K|H|T|N|N|                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Checksum            |         Urgent Pointer        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           [Options]                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               :
 * :                             Data                              :
 * :                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>(RFC 9293 §3.1; AE, "accurate ECN", is the bit RFC 3540 called NS and RFC 9768 assigns;
 * CWR and ECE are RFC 3168's.) The twelve bits after the data offset are the {@link #flags()}
 * component: bits 9..11 reserved, {@link #AE} 0x100, {@link #CWR} 0x80 down to {@link #FIN} 1.
 *
 * <p><b>Decoding.</b> {@link #parse(ByteBuffer)} rejects a data offset below 5 or beyond the
 * bytes present and an option whose length is 0, 1 or overruns the options with a {@link
 * MalformedPacketException} naming the option and its offset, e.g. {@code TCP: option MSS at
 * offset 22 has length 1, below the minimum 2}. TCP has no length field: the payload is every
 * byte after the header, so pass the IP payload (bounded by the IP length).
 *
 * <pre>{@code
 * TcpSegment s = TcpSegment.parse(ip.payload());
 * s.sourcePort();                                // 443
 * s.isPsh() && s.isAck();                        // true
 * s.option(TcpOption.Timestamps.class);          // Optional[TS val 59021410 ecr 426780574]
 * s.hasValidChecksum(ip.source(), ip.destination());
 * }</pre>
 *
 * <p><b>Lossless.</b> Reserved bits, a wrong checksum, unknown options and the bytes after an
 * End of Option List are kept, so {@code parse(b).toByteArray()} equals {@code b}. The data
 * offset is not a component: it is {@code 5 + options bytes / 4}, the options filling the
 * header exactly.
 *
 * <p><b>Building.</b> {@link #builder()} pads the options with End of Option List to a multiple
 * of 4 and computes the checksum for the addresses given to {@link Builder#build(IpAddress,
 * IpAddress)}.
 *
 * @param sourcePort the source port, 0..65535
 * @param destinationPort the destination port, 0..65535
 * @param sequenceNumber the sequence number, 0..2^32-1 (see {@link SequenceNumber})
 * @param acknowledgmentNumber the acknowledgment number, 0..2^32-1
 * @param flags the twelve bits after the data offset: reserved (0xe00), AE, CWR, ECE, URG, ACK,
 *     PSH, RST, SYN, FIN; 0..0xfff
 * @param window the window, 0..65535 (before any window scaling)
 * @param checksum the checksum as on the wire, 0..65535, right or wrong
 * @param urgentPointer the urgent pointer, 0..65535
 * @param options the options in wire order, filling a multiple of 4 bytes up to 40; an End of
 *     Option List can only be last
 * @param payload the data, a read-only buffer compared by content
 */
public record TcpSegment(
    int sourcePort,
    int destinationPort,
    long sequenceNumber,
    long acknowledgmentNumber,
    int flags,
    int window,
    int checksum,
    int urgentPointer,
    List<TcpOption> options,
    ByteBuffer payload)
    implements Encodable {

  static final String TCP = "TCP";

  private static final ThreadLocal<ByteBuffer> OPTIONS_SCRATCH =
      ThreadLocal.withInitial(() -> ByteBuffer.allocate(MAX_OPTIONS_LENGTH));

  /** FIN: no more data from sender. */
  public static final int FIN = 0x001;
  /** SYN: synchronize sequence numbers. */
  public static final int SYN = 0x002;
  /** RST: reset the connection. */
  public static final int RST = 0x004;
  /** PSH: push function. */
  public static final int PSH = 0x008;
  /** ACK: the acknowledgment field is significant. */
  public static final int ACK = 0x010;
  /** URG: the urgent pointer field is significant. */
  public static final int URG = 0x020;
  /** ECE: ECN-Echo (RFC 3168). */
  public static final int ECE = 0x040;
  /** CWR: Congestion Window Reduced (RFC 3168). */
  public static final int CWR = 0x080;
  /** AE: Accurate ECN (RFC 9768), formerly NS, the ECN nonce sum (RFC 3540, historic). */
  public static final int AE = 0x100;
  /** NS: the older name of {@link #AE}. */
  public static final int NS = AE;
  /** The three reserved bits, which must be zero on transmit (RFC 9293 §3.1). */
  public static final int RESERVED = 0xe00;

  /**
   * Checks every field. A writable payload is copied, a read-only one viewed.
   *
   * @param sourcePort the source port, 0..65535
   * @param destinationPort the destination port, 0..65535
   * @param sequenceNumber the sequence number, 0..2^32-1
   * @param acknowledgmentNumber the acknowledgment number, 0..2^32-1
   * @param flags the reserved bits and flags, 0..0xfff
   * @param window the window, 0..65535
   * @param checksum the checksum, 0..65535
   * @param urgentPointer the urgent pointer, 0..65535
   * @param options the options, filling a multiple of 4 bytes up to 40, End of Option List last
   * @param payload the bytes between its position and limit
   * @throws IllegalArgumentException if a field is out of range
   */
  public TcpSegment {
    checkRange(sourcePort, 0xffff, "sourcePort");
    checkRange(destinationPort, 0xffff, "destinationPort");
    checkRange(sequenceNumber, 0xffff_ffffL, "sequenceNumber");
    checkRange(acknowledgmentNumber, 0xffff_ffffL, "acknowledgmentNumber");
    checkRange(flags, FLAGS_MASK, "flags");
    checkRange(window, 0xffff, "window");
    checkRange(checksum, 0xffff, "checksum");
    checkRange(urgentPointer, 0xffff, "urgentPointer");
    options = List.copyOf(options);
    checkOptions(options);
    Objects.requireNonNull(payload, "payload");
    payload = Payloads.own(payload);
  }

  private static void checkOptions(List<TcpOption> options) {
    int length = 0;
    for (int k = 0, n = options.size(); k < n; k++) {
      TcpOption option = options.get(k);
      if (option instanceof TcpOption.EndOfOptionList && k != n - 1) {
        throw new IllegalArgumentException(
            "options: End of Option List at index " + k + " is not the last option");
      }
      length += option.encodedLength();
    }
    if (length % 4 != 0 || length > MAX_OPTIONS_LENGTH) {
      throw new IllegalArgumentException("options: " + length
          + " bytes are not a multiple of 4 up to 40; pad them with End of Option List");
    }
  }

  /**
   * Parses a TCP segment from the bytes between the buffer's position and limit; the payload is
   * a read-only view of the bytes after the header. The buffer is not changed.
   *
   * @param buf the buffer, heap or direct, any byte order
   * @return the segment
   * @throws TruncatedPacketException if the header (as the data offset gives it) needs more
   *     bytes than are present
   * @throws MalformedPacketException if the data offset is below 5 or an option's length is 0,
   *     1 or overruns the options
   */
  public static TcpSegment parse(ByteBuffer buf) {
    int base = buf.position();
    int present = buf.limit() - base;
    if (present < MIN_HEADER_LENGTH) {
      throw new TruncatedPacketException(TCP, "header", 0, MIN_HEADER_LENGTH, present);
    }
    int w3 = BigEndian.getInt(buf, base + TcpFields.DATA_OFFSET);
    int dataOffset = w3 >>> 28;
    if (dataOffset < MIN_DATA_OFFSET) {
      throw new MalformedPacketException(TCP, "data offset", TcpFields.DATA_OFFSET,
          "is " + dataOffset + ", below the minimum 5");
    }
    int headerLength = dataOffset * 4;
    if (headerLength > present) {
      throw new TruncatedPacketException(TCP, "header (data offset " + dataOffset + ")", 0,
          headerLength, present);
    }
    int ports = BigEndian.getInt(buf, base);
    int w4 = BigEndian.getInt(buf, base + TcpFields.CHECKSUM);
    List<TcpOption> options = dataOffset == MIN_DATA_OFFSET
        ? List.of()
        : TcpOptions.parse(buf, base, base + TcpFields.OPTIONS, base + headerLength);
    ByteBuffer view = buf.isReadOnly() ? buf.duplicate() : buf.asReadOnlyBuffer();
    view.limit(base + present).position(base + headerLength);
    return new TcpSegment(
        ports >>> 16,
        ports & 0xffff,
        BigEndian.getInt(buf, base + TcpFields.SEQUENCE_NUMBER) & 0xffff_ffffL,
        BigEndian.getInt(buf, base + TcpFields.ACKNOWLEDGMENT_NUMBER) & 0xffff_ffffL,
        (w3 >>> 16) & FLAGS_MASK,
        w3 & 0xffff,
        w4 >>> 16,
        w4 & 0xffff,
        options,
        view);
  }

  /**
   * Parses a TCP segment from an array: {@code parse(ByteBuffer.wrap(bytes))}.
   *
   * @param bytes the segment
   * @return the segment, viewing the array
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does
   */
  public static TcpSegment parse(byte[] bytes) {
    return parse(ByteBuffer.wrap(bytes));
  }

  /**
   * Returns a new builder: ports, numbers, flags and window zero, no options, empty payload.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this segment's fields, options as they are (padding included), to
   * change some and build a segment with a recomputed checksum.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sourcePort = sourcePort;
    b.destinationPort = destinationPort;
    b.sequenceNumber = sequenceNumber;
    b.acknowledgmentNumber = acknowledgmentNumber;
    b.flags = flags;
    b.window = window;
    b.urgentPointer = urgentPointer;
    b.options = options;
    b.payload = payload;
    return b;
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
   * Returns the number of payload bytes.
   *
   * @return the payload length
   */
  public int payloadLength() {
    return payload.remaining();
  }

  /**
   * Returns the data offset: the header length in 32-bit words, 5..15.
   *
   * @return the data offset
   */
  public int dataOffset() {
    return headerLength() / 4;
  }

  /**
   * Returns the header length in bytes, 20..60.
   *
   * @return the header length
   */
  public int headerLength() {
    return MIN_HEADER_LENGTH + TcpOptions.length(options);
  }

  /**
   * Returns the sequence space the segment occupies (RFC 9293 §3.4, SEG.LEN): the payload
   * length, plus one for SYN and one for FIN.
   *
   * @return the segment length in sequence numbers
   */
  public long sequenceLength() {
    return payload.remaining() + ((flags & SYN) != 0 ? 1 : 0) + ((flags & FIN) != 0 ? 1 : 0);
  }

  /**
   * Returns whether all the given flag bits are set.
   *
   * @param mask flag bits, e.g. {@code TcpSegment.SYN | TcpSegment.ACK}
   * @return {@code true} if every bit of {@code mask} is set
   */
  public boolean has(int mask) {
    return (flags & mask) == mask;
  }

  /**
   * Returns whether FIN is set.
   *
   * @return the FIN flag
   */
  public boolean isFin() {
    return (flags & FIN) != 0;
  }

  /**
   * Returns whether SYN is set.
   *
   * @return the SYN flag
   */
  public boolean isSyn() {
    return (flags & SYN) != 0;
  }

  /**
   * Returns whether RST is set.
   *
   * @return the RST flag
   */
  public boolean isRst() {
    return (flags & RST) != 0;
  }

  /**
   * Returns whether PSH is set.
   *
   * @return the PSH flag
   */
  public boolean isPsh() {
    return (flags & PSH) != 0;
  }

  /**
   * Returns whether ACK is set.
   *
   * @return the ACK flag
   */
  public boolean isAck() {
    return (flags & ACK) != 0;
  }

  /**
   * Returns whether URG is set.
   *
   * @return the URG flag
   */
  public boolean isUrg() {
    return (flags & URG) != 0;
  }

  /**
   * Returns whether ECE is set.
   *
   * @return the ECE flag
   */
  public boolean isEce() {
    return (flags & ECE) != 0;
  }

  /**
   * Returns whether CWR is set.
   *
   * @return the CWR flag
   */
  public boolean isCwr() {
    return (flags & CWR) != 0;
  }

  /**
   * Returns whether AE (formerly NS) is set.
   *
   * @return the AE flag
   */
  public boolean isAe() {
    return (flags & AE) != 0;
  }

  /**
   * Returns the three reserved bits, 0..7.
   *
   * @return the reserved bits
   */
  public int reservedBits() {
    return flags >>> 9;
  }

  /**
   * Returns the first option of a type.
   *
   * @param <T> the option type
   * @param type the option record class, e.g. {@code TcpOption.Timestamps.class}
   * @return the option, or empty
   */
  public <T extends TcpOption> java.util.Optional<T> option(Class<T> type) {
    for (TcpOption o : options) {
      if (type.isInstance(o)) {
        return java.util.Optional.of(type.cast(o));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Computes the checksum for these addresses over the pseudo-header (with the segment length),
   * the header with a zero checksum field, and the payload.
   *
   * @param source the source address (IPv4 or IPv6)
   * @param destination the destination of the same family; for IPv6 the final destination
   * @return the checksum, 0..65535
   * @throws IllegalArgumentException if the families differ
   */
  public int computeChecksum(IpAddress source, IpAddress destination) {
    return InternetChecksum.finish(sum(source, destination, 0));
  }

  /**
   * Returns whether the checksum on the wire verifies for these addresses.
   *
   * @param source the source address
   * @param destination the destination of the same family; for IPv6 the final destination
   * @return {@code true} if the checksum verifies
   * @throws IllegalArgumentException if the families differ
   */
  public boolean hasValidChecksum(IpAddress source, IpAddress destination) {
    return InternetChecksum.isValid(sum(source, destination, checksum));
  }

  private int sum(IpAddress source, IpAddress destination, int checksumWord) {
    List<TcpOption> opts = options;
    int n = opts.size();
    // The header's words go into one long, folded once (at most a few hundred 16-bit words, far
    // from overflowing); an option at an odd offset contributes its sum byte-swapped (RFC 1071
    // §2(B)).
    long words = (sourcePort + destinationPort)
        + (sequenceNumber >>> 16) + (sequenceNumber & 0xffff)
        + (acknowledgmentNumber >>> 16) + (acknowledgmentNumber & 0xffff)
        + window + checksumWord + urgentPointer + flags;
    int optionsLength = 0;
    for (int k = 0; k < n; k++) {
      TcpOption o = opts.get(k);
      int optionSum = optionSum(o);
      words += (optionsLength & 1) == 0 ? optionSum
          : ((optionSum & 0xff) << 8) | (optionSum >>> 8);
      optionsLength += o.encodedLength();
    }
    int headerLength = MIN_HEADER_LENGTH + optionsLength;
    words += (headerLength / 4) << 12;
    // The pseudo-header and payload sums are 16-bit: one fold takes all three parts.
    return fold(words
        + PseudoHeader.sum(source, destination, IpProtocol.TCP, headerLength + payload.remaining())
        + InternetChecksum.sum(payload, payload.position(), payload.remaining()));
  }

  /**
   * The one's complement sum of an option's wire form as if it started a 16-bit word: computed
   * from the fields for the common options, from a per-thread 40-byte scratch encoding for the
   * others (no allocation once the thread has one).
   */
  private static int optionSum(TcpOption o) {
    if (o instanceof TcpOption.NoOperation) {
      return TcpOptionKind.NO_OPERATION.value() << 8;
    } else if (o instanceof TcpOption.Timestamps t) {
      long s = (TcpOptionKind.TIMESTAMPS.value() << 8 | 10) + (t.value() >>> 16)
          + (t.value() & 0xffff) + (t.echoReply() >>> 16) + (t.echoReply() & 0xffff);
      return fold(s);
    } else if (o instanceof TcpOption.MaximumSegmentSize m) {
      return fold((TcpOptionKind.MAXIMUM_SEGMENT_SIZE.value() << 8 | 4) + (long) m.mss());
    } else if (o instanceof TcpOption.WindowScale w) {
      return fold((TcpOptionKind.WINDOW_SCALE.value() << 8 | 3) + ((long) w.shift() << 8));
    } else if (o instanceof TcpOption.SackPermitted) {
      return TcpOptionKind.SACK_PERMITTED.value() << 8 | 2;
    }
    ByteBuffer scratch = OPTIONS_SCRATCH.get().clear();
    o.encode(scratch);
    return InternetChecksum.sum(scratch, 0, scratch.position());
  }

  private static int fold(long s) {
    s = (s & 0xffff) + (s >>> 16);
    s = (s & 0xffff) + (s >>> 16);
    s = (s & 0xffff) + (s >>> 16);
    return (int) s;
  }

  /**
   * Returns this segment with another checksum field.
   *
   * @param newChecksum the checksum, 0..65535
   * @return the segment
   */
  public TcpSegment withChecksum(int newChecksum) {
    return new TcpSegment(sourcePort, destinationPort, sequenceNumber, acknowledgmentNumber,
        flags, window, newChecksum, urgentPointer, options, payload);
  }

  /**
   * Returns this segment with the checksum computed for these addresses.
   *
   * @param source the source address
   * @param destination the destination of the same family
   * @return the segment
   * @throws IllegalArgumentException if the families differ
   */
  public TcpSegment withComputedChecksum(IpAddress source, IpAddress destination) {
    return withChecksum(computeChecksum(source, destination));
  }

  /**
   * Returns the number of bytes {@link #encode} writes: header and payload.
   *
   * @return the encoded length
   */
  @Override
  public int encodedLength() {
    return headerLength() + payload.remaining();
  }

  @Override
  public void encode(ByteBuffer dst) {
    int headerLength = headerLength();
    int length = headerLength + payload.remaining();
    if (dst.isReadOnly()) {
      throw new ReadOnlyBufferException();
    }
    if (dst.remaining() < length) {
      throw new BufferOverflowException();
    }
    int p = dst.position();
    BigEndian.put32(dst, p, sourcePort << 16 | destinationPort);
    BigEndian.put32(dst, p + TcpFields.SEQUENCE_NUMBER, (int) sequenceNumber);
    BigEndian.put32(dst, p + TcpFields.ACKNOWLEDGMENT_NUMBER, (int) acknowledgmentNumber);
    BigEndian.put32(dst, p + TcpFields.DATA_OFFSET,
        (headerLength / 4) << 28 | flags << 16 | window);
    BigEndian.put32(dst, p + TcpFields.CHECKSUM, checksum << 16 | urgentPointer);
    if (!options.isEmpty()) {
      dst.position(p + TcpFields.OPTIONS);
      for (TcpOption option : options) {
        option.encode(dst);
      }
    }
    dst.put(p + headerLength, payload, payload.position(), payload.remaining());
    dst.position(p + length);
  }

  /**
   * Returns the flags in tcpdump's notation: {@code S} SYN, {@code F} FIN, {@code P} PSH,
   * {@code R} RST, {@code U} URG, {@code .} ACK, {@code E} ECE, {@code W} CWR, {@code e} AE.
   *
   * @param flags the flag bits
   * @return e.g. {@code "P."} for PSH+ACK, {@code "none"} for no flags
   */
  public static String flagsText(int flags) {
    StringBuilder s = new StringBuilder();
    if ((flags & SYN) != 0) {
      s.append('S');
    }
    if ((flags & FIN) != 0) {
      s.append('F');
    }
    if ((flags & PSH) != 0) {
      s.append('P');
    }
    if ((flags & RST) != 0) {
      s.append('R');
    }
    if ((flags & URG) != 0) {
      s.append('U');
    }
    if ((flags & ECE) != 0) {
      s.append('E');
    }
    if ((flags & CWR) != 0) {
      s.append('W');
    }
    if ((flags & AE) != 0) {
      s.append('e');
    }
    if ((flags & ACK) != 0) {
      s.append('.');
    }
    return s.length() == 0 ? "none" : s.toString();
  }

  /**
   * Returns a one-line summary in the style of tcpdump, e.g. {@code TCP 443 > 43716: Flags
   * [P.], seq 1076614726, ack 2090669540, win 16386, options [NOP, NOP, TS val 59021410 ecr
   * 426780574], length 28}.
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TCP ").append(sourcePort).append(" > ")
        .append(destinationPort).append(": Flags [").append(flagsText(flags)).append("], seq ")
        .append(sequenceNumber);
    if (isAck()) {
      s.append(", ack ").append(acknowledgmentNumber);
    }
    s.append(", win ").append(window);
    if (isUrg() || urgentPointer != 0) {
      s.append(", urg ").append(urgentPointer);
    }
    if (reservedBits() != 0) {
      s.append(", reserved ").append(reservedBits());
    }
    if (!options.isEmpty()) {
      s.append(", options ").append(options);
    }
    s.append(", length ").append(payload.remaining());
    return s.toString();
  }

  /**
   * Builds a {@link TcpSegment}, padding the options to a multiple of 4 bytes with End of
   * Option List and computing the checksum.
   *
   * <pre>{@code
   * TcpSegment syn = TcpSegment.builder().sourcePort(43716).destinationPort(443)
   *     .sequenceNumber(0xfffffff0L).flags(TcpSegment.SYN).window(64240)
   *     .options(List.of(new TcpOption.MaximumSegmentSize(1460), TcpOption.SackPermitted.INSTANCE))
   *     .build(clientAddress, serverAddress);
   * }</pre>
   */
  public static final class Builder {
    private int sourcePort;
    private int destinationPort;
    private long sequenceNumber;
    private long acknowledgmentNumber;
    private int flags;
    private int window;
    private int urgentPointer;
    private List<TcpOption> options = List.of();
    private ByteBuffer payload = ByteBuffer.allocate(0).asReadOnlyBuffer();

    private Builder() {}

    /**
     * Sets the source port.
     *
     * @param sourcePort 0..65535
     * @return this builder
     */
    public Builder sourcePort(int sourcePort) {
      this.sourcePort = sourcePort;
      return this;
    }

    /**
     * Sets the destination port.
     *
     * @param destinationPort 0..65535
     * @return this builder
     */
    public Builder destinationPort(int destinationPort) {
      this.destinationPort = destinationPort;
      return this;
    }

    /**
     * Sets the sequence number.
     *
     * @param sequenceNumber 0..2^32-1
     * @return this builder
     */
    public Builder sequenceNumber(long sequenceNumber) {
      this.sequenceNumber = sequenceNumber;
      return this;
    }

    /**
     * Sets the acknowledgment number.
     *
     * @param acknowledgmentNumber 0..2^32-1
     * @return this builder
     */
    public Builder acknowledgmentNumber(long acknowledgmentNumber) {
      this.acknowledgmentNumber = acknowledgmentNumber;
      return this;
    }

    /**
     * Sets the flags (and reserved bits).
     *
     * @param flags an OR of {@link TcpSegment#SYN} and the like, 0..0xfff
     * @return this builder
     */
    public Builder flags(int flags) {
      this.flags = flags;
      return this;
    }

    /**
     * Sets the window.
     *
     * @param window 0..65535
     * @return this builder
     */
    public Builder window(int window) {
      this.window = window;
      return this;
    }

    /**
     * Sets the urgent pointer.
     *
     * @param urgentPointer 0..65535
     * @return this builder
     */
    public Builder urgentPointer(int urgentPointer) {
      this.urgentPointer = urgentPointer;
      return this;
    }

    /**
     * Sets the options; {@link #build()} pads them to a multiple of 4 bytes.
     *
     * @param options the options in wire order, at most 40 bytes once padded
     * @return this builder
     */
    public Builder options(List<TcpOption> options) {
      this.options = List.copyOf(options);
      return this;
    }

    /**
     * Sets the payload: the bytes between the buffer's position and limit.
     *
     * @param payload the payload; a writable buffer is copied when built
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
     * Builds the segment with padded options and a zero checksum.
     *
     * @return the segment
     * @throws IllegalArgumentException if a field is out of range or the options exceed 40
     *     bytes
     */
    public TcpSegment build() {
      return new TcpSegment(sourcePort, destinationPort, sequenceNumber, acknowledgmentNumber,
          flags, window, 0, urgentPointer, pad(options), payload);
    }

    /**
     * Builds the segment with padded options and the checksum for these addresses.
     *
     * @param source the source address
     * @param destination the destination of the same family
     * @return the segment
     * @throws IllegalArgumentException as {@link #build()} does, or if the families differ
     */
    public TcpSegment build(IpAddress source, IpAddress destination) {
      return build().withComputedChecksum(source, destination);
    }

    private static List<TcpOption> pad(List<TcpOption> options) {
      int length = TcpOptions.length(options);
      if (length > MAX_OPTIONS_LENGTH) {
        throw new IllegalArgumentException("options of " + length
            + " bytes exceed the 40 bytes a data offset of 15 allows");
      }
      if (length % 4 == 0) {
        return options;
      }
      int missing = 4 - length % 4;
      List<TcpOption> padded = new ArrayList<>(options);
      int last = padded.size() - 1;
      if (padded.get(last) instanceof TcpOption.EndOfOptionList eol) {
        byte[] padding = new byte[eol.padding().size() + missing];
        eol.padding().asReadOnlyBuffer().get(padding, 0, eol.padding().size());
        padded.set(last, new TcpOption.EndOfOptionList(ByteString.copyOf(padding)));
      } else {
        padded.add(TcpOption.EndOfOptionList.withZeroPadding(missing - 1));
      }
      return padded;
    }
  }
}
