package io.github.netcodec.ipv6;

import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;

/**
 * An option of a Hop-by-Hop or Destination Options header, TLV-encoded (RFC 8200 §4.2):
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+- - - - - - - - -
 * |  Option Type  |  Opt Data Len |  Option Data
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+- - - - - - - - -
 * </pre>
 *
 * <p>The exception is {@link Pad1}, a single zero byte. The two high-order bits of the type say
 * what a node that does not recognise the option must do ({@link #action()}), the third whether
 * the data may change en route ({@link #mayChange()}).
 *
 * <table>
 *   <caption>Option records</caption>
 *   <tr><th>Type</th><th>Record</th><th>Source</th></tr>
 *   <tr><td>0x00</td><td>{@link Pad1}</td><td>RFC 8200 §4.2</td></tr>
 *   <tr><td>0x01</td><td>{@link PadN}</td><td>RFC 8200 §4.2</td></tr>
 *   <tr><td>0x05</td><td>{@link RouterAlert}</td><td>RFC 2711</td></tr>
 *   <tr><td>0xC2</td><td>{@link JumboPayload}</td><td>RFC 2675</td></tr>
 *   <tr><td>any other</td><td>{@link UnknownOption}</td><td>kept as type and raw data</td></tr>
 * </table>
 */
public sealed interface Ipv6Option extends Encodable
    permits Ipv6Option.Pad1, Ipv6Option.PadN, Ipv6Option.RouterAlert, Ipv6Option.JumboPayload,
        Ipv6Option.UnknownOption {

  /** Action 0: skip over the option and continue processing the header. */
  int ACTION_SKIP = 0;
  /** Action 1: discard the packet. */
  int ACTION_DISCARD = 1;
  /** Action 2: discard the packet and send an ICMPv6 Parameter Problem, code 2. */
  int ACTION_DISCARD_SEND_ICMP = 2;
  /** Action 3: discard and send Parameter Problem only if the destination is not multicast. */
  int ACTION_DISCARD_SEND_ICMP_UNLESS_MULTICAST = 3;

  /**
   * Returns the Option Type byte.
   *
   * @return the type, 0..255
   */
  int type();

  /**
   * Returns what a node that does not recognise the option must do: the type's two high-order
   * bits, one of the {@code ACTION_} constants (RFC 8200 §4.2).
   *
   * @return the action, 0..3
   */
  default int action() {
    return type() >>> 6;
  }

  /**
   * Returns whether the option data may change en route: the type's third-highest bit.
   *
   * @return {@code true} if the data may change en route
   */
  default boolean mayChange() {
    return (type() & 0x20) != 0;
  }

  /**
   * The Pad1 option: one zero byte of padding, without length or data (RFC 8200 §4.2).
   */
  record Pad1() implements Ipv6Option {
    /** The one Pad1 option. */
    public static final Pad1 INSTANCE = new Pad1();

    @Override
    public int type() {
      return Ipv6Fields.OPT_PAD1;
    }

    @Override
    public int encodedLength() {
      return 1;
    }

    @Override
    public void encode(ByteBuffer dst) {
      int p = Wire.reserve(dst, 1);
      BigEndian.put8(dst, p, Ipv6Fields.OPT_PAD1);
      dst.position(p + 1);
    }

    @Override
    public String toString() {
      return "Pad1";
    }
  }

  /**
   * The PadN option: two or more bytes of padding (RFC 8200 §4.2). The data should be zeros;
   * whatever it is, it is kept.
   *
   * @param data the padding data, 0..255 bytes
   */
  record PadN(ByteString data) implements Ipv6Option {
    /**
     * Checks the data length.
     *
     * @param data the padding data, 0..255 bytes
     * @throws IllegalArgumentException if the data is longer than 255 bytes
     */
    public PadN {
      checkData(data, "PadN.data");
    }

    /**
     * Returns a PadN option that takes {@code length} bytes in all, with zero data.
     *
     * @param length the bytes the option takes, type and length bytes included: 2..257
     * @return the option
     * @throws IllegalArgumentException if the length is outside 2..257
     */
    public static PadN ofLength(int length) {
      if (length < 2 || length > 257) {
        throw new IllegalArgumentException("PadN length " + length + " is not in 2..257");
      }
      return new PadN(ByteString.copyOf(new byte[length - 2]));
    }

    @Override
    public int type() {
      return Ipv6Fields.OPT_PADN;
    }

    @Override
    public int encodedLength() {
      return 2 + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      encodeTlv(dst, Ipv6Fields.OPT_PADN, data);
    }
  }

  /**
   * The Router Alert option (RFC 2711): routers on the path should look at the packet.
   *
   * @param value the 16-bit value: 0 MLD, 1 RSVP, 2 active networks (IANA registry)
   */
  record RouterAlert(int value) implements Ipv6Option {
    /** Value 0: the datagram contains a Multicast Listener Discovery message (RFC 2710). */
    public static final int MLD = 0;

    /**
     * Checks the range.
     *
     * @param value the 16-bit value
     * @throws IllegalArgumentException if the value is outside 0..65535
     */
    public RouterAlert {
      checkRange(value, 0xffff, "RouterAlert.value");
    }

    @Override
    public int type() {
      return Ipv6Fields.OPT_ROUTER_ALERT;
    }

    @Override
    public int encodedLength() {
      return 2 + Ipv6Fields.ROUTER_ALERT_DATA_LENGTH;
    }

    @Override
    public void encode(ByteBuffer dst) {
      int p = Wire.reserve(dst, 4);
      BigEndian.put8(dst, p, Ipv6Fields.OPT_ROUTER_ALERT);
      BigEndian.put8(dst, p + 1, Ipv6Fields.ROUTER_ALERT_DATA_LENGTH);
      BigEndian.put16(dst, p + 2, value);
      dst.position(p + 4);
    }
  }

  /**
   * The Jumbo Payload option (RFC 2675): the length of a packet whose Payload Length field is 0,
   * counting everything after the IPv6 header (the Hop-by-Hop header included). It is only
   * meaningful in a Hop-by-Hop header; values below 65536 are invalid there but kept.
   *
   * @param payloadLength the Jumbo Payload Length, 0..2<sup>32</sup>-1
   */
  record JumboPayload(long payloadLength) implements Ipv6Option {
    /**
     * Checks the range.
     *
     * @param payloadLength the Jumbo Payload Length
     * @throws IllegalArgumentException if the length does not fit in 32 unsigned bits
     */
    public JumboPayload {
      checkRange(payloadLength, 0xffffffffL, "JumboPayload.payloadLength");
    }

    @Override
    public int type() {
      return Ipv6Fields.OPT_JUMBO;
    }

    @Override
    public int encodedLength() {
      return 2 + Ipv6Fields.JUMBO_DATA_LENGTH;
    }

    @Override
    public void encode(ByteBuffer dst) {
      int p = Wire.reserve(dst, 6);
      BigEndian.put8(dst, p, Ipv6Fields.OPT_JUMBO);
      BigEndian.put8(dst, p + 1, Ipv6Fields.JUMBO_DATA_LENGTH);
      BigEndian.put32(dst, p + 2, payloadLength);
      dst.position(p + 6);
    }
  }

  /**
   * An option this library has no record for, kept as its type and raw data so that it
   * round-trips; {@link #action()} says what a node should do with it.
   *
   * @param type the Option Type; not one of the types with their own record
   * @param data the Option Data, 0..255 bytes
   */
  record UnknownOption(int type, ByteString data) implements Ipv6Option {
    /**
     * Checks the type and the data length.
     *
     * @param type the Option Type
     * @param data the Option Data
     * @throws IllegalArgumentException if the type is outside 0..255 or has its own record, or
     *     the data is longer than 255 bytes
     */
    public UnknownOption {
      checkRange(type, 0xff, "UnknownOption.type");
      if (type == Ipv6Fields.OPT_PAD1 || type == Ipv6Fields.OPT_PADN
          || type == Ipv6Fields.OPT_ROUTER_ALERT || type == Ipv6Fields.OPT_JUMBO) {
        throw new IllegalArgumentException("UnknownOption.type " + type
            + " has its own record (Pad1, PadN, RouterAlert or JumboPayload)");
      }
      checkData(data, "UnknownOption.data");
    }

    @Override
    public int encodedLength() {
      return 2 + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      encodeTlv(dst, type, data);
    }
  }

  private static void checkData(ByteString data, String field) {
    if (data == null) {
      throw new NullPointerException(field);
    }
    if (data.size() > 255) {
      throw new IllegalArgumentException(field + " has " + data.size()
          + " bytes, more than the 255 an option holds");
    }
  }

  private static void encodeTlv(ByteBuffer dst, int type, ByteString data) {
    int p = Wire.reserve(dst, 2 + data.size());
    BigEndian.put8(dst, p, type);
    BigEndian.put8(dst, p + 1, data.size());
    dst.position(p + 2);
    data.writeTo(dst);
  }
}
