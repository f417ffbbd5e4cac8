package io.github.netcodec.ipv4;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.internal.BigEndian;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One IPv4 header option (RFC 791 §3.1, IANA "IP Option Numbers"). Each option is a record that
 * owns its encoding; {@link Raw} keeps the options netcodec does not model field by field
 * (Basic Security, CIPSO, Stream ID, anything unassigned) byte for byte.
 *
 * <p>The option type octet is split into three fields:
 *
 * <pre>
 *   0   1   2   3   4   5   6   7
 * +---+---+---+---+---+---+---+---+
 * | C | class |      number       |    C = copied into every fragment
 * +---+---+---+---+---+---+---+---+
 * </pre>
 *
 * <table class="striped">
 *   <caption>Modelled options</caption>
 *   <thead><tr><th>Type</th><th>Record</th><th>Wire form</th></tr></thead>
 *   <tbody>
 *     <tr><td>0</td><td>{@link EndOfOptionList}</td><td>{@code 00} then padding to the end</td></tr>
 *     <tr><td>1</td><td>{@link NoOperation}</td><td>{@code 01}</td></tr>
 *     <tr><td>7</td><td>{@link RecordRoute}</td><td>{@code 07 len ptr addr...}</td></tr>
 *     <tr><td>68</td><td>{@link Timestamp}</td><td>{@code 44 len ptr oflw|flg data...}</td></tr>
 *     <tr><td>131</td><td>{@link LooseSourceRoute}</td><td>{@code 83 len ptr addr...}</td></tr>
 *     <tr><td>137</td><td>{@link StrictSourceRoute}</td><td>{@code 89 len ptr addr...}</td></tr>
 *     <tr><td>148</td><td>{@link RouterAlert}</td><td>{@code 94 04 value(2)}</td></tr>
 *     <tr><td>other</td><td>{@link Raw}</td><td>{@code type len data...}</td></tr>
 *   </tbody>
 * </table>
 */
