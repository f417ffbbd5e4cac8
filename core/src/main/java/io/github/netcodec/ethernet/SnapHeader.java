package io.github.netcodec.ethernet;

import io.github.netcodec.Encodable;
import io.github.netcodec.internal.BigEndian;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The Subnetwork Access Protocol header (IEEE Std 802, RFC 1042) that follows an {@link
 * LlcHeader#SNAP} LLC header and names the payload's protocol.
 *
 * <pre>
 * +--------+--------+--------+--------+--------+
 * |   Organizationally Unique   |   Protocol    |
 * |      Identifier (OUI)       |  Identifier   |
 * +--------+--------+--------+--------+--------+
 * </pre>
 *
 * <p>With OUI {@code 00-00-00} (RFC 1042) or {@code 00-00-F8} (IEEE 802.1H) the protocol
 * identifier is an EtherType; with other OUIs it is that organization's own number (Cisco's CDP
 * is OUI {@code 00-00-0C}, protocol {@code 0x2000}).
 *
 * @param oui the Organizationally Unique Identifier, 0..0xffffff
 * @param protocolId the protocol identifier, 0..0xffff
 */
public record SnapHeader(int oui, int protocolId) implements Encodable {

  /** The encoded length of a SNAP header: 5 bytes. */
  public static final int BYTES = EthernetLayout.SNAP_LENGTH;

  /** The OUI 00-00-00 of RFC 1042 encapsulation: the protocol identifier is an EtherType. */
  public static final int OUI_RFC1042 = 0x000000;
  /** The OUI 00-00-F8 of IEEE 802.1H bridge tunnel encapsulation. */
  public static final int OUI_BRIDGE_TUNNEL = 0x0000f8;
  /** Cisco's OUI 00-00-0C (CDP, VTP, DTP, PVST+). */
  public static final int OUI_CISCO = 0x00000c;

  /**
   * Checks the ranges.
   *
   * @param oui the Organizationally Unique Identifier, 0..0xffffff
   * @param protocolId the protocol identifier, 0..0xffff
   * @throws IllegalArgumentException if a field is out of range
   */
  public SnapHeader {
    if ((oui & ~0xffffff) != 0) {
      throw new IllegalArgumentException("oui " + oui + " is not in 0..0xffffff");
    }
    if ((protocolId & ~0xffff) != 0) {
      throw new IllegalArgumentException("protocolId " + protocolId + " is not in 0..0xffff");
    }
  }

  /**
   * Returns the RFC 1042 header that carries an EtherType: OUI 00-00-00.
   *
   * @param type the payload's EtherType
   * @return the header
   */
  public static SnapHeader rfc1042(EtherType type) {
    return new SnapHeader(OUI_RFC1042, Objects.requireNonNull(type, "type").value());
  }

  /**
   * Returns whether the protocol identifier is an EtherType: OUI 00-00-00 or 00-00-F8.
   *
   * @return {@code true} for RFC 1042 and IEEE 802.1H encapsulation
   */
  public boolean carriesEtherType() {
    return oui == OUI_RFC1042 || oui == OUI_BRIDGE_TUNNEL;
  }

  /**
   * Returns the protocol identifier read as an EtherType, meaningful when {@link
   * #carriesEtherType()}.
   *
   * @return the EtherType with the protocol identifier's value
   */
  public EtherType etherType() {
    return EtherType.of(protocolId);
  }

  /**
   * Returns 5, the header's size on the wire.
   *
   * @return {@link #BYTES}
   */
  @Override
  public int encodedLength() {
    return BYTES;
  }

  /**
   * Writes the OUI and protocol identifier.
   *
   * @param dst the buffer to write to
   */
  @Override
  public void encode(ByteBuffer dst) {
    int p = dst.position();
    if (dst.limit() - p < BYTES) {
      throw new BufferOverflowException();
    }
    dst.put(p, (byte) (oui >>> 16));
    BigEndian.put16(dst, p + 1, oui & 0xffff);
    BigEndian.put16(dst, p + EthernetLayout.SNAP_PROTOCOL, protocolId);
    dst.position(p + BYTES);
  }

  /** Reads the header at an absolute index; the caller has checked that its bytes are present. */
  static SnapHeader read(ByteBuffer buf, int index) {
    int oui = (buf.get(index) & 0xff) << 16 | BigEndian.u16(buf, index + 1);
    return new SnapHeader(oui, BigEndian.u16(buf, index + EthernetLayout.SNAP_PROTOCOL));
  }

  /**
   * Returns e.g. {@code "SNAP oui 0x000000 IPv4 (0x0800)"}, or {@code "SNAP oui 0x00000c pid
   * 0x2000"} for an organization's own protocol.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return String.format("SNAP oui 0x%06x ", oui)
        + (carriesEtherType() ? etherType().toString() : String.format("pid 0x%04x", protocolId));
  }
}
