package io.github.netcodec.dhcp;

import static io.github.netcodec.dhcp.DhcpFields.CHADDR;
import static io.github.netcodec.dhcp.DhcpFields.CHADDR_LENGTH;
import static io.github.netcodec.dhcp.DhcpFields.CIADDR;
import static io.github.netcodec.dhcp.DhcpFields.FILE;
import static io.github.netcodec.dhcp.DhcpFields.FILE_LENGTH;
import static io.github.netcodec.dhcp.DhcpFields.FIXED_LENGTH;
import static io.github.netcodec.dhcp.DhcpFields.FLAGS;
import static io.github.netcodec.dhcp.DhcpFields.FLAG_BROADCAST;
import static io.github.netcodec.dhcp.DhcpFields.GIADDR;
import static io.github.netcodec.dhcp.DhcpFields.MAGIC_COOKIE;
import static io.github.netcodec.dhcp.DhcpFields.OPTIONS;
import static io.github.netcodec.dhcp.DhcpFields.SECS;
import static io.github.netcodec.dhcp.DhcpFields.SIADDR;
import static io.github.netcodec.dhcp.DhcpFields.SNAME;
import static io.github.netcodec.dhcp.DhcpFields.SNAME_LENGTH;
import static io.github.netcodec.dhcp.DhcpFields.VEND;
import static io.github.netcodec.dhcp.DhcpFields.XID;
import static io.github.netcodec.dhcp.DhcpFields.YIADDR;
import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A DHCP message (RFC 2131 §2), or a BOOTP message (RFC 951) when it has no magic cookie: every
 * fixed field as on the wire, and the options as the octets of their areas, with a typed view.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +---------------+---------------+---------------+---------------+
 * |     op (1)    |   htype (1)   |   hlen (1)    |   hops (1)    |
 * +---------------+---------------+---------------+---------------+
 * |                            xid (4)                            |
 * +-------------------------------+-------------------------------+
 * |           secs (2)            |           flags (2)           |
 * +-------------------------------+-------------------------------+
 * |                          ciaddr  (4)                          |
 * |                          yiaddr  (4)                          |
 * |                          siaddr  (4)                          |
 * |                          giaddr  (4)                          |
 * +---------------------------------------------------------------+
 * |                          chaddr  (16)                         |
 * |                          sname   (64)                         |
 * |                          file    (128)                        |
 * +---------------------------------------------------------------+
 * |         magic cookie 99.130.83.99, then options (variable)    |
 * +---------------------------------------------------------------+
 * </pre>
 *
 * <p><b>Representation.</b> The record keeps what is on the wire: the fixed fields, the raw
 * {@code chaddr}, {@code sname} and {@code file} fields, and {@link #optionArea()}: the magic
 * cookie and the options field with every Pad, the End option and whatever follows it (or, for
 * BOOTP, the raw vendor area). So {@code parse(b).toByteArray()}
 * equals {@code b} for every message {@code parse} accepts, and equality is equality of the
 * octets. The typed view is computed from those octets on each call: {@link #options()} lists
 * the options in order of first appearance, each instance of a code concatenated with the later
 * ones (RFC 3396) across the options field, then {@code file}, then {@code sname} when Option
 * Overload says they hold options (RFC 2131 §4.1); {@link #option(DhcpOptionCode)} and the
 * typed getters ({@link #messageType()}, {@link #leaseTime()}, {@link #routers()}, ...) find
 * one. Build messages with the {@link #builder()} or the factories ({@link #discover}, {@link
 * #offer}, {@link #requestSelecting}, {@link #ack}, ...), which lay typed options out for you.
 *
 * <pre>{@code
 * DhcpMessage ack = DhcpMessage.parse(udpPayload);     // the buffer is left untouched
 * ack.messageType();                                   // Optional[DHCPACK (5)]
 * ack.yiaddr();                                        // 192.168.1.100
 * ack.leaseTime();                                     // OptionalLong[86400]
 * ack.routers();                                       // Optional[[192.168.1.1]]
 * }</pre>
 *
 * <p><b>Decoding.</b> {@link #parse(ByteBuffer)} needs the 236 octets of the fixed part. With
 * the magic cookie, it checks the framing of the options field (and of {@code file} and {@code
 * sname} when overloaded): an option whose length octet is missing or whose data overruns its
 * area is a {@link io.github.netcodec.MalformedPacketException}. A missing End option and
 * octets after End are accepted and kept. The data of each option is decoded leniently when
 * asked for, like the DNS package's {@code parseLenient} does for RDATA: data that does not fit
 * its code becomes {@link DhcpOption.Malformed} and the typed getters treat it as absent, since
 * real clients send empty host names and the like and one bad option should not cost the
 * message. {@link #parseStrict(ByteBuffer)} decodes every option as well and rejects the
 * message instead. Once {@code parse} returns, no accessor throws.
 *
 * @param op the op field: {@link DhcpOp#BOOTREQUEST} or {@link DhcpOp#BOOTREPLY}
 * @param htype the hardware address type, 0..255 (1 for Ethernet)
 * @param hlen the hardware address length, 0..255 (6 for Ethernet), kept as received even
 *     above 16
 * @param hops the relay hop count, 0..255
 * @param xid the transaction id, 32 bits
 * @param secs the seconds since the client began acquisition or renewal, 0..65535
 * @param flags the flags field, 0..65535: the broadcast bit and the other bits as received
 * @param ciaddr the client's address, when it has one
 * @param yiaddr "your" address, the one the server assigns
 * @param siaddr the next server to use in bootstrap
 * @param giaddr the relay agent's address
 * @param chaddr the 16 octets of the client hardware address field
 * @param sname the 64 octets of the server host name field
 * @param file the 128 octets of the boot file name field
 * @param optionArea what follows {@code file}: the magic cookie and the options field (DHCP),
 *     or the raw vendor area (BOOTP)
 */
public record DhcpMessage(
    DhcpOp op,
    int htype,
    int hlen,
    int hops,
    int xid,
    int secs,
    int flags,
    Ipv4Address ciaddr,
    Ipv4Address yiaddr,
    Ipv4Address siaddr,
    Ipv4Address giaddr,
    ByteString chaddr,
    ByteString sname,
    ByteString file,
    DhcpOptionArea optionArea)
    implements Encodable {

  /** The UDP port DHCP servers listen on (RFC 2131 §4.1). */
  public static final int SERVER_PORT = 67;
  /** The UDP port DHCP clients listen on (RFC 2131 §4.1). */
  public static final int CLIENT_PORT = 68;
  /** The smallest message, the fixed part without vendor area: 236 octets. */
  public static final int MIN_LENGTH = FIXED_LENGTH;
  /** The BOOTP minimum message length the builder pads to: 300 octets (RFC 951, RFC 1542). */
  public static final int BOOTP_MIN_LENGTH = DhcpFields.BOOTP_MIN_LENGTH;
  /** The message size every client must accept (RFC 2131 §2): 576-octet IP datagrams. */
  public static final int MIN_MAX_MESSAGE_SIZE = 576;

  private static final byte[] ZEROS = new byte[SNAME_LENGTH + FILE_LENGTH];
  private static final ByteString ZERO_SNAME = ByteString.copyOf(new byte[SNAME_LENGTH]);
  private static final ByteString ZERO_FILE = ByteString.copyOf(new byte[FILE_LENGTH]);
  private static final ByteString ZERO_CHADDR = ByteString.copyOf(new byte[CHADDR_LENGTH]);

  /**
   * Checks every field, and with the magic cookie the framing of the option areas, so that
   * every message can be encoded and read without error.
   *
   * @param op the op field
   * @param htype the hardware type, 0..255
   * @param hlen the hardware address length, 0..255
   * @param hops the hop count, 0..255
   * @param xid the transaction id
   * @param secs the seconds, 0..65535
   * @param flags the flags, 0..65535
   * @param ciaddr the client address
   * @param yiaddr the assigned address
   * @param siaddr the next server address
   * @param giaddr the relay agent address
   * @param chaddr exactly 16 octets
   * @param sname exactly 64 octets
   * @param file exactly 128 octets
   * @param optionArea the cookie and options field, or the BOOTP vendor area
   * @throws IllegalArgumentException if a field is out of range, a fixed field has the wrong
   *     size, or an option overruns {@code file} or {@code sname} where Option Overload puts
   *     options
   */
  public DhcpMessage {
    Objects.requireNonNull(op, "op");
    checkRange(htype, 255, "htype");
    checkRange(hlen, 255, "hlen");
    checkRange(hops, 255, "hops");
    checkRange(secs, 0xffff, "secs");
    checkRange(flags, 0xffff, "flags");
    Objects.requireNonNull(ciaddr, "ciaddr");
    Objects.requireNonNull(yiaddr, "yiaddr");
    Objects.requireNonNull(siaddr, "siaddr");
    Objects.requireNonNull(giaddr, "giaddr");
    checkSize(chaddr, CHADDR_LENGTH, "chaddr");
    checkSize(sname, SNAME_LENGTH, "sname");
    checkSize(file, FILE_LENGTH, "file");
    Objects.requireNonNull(optionArea, "optionArea");
    // the options field was checked when the area was made; file and sname only matter here
    if (optionArea.overload() != 0) {
      DhcpAreas.Problem p = checkOverloaded(optionArea.overload(), file, sname);
      if (p != null) {
        throw p.toIllegalArgument();
      }
    }
  }

  private static void checkSize(ByteString b, int size, String field) {
    Objects.requireNonNull(b, field);
    if (b.size() != size) {
      throw new IllegalArgumentException(field + " has " + b.size() + " octets, not " + size);
    }
  }

  private static DhcpAreas.Problem checkOverloaded(int ov, ByteString file, ByteString sname) {
    DhcpAreas.Problem p = null;
    if ((ov & DhcpOption.Overload.FILE) != 0) {
      p = DhcpAreas.check(file, FILE, "file field");
      if (p != null) {
        return p;
      }
    }
    if ((ov & DhcpOption.Overload.SNAME) != 0) {
      p = DhcpAreas.check(sname, SNAME, "sname field");
    }
    return p;
  }

  // ---------------------------------------------------------------- decoding

  /**
   * Parses a DHCP or BOOTP message from the bytes between the buffer's position and limit,
   * which are all part of it (the UDP payload). The buffer's position, limit and byte order are
   * not changed.
   *
   * @param buf the buffer holding the message
   * @return the message
   * @throws io.github.netcodec.MalformedPacketException if fewer than 236 bytes are present, or
   *     an option's length octet is missing or its data overruns its area
   */
  public static DhcpMessage parse(ByteBuffer buf) {
    int len = buf.limit() - buf.position();
    if (buf.hasArray()) {
      return parse(buf.array(), buf.arrayOffset() + buf.position(), len);
    }
    // direct and read-only buffers: one copy of the message, then the same array reader
    byte[] copy = new byte[len];
    buf.get(buf.position(), copy, 0, len);
    return parse(copy, 0, len);
  }

  /**
   * Parses a message from an array, as {@link #parse(ByteBuffer)} does.
   *
   * @param bytes the message
   * @return the message
   * @throws io.github.netcodec.MalformedPacketException if the bytes are not a message
   */
  public static DhcpMessage parse(byte[] bytes) {
    return parse(bytes, 0, bytes.length);
  }

  /**
   * Parses a message as {@link #parse(ByteBuffer)} does, then also decodes every option and
   * rejects the message when one does not fit its code's layout, as the DNS package's {@code
   * parse} does for RDATA. For tools that must not accept what a lenient reader would.
   *
   * @param buf the buffer holding the message
   * @return the message, all of whose options decode
   * @throws io.github.netcodec.MalformedPacketException as {@code parse} does, or naming the
   *     first option whose data is malformed and the offset of its first instance
   */
  public static DhcpMessage parseStrict(ByteBuffer buf) {
    DhcpMessage m = parse(buf);
    for (DhcpOption o : m.options()) {
      if (o instanceof DhcpOption.Malformed bad) {
        throw new io.github.netcodec.MalformedPacketException(DhcpWire.PROTOCOL,
            "option " + bad.code(), m.firstOffset(bad.code().value()), bad.error());
      }
    }
    return m;
  }

  /** The message offset of a code's first instance, in RFC 3396 order. */
  private int firstOffset(int code) {
    byte[] a = optionArea.array();
    for (int off = optionArea.first(); off >= 0; off = optionArea.next(off)) {
      if ((a[off] & 0xff) == code) {
        return OPTIONS + off;
      }
    }
    for (int area = 1; area <= 2; area++) {
      if ((optionArea.overload() & area) == 0) {
        continue;
      }
      byte[] b = (area == DhcpOption.Overload.FILE ? file : sname).toByteArray();
      int i = 0;
      while (i < b.length && (b[i] & 0xff) != 255) {
        if ((b[i] & 0xff) == code) {
          return (area == DhcpOption.Overload.FILE ? FILE : SNAME) + i;
        }
        i += b[i] == 0 ? 1 : 2 + (b[i + 1] & 0xff);
      }
    }
    return -1;
  }

  private static DhcpMessage parse(byte[] a, int base, int len) {
    if (len < FIXED_LENGTH) {
      throw new TruncatedPacketException(DhcpWire.PROTOCOL, "fixed fields", 0, FIXED_LENGTH,
          len);
    }
    ByteString sname = ZERO_SNAME;
    ByteString file = ZERO_FILE;
    // sname and file are adjacent and usually both unused: one comparison covers both
    if (Arrays.mismatch(a, base + SNAME, base + FILE + FILE_LENGTH, ZEROS, 0, ZEROS.length) >= 0) {
      sname = field(a, base + SNAME, SNAME_LENGTH, ZERO_SNAME);
      file = field(a, base + FILE, FILE_LENGTH, ZERO_FILE);
    }
    boolean cookie = len >= OPTIONS && DhcpOptionArea.u32(a, base + VEND) == MAGIC_COOKIE;
    int areaStart = cookie ? OPTIONS : VEND;
    DhcpOptionArea area = DhcpOptionArea.parse(a, base + areaStart, len - areaStart, cookie);
    if (area.overload() != 0) {
      DhcpAreas.Problem p = checkOverloaded(area.overload(), file, sname);
      if (p != null) {
        throw p.toException();
      }
    }
    return new DhcpMessage(DhcpOp.of(a[base] & 0xff), a[base + 1] & 0xff, a[base + 2] & 0xff,
        a[base + 3] & 0xff, DhcpOptionArea.u32(a, base + XID), u16(a, base + SECS),
        u16(a, base + FLAGS), address(a, base + CIADDR), address(a, base + YIADDR),
        address(a, base + SIADDR), address(a, base + GIADDR),
        ByteString.copyOf(a, base + CHADDR, CHADDR_LENGTH), sname, file, area);
  }

  /** Reads an address; 0.0.0.0, common in ciaddr and giaddr, is a shared instance. */
  private static Ipv4Address address(byte[] a, int i) {
    int v = DhcpOptionArea.u32(a, i);
    return v == 0 ? Ipv4Address.ANY : Ipv4Address.of(v);
  }

  /** All-zero fields (unused sname and file) share one instance instead of a copy. */
  private static ByteString field(byte[] a, int from, int length, ByteString zeros) {
    return Arrays.mismatch(a, from, from + length, ZEROS, 0, length) < 0 ? zeros
        : ByteString.copyOf(a, from, length);
  }

  private static int u16(byte[] a, int i) {
    return (a[i] & 0xff) << 8 | (a[i + 1] & 0xff);
  }

  // ---------------------------------------------------------------- encoding

  @Override
  public int encodedLength() {
    return FIXED_LENGTH + optionArea.encodedLength();
  }

  @Override
  public void encode(ByteBuffer dst) {
    checkRoom(dst, encodedLength());
    dst.put((byte) op.value()).put((byte) htype).put((byte) hlen).put((byte) hops);
    BigEndian.put32(dst, xid);
    dst.put((byte) (secs >>> 8)).put((byte) secs).put((byte) (flags >>> 8)).put((byte) flags);
    ciaddr.write(dst);
    yiaddr.write(dst);
    siaddr.write(dst);
    giaddr.write(dst);
    chaddr.writeTo(dst);
    sname.writeTo(dst);
    file.writeTo(dst);
    optionArea.encode(dst);
  }

  // ---------------------------------------------------------------- fixed-field views

  /**
   * Returns whether the broadcast bit of the flags is set: the client cannot receive unicast
   * before it is configured (RFC 2131 §4.1).
   *
   * @return the broadcast flag
   */
  public boolean isBroadcast() {
    return (flags & FLAG_BROADCAST) != 0;
  }

  /**
   * Returns whether this is a plain BOOTP message: no magic cookie, so no DHCP options.
   *
   * @return {@code true} without the magic cookie
   */
  public boolean isBootp() {
    return !optionArea.hasMagicCookie();
  }

  /**
   * Returns whether the message carries the DHCP magic cookie 99.130.83.99.
   *
   * @return {@code true} for DHCP, {@code false} for BOOTP
   */
  public boolean magicCookie() {
    return optionArea.hasMagicCookie();
  }

  /**
   * Returns the meaningful octets of {@code chaddr}: the first {@code hlen} (at most 16).
   *
   * @return the client hardware address
   */
  public ByteString clientHardwareAddress() {
    return chaddr.substring(0, Math.min(hlen, CHADDR_LENGTH));
  }

  /**
   * Returns the client's MAC address when the hardware is Ethernet (htype 1, hlen 6).
   *
   * @return the MAC address, or empty for other hardware
   */
  public Optional<MacAddress> clientMac() {
    if (htype != 1 || hlen != MacAddress.BYTES) {
      return Optional.empty();
    }
    long v = 0;
    for (int i = 0; i < MacAddress.BYTES; i++) {
      v = v << 8 | chaddr.getUnsigned(i);
    }
    return Optional.of(MacAddress.of(v));
  }

  /**
   * Returns the {@code sname} field as text up to its first zero octet, when it is not empty
   * and does not hold options.
   *
   * @return the server host name, or empty
   */
  public Optional<String> serverName() {
    return (overload() & DhcpOption.Overload.SNAME) != 0 ? Optional.empty() : cString(sname);
  }

  /**
   * Returns the {@code file} field as text up to its first zero octet, when it is not empty and
   * does not hold options.
   *
   * @return the boot file name, or empty
   */
  public Optional<String> bootFileName() {
    return (overload() & DhcpOption.Overload.FILE) != 0 ? Optional.empty() : cString(file);
  }

  private static Optional<String> cString(ByteString b) {
    int n = 0;
    while (n < b.size() && b.get(n) != 0) {
      n++;
    }
    return n == 0 ? Optional.empty() : Optional.of(DhcpWire.text(b.substring(0, n)));
  }

  /**
   * Returns the Option Overload value in force: 0 when {@code file} and {@code sname} are plain
   * fields, 1 ({@code file} holds options), 2 ({@code sname}) or 3 (both).
   *
   * @return the overload value
   */
  public int overload() {
    return optionArea.overload();
  }

  // ---------------------------------------------------------------- typed option view

  /**
   * Calls {@code visitor} for each option instance before End, in the RFC 3396 order: the
   * options field, then {@code file} and {@code sname} when overloaded.
   * Returns early, with the visitor's value, when it returns non-negative.
   */
  private long forEachInstance(InstanceVisitor visitor) {
    byte[] a = optionArea.array();
    for (int off = optionArea.first(); off >= 0; off = optionArea.next(off)) {
      long r = visitor.visit(a, off);
      if (r >= 0) {
        return r;
      }
    }
    int ov = optionArea.overload();
    for (int area = 1; area <= 2; area++) {
      if ((ov & area) == 0) {
        continue;
      }
      byte[] b = (area == DhcpOption.Overload.FILE ? file : sname).toByteArray();
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xff;
        if (c == 0) {
          i++;
          continue;
        }
        if (c == 255) {
          break;
        }
        long r = visitor.visit(b, i);
        if (r >= 0) {
          return r;
        }
        i += 2 + (b[i + 1] & 0xff);
      }
    }
    return -1;
  }

  /** Sees one option instance: the array holding it and the offset of its code octet. */
  private interface InstanceVisitor {
    long visit(byte[] a, int offset);
  }

  /**
   * The offset of the data of a code's only instance in the options field, when that is the
   * only place it occurs; -1 when absent; -2 when it occurs more than once or in {@code file}
   * or {@code sname}, where the general path concatenates.
   */
  private int single(int code) {
    if (!optionArea.hasMagicCookie()) {
      return -1;
    }
    byte[] a = optionArea.array();
    int found = -1;
    int occurrences = optionArea.occurrences(code);
    if (occurrences == 2) {
      return -2;
    }
    if (occurrences != 0) {
      for (int off = optionArea.first(); off >= 0; off = optionArea.next(off)) {
        if ((a[off] & 0xff) == code) {
          if (found != -1) {
            return -2;
          }
          found = off + 2;
          if (occurrences == 1) {
            break; // the only instance in the options field
          }
        }
      }
    }
    if (optionArea.overload() != 0 && forEachInstance((b, i) -> (b[i] & 0xff) == code
        && b != a ? 1 : -1) >= 0) {
      return -2;
    }
    return found;
  }

  /** The concatenated data of a code's instances (RFC 3396), or null when absent. */
  private ByteString data(int code) {
    int s = single(code);
    if (s == -1) {
      return null;
    }
    if (s >= 0) {
      byte[] a = optionArea.array();
      return ByteString.copyOf(a, s, a[s - 1] & 0xff);
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    forEachInstance((b, i) -> {
      if ((b[i] & 0xff) == code) {
        out.write(b, i + 2, b[i + 1] & 0xff);
      }
      return -1;
    });
    return ByteString.copyOf(out.toByteArray());
  }

  /**
   * Returns the options in order of first appearance, each code once with the data of all its
   * instances concatenated (RFC 3396), across the options field, then {@code file}, then {@code
   * sname} when overloaded. Pad and End are not listed; Option Overload is. Empty for BOOTP.
   * Computed on each call.
   *
   * @return an unmodifiable list of the typed options
   */
  public List<DhcpOption> options() {
    if (!optionArea.hasMagicCookie()) {
      return List.of();
    }
    if (optionArea.overload() == 0) {
      // the common case: the options field alone; a code seen again is concatenated where it
      // first appears. Two 256-bit sets (seen, repeated) keep this linear even for the ~20,000
      // instances a hostile 64 KB options field can hold.
      byte[] a = optionArea.array();
      int n = optionArea.count();
      long[] seen = new long[4];
      long[] repeated = new long[4];
      for (int off = optionArea.first(); off >= 0; off = optionArea.next(off)) {
        int c = a[off] & 0xff;
        long bit = 1L << c; // the shift uses the low six bits: c % 64
        repeated[c >>> 6] |= seen[c >>> 6] & bit;
        seen[c >>> 6] |= bit;
      }
      DhcpOption[] out = new DhcpOption[n];
      int size = 0;
      long[] done = new long[4];
      for (int off = optionArea.first(); off >= 0; off = optionArea.next(off)) {
        int c = a[off] & 0xff;
        long bit = 1L << c;
        if ((done[c >>> 6] & bit) != 0) {
          continue;
        }
        done[c >>> 6] |= bit;
        out[size++] = (repeated[c >>> 6] & bit) != 0 ? DhcpOptionCodec.decode(c, data(c))
            : DhcpOptionCodec.decode(c, a, off + 2, a[off + 1] & 0xff);
      }
      return List.of(Arrays.copyOf(out, size));
    }
    int[] counts = new int[256];
    forEachInstance((b, i) -> {
      counts[b[i] & 0xff]++;
      return -1;
    });
    List<DhcpOption> out = new ArrayList<>(optionArea.count());
    forEachInstance((b, i) -> {
      int c = b[i] & 0xff;
      if (counts[c] == 1) {
        out.add(DhcpOptionCodec.decode(c, b, i + 2, b[i + 1] & 0xff));
      } else if (counts[c] > 1) {
        out.add(DhcpOptionCodec.decode(c, data(c)));
        counts[c] = 0; // listed once, where it first appears
      }
      return -1;
    });
    return List.copyOf(out);
  }

  /**
   * Returns the option instances as they are laid out on the wire: the options field up to and
   * including End, then, when overloaded, {@code file} and then {@code sname} the same way. Each
   * Pad octet is a {@link DhcpOption.Pad}, and each instance is decoded on its own, so a part of
   * a split option (RFC 3396) may read as {@link DhcpOption.Malformed}; octets after an End are
   * not listed. For analysers that show the layout; {@link #options()} is the logical view. A
   * builder given this list writes the options field back as it was whenever all that follows
   * End is the builder's own zero padding up to the 300-octet minimum.
   *
   * @return an unmodifiable list of the instances, empty for BOOTP
   */
  public List<DhcpOption> wireOptions() {
    if (!optionArea.hasMagicCookie()) {
      return List.of();
    }
    List<DhcpOption> out = new ArrayList<>();
    wireOptions(optionArea.array(), out);
    for (int area = 1; area <= 2; area++) {
      if ((optionArea.overload() & area) != 0) {
        wireOptions((area == DhcpOption.Overload.FILE ? file : sname).toByteArray(), out);
      }
    }
    return List.copyOf(out);
  }

  private static void wireOptions(byte[] b, List<DhcpOption> out) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c == 0) {
        out.add(DhcpOption.Pad.INSTANCE);
        i++;
      } else if (c == 255) {
        out.add(DhcpOption.End.INSTANCE);
        return;
      } else {
        int len = b[i + 1] & 0xff;
        out.add(DhcpOptionCodec.decode(c, b, i + 2, len));
        i += 2 + len;
      }
    }
  }

  /**
   * Returns the option with a code, its instances concatenated (RFC 3396).
   *
   * @param code the option code, not Pad or End
   * @return the typed option (possibly {@link DhcpOption.Malformed}), or empty when absent
   */
  public Optional<DhcpOption> option(DhcpOptionCode code) {
    if (code.value() == 0 || code.value() == 255) {
      return Optional.empty();
    }
    ByteString d = data(code.value());
    return d == null ? Optional.empty() : Optional.of(DhcpOptionCodec.decode(code.value(), d));
  }

  /**
   * Returns the option of a record type when present and well formed: {@code
   * option(DhcpOption.Routers.class)}.
   *
   * @param <T> the record type
   * @param type the record class of a modelled option (not Pad, End, Unknown or Malformed)
   * @return the option, or empty when absent or malformed
   * @throws IllegalArgumentException if {@code type} is not the record of one code
   */
  public <T extends DhcpOption> Optional<T> option(Class<T> type) {
    DhcpOptionCode code = DhcpOptionCodec.codeOf(type);
    return option(code).filter(type::isInstance).map(type::cast);
  }

  /**
   * Returns whether an option with a code is present (well formed or not).
   *
   * @param code the option code
   * @return {@code true} if at least one instance is present
   */
  public boolean hasOption(DhcpOptionCode code) {
    return code.value() != 0 && code.value() != 255 && single(code.value()) != -1;
  }

  /** The four data octets of a code's only instance as an int, or null. */
  private Ipv4Address address(int code) {
    int s = single(code);
    if (s >= 0) {
      byte[] a = optionArea.array();
      return (a[s - 1] & 0xff) == 4 ? Ipv4Address.of(DhcpOptionArea.u32(a, s)) : null;
    }
    if (s == -2) { // split instances that together may hold four octets
      ByteString d = data(code);
      return d.size() == 4 ? Ipv4Address.of(DhcpOptionCodec.u32At(d, 0)) : null;
    }
    return null;
  }

  private OptionalLong seconds(int code) {
    int s = single(code);
    if (s >= 0) {
      byte[] a = optionArea.array();
      return (a[s - 1] & 0xff) == 4
          ? OptionalLong.of(DhcpOptionArea.u32(a, s) & 0xffff_ffffL) : OptionalLong.empty();
    }
    if (s == -2) { // split instances that together may hold four octets
      DhcpOption o = DhcpOptionCodec.decode(code, data(code));
      if (o instanceof DhcpOption.LeaseTime t) {
        return OptionalLong.of(t.seconds());
      } else if (o instanceof DhcpOption.RenewalTime t) {
        return OptionalLong.of(t.seconds());
      } else if (o instanceof DhcpOption.RebindingTime t) {
        return OptionalLong.of(t.seconds());
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Returns the DHCP message type (option 53).
   *
   * @return the type, or empty for BOOTP or when absent or malformed
   */
  public Optional<DhcpMessageType> messageType() {
    int s = single(53);
    if (s >= 0) {
      byte[] a = optionArea.array();
      return (a[s - 1] & 0xff) == 1 ? Optional.of(DhcpMessageType.of(a[s] & 0xff))
          : Optional.empty();
    }
    return s == -2 ? option(DhcpOption.MessageType.class).map(DhcpOption.MessageType::type)
        : Optional.empty();
  }

  /**
   * Returns the server identifier (option 54).
   *
   * @return the server's address, or empty when absent or malformed
   */
  public Optional<Ipv4Address> serverIdentifier() {
    return Optional.ofNullable(address(54));
  }

  /**
   * Returns the requested IP address (option 50).
   *
   * @return the address, or empty when absent or malformed
   */
  public Optional<Ipv4Address> requestedAddress() {
    return Optional.ofNullable(address(50));
  }

  /**
   * Returns the subnet mask (option 1).
   *
   * @return the mask, or empty when absent or malformed
   */
  public Optional<Ipv4Address> subnetMask() {
    return Optional.ofNullable(address(1));
  }

  /**
   * Returns the broadcast address (option 28).
   *
   * @return the address, or empty when absent or malformed
   */
  public Optional<Ipv4Address> broadcastAddress() {
    return Optional.ofNullable(address(28));
  }

  /**
   * Returns the IP address lease time in seconds (option 51); {@link
   * DhcpOption.LeaseTime#INFINITE} means forever.
   *
   * @return the lease time, or empty when absent or malformed
   */
  public OptionalLong leaseTime() {
    return seconds(51);
  }

  /**
   * Returns the renewal (T1) time in seconds (option 58).
   *
   * @return T1, or empty when absent or malformed
   */
  public OptionalLong renewalTime() {
    return seconds(58);
  }

  /**
   * Returns the rebinding (T2) time in seconds (option 59).
   *
   * @return T2, or empty when absent or malformed
   */
  public OptionalLong rebindingTime() {
    return seconds(59);
  }

  /**
   * Returns the maximum DHCP message size (option 57).
   *
   * @return the size, or empty when absent or malformed
   */
  public OptionalInt maximumMessageSize() {
    return option(DhcpOption.MaximumMessageSize.class)
        .map(o -> OptionalInt.of(o.size())).orElse(OptionalInt.empty());
  }

  /**
   * Returns the routers (option 3).
   *
   * @return the routers in order of preference, or empty when absent or malformed
   */
  public Optional<List<Ipv4Address>> routers() {
    return option(DhcpOption.Routers.class).map(DhcpOption.Routers::routers);
  }

  /**
   * Returns the DNS servers (option 6).
   *
   * @return the servers in order of preference, or empty when absent or malformed
   */
  public Optional<List<Ipv4Address>> dnsServers() {
    return option(DhcpOption.DnsServers.class).map(DhcpOption.DnsServers::servers);
  }

  /**
   * Returns the NTP servers (option 42).
   *
   * @return the servers, or empty when absent or malformed
   */
  public Optional<List<Ipv4Address>> ntpServers() {
    return option(DhcpOption.NtpServers.class).map(DhcpOption.NtpServers::servers);
  }

  /**
   * Returns the parameter request list (option 55).
   *
   * @return the requested codes, or empty when absent or malformed
   */
  public Optional<List<DhcpOptionCode>> parameterRequestList() {
    return option(DhcpOption.ParameterRequestList.class)
        .map(DhcpOption.ParameterRequestList::codes);
  }

  /**
   * Returns the host name (option 12).
   *
   * @return the host name, or empty when absent or malformed
   */
  public Optional<String> hostName() {
    return option(DhcpOption.HostName.class).map(DhcpOption.HostName::name);
  }

  /**
   * Returns the domain name (option 15).
   *
   * @return the domain name, or empty when absent or malformed
   */
  public Optional<String> domainName() {
    return option(DhcpOption.DomainName.class).map(DhcpOption.DomainName::name);
  }

  /**
   * Returns the message text (option 56), such as a DHCPNAK's reason.
   *
   * @return the text, or empty when absent or malformed
   */
  public Optional<String> message() {
    return option(DhcpOption.Message.class).map(DhcpOption.Message::text);
  }

  /**
   * Returns the client identifier (option 61).
   *
   * @return the identifier, type octet first, or empty when absent or malformed
   */
  public Optional<ByteString> clientIdentifier() {
    return option(DhcpOption.ClientIdentifier.class)
        .map(DhcpOption.ClientIdentifier::identifier);
  }

  /**
   * Returns the vendor class identifier (option 60).
   *
   * @return the vendor class, or empty when absent or malformed
   */
  public Optional<String> vendorClassIdentifier() {
    return option(DhcpOption.VendorClassIdentifier.class)
        .map(DhcpOption.VendorClassIdentifier::identifier);
  }

  /**
   * Returns the domain search list (option 119).
   *
   * @return the search domains, or empty when absent or malformed
   */
  public Optional<List<DnsName>> domainSearch() {
    return option(DhcpOption.DomainSearch.class).map(DhcpOption.DomainSearch::names);
  }

  /**
   * Returns the classless static routes (option 121).
   *
   * @return the routes, or empty when absent or malformed
   */
  public Optional<List<DhcpOption.ClasslessStaticRoutes.StaticRoute>> classlessStaticRoutes() {
    return option(DhcpOption.ClasslessStaticRoutes.class)
        .map(DhcpOption.ClasslessStaticRoutes::routes);
  }

  /**
   * Returns the Client FQDN option (81).
   *
   * @return the option, or empty when absent or malformed
   */
  public Optional<DhcpOption.ClientFqdn> clientFqdn() {
    return option(DhcpOption.ClientFqdn.class);
  }

  /**
   * Returns the relay agent information (option 82).
   *
   * @return the option, or empty when absent or malformed
   */
  public Optional<DhcpOption.RelayAgentInformation> relayAgentInformation() {
    return option(DhcpOption.RelayAgentInformation.class);
  }

  /**
   * Returns whether the Rapid Commit option (80) is present.
   *
   * @return {@code true} if present, well formed or not
   */
  public boolean hasRapidCommit() {
    return single(80) != -1;
  }

  // ---------------------------------------------------------------- building

  /**
   * Returns a builder for a DHCP request with an empty chaddr, zero addresses and no options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this message's fixed fields and typed options. Where {@code file}
   * and {@code sname} held options, they start empty and the options are listed without the
   * Overload option, so a build lays them out afresh; pads and the layout are not kept.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    int ov = overload();
    b.op = op;
    b.htype = htype;
    b.hlen = hlen;
    b.hops = hops;
    b.xid = xid;
    b.secs = secs;
    b.flags = flags;
    b.ciaddr = ciaddr;
    b.yiaddr = yiaddr;
    b.siaddr = siaddr;
    b.giaddr = giaddr;
    b.chaddr = chaddr;
    b.sname = (ov & DhcpOption.Overload.SNAME) != 0 ? ZERO_SNAME : sname;
    b.file = (ov & DhcpOption.Overload.FILE) != 0 ? ZERO_FILE : file;
    if (optionArea.hasMagicCookie()) {
      for (DhcpOption o : options()) {
        if (!(o instanceof DhcpOption.Overload)) {
          b.options.add(o);
        }
      }
    } else {
      b.bootpVendorArea = optionArea.bytes();
    }
    return b;
  }

  /**
   * Builds messages field by field; {@link #build()} lays the options out. Defaults: op
   * BOOTREQUEST, htype 1, hlen 6, all addresses 0.0.0.0, zero chaddr, sname and file, the magic
   * cookie, no options.
   *
   * <pre>{@code
   * DhcpMessage m = DhcpMessage.builder()
   *     .xid(0x3903f326).clientMac(MacAddress.parse("00:0b:82:01:fc:42"))
   *     .option(new DhcpOption.MessageType(DhcpMessageType.DISCOVER))
   *     .option(DhcpOption.ParameterRequestList.of(DhcpOptionCode.SUBNET_MASK,
   *         DhcpOptionCode.ROUTER, DhcpOptionCode.DOMAIN_NAME_SERVER))
   *     .build();
   * }</pre>
   *
   * <p>The options are written in the order given, each as one instance or, past 255 octets,
   * several (RFC 3396), then End, then Pad up to the 300-octet BOOTP minimum. A Pad in the list
   * is written where it stands; an End last in the list replaces the automatic one. With {@link
   * #fitTo(int)}, options that would make the message longer continue in {@code file} and then
   * {@code sname} (when those are all zero) under Option Overload.
   */
  public static final class Builder {
    private DhcpOp op = DhcpOp.BOOTREQUEST;
    private int htype = 1;
    private int hlen = MacAddress.BYTES;
    private int hops;
    private int xid;
    private int secs;
    private int flags;
    private Ipv4Address ciaddr = Ipv4Address.ANY;
    private Ipv4Address yiaddr = Ipv4Address.ANY;
    private Ipv4Address siaddr = Ipv4Address.ANY;
    private Ipv4Address giaddr = Ipv4Address.ANY;
    private ByteString chaddr = ZERO_CHADDR;
    private ByteString sname = ZERO_SNAME;
    private ByteString file = ZERO_FILE;
    private final List<DhcpOption> options = new ArrayList<>();
    private ByteString bootpVendorArea;
    private int maxLength;

    private Builder() {}

    /**
     * Sets the op field.
     *
     * @param op BOOTREQUEST or BOOTREPLY
     * @return this builder
     */
    public Builder op(DhcpOp op) {
      this.op = Objects.requireNonNull(op, "op");
      return this;
    }

    /**
     * Sets the hardware type.
     *
     * @param htype 0..255
     * @return this builder
     */
    public Builder htype(int htype) {
      checkRange(htype, 255, "htype");
      this.htype = htype;
      return this;
    }

    /**
     * Sets the hardware address length.
     *
     * @param hlen 0..255
     * @return this builder
     */
    public Builder hlen(int hlen) {
      checkRange(hlen, 255, "hlen");
      this.hlen = hlen;
      return this;
    }

    /**
     * Sets the hop count.
     *
     * @param hops 0..255
     * @return this builder
     */
    public Builder hops(int hops) {
      checkRange(hops, 255, "hops");
      this.hops = hops;
      return this;
    }

    /**
     * Sets the transaction id.
     *
     * @param xid any 32 bits
     * @return this builder
     */
    public Builder xid(int xid) {
      this.xid = xid;
      return this;
    }

    /**
     * Sets the seconds field.
     *
     * @param secs 0..65535
     * @return this builder
     */
    public Builder secs(int secs) {
      checkRange(secs, 0xffff, "secs");
      this.secs = secs;
      return this;
    }

    /**
     * Sets the whole flags field.
     *
     * @param flags 0..65535
     * @return this builder
     */
    public Builder flags(int flags) {
      checkRange(flags, 0xffff, "flags");
      this.flags = flags;
      return this;
    }

    /**
     * Sets or clears the broadcast bit, keeping the other flag bits.
     *
     * @param broadcast whether replies must be broadcast
     * @return this builder
     */
    public Builder broadcast(boolean broadcast) {
      flags = broadcast ? flags | FLAG_BROADCAST : flags & ~FLAG_BROADCAST;
      return this;
    }

    /**
     * Sets ciaddr.
     *
     * @param a the client's address
     * @return this builder
     */
    public Builder ciaddr(Ipv4Address a) {
      ciaddr = Objects.requireNonNull(a, "ciaddr");
      return this;
    }

    /**
     * Sets yiaddr.
     *
     * @param a the assigned address
     * @return this builder
     */
    public Builder yiaddr(Ipv4Address a) {
      yiaddr = Objects.requireNonNull(a, "yiaddr");
      return this;
    }

    /**
     * Sets siaddr.
     *
     * @param a the next server's address
     * @return this builder
     */
    public Builder siaddr(Ipv4Address a) {
      siaddr = Objects.requireNonNull(a, "siaddr");
      return this;
    }

    /**
     * Sets giaddr.
     *
     * @param a the relay agent's address
     * @return this builder
     */
    public Builder giaddr(Ipv4Address a) {
      giaddr = Objects.requireNonNull(a, "giaddr");
      return this;
    }

    /**
     * Sets an Ethernet client: htype 1, hlen 6 and chaddr the MAC address and ten zeros.
     *
     * @param mac the client's MAC address
     * @return this builder
     */
    public Builder clientMac(MacAddress mac) {
      byte[] b = new byte[CHADDR_LENGTH];
      System.arraycopy(mac.toByteArray(), 0, b, 0, MacAddress.BYTES);
      htype = 1;
      hlen = MacAddress.BYTES;
      chaddr = ByteString.copyOf(b);
      return this;
    }

    /**
     * Sets a hardware address of any type: htype, hlen its length, and chaddr it padded with
     * zeros.
     *
     * @param htype the hardware type, 0..255
     * @param address the address, at most 16 octets
     * @return this builder
     */
    public Builder clientHardwareAddress(int htype, ByteString address) {
      checkRange(htype, 255, "htype");
      checkRange(address.size(), CHADDR_LENGTH, "hardware address length");
      byte[] b = new byte[CHADDR_LENGTH];
      System.arraycopy(address.toByteArray(), 0, b, 0, address.size());
      this.htype = htype;
      this.hlen = address.size();
      this.chaddr = ByteString.copyOf(b);
      return this;
    }

    /**
     * Sets the raw 16 octets of chaddr, leaving htype and hlen alone.
     *
     * @param chaddr exactly 16 octets
     * @return this builder
     */
    public Builder chaddr(ByteString chaddr) {
      checkSize(chaddr, CHADDR_LENGTH, "chaddr");
      this.chaddr = chaddr;
      return this;
    }

    /**
     * Sets the server host name: the text, one octet per char, then zeros.
     *
     * @param name at most 63 chars, each in U+0001..U+00FF
     * @return this builder
     */
    public Builder serverName(String name) {
      sname = cField(name, SNAME_LENGTH, "serverName");
      return this;
    }

    /**
     * Sets the boot file name: the text, one octet per char, then zeros.
     *
     * @param name at most 127 chars, each in U+0001..U+00FF
     * @return this builder
     */
    public Builder bootFileName(String name) {
      file = cField(name, FILE_LENGTH, "bootFileName");
      return this;
    }

    /**
     * Sets the raw 64 octets of sname.
     *
     * @param sname exactly 64 octets
     * @return this builder
     */
    public Builder sname(ByteString sname) {
      checkSize(sname, SNAME_LENGTH, "sname");
      this.sname = sname;
      return this;
    }

    /**
     * Sets the raw 128 octets of file.
     *
     * @param file exactly 128 octets
     * @return this builder
     */
    public Builder file(ByteString file) {
      checkSize(file, FILE_LENGTH, "file");
      this.file = file;
      return this;
    }

    private static ByteString cField(String name, int size, String field) {
      DhcpWire.text(name, field, 0);
      if (name.length() >= size || name.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(field + " must be at most " + (size - 1)
            + " chars without NUL");
      }
      byte[] b = new byte[size];
      for (int i = 0; i < name.length(); i++) {
        b[i] = (byte) name.charAt(i);
      }
      return ByteString.copyOf(b);
    }

    /**
     * Appends an option.
     *
     * @param option the option
     * @return this builder
     */
    public Builder option(DhcpOption option) {
      options.add(Objects.requireNonNull(option, "option"));
      return this;
    }

    /**
     * Appends options.
     *
     * @param options the options, in order
     * @return this builder
     */
    public Builder options(List<? extends DhcpOption> options) {
      for (DhcpOption o : options) {
        option(o);
      }
      return this;
    }

    /**
     * Removes every option with a code.
     *
     * @param code the code
     * @return this builder
     */
    public Builder removeOption(DhcpOptionCode code) {
      options.removeIf(o -> o.code().equals(code));
      return this;
    }

    /**
     * Makes the message BOOTP: no magic cookie, and this vendor area (padded with zeros to 64
     * octets) instead of options.
     *
     * @param vendorArea the vendor area; must not start with the magic cookie
     * @return this builder
     */
    public Builder bootp(ByteString vendorArea) {
      bootpVendorArea = Objects.requireNonNull(vendorArea, "vendorArea");
      return this;
    }

    /**
     * Asks the build to keep the message within {@code maxLength} octets (the client's maximum
     * message size less the IP and UDP headers, e.g. 548 for 576), continuing options in the
     * {@code file} and then {@code sname} fields under Option Overload when the options field
     * would overflow and those fields are unused (all zero).
     *
     * @param maxLength the largest message, at least 300
     * @return this builder
     */
    public Builder fitTo(int maxLength) {
      if (maxLength < BOOTP_MIN_LENGTH) {
        throw new IllegalArgumentException("maxLength " + maxLength + " is below "
            + BOOTP_MIN_LENGTH);
      }
      this.maxLength = maxLength;
      return this;
    }

    /**
     * Builds the message.
     *
     * @return the message
     * @throws IllegalArgumentException if the options do not fit {@link #fitTo(int)}'s size
     */
    public DhcpMessage build() {
      if (bootpVendorArea != null) {
        ByteString v = bootpVendorArea;
        if (v.size() < DhcpFields.MIN_VEND_LENGTH) {
          byte[] b = new byte[DhcpFields.MIN_VEND_LENGTH];
          System.arraycopy(v.toByteArray(), 0, b, 0, v.size());
          v = ByteString.copyOf(b);
        }
        return new DhcpMessage(op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr,
            giaddr, chaddr, sname, file, DhcpOptionArea.ofBootp(v));
      }
      int min = BOOTP_MIN_LENGTH - OPTIONS;
      if (maxLength == 0) {
        return new DhcpMessage(op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr,
            giaddr, chaddr, sname, file, DhcpOptionArea.ofOptions(DhcpLayout.simple(options,
            min)));
      }
      DhcpLayout.Areas a = DhcpLayout.overloaded(options, maxLength - OPTIONS, min,
          isZero(file) ? file : null, isZero(sname) ? sname : null);
      return new DhcpMessage(op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr,
          giaddr, chaddr, a.sname() != null ? a.sname() : sname,
          a.file() != null ? a.file() : file, DhcpOptionArea.ofOptions(a.options()));
    }

    private static boolean isZero(ByteString b) {
      for (int i = 0; i < b.size(); i++) {
        if (b.get(i) != 0) {
          return false;
        }
      }
      return true;
    }
  }

  // ---------------------------------------------------------------- factories (RFC 2131 §4.3, §4.4)

  private static Builder clientBase(int xid, MacAddress mac, DhcpMessageType type) {
    return builder().op(DhcpOp.BOOTREQUEST).xid(xid).clientMac(mac)
        .option(new DhcpOption.MessageType(type));
  }

  /**
   * Returns a DHCPDISCOVER (RFC 2131 §4.4.1, table 5): ciaddr 0, the message type, then the
   * given options (a client identifier, requested address, parameter request list, ...).
   *
   * @param xid the transaction id the client chose
   * @param mac the client's MAC address
   * @param options further options, in order
   * @return the message
   */
  public static DhcpMessage discover(int xid, MacAddress mac, DhcpOption... options) {
    return clientBase(xid, mac, DhcpMessageType.DISCOVER).options(List.of(options)).build();
  }

  /**
   * Returns a DHCPREQUEST in the SELECTING state (RFC 2131 §4.3.2, table 4): ciaddr 0, the
   * offered address as the requested address and the offering server's identifier, with the
   * offer's xid.
   *
   * @param offer the DHCPOFFER being accepted
   * @param options further options
   * @return the message
   * @throws IllegalArgumentException if the offer has no server identifier or chaddr is not a
   *     MAC address
   */
  public static DhcpMessage requestSelecting(DhcpMessage offer, DhcpOption... options) {
    Ipv4Address server = offer.serverIdentifier().orElseThrow(() ->
        new IllegalArgumentException("the offer has no server identifier (option 54)"));
    return clientBase(offer.xid(), mac(offer), DhcpMessageType.REQUEST)
        .option(new DhcpOption.RequestedAddress(offer.yiaddr()))
        .option(new DhcpOption.ServerIdentifier(server))
        .options(List.of(options)).build();
  }

  /**
   * Returns a DHCPREQUEST in the INIT-REBOOT state (RFC 2131 §4.3.2, table 4): ciaddr 0, the
   * previously assigned address as the requested address, no server identifier.
   *
   * @param xid the transaction id
   * @param mac the client's MAC address
   * @param previous the address the client had
   * @param options further options
   * @return the message
   */
  public static DhcpMessage requestInitReboot(int xid, MacAddress mac, Ipv4Address previous,
      DhcpOption... options) {
    return clientBase(xid, mac, DhcpMessageType.REQUEST)
        .option(new DhcpOption.RequestedAddress(previous))
        .options(List.of(options)).build();
  }

  /**
   * Returns a DHCPREQUEST in the RENEWING state (RFC 2131 §4.3.2, table 4): ciaddr the
   * client's address, no requested address, no server identifier. It is unicast to the server.
   *
   * @param xid the transaction id
   * @param mac the client's MAC address
   * @param ciaddr the client's current address
   * @param options further options
   * @return the message
   */
  public static DhcpMessage requestRenewing(int xid, MacAddress mac, Ipv4Address ciaddr,
      DhcpOption... options) {
    return clientBase(xid, mac, DhcpMessageType.REQUEST).ciaddr(ciaddr)
        .options(List.of(options)).build();
  }

  /**
   * Returns a DHCPREQUEST in the REBINDING state (RFC 2131 §4.3.2, table 4): on the wire the
   * same as RENEWING (ciaddr set, no requested address or server identifier), but broadcast.
   *
   * @param xid the transaction id
   * @param mac the client's MAC address
   * @param ciaddr the client's current address
   * @param options further options
   * @return the message
   */
  public static DhcpMessage requestRebinding(int xid, MacAddress mac, Ipv4Address ciaddr,
      DhcpOption... options) {
    return requestRenewing(xid, mac, ciaddr, options);
  }

  /**
   * Returns a DHCPDECLINE (RFC 2131 §4.4.1, table 5): ciaddr 0, the declined address as the
   * requested address, and the server identifier.
   *
   * @param xid the transaction id
   * @param mac the client's MAC address
   * @param declined the address found in use
   * @param server the identifier of the server that assigned it
   * @param options further options (e.g. a message)
   * @return the message
   */
  public static DhcpMessage decline(int xid, MacAddress mac, Ipv4Address declined,
      Ipv4Address server, DhcpOption... options) {
    return clientBase(xid, mac, DhcpMessageType.DECLINE)
        .option(new DhcpOption.RequestedAddress(declined))
        .option(new DhcpOption.ServerIdentifier(server))
        .options(List.of(options)).build();
  }

  /**
   * Returns a DHCPRELEASE (RFC 2131 §4.4.1, table 5): ciaddr the released address and the
   * server identifier.
   *
   * @param xid the transaction id
   * @param mac the client's MAC address
   * @param ciaddr the address given back
   * @param server the identifier of the server that assigned it
   * @param options further options
   * @return the message
   */
  public static DhcpMessage release(int xid, MacAddress mac, Ipv4Address ciaddr,
      Ipv4Address server, DhcpOption... options) {
    return clientBase(xid, mac, DhcpMessageType.RELEASE).ciaddr(ciaddr)
        .option(new DhcpOption.ServerIdentifier(server))
        .options(List.of(options)).build();
  }

  /**
   * Returns a DHCPINFORM (RFC 2131 §4.4.1, table 5): ciaddr the client's externally configured
   * address, and no requested address or lease time.
   *
   * @param xid the transaction id
   * @param mac the client's MAC address
   * @param ciaddr the client's address
   * @param options further options (typically a parameter request list)
   * @return the message
   */
  public static DhcpMessage inform(int xid, MacAddress mac, Ipv4Address ciaddr,
      DhcpOption... options) {
    return clientBase(xid, mac, DhcpMessageType.INFORM).ciaddr(ciaddr)
        .options(List.of(options)).build();
  }

  /**
   * Starts a server reply to a client message (RFC 2131 §4.3.1, table 3): BOOTREPLY with the
   * request's xid, htype, hlen, chaddr, flags and giaddr, and the message type; then the server
   * identifier when given. A client identifier (RFC 6842 §3) and relay agent information (RFC
   * 3046 §2.2) in the request are echoed after the given options.
   */
  private static Builder reply(DhcpMessage request, DhcpMessageType type, Ipv4Address server) {
    Builder b = builder().op(DhcpOp.BOOTREPLY).xid(request.xid()).htype(request.htype())
        .hlen(request.hlen()).chaddr(request.chaddr()).flags(request.flags())
        .giaddr(request.giaddr()).option(new DhcpOption.MessageType(type));
    if (server != null) {
      b.option(new DhcpOption.ServerIdentifier(server));
    }
    return b;
  }

  private static DhcpMessage echo(Builder b, DhcpMessage request, DhcpOption... options) {
    b.options(List.of(options));
    request.option(DhcpOptionCode.CLIENT_IDENTIFIER).ifPresent(b::option);
    request.option(DhcpOptionCode.RELAY_AGENT_INFORMATION).ifPresent(b::option);
    return b.build();
  }

  /**
   * Returns a DHCPOFFER answering a DHCPDISCOVER (RFC 2131 §4.3.1, table 3): yiaddr the offered
   * address, the server identifier and lease time, then the given options (subnet mask,
   * routers, DNS servers, ...), then the echoed client identifier and relay agent information.
   *
   * @param discover the client's DHCPDISCOVER
   * @param yiaddr the offered address
   * @param server the server identifier
   * @param leaseSeconds the lease time in seconds
   * @param options further options
   * @return the message
   */
  public static DhcpMessage offer(DhcpMessage discover, Ipv4Address yiaddr, Ipv4Address server,
      long leaseSeconds, DhcpOption... options) {
    return echo(reply(discover, DhcpMessageType.OFFER, server).yiaddr(yiaddr)
        .option(new DhcpOption.LeaseTime(leaseSeconds)), discover, options);
  }

  /**
   * Returns a DHCPACK committing a lease (RFC 2131 §4.3.1, table 3): ciaddr copied from the
   * request, yiaddr the assigned address, the server identifier and lease time, the given
   * options, then the echoed client identifier and relay agent information.
   *
   * @param request the client's DHCPREQUEST
   * @param yiaddr the assigned address
   * @param server the server identifier
   * @param leaseSeconds the lease time in seconds
   * @param options further options
   * @return the message
   */
  public static DhcpMessage ack(DhcpMessage request, Ipv4Address yiaddr, Ipv4Address server,
      long leaseSeconds, DhcpOption... options) {
    return echo(reply(request, DhcpMessageType.ACK, server).ciaddr(request.ciaddr())
        .yiaddr(yiaddr).option(new DhcpOption.LeaseTime(leaseSeconds)), request, options);
  }

  /**
   * Returns a DHCPACK answering a DHCPINFORM (RFC 2131 §4.3.5): ciaddr copied, yiaddr 0, no
   * lease time, the server identifier and the given configuration options.
   *
   * @param inform the client's DHCPINFORM
   * @param server the server identifier
   * @param options the configuration options
   * @return the message
   */
  public static DhcpMessage ackInform(DhcpMessage inform, Ipv4Address server,
      DhcpOption... options) {
    return echo(reply(inform, DhcpMessageType.ACK, server).ciaddr(inform.ciaddr()), inform,
        options);
  }

  /**
   * Returns a DHCPNAK (RFC 2131 §4.3.1, table 3, and §4.3.2): ciaddr, yiaddr and siaddr 0, the
   * server identifier, and a message when given; the broadcast bit is set when the request came
   * through a relay (giaddr not 0), so that the relay broadcasts it to the client.
   *
   * @param request the client's DHCPREQUEST
   * @param server the server identifier
   * @param message the reason, or null for none
   * @return the message
   */
  public static DhcpMessage nak(DhcpMessage request, Ipv4Address server, String message) {
    Builder b = reply(request, DhcpMessageType.NAK, server);
    if (!request.giaddr().isUnspecified()) {
      b.broadcast(true);
    }
    if (message != null) {
      b.option(new DhcpOption.Message(message));
    }
    return echo(b, request);
  }

  private static MacAddress mac(DhcpMessage m) {
    return m.clientMac().orElseThrow(() -> new IllegalArgumentException(
        "chaddr is not an Ethernet address (htype " + m.htype() + ", hlen " + m.hlen() + ")"));
  }

  /**
   * Returns a summary: the message type (or BOOTP), op, xid, the addresses that are set, the
   * client hardware address and the options.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("DhcpMessage[");
    sb.append(magicCookie() ? messageType().map(Object::toString).orElse("DHCP") : "BOOTP")
        .append(", ").append(op).append(", xid=0x").append(String.format("%08x", xid));
    if (hops != 0) {
      sb.append(", hops=").append(hops);
    }
    if (secs != 0) {
      sb.append(", secs=").append(secs);
    }
    if (flags != 0) {
      sb.append(", flags=0x").append(Integer.toHexString(flags));
    }
    appendAddress(sb, "ciaddr", ciaddr);
    appendAddress(sb, "yiaddr", yiaddr);
    appendAddress(sb, "siaddr", siaddr);
    appendAddress(sb, "giaddr", giaddr);
    sb.append(", chaddr=").append(clientMac().map(Object::toString)
        .orElse(clientHardwareAddress().hex()));
    serverName().ifPresent(s -> sb.append(", sname=").append(s));
    bootFileName().ifPresent(s -> sb.append(", file=").append(s));
    if (magicCookie()) {
      sb.append(", options=").append(options());
    } else {
      sb.append(", vend=").append(optionArea.bytes());
    }
    return sb.append(']').toString();
  }

  private static void appendAddress(StringBuilder sb, String name, Ipv4Address a) {
    if (!a.isUnspecified()) {
      sb.append(", ").append(name).append('=').append(a);
    }
  }
}