public sealed interface Ipv4Option extends Encodable
    permits Ipv4Option.EndOfOptionList,
        Ipv4Option.NoOperation,
        Ipv4Option.RecordRoute,
        Ipv4Option.Timestamp,
        Ipv4Option.LooseSourceRoute,
        Ipv4Option.StrictSourceRoute,
        Ipv4Option.RouterAlert,
        Ipv4Option.Raw {

  /** Type of End of Option List (RFC 791). */
  int END_OF_OPTION_LIST = 0;
  /** Type of No Operation (RFC 791). */
  int NO_OPERATION = 1;
  /** Type of Record Route (RFC 791). */
  int RECORD_ROUTE = 7;
  /** Type of Internet Timestamp (RFC 791). */
  int TIMESTAMP = 68;
  /** Type of Basic Security (RFC 1108), kept as {@link Raw}. */
  int SECURITY = 130;
  /** Type of Loose Source and Record Route (RFC 791). */
  int LOOSE_SOURCE_ROUTE = 131;
  /** Type of Commercial IP Security Option, CIPSO (FIPS 188), kept as {@link Raw}. */
  int CIPSO = 134;
  /** Type of Strict Source and Record Route (RFC 791). */
  int STRICT_SOURCE_ROUTE = 137;
  /** Type of Router Alert (RFC 2113). */
  int ROUTER_ALERT = 148;

  /**
   * Returns the whole option type octet.
   *
   * @return the type, 0..255
   */
  int type();

  /**
   * Returns the copied flag: whether the option is repeated in every fragment (RFC 791 §3.1).
   *
   * @return {@code true} if the high bit of the type is set
   */
  default boolean copied() {
    return (type() & 0x80) != 0;
  }

  /**
   * Returns the option class: 0 control, 2 debugging and measurement, 1 and 3 reserved.
   *
   * @return the two class bits, 0..3
   */
  default int optionClass() {
    return (type() >>> 5) & 3;
  }

  /**
   * Returns the option number, the low five bits of the type.
   *
   * @return the number, 0..31
   */
  default int number() {
    return type() & 0x1f;
  }

  private static void ensureRoom(ByteBuffer dst, int length) {
    if (dst.remaining() < length) {
      throw new BufferOverflowException();
    }
  }

  private static void checkUnsigned(int value, int max, String field) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(field + " " + value + " is not in 0.." + max);
    }
  }

  /**
   * End of Option List, type 0: the end of the options, followed by padding to the end of the
   * header. The padding should be zero (RFC 791) but is kept exactly as received.
   *
   * @param padding the bytes after the type octet up to the end of the options area, at most 39
   */
  record EndOfOptionList(ByteString padding) implements Ipv4Option {
    /** End of Option List without padding: the single byte {@code 00}. */
    public static final EndOfOptionList NO_PADDING = new EndOfOptionList(ByteString.EMPTY);

    /**
     * Checks the padding length.
     *
     * @param padding the bytes after the type octet, at most 39
     * @throws IllegalArgumentException if the padding is longer than 39 bytes
     */
    public EndOfOptionList {
      Objects.requireNonNull(padding, "padding");
      if (padding.size() > Ipv4Fields.MAX_OPTIONS_LENGTH - 1) {
        throw new IllegalArgumentException(
            "padding of " + padding.size() + " bytes is longer than the 39 an options area allows");
      }
    }

    /**
     * Returns End of Option List followed by {@code count} zero bytes.
     *
     * @param count the number of zero padding bytes, 0..39
     * @return the option
     */
    public static EndOfOptionList withZeroPadding(int count) {
      checkUnsigned(count, Ipv4Fields.MAX_OPTIONS_LENGTH - 1, "padding length");
      return count == 0 ? NO_PADDING : new EndOfOptionList(ByteString.copyOf(new byte[count]));
    }

    @Override
    public int type() {
      return END_OF_OPTION_LIST;
    }

    @Override
    public int encodedLength() {
      return 1 + padding.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      dst.put((byte) END_OF_OPTION_LIST);
      padding.writeTo(dst);
    }
  }

  /** No Operation, type 1: a single byte used to align the next option. */
  record NoOperation() implements Ipv4Option {
    /** The shared instance. */
    public static final NoOperation INSTANCE = new NoOperation();

    @Override
    public int type() {
      return NO_OPERATION;
    }

    @Override
    public int encodedLength() {
      return 1;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, 1);
      dst.put((byte) NO_OPERATION);
    }
  }

  /** The most addresses a route option holds: (40 - 3) / 4. */
  int MAX_ROUTE_ADDRESSES = 9;

  private static List<Ipv4Address> checkRoute(int pointer, List<Ipv4Address> route) {
    checkUnsigned(pointer, 255, "pointer");
    List<Ipv4Address> copy = List.copyOf(route);
    if (copy.size() > MAX_ROUTE_ADDRESSES) {
      throw new IllegalArgumentException(
          "route of " + copy.size() + " addresses exceeds the 9 an options area holds");
    }
    return copy;
  }

  private static void encodeRoute(ByteBuffer dst, int type, int pointer, List<Ipv4Address> route) {
    int length = 3 + 4 * route.size();
    ensureRoom(dst, length);
    dst.put((byte) type).put((byte) length).put((byte) pointer);
    for (Ipv4Address address : route) {
      BigEndian.put32(dst, address.value());
    }
  }

  /**
   * Record Route, type 7 (RFC 791): routers write their address at the pointer.
   *
   * @param pointer the octet index (from the option's start, 1-based) of the next free slot;
   *     4 when empty, kept as received even when out of range
   * @param route the addresses, recorded or reserved, at most 9
   */
  record RecordRoute(int pointer, List<Ipv4Address> route) implements Ipv4Option {
    /**
     * Checks the fields and copies the route.
     *
     * @param pointer the pointer, 0..255
     * @param route the addresses, at most 9
     * @throws IllegalArgumentException if a field is out of range
     */
    public RecordRoute {
      route = checkRoute(pointer, route);
    }

    @Override
    public int type() {
      return RECORD_ROUTE;
    }

    @Override
    public int encodedLength() {
      return 3 + 4 * route.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      encodeRoute(dst, RECORD_ROUTE, pointer, route);
    }
  }

  /**
   * Loose Source and Record Route, type 131 (RFC 791): routers to pass through, in any path.
   * Copied into every fragment. RFC 7126 §4.3 recommends dropping packets that carry it.
   *
   * @param pointer the octet index (from the option's start, 1-based) of the next address, 4 when
   *     none has been used, kept as received
   * @param route the addresses, at most 9
   */
  record LooseSourceRoute(int pointer, List<Ipv4Address> route) implements Ipv4Option {
    /**
     * Checks the fields and copies the route.
     *
     * @param pointer the pointer, 0..255
     * @param route the addresses, at most 9
     * @throws IllegalArgumentException if a field is out of range
     */
    public LooseSourceRoute {
      route = checkRoute(pointer, route);
    }

    @Override
    public int type() {
      return LOOSE_SOURCE_ROUTE;
    }

    @Override
    public int encodedLength() {
      return 3 + 4 * route.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      encodeRoute(dst, LOOSE_SOURCE_ROUTE, pointer, route);
    }
  }

  /**
   * Strict Source and Record Route, type 137 (RFC 791): the exact routers to pass through.
   * Copied into every fragment. RFC 7126 §4.4 recommends dropping packets that carry it.
   *
   * @param pointer the octet index (from the option's start, 1-based) of the next address, 4 when
   *     none has been used, kept as received
   * @param route the addresses, at most 9
   */
  record StrictSourceRoute(int pointer, List<Ipv4Address> route) implements Ipv4Option {
    /**
     * Checks the fields and copies the route.
     *
     * @param pointer the pointer, 0..255
     * @param route the addresses, at most 9
     * @throws IllegalArgumentException if a field is out of range
     */
    public StrictSourceRoute {
      route = checkRoute(pointer, route);
    }

    @Override
    public int type() {
      return STRICT_SOURCE_ROUTE;
    }

    @Override
    public int encodedLength() {
      return 3 + 4 * route.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      encodeRoute(dst, STRICT_SOURCE_ROUTE, pointer, route);
    }
  }

  /**
   * Internet Timestamp, type 68 (RFC 791): routers append 32-bit timestamps (milliseconds since
   * midnight UT, or any value with the high bit set), optionally with their address.
   *
   * <pre>
   * +--------+--------+--------+--------+
   * |01000100| length | pointer|oflw|flg|
   * +--------+--------+--------+--------+
   * |         internet address          |   flags 1 and 3 only
   * +--------+--------+--------+--------+
   * |             timestamp             |
   * +--------+--------+--------+--------+
   * |                 .                 |
   * </pre>
   *
   * <table class="striped">
   *   <caption>Flag values</caption>
   *   <thead><tr><th>Flag</th><th>Meaning</th><th>Entries</th></tr></thead>
   *   <tbody>
   *     <tr><td>{@value #TIMESTAMPS_ONLY}</td><td>timestamps only</td><td>4 bytes, no address</td></tr>
   *     <tr><td>{@value #WITH_ADDRESSES}</td><td>each router writes its address and a timestamp</td>
   *       <td>8 bytes</td></tr>
   *     <tr><td>{@value #PRESPECIFIED}</td><td>only the pre-specified addresses write a timestamp</td>
   *       <td>8 bytes</td></tr>
   *   </tbody>
   * </table>
   *
   * @param pointer the octet index (from the option's start, 1-based) of the next free slot, 5
   *     when empty, kept as received
   * @param overflow the number of routers that could not register for lack of space, 0..15
   * @param flag {@value #TIMESTAMPS_ONLY}, {@value #WITH_ADDRESSES} or {@value #PRESPECIFIED}
   * @param entries the slots, filled or reserved: with an address exactly when the flag is not 0
   */
  record Timestamp(int pointer, int overflow, int flag, List<Entry> entries)
      implements Ipv4Option {
    /** Flag 0: timestamps only. */
    public static final int TIMESTAMPS_ONLY = 0;
    /** Flag 1: each timestamp preceded by the address of the router that wrote it. */
    public static final int WITH_ADDRESSES = 1;
    /** Flag 3: the addresses are pre-specified by the sender. */
    public static final int PRESPECIFIED = 3;

    /**
     * Checks the fields and copies the entries.
     *
     * @param pointer the pointer, 0..255
     * @param overflow the overflow count, 0..15
     * @param flag 0, 1 or 3
     * @param entries the slots; with addresses exactly when the flag is not 0; at most 9 for
     *     flag 0 and 4 otherwise
     * @throws IllegalArgumentException if a field is out of range or an entry does not match
     *     the flag
     */
    public Timestamp {
      checkUnsigned(pointer, 255, "pointer");
      checkUnsigned(overflow, 15, "overflow");
      if (flag != TIMESTAMPS_ONLY && flag != WITH_ADDRESSES && flag != PRESPECIFIED) {
        throw new IllegalArgumentException("flag " + flag + " is not 0, 1 or 3");
      }
      entries = List.copyOf(entries);
      boolean addresses = flag != TIMESTAMPS_ONLY;
      int max = addresses ? 4 : 9;
      if (entries.size() > max) {
        throw new IllegalArgumentException("entries: " + entries.size() + " exceed the " + max
            + " an options area holds with flag " + flag);
      }
      for (Entry entry : entries) {
        if (entry.address().isPresent() != addresses) {
          throw new IllegalArgumentException("entries: flag " + flag
              + (addresses ? " needs an address in every entry" : " allows no addresses"));
        }
      }
    }

    @Override
    public int type() {
      return TIMESTAMP;
    }

    /**
     * Returns the bytes per entry: 4 for flag 0, 8 otherwise.
     *
     * @return the entry size in bytes
     */
    public int entryLength() {
      return flag == TIMESTAMPS_ONLY ? 4 : 8;
    }

    @Override
    public int encodedLength() {
      return 4 + entryLength() * entries.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      int length = encodedLength();
      ensureRoom(dst, length);
      dst.put((byte) TIMESTAMP).put((byte) length).put((byte) pointer)
          .put((byte) (overflow << 4 | flag));
      for (Entry entry : entries) {
        if (entry.address().isPresent()) {
          BigEndian.put32(dst, entry.address().get().value());
        }
        BigEndian.put32(dst, (int) entry.timestamp());
      }
    }

    /**
     * One slot of a timestamp option.
     *
     * @param address the router's address, present for flags 1 and 3, empty for flag 0
     * @param timestamp the 32-bit timestamp, 0..2<sup>32</sup>-1; the high bit marks a
     *     non-standard time
     */
    public record Entry(Optional<Ipv4Address> address, long timestamp) {
      /**
       * Checks the timestamp range.
       *
       * @param address the router's address, or empty
       * @param timestamp the timestamp, 0..2<sup>32</sup>-1
       * @throws IllegalArgumentException if the timestamp is out of range
       */
      public Entry {
        Objects.requireNonNull(address, "address");
        if (timestamp < 0 || timestamp > 0xffff_ffffL) {
          throw new IllegalArgumentException("timestamp " + timestamp + " is not a 32-bit value");
        }
      }

      /**
       * Returns a timestamp-only entry, for flag 0.
       *
       * @param timestamp the timestamp, 0..2<sup>32</sup>-1
       * @return the entry
       */
      public static Entry of(long timestamp) {
        return new Entry(Optional.empty(), timestamp);
      }

      /**
       * Returns an entry with an address, for flags 1 and 3.
       *
       * @param address the router's address
       * @param timestamp the timestamp, 0..2<sup>32</sup>-1
       * @return the entry
       */
      public static Entry of(Ipv4Address address, long timestamp) {
        return new Entry(Optional.of(address), timestamp);
      }
    }
  }

  /**
   * Router Alert, type 148 (RFC 2113): routers should examine the packet more closely (RSVP,
   * IGMP, MLD). Copied into every fragment.
   *
   * @param value the 16-bit value; 0 means "router shall examine packet"
   */
  record RouterAlert(int value) implements Ipv4Option {
    /** Value 0: router shall examine packet (RFC 2113 §2.1). */
    public static final RouterAlert EXAMINE = new RouterAlert(0);

    /**
     * Checks the value.
     *
     * @param value the value, 0..65535
     * @throws IllegalArgumentException if the value is out of range
     */
    public RouterAlert {
      checkUnsigned(value, 0xffff, "value");
    }

    @Override
    public int type() {
      return ROUTER_ALERT;
    }

    @Override
    public int encodedLength() {
      return 4;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, 4);
      dst.put((byte) ROUTER_ALERT).put((byte) 4);
      BigEndian.put16(dst, value);
    }
  }

  /**
   * Any option of type-length-value form that has no record of its own, byte for byte: Basic
   * Security (130), CIPSO (134), Extended Security, Stream ID, experimental and unassigned
   * types. The copied flag, class and number are available through the interface.
   *
   * @param type the option type, any value but the modelled ones (0, 1, 7, 68, 131, 137, 148)
   * @param data the bytes after the length octet, at most 38
   */
  record Raw(int type, ByteString data) implements Ipv4Option {
    /**
     * Checks the type and data length.
     *
     * @param type the option type, 0..255, not one with a record of its own
     * @param data the bytes after the length octet, at most 38
     * @throws IllegalArgumentException if the type is out of range or modelled, or the data is
     *     too long
     */
    public Raw {
      checkUnsigned(type, 255, "type");
      Objects.requireNonNull(data, "data");
      switch (type) {
        case END_OF_OPTION_LIST, NO_OPERATION, RECORD_ROUTE, TIMESTAMP, LOOSE_SOURCE_ROUTE,
            STRICT_SOURCE_ROUTE, ROUTER_ALERT -> throw new IllegalArgumentException(
                "type " + type + " has its own record; Raw is for the others");
        default -> { }
      }
      if (data.size() > Ipv4Fields.MAX_OPTIONS_LENGTH - 2) {
        throw new IllegalArgumentException(
            "data of " + data.size() + " bytes is longer than the 38 an options area allows");
      }
    }

    @Override
    public int encodedLength() {
      return 2 + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      dst.put((byte) type).put((byte) (2 + data.size()));
      data.writeTo(dst);
    }
  }
}
