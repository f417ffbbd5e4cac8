package io.github.netcodec.ethernet;

import static io.github.netcodec.ethernet.EthernetLayout.DESTINATION;
import static io.github.netcodec.ethernet.EthernetLayout.FCS_LENGTH;
import static io.github.netcodec.ethernet.EthernetLayout.HEADER_LENGTH;
import static io.github.netcodec.ethernet.EthernetLayout.LENGTH_TYPE;
import static io.github.netcodec.ethernet.EthernetLayout.LENGTH_TYPE_SIZE;
import static io.github.netcodec.ethernet.EthernetLayout.LLC_CONTROL;
import static io.github.netcodec.ethernet.EthernetLayout.LLC_DSAP;
import static io.github.netcodec.ethernet.EthernetLayout.LLC_LONG;
import static io.github.netcodec.ethernet.EthernetLayout.LLC_SHORT;
import static io.github.netcodec.ethernet.EthernetLayout.LLC_SSAP;
import static io.github.netcodec.ethernet.EthernetLayout.MIN_FRAME_LENGTH;
import static io.github.netcodec.ethernet.EthernetLayout.SNAP_LENGTH;
import static io.github.netcodec.ethernet.EthernetLayout.SOURCE;
import static io.github.netcodec.ethernet.EthernetLayout.TAG_LENGTH;
import static io.github.netcodec.ethernet.EthernetLayout.TAG_REST;
import static io.github.netcodec.ethernet.EthernetLayout.TAG_TCI;

import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.internal.Payloads;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.CRC32;

/**
 * An Ethernet frame from the destination address to the end of the data, with its frame check
 * sequence when the capture has one: Ethernet II (DIX) frames, whose Length/Type field is an
 * EtherType, and IEEE 802.3 frames, whose field is a length and whose data starts with an LLC
 * header (and a SNAP header), each with any number of VLAN tags.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Destination Address                      |
 * +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 * |                        Source Address                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  TPID (0x8100, 0x88a8, 0x9100)|  PCP|D|         VID           |  } 0..n VLAN tags
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Length/Type          |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 * |   Data: payload (Ethernet II) or LLC [SNAP] data (802.3),     |
 * |   then padding up to the 60-byte minimum frame                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |              Frame Check Sequence (CRC-32), optional          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <h2>Data, payload and padding</h2>
 *
 * <p>The record keeps everything after the Length/Type field as {@link #data()}, exactly as on
 * the wire. What of it is payload depends on the frame type:
 *
 * <ul>
 *   <li><b>Ethernet II</b> ({@link #etherType()} is a type): the frame has no length field, so
 *       it cannot tell its payload from padding. {@link #payload()} is all the data, padding
 *       included, and the upper layer bounds itself by its own length field: an IPv4 packet of
 *       46 bytes in a 60-byte frame reads its total length and ignores the two bytes of padding
 *       after it. {@link #padding()} is empty.
 *   <li><b>IEEE 802.3</b> ({@link #etherType()} {@linkplain EtherType#isLength() is a length}):
 *       the length counts the LLC data. {@link #llc()} and {@link #snap()} are its headers,
 *       {@link #payload()} the rest of the counted bytes and {@link #padding()} the bytes after
 *       them.
 * </ul>
 *
 * <h2>Frame check sequence</h2>
 *
 * <p>Captures usually lack the FCS (the NIC strips it), so {@link #parse(ByteBuffer)} reads none
 * and {@link #parseWithFcs(ByteBuffer)} takes the last four bytes as the FCS. The FCS is the
 * IEEE 802.3 CRC-32 ({@link CRC32}) of everything before it, sent least significant byte first;
 * a wrong FCS is kept and reported by {@link #hasValidFcs()}, never thrown.
 *
 * <h2>Building</h2>
 *
 * <p>The canonical constructor keeps what it is given, as a parsed capture does. {@link
 * #of(MacAddress, MacAddress, EtherType, ByteBuffer)} and {@link #builder()} make a frame to
 * send: they pad the data with zeros to the 60-byte minimum (IEEE 802.3 clause 4.4.2), fill in
 * the 802.3 length, and compute the FCS on request.
 *
 * <pre>{@code
 * EthernetFrame frame = EthernetFrame.parse(buf);
 * if (frame.etherType().equals(EtherType.IPV4)) {
 *   Ipv4Packet ip = Ipv4Packet.parse(frame.payload());
 * }
 * }</pre>
 *
 * @param destination the destination MAC address
 * @param source the source MAC address
 * @param vlanTags the VLAN tags, outermost first; empty for an untagged frame
 * @param etherType the Length/Type field after the tags: an EtherType for Ethernet II, or for
 *     IEEE 802.3 the length of the LLC data (then {@link EtherType#isLength()})
 * @param data every byte after the Length/Type field and before the FCS, padding included; a
 *     read-only buffer compared by content
 * @param fcs the frame check sequence as on the wire (as {@link CRC32#getValue()} gives it,
 *     0..0xffffffff), or empty when the frame has none
 */
