package io.github.netcodec.ethernet;

import io.github.netcodec.Encodable;
import io.github.netcodec.internal.BigEndian;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A VLAN tag (IEEE Std 802.1Q clause 9.6): a Tag Protocol Identifier followed by the Tag Control
 * Information, inserted between the source address and the Length/Type field.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Tag Protocol Identifier   | PCP |D|         VID           |
 * |  (0x8100, 0x88a8 or 0x9100)   |     |E|                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>VID 0 (priority tag) and 4095 (reserved) are kept as they are on the wire.
 *
 * @param tpid the Tag Protocol Identifier: {@link EtherType#VLAN} (802.1Q C-TAG), {@link
 *     EtherType#QINQ} (802.1ad S-TAG) or {@link EtherType#QINQ_LEGACY} (0x9100)
 * @param pcp the Priority Code Point, 0..7
 * @param dei the Drop Eligible Indicator (formerly CFI)
 * @param vid the VLAN identifier, 0..4095
 */
public record VlanTag(EtherType tpid, int pcp, boolean dei, int vid) implements Encodable {

  /** The encoded length of a tag: 4 bytes. */
  public static final int BYTES = EthernetLayout.TAG_LENGTH;

  /** The largest VLAN identifier, 4095 (reserved by 802.1Q, but kept when seen). */
  public static final int MAX_VID = 0xfff;

  /**
   * Checks the fields.
   *
   * @param tpid the Tag Protocol Identifier, one for which {@link EtherType#isVlanTpid()} holds
   * @param pcp the Priority Code Point, 0..7
   * @param dei the Drop Eligible Indicator
   * @param vid the VLAN identifier, 0..4095
   * @throws IllegalArgumentException if {@code tpid} is not a VLAN TPID or a number is out of
   *     range
   * @throws NullPointerException if {@code tpid} is null
   */
  public VlanTag {
    Objects.requireNonNull(tpid, "tpid");
    if (!tpid.isVlanTpid()) {
      throw new IllegalArgumentException(
          "tpid " + tpid + " is not a VLAN TPID (0x8100, 0x88a8 or 0x9100)");
    }
    if (pcp < 0 || pcp > 7) {
      throw new IllegalArgumentException("pcp " + pcp + " is not in 0..7");
    }
    if (vid < 0 || vid > MAX_VID) {
      throw new IllegalArgumentException("vid " + vid + " is not in 0..4095");
    }
  }

  /**
   * Returns a tag from its TPID and 16-bit Tag Control Information.
   *
   * @param tpid the Tag Protocol Identifier
   * @param tci the Tag Control Information, 0..0xffff
   * @return the tag
   * @throws IllegalArgumentException if {@code tpid} is not a VLAN TPID or {@code tci} is not
   *     16 bits
   */
  public static VlanTag of(EtherType tpid, int tci) {
    if ((tci & ~0xffff) != 0) {
      throw new IllegalArgumentException("tci " + tci + " is not in 0..0xffff");
    }
    return new VlanTag(tpid, tci >>> 13, (tci & 0x1000) != 0, tci & MAX_VID);
  }

  /**
   * Returns an 802.1Q customer tag (TPID 0x8100) with priority 0.
   *
   * @param vid the VLAN identifier, 0..4095
   * @return the tag
   * @throws IllegalArgumentException if {@code vid} is out of range
   */
  public static VlanTag dot1q(int vid) {
    return new VlanTag(EtherType.VLAN, 0, false, vid);
  }

  /**
   * Returns an 802.1ad service tag (TPID 0x88a8) with priority 0, the outer tag of QinQ.
   *
   * @param vid the VLAN identifier, 0..4095
   * @return the tag
   * @throws IllegalArgumentException if {@code vid} is out of range
   */
  public static VlanTag dot1ad(int vid) {
    return new VlanTag(EtherType.QINQ, 0, false, vid);
  }

  /**
   * Returns the 16-bit Tag Control Information: PCP, DEI and VID packed as on the wire.
   *
   * @return the TCI, 0..0xffff
   */
  public int tci() {
    return pcp << 13 | (dei ? 0x1000 : 0) | vid;
  }

  /**
   * Returns 4, the tag's size on the wire.
   *
   * @return {@link #BYTES}
   */
  @Override
  public int encodedLength() {
    return BYTES;
  }

  /**
   * Writes the TPID and TCI.
   *
   * @param dst the buffer to write to
   */
  @Override
  public void encode(ByteBuffer dst) {
    int p = dst.position();
    if (dst.limit() - p < BYTES) {
      throw new BufferOverflowException();
    }
    write(dst, p);
    dst.position(p + BYTES);
  }

  /** Writes the tag at an absolute index, whatever the buffer's byte order. */
  void write(ByteBuffer dst, int index) {
    BigEndian.put16(dst, index, tpid.value());
    BigEndian.put16(dst, index + EthernetLayout.TAG_TCI, tci());
  }

  /**
   * Returns the tag in a form close to tcpdump's, e.g. {@code "802.1Q vlan 100, p 3"}, with
   * {@code ", DEI"} added when the drop eligible bit is set.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return tpid.name() + " vlan " + vid + ", p " + pcp + (dei ? ", DEI" : "");
  }
}
