package io.github.netcodec.dhcpv6;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A DHCP Unique Identifier (RFC 8415 §11): a 2-octet type followed by the identifier, carried by
 * the Client Identifier and Server Identifier options. DUID-LLT, DUID-EN, DUID-LL and DUID-UUID
 * (RFC 6355) are typed; {@link Unknown} keeps any other type byte for byte.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           DUID-type           |     type-specific ...         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>A DUID too short for its type's fixed fields (8 octets for DUID-LLT, 6 for DUID-EN, 4 for
 * DUID-LL, exactly 18 for DUID-UUID, 3 for any other type, whose identifier RFC 8415 §11.1 says
 * is at least one octet) is malformed. The 128-octet maximum of §11.1 is not enforced: longer
 * DUIDs from the wire are kept, so that they round-trip.
 */
public sealed interface Duid extends Encodable
    permits Duid.LinkLayerPlusTime, Duid.Enterprise, Duid.LinkLayer, Duid.Uuid, Duid.Unknown {

  /** DUID-LLT: link-layer address plus time (RFC 8415 §11.2). */
  int TYPE_LLT = 1;
  /** DUID-EN: vendor-assigned, based on an enterprise number (RFC 8415 §11.3). */
  int TYPE_EN = 2;
  /** DUID-LL: link-layer address (RFC 8415 §11.4). */
  int TYPE_LL = 3;
  /** DUID-UUID: a UUID (RFC 6355 §4). */
  int TYPE_UUID = 4;

  /** Hardware type 1, Ethernet, from the IANA ARP "Hardware Types" registry. */
  int HARDWARE_TYPE_ETHERNET = 1;

  /** The DUID-LLT epoch: midnight UTC, 1 January 2000 (RFC 8415 §11.2). */
  Instant LLT_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

  /**
   * Returns the DUID type.
   *
   * @return the type, 0..65535
   */
  int type();

  /**
   * Parses a DUID that fills the buffer's position..limit exactly, leaving the buffer untouched.
   *
   * @param buf the buffer
   * @return the DUID
   * @throws MalformedPacketException if it is shorter than its type needs
   */
  static Duid parse(ByteBuffer buf) {
    return Dhcpv6Decoder.duid(buf, buf.position(), buf.remaining(), buf.position(), "DUID");
  }

  /**
   * Parses a DUID from an array.
   *
   * @param bytes the DUID
   * @return the DUID
   * @throws MalformedPacketException if it is shorter than its type needs
   */
  static Duid parse(byte[] bytes) {
    return parse(ByteBuffer.wrap(bytes));
  }

  /**
   * DUID-LLT (type 1, RFC 8415 §11.2): hardware type, time the DUID was made in seconds since
   * {@link #LLT_EPOCH} modulo 2^32, and a link-layer address.
   *
   * @param hardwareType the IANA hardware type, 0..65535 (1 is Ethernet)
   * @param time seconds since 2000-01-01 UTC, 0..2^32-1
   * @param linkLayerAddress the link-layer address
   */
  record LinkLayerPlusTime(int hardwareType, long time, ByteString linkLayerAddress)
      implements Duid {
    /**
     * Checks the ranges.
     *
     * @param hardwareType 0..65535
     * @param time 0..2^32-1
     * @param linkLayerAddress at most 65527 bytes
     * @throws IllegalArgumentException if out of range
     */
    public LinkLayerPlusTime {
      checkRange(hardwareType, 0xffff, "hardwareType");
      checkRange(time, 0xffff_ffffL, "time");
      Objects.requireNonNull(linkLayerAddress, "linkLayerAddress");
      Dhcpv6Fields.checkBody(8L + linkLayerAddress.size(), "DUID-LLT");
    }

    /**
     * Returns the DUID-LLT of an Ethernet address made at an instant.
     *
     * @param mac the address
     * @param made when the DUID was made; its seconds since {@link #LLT_EPOCH} are taken modulo
     *     2^32
     * @return the DUID
     */
    public static LinkLayerPlusTime of(MacAddress mac, Instant made) {
      long seconds = made.getEpochSecond() - LLT_EPOCH.getEpochSecond();
      return new LinkLayerPlusTime(HARDWARE_TYPE_ETHERNET, seconds & 0xffff_ffffL,
          ByteString.copyOf(mac.toByteArray()));
    }

    /**
     * Returns the link-layer address as an Ethernet address, when the hardware type is Ethernet
     * and the address 6 bytes long.
     *
     * @return the MAC address, or empty
     */
    public Optional<MacAddress> macAddress() {
      return Duid.mac(hardwareType, linkLayerAddress);
    }

    /**
     * Returns the time field as an instant, taking it as seconds after {@link #LLT_EPOCH}.
     *
     * @return the instant
     */
    public Instant instant() {
      return LLT_EPOCH.plusSeconds(time);
    }

    @Override
    public int type() {
      return TYPE_LLT;
    }

    @Override
    public int encodedLength() {
      return 8 + linkLayerAddress.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      BigEndian.put16(dst, TYPE_LLT);
      BigEndian.put16(dst, hardwareType);
      BigEndian.put32(dst, time);
      linkLayerAddress.writeTo(dst);
    }
  }

  /**
   * DUID-EN (type 2, RFC 8415 §11.3): a vendor's IANA private enterprise number and an
   * identifier the vendor assigns.
   *
   * @param enterpriseNumber the enterprise number, 0..2^32-1
   * @param identifier the vendor's identifier, variable length
   */
  record Enterprise(long enterpriseNumber, ByteString identifier) implements Duid {
    /**
     * Checks the ranges.
     *
     * @param enterpriseNumber 0..2^32-1
     * @param identifier at most 65529 bytes
     * @throws IllegalArgumentException if out of range
     */
    public Enterprise {
      checkRange(enterpriseNumber, 0xffff_ffffL, "enterpriseNumber");
      Objects.requireNonNull(identifier, "identifier");
      Dhcpv6Fields.checkBody(6L + identifier.size(), "DUID-EN");
    }

    @Override
    public int type() {
      return TYPE_EN;
    }

    @Override
    public int encodedLength() {
      return 6 + identifier.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      BigEndian.put16(dst, TYPE_EN);
      BigEndian.put32(dst, enterpriseNumber);
      identifier.writeTo(dst);
    }
  }

  /**
   * DUID-LL (type 3, RFC 8415 §11.4): hardware type and link-layer address.
   *
   * @param hardwareType the IANA hardware type, 0..65535 (1 is Ethernet)
   * @param linkLayerAddress the link-layer address
   */
  record LinkLayer(int hardwareType, ByteString linkLayerAddress) implements Duid {
    /**
     * Checks the ranges.
     *
     * @param hardwareType 0..65535
     * @param linkLayerAddress at most 65531 bytes
     * @throws IllegalArgumentException if out of range
     */
    public LinkLayer {
      checkRange(hardwareType, 0xffff, "hardwareType");
      Objects.requireNonNull(linkLayerAddress, "linkLayerAddress");
      Dhcpv6Fields.checkBody(4L + linkLayerAddress.size(), "DUID-LL");
    }

    /**
     * Returns the DUID-LL of an Ethernet address.
     *
     * @param mac the address
     * @return the DUID
     */
    public static LinkLayer of(MacAddress mac) {
      return new LinkLayer(HARDWARE_TYPE_ETHERNET, ByteString.copyOf(mac.toByteArray()));
    }

    /**
     * Returns the link-layer address as an Ethernet address, when the hardware type is Ethernet
     * and the address 6 bytes long.
     *
     * @return the MAC address, or empty
     */
    public Optional<MacAddress> macAddress() {
      return Duid.mac(hardwareType, linkLayerAddress);
    }

    @Override
    public int type() {
      return TYPE_LL;
    }

    @Override
    public int encodedLength() {
      return 4 + linkLayerAddress.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      BigEndian.put16(dst, TYPE_LL);
      BigEndian.put16(dst, hardwareType);
      linkLayerAddress.writeTo(dst);
    }
  }

  /**
   * DUID-UUID (type 4, RFC 6355 §4): a 16-octet UUID in network byte order.
   *
   * @param uuid the UUID
   */
  record Uuid(UUID uuid) implements Duid {
    /**
     * Checks the component.
     *
     * @param uuid the UUID
     */
    public Uuid {
      Objects.requireNonNull(uuid, "uuid");
    }

    @Override
    public int type() {
      return TYPE_UUID;
    }

    @Override
    public int encodedLength() {
      return 18;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 18);
      BigEndian.put16(dst, TYPE_UUID);
      long hi = uuid.getMostSignificantBits();
      long lo = uuid.getLeastSignificantBits();
      BigEndian.put32(dst, hi >>> 32);
      BigEndian.put32(dst, hi);
      BigEndian.put32(dst, lo >>> 32);
      BigEndian.put32(dst, lo);
    }
  }

  /**
   * A DUID of any other type, kept byte for byte. The typed DUID types 1..4 are refused, so
   * that a record always encodes to bytes that parse back to it.
   *
   * @param type the DUID type, 0..65535 except 1..4
   * @param identifier the octets after the type, at least one
   */
  record Unknown(int type, ByteString identifier) implements Duid {
    /**
     * Checks the fields.
     *
     * @param type 0..65535, not 1..4
     * @param identifier 1..65533 bytes
     * @throws IllegalArgumentException if out of range or typed
     */
    public Unknown {
      checkRange(type, 0xffff, "type");
      if (type >= TYPE_LLT && type <= TYPE_UUID) {
        throw new IllegalArgumentException("DUID type " + type + " is typed; use its record");
      }
      Objects.requireNonNull(identifier, "identifier");
      if (identifier.isEmpty()) {
        throw new IllegalArgumentException(
            "identifier is empty; RFC 8415 §11.1 requires at least one octet");
      }
      Dhcpv6Fields.checkBody(2L + identifier.size(), "DUID");
    }

    @Override
    public int encodedLength() {
      return 2 + identifier.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      BigEndian.put16(dst, type);
      identifier.writeTo(dst);
    }
  }

  private static Optional<MacAddress> mac(int hardwareType, ByteString address) {
    return hardwareType == HARDWARE_TYPE_ETHERNET && address.size() == MacAddress.BYTES
        ? Optional.of(MacAddress.fromBytes(address.toByteArray()))
        : Optional.empty();
  }
}
