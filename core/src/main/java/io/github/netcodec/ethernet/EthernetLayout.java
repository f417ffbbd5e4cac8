package io.github.netcodec.ethernet;

/**
 * Byte offsets and sizes of the Ethernet, 802.1Q tag, LLC and SNAP wire formats, in one place
 * (IEEE Std 802.3 clause 3, IEEE Std 802.1Q clause 9, IEEE Std 802.2, RFC 1042).
 */
final class EthernetLayout {
  private EthernetLayout() {}

  /** Offset of the destination MAC address. */
  static final int DESTINATION = 0;
  /** Offset of the source MAC address. */
  static final int SOURCE = 6;
  /** Offset of the Length/Type field, or of the first VLAN tag's TPID. */
  static final int LENGTH_TYPE = 12;
  /** Size of the untagged header: two addresses and the Length/Type field. */
  static final int HEADER_LENGTH = 14;
  /** Size of the Length/Type field. */
  static final int LENGTH_TYPE_SIZE = 2;

  /** Size of a VLAN tag: TPID and TCI. */
  static final int TAG_LENGTH = 4;
  /** Offset of the TCI within a tag. */
  static final int TAG_TCI = 2;
  /** Bytes needed after a TPID: the TCI and the next Length/Type field. */
  static final int TAG_REST = 4;

  /** Size of the frame check sequence. */
  static final int FCS_LENGTH = 4;
  /** Smallest frame without FCS: 64 bytes on the wire less the 4-byte FCS (802.3 4.4.2). */
  static final int MIN_FRAME_LENGTH = 60;

  /** Offset of DSAP within the LLC header. */
  static final int LLC_DSAP = 0;
  /** Offset of SSAP within the LLC header. */
  static final int LLC_SSAP = 1;
  /** Offset of the control field within the LLC header. */
  static final int LLC_CONTROL = 2;
  /** Size of an LLC header with a 1-byte (U-format) control field. */
  static final int LLC_SHORT = 3;
  /** Size of an LLC header with a 2-byte (I- or S-format) control field. */
  static final int LLC_LONG = 4;

  /** Offset of the OUI within the SNAP header. */
  static final int SNAP_OUI = 0;
  /** Offset of the protocol identifier within the SNAP header. */
  static final int SNAP_PROTOCOL = 3;
  /** Size of the SNAP header. */
  static final int SNAP_LENGTH = 5;
}