public record EthernetFrame(
    MacAddress destination,
    MacAddress source,
    List<VlanTag> vlanTags,
    EtherType etherType,
    ByteBuffer data,
    OptionalLong fcs)
    implements Encodable {
  private static final String PROTOCOL = "Ethernet";

  /**
   * The smallest frame without its FCS: 60 bytes ({@code 64} with the FCS), IEEE 802.3 clause
   * 4.4.2. {@link #builder()} pads to it.
   */
  public static final int MIN_LENGTH = MIN_FRAME_LENGTH;

  /** The size of the header of an untagged frame: 14 bytes. */
  public static final int HEADER_BYTES = HEADER_LENGTH;

  /**
   * Checks the fields and keeps the data as the other codecs keep a payload: a read-only buffer
   * is viewed, not copied (as {@code parse} hands over a view of its input); a writable one is
   * copied, so that later writes through it cannot change the frame.
   *
   * @param destination the destination MAC address
   * @param source the source MAC address
   * @param vlanTags the VLAN tags, outermost first
   * @param etherType the Length/Type field; not a VLAN TPID (put tags in {@code vlanTags})
   * @param data the bytes after the Length/Type field, from its position to its limit
   * @param fcs the frame check sequence, 0..0xffffffff, or empty
   * @throws IllegalArgumentException if {@code etherType} is a VLAN TPID, if it is an 802.3
   *     length that exceeds the data or leaves no room for the LLC (and SNAP) header the data
   *     starts with, or if {@code fcs} is not 32 bits
   * @throws NullPointerException if an argument or a tag is null
   */
  public EthernetFrame {
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(source, "source");
    vlanTags = List.copyOf(vlanTags);
    Objects.requireNonNull(etherType, "etherType");
    Objects.requireNonNull(fcs, "fcs");
    data = Payloads.own(data);
    if (etherType.isVlanTpid()) {
      throw new IllegalArgumentException("etherType " + etherType
          + " is a VLAN TPID; put the tag in vlanTags");
    }
    if (etherType.isLength()) {
      int length = etherType.value();
      if (length > data.remaining()) {
        throw new IllegalArgumentException("etherType: 802.3 length " + length
            + " exceeds the " + data.remaining() + " bytes of data");
      }
      int needed = llcHeadersLength(data, data.position(), length);
      if (needed < 0) {
        throw new IllegalArgumentException("etherType: 802.3 length " + length + " is less than "
            + llcShortfall(-needed));
      }
    }
    if (fcs.isPresent() && (fcs.getAsLong() & ~0xffff_ffffL) != 0) {
      throw new IllegalArgumentException("fcs " + fcs.getAsLong() + " is not a 32-bit value");
    }
  }

  // ------------------------------------------------------------------------------ parsing

  /**
   * Parses a frame without FCS, as most captures hold it, from the buffer's position to its
   * limit. The buffer's position, limit and byte order are not changed; {@link #data()} is a
   * read-only view of the buffer, not a copy.
   *
   * @param buf the frame, from the destination address to the end of the data
   * @return the frame
   * @throws TruncatedPacketException if the header, a VLAN tag or the 802.3 data the length
   *     field counts is cut short, e.g. {@code "Ethernet: VLAN tag at offset 14 needs 4 bytes,
   *     but only 2 are present"}
   * @throws MalformedPacketException if an 802.3 length is too short for its LLC header
   */
  public static EthernetFrame parse(ByteBuffer buf) {
    return decode(buf, buf.position(), buf.limit(), false);
  }

  /**
   * Parses a frame without FCS from an array.
   *
   * @param bytes the frame
   * @return the frame, a view of the array
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does
   */
  public static EthernetFrame parse(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes).asReadOnlyBuffer(), 0, bytes.length, false);
  }

  /**
   * Parses a frame whose last four bytes are the frame check sequence, as captured with the FCS
   * kept (Linux {@code ethtool -K rx-fcs on}, pcap link type with FCS length 4).
   *
   * @param buf the frame, from the destination address to the end of the FCS
   * @return the frame, with {@link #fcs()} present
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does, and {@code "Ethernet:
   *     header and FCS at offset 0 needs 18 bytes, ..."} for fewer than 18 bytes
   */
  public static EthernetFrame parseWithFcs(ByteBuffer buf) {
    return decode(buf, buf.position(), buf.limit(), true);
  }

  /**
   * Parses a frame with FCS from an array.
   *
   * @param bytes the frame, FCS included
   * @return the frame
   * @throws MalformedPacketException as {@link #parseWithFcs(ByteBuffer)} does
   */
  public static EthernetFrame parseWithFcs(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes).asReadOnlyBuffer(), 0, bytes.length, true);
  }

  /** Decodes the frame in {@code buf[start, end)}. */
  private static EthernetFrame decode(ByteBuffer buf, int start, int end, boolean withFcs) {
    OptionalLong fcs = OptionalLong.empty();
    if (withFcs) {
      if (end - start < HEADER_LENGTH + FCS_LENGTH) {
        throw new TruncatedPacketException(PROTOCOL, "header and FCS", 0,
            HEADER_LENGTH + FCS_LENGTH, end - start);
      }
      end -= FCS_LENGTH;
      fcs = OptionalLong.of(getU32LittleEndian(buf, end));
    } else if (end - start < HEADER_LENGTH) {
      throw new TruncatedPacketException(PROTOCOL, "header", 0, HEADER_LENGTH, end - start);
    }
    MacAddress destination = MacAddress.read(buf, start + DESTINATION);
    MacAddress source = MacAddress.read(buf, start + SOURCE);
    int at = LENGTH_TYPE; // offset of the current Length/Type field, relative to start
    int type = BigEndian.u16(buf, start + at);
    List<VlanTag> tags = List.of();
    while (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
      // The TPID sits in the Length/Type field; its TCI and the next Length/Type field follow.
      int available = end - (start + at + TAG_TCI);
      if (available < TAG_REST) {
        throw new TruncatedPacketException(PROTOCOL, "VLAN tag", at + TAG_TCI, TAG_REST,
            available);
      }
      VlanTag tag = VlanTag.of(EtherType.of(type), BigEndian.u16(buf, start + at + TAG_TCI));
      if (tags.isEmpty()) {
        tags = List.of(tag);
      } else {
        if (tags.size() == 1) {
          tags = new ArrayList<>(tags);
        }
        tags.add(tag);
      }
      at += TAG_LENGTH;
      type = BigEndian.u16(buf, start + at);
    }
    EtherType etherType = EtherType.of(type);
    int dataStart = at + LENGTH_TYPE_SIZE;
    if (etherType.isLength()) {
      int available = end - (start + dataStart);
      if (type > available) {
        throw new TruncatedPacketException(PROTOCOL, "802.3 data", dataStart, type, available);
      }
      int needed = llcHeadersLength(buf, start + dataStart, type);
      if (needed < 0) {
        throw new MalformedPacketException(PROTOCOL, "length", at,
            "is " + type + ", less than " + llcShortfall(-needed));
      }
    }
    // A read-only view, which the constructor keeps without copying.
    ByteBuffer data = (buf.isReadOnly() ? buf.duplicate() : buf.asReadOnlyBuffer())
        .limit(end).position(start + dataStart);
    return new EthernetFrame(destination, source, tags, etherType, data, fcs);
  }

  /**
   * Returns the size of the LLC header, plus the SNAP header when the LLC header announces one,
   * at {@code index}; or minus the size needed when {@code length} bytes cannot hold them.
   */
  private static int llcHeadersLength(ByteBuffer buf, int index, int length) {
    if (length < LLC_SHORT) {
      return -LLC_SHORT;
    }
    int control = buf.get(index + LLC_CONTROL) & 0xff;
    if ((control & 0x03) != 0x03) {
      return length < LLC_LONG ? -LLC_LONG : LLC_LONG;
    }
    boolean snap = control == LlcHeader.CONTROL_UI
        && (buf.get(index + LLC_DSAP) & 0xff) == LlcHeader.SAP_SNAP
        && (buf.get(index + LLC_SSAP) & 0xff) == LlcHeader.SAP_SNAP;
    if (!snap) {
      return LLC_SHORT;
    }
    return length < LLC_SHORT + SNAP_LENGTH ? -(LLC_SHORT + SNAP_LENGTH) : LLC_SHORT + SNAP_LENGTH;
  }

  private static String llcShortfall(int needed) {
    return needed == LLC_SHORT + SNAP_LENGTH
        ? "the " + needed + " bytes of the LLC and SNAP headers"
        : "the " + needed + "-byte LLC header";
  }

  // ------------------------------------------------------------------------------ building

  /**
   * Returns an untagged Ethernet II frame ready to send: the payload is copied and padded with
   * zeros to the 60-byte minimum when shorter, and referenced without copying otherwise.
   *
   * @param destination the destination MAC address
   * @param source the source MAC address
   * @param etherType the payload's EtherType, at least 0x0600
   * @param payload the payload, from its position to its limit; its position is not changed
   * @return the frame, without FCS
   * @throws IllegalArgumentException if {@code etherType} is a length or a VLAN TPID
   */
  public static EthernetFrame of(
      MacAddress destination, MacAddress source, EtherType etherType, ByteBuffer payload) {
    return builder().destination(destination).source(source).etherType(etherType)
        .payload(payload).build();
  }

  /**
   * Returns an untagged Ethernet II frame carrying an encoded value, such as an {@code
   * ArpPacket} or an {@code Ipv4Packet}, padded with zeros to the 60-byte minimum.
   *
   * @param destination the destination MAC address
   * @param source the source MAC address
   * @param etherType the payload's EtherType, at least 0x0600
   * @param payload the value to encode as the payload
   * @return the frame, without FCS
   * @throws IllegalArgumentException if {@code etherType} is a length or a VLAN TPID
   */
  public static EthernetFrame of(
      MacAddress destination, MacAddress source, EtherType etherType, Encodable payload) {
    return builder().destination(destination).source(source).etherType(etherType)
        .payload(payload).build();
  }

  /**
   * Returns a builder for a frame to send, which pads to the minimum size, computes the 802.3
   * length and, on request, the FCS.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this frame with the FCS computed over its header and data.
   *
   * @return the frame with a correct {@link #fcs()}
   */
  public EthernetFrame withFcs() {
    return new EthernetFrame(destination, source, vlanTags, etherType, data,
        OptionalLong.of(computeFcs()));
  }

  /**
   * Returns this frame without its FCS, as most captures hold frames.
   *
   * @return the frame with an empty {@link #fcs()}
   */
  public EthernetFrame withoutFcs() {
    return fcs.isEmpty() ? this
        : new EthernetFrame(destination, source, vlanTags, etherType, data, OptionalLong.empty());
  }

  // ------------------------------------------------------------------------------ accessors

  /**
   * Returns every byte after the Length/Type field and before the FCS.
   *
   * @return a new read-only big-endian buffer over the data, positioned at 0
   */
  @Override
  public ByteBuffer data() {
    return data.slice();
  }

  /**
   * Returns whether this is an IEEE 802.3 frame: its Length/Type field is a length and its data
   * starts with an LLC header.
   *
   * @return {@code true} for 802.3, {@code false} for Ethernet II
   */
  public boolean isIeee8023() {
    return etherType.isLength();
  }

  /**
   * Returns the LLC header of an IEEE 802.3 frame.
   *
   * @return the header, or empty for an Ethernet II frame
   */
  public Optional<LlcHeader> llc() {
    return isIeee8023() ? Optional.of(LlcHeader.read(data, data.position())) : Optional.empty();
  }

  /**
   * Returns the SNAP header of an IEEE 802.3 frame whose LLC header is {@link LlcHeader#SNAP}.
   *
   * @return the header, or empty when there is none
   */
  public Optional<SnapHeader> snap() {
    return isIeee8023() && llcHeadersLength(data, data.position(), etherType.value()) > LLC_LONG
        ? Optional.of(SnapHeader.read(data, data.position() + LLC_SHORT)) : Optional.empty();
  }

  /**
   * Returns the payload: for Ethernet II all the data, padding included (the upper layer bounds
   * itself with its own length field); for IEEE 802.3 the counted bytes after the LLC and SNAP
   * headers.
   *
   * @return a new read-only big-endian view of the payload, positioned at 0; not a copy
   */
  public ByteBuffer payload() {
    if (!isIeee8023()) {
      return data.slice();
    }
    int headers = llcHeadersLength(data, data.position(), etherType.value());
    return data.slice(data.position() + headers, etherType.value() - headers);
  }

  /**
   * Returns the bytes after the data an IEEE 802.3 length counts: the padding up to the minimum
   * frame size (or whatever else a sender put there). Always empty for Ethernet II, whose
   * padding is part of {@link #payload()}.
   *
   * @return a new read-only view of the padding, positioned at 0; not a copy
   */
  public ByteBuffer padding() {
    int from = isIeee8023() ? etherType.value() : data.remaining();
    return data.slice(data.position() + from, data.remaining() - from);
  }

  /**
   * Returns the size of the header: 14 bytes plus 4 per VLAN tag.
   *
   * @return the offset of the data in the frame
   */
  public int headerLength() {
    return HEADER_LENGTH + TAG_LENGTH * vlanTags.size();
  }

  /**
   * Computes the IEEE 802.3 CRC-32 over the header and data, the value a correct FCS has.
   *
   * @return the CRC-32, 0..0xffffffff
   */
  public long computeFcs() {
    CRC32 crc = new CRC32();
    byte[] header = new byte[headerLength()];
    writeHeader(ByteBuffer.wrap(header), 0);
    crc.update(header);
    crc.update(data.slice());
    return crc.getValue();
  }

  /**
   * Returns whether the frame has an FCS and it matches {@link #computeFcs()}.
   *
   * @return {@code true} if the FCS is present and correct
   */
  public boolean hasValidFcs() {
    return fcs.isPresent() && fcs.getAsLong() == computeFcs();
  }

  // ------------------------------------------------------------------------------ encoding

  /**
   * Returns the frame's size: header, data and FCS if present.
   *
   * @return the encoded length in bytes
   */
  @Override
  public int encodedLength() {
    return headerLength() + data.remaining() + (fcs.isPresent() ? FCS_LENGTH : 0);
  }

  /**
   * Writes the frame as it is held: no padding is added here (the builder adds it), and the FCS
   * is written as held, least significant byte first.
   *
   * @param dst the buffer to write to
   */
  @Override
  public void encode(ByteBuffer dst) {
    int p = dst.position();
    int n = encodedLength();
    if (dst.isReadOnly()) {
      throw new java.nio.ReadOnlyBufferException();
    }
    if (dst.limit() - p < n) {
      throw new BufferOverflowException();
    }
    int at = writeHeader(dst, p);
    dst.put(at, data, data.position(), data.remaining());
    at += data.remaining();
    if (fcs.isPresent()) {
      long v = fcs.getAsLong();
      for (int k = 0; k < FCS_LENGTH; k++) {
        dst.put(at + k, (byte) (v >>> (8 * k)));
      }
    }
    dst.position(p + n);
  }

  /** Writes addresses, tags and the Length/Type field at {@code index}; returns the end. */
  private int writeHeader(ByteBuffer dst, int index) {
    destination.write(dst, index + DESTINATION);
    source.write(dst, index + SOURCE);
    int at = index + LENGTH_TYPE;
    for (VlanTag tag : vlanTags) {
      tag.write(dst, at);
      at += TAG_LENGTH;
    }
    BigEndian.put16(dst, at, etherType.value());
    return at + LENGTH_TYPE_SIZE;
  }

  /**
   * Returns a one-line summary in the spirit of {@code tcpdump -e}, e.g. {@code
   * "d8:07:b6:d9:ae:50 > 4c:cc:6a:ba:1c:b9, ethertype IPv4 (0x0800), length 94"}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(source).append(" > ").append(destination);
    for (VlanTag tag : vlanTags) {
      sb.append(", ").append(tag);
    }
    if (isIeee8023()) {
      sb.append(", 802.3 length ").append(etherType.value()).append(", ").append(llc().get());
      snap().ifPresent(s -> sb.append(", ").append(s));
      int pad = data.remaining() - etherType.value();
      if (pad > 0) {
        sb.append(", padding ").append(pad);
      }
    } else {
      sb.append(", ethertype ").append(etherType);
    }
    sb.append(", length ").append(headerLength() + data.remaining());
    fcs.ifPresent(v -> sb.append(String.format(", fcs 0x%08x", v))
        .append(hasValidFcs() ? "" : " (incorrect)"));
    return sb.toString();
  }

  // ------------------------------------------------------------------------------ bytes

  private static long getU32LittleEndian(ByteBuffer buf, int index) {
    long v = 0;
    for (int k = FCS_LENGTH - 1; k >= 0; k--) {
      v = v << 8 | (buf.get(index + k) & 0xff);
    }
    return v;
  }

  // ------------------------------------------------------------------------------ builder

  /**
   * Builds a frame to send. Set the addresses and either an EtherType (Ethernet II) or an LLC
   * header (IEEE 802.3, with an optional SNAP header); {@link #build()} pads the data with zeros
   * to the 60-byte minimum, writes the 802.3 length and, if asked, appends the FCS.
   *
   * <pre>{@code
   * EthernetFrame frame = EthernetFrame.builder()
   *     .destination(MacAddress.BROADCAST)
   *     .source(MacAddress.parse("d8:07:b6:d9:ae:50"))
   *     .vlanTag(VlanTag.dot1q(100))
   *     .etherType(EtherType.ARP)
   *     .payload(arpRequest)
   *     .appendFcs(true)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private MacAddress destination;
    private MacAddress source;
    private final List<VlanTag> vlanTags = new ArrayList<>();
    private EtherType etherType;
    private LlcHeader llc;
    private SnapHeader snap;
    private ByteBuffer payloadBuffer = ByteBuffer.allocate(0);
    private Encodable payloadValue;
    private boolean pad = true;
    private boolean appendFcs;

    private Builder() {}

    /**
     * Sets the destination address.
     *
     * @param destination the destination MAC address
     * @return this builder
     */
    public Builder destination(MacAddress destination) {
      this.destination = Objects.requireNonNull(destination, "destination");
      return this;
    }

    /**
     * Sets the source address.
     *
     * @param source the source MAC address
     * @return this builder
     */
    public Builder source(MacAddress source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Adds a VLAN tag inside the ones added before (the first added is outermost).
     *
     * @param tag the tag
     * @return this builder
     */
    public Builder vlanTag(VlanTag tag) {
      vlanTags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /**
     * Sets the EtherType of an Ethernet II frame.
     *
     * @param etherType the EtherType, at least 0x0600 and not a VLAN TPID
     * @return this builder
     */
    public Builder etherType(EtherType etherType) {
      this.etherType = Objects.requireNonNull(etherType, "etherType");
      return this;
    }

    /**
     * Makes the frame IEEE 802.3 with this LLC header; the length is computed.
     *
     * @param llc the LLC header
     * @return this builder
     */
    public Builder llc(LlcHeader llc) {
      this.llc = Objects.requireNonNull(llc, "llc");
      return this;
    }

    /**
     * Makes the frame IEEE 802.3 with the {@link LlcHeader#SNAP} LLC header and this SNAP header.
     *
     * @param snap the SNAP header
     * @return this builder
     */
    public Builder snap(SnapHeader snap) {
      this.snap = Objects.requireNonNull(snap, "snap");
      this.llc = LlcHeader.SNAP;
      return this;
    }

    /**
     * Sets the payload bytes, from the buffer's position to its limit (read when {@link
     * #build()} runs; the buffer's position is not changed). A frame that needs no padding or
     * headers around them views a read-only buffer and copies a writable one.
     *
     * @param payload the payload
     * @return this builder
     */
    public Builder payload(ByteBuffer payload) {
      this.payloadBuffer = Objects.requireNonNull(payload, "payload");
      this.payloadValue = null;
      return this;
    }

    /**
     * Sets a value to encode as the payload.
     *
     * @param payload the payload, such as an ARP or IPv4 packet
     * @return this builder
     */
    public Builder payload(Encodable payload) {
      this.payloadValue = Objects.requireNonNull(payload, "payload");
      return this;
    }

    /**
     * Sets whether to pad the data with zeros to the 60-byte minimum frame; on by default.
     *
     * @param pad {@code false} to keep a short frame short
     * @return this builder
     */
    public Builder pad(boolean pad) {
      this.pad = pad;
      return this;
    }

    /**
     * Sets whether to compute and append the FCS; off by default.
     *
     * @param appendFcs {@code true} to append a correct FCS
     * @return this builder
     */
    public Builder appendFcs(boolean appendFcs) {
      this.appendFcs = appendFcs;
      return this;
    }

    /**
     * Builds the frame.
     *
     * @return the frame
     * @throws IllegalStateException if an address is missing, if neither or both of an EtherType
     *     and an LLC header were set, if a SNAP header is set without the SNAP LLC header or the
     *     other way round, or if the 802.3 data exceed 1500 bytes
     * @throws IllegalArgumentException if the EtherType is a length or a VLAN TPID
     */
    public EthernetFrame build() {
      if (destination == null || source == null) {
        throw new IllegalStateException("destination and source must be set");
      }
      if ((etherType == null) == (llc == null)) {
        throw new IllegalStateException(
            "set either an EtherType (Ethernet II) or an LLC header (IEEE 802.3)");
      }
      if (llc != null && llc.isSnap() != (snap != null)) {
        throw new IllegalStateException(snap == null
            ? "an LLC header 0xaa 0xaa 0x03 needs a SNAP header"
            : "a SNAP header needs the LLC header 0xaa 0xaa 0x03, not " + llc);
      }
      if (etherType != null && etherType.isLength()) {
        throw new IllegalArgumentException("etherType " + etherType
            + " is an 802.3 length; set an LLC header to build an 802.3 frame");
      }
      int payloadLength = payloadValue != null ? payloadValue.encodedLength()
          : payloadBuffer.remaining();
      int headers = llc == null ? 0 : llc.encodedLength() + (snap == null ? 0 : SnapHeader.BYTES);
      int counted = headers + payloadLength;
      EtherType type = etherType;
      if (llc != null) {
        if (counted > EtherType.MAX_LENGTH) {
          throw new IllegalStateException("802.3 data of " + counted
              + " bytes exceed the maximum length 1500");
        }
        type = EtherType.of(counted);
      }
      int header = HEADER_LENGTH + TAG_LENGTH * vlanTags.size();
      int dataLength = pad ? Math.max(counted, MIN_FRAME_LENGTH - header) : counted;
      ByteBuffer data;
      if (payloadValue == null && headers == 0 && dataLength == payloadLength) {
        data = payloadBuffer; // viewed by the constructor if read-only, else copied
      } else {
        data = ByteBuffer.allocate(dataLength);
        if (llc != null) {
          llc.encode(data);
          if (snap != null) {
            snap.encode(data);
          }
        }
        if (payloadValue != null) {
          payloadValue.encode(data);
        } else {
          data.put(payloadBuffer.duplicate());
        }
        data = data.clear().asReadOnlyBuffer(); // built here: the constructor need not copy it
      }
      EthernetFrame frame = new EthernetFrame(destination, source, vlanTags, type, data,
          OptionalLong.empty());
      return appendFcs ? frame.withFcs() : frame;
    }
  }
}
