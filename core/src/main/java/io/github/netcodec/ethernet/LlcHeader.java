package io.github.netcodec.ethernet;

import io.github.netcodec.Encodable;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;

/**
 * The IEEE 802.2 Logical Link Control header that starts the data of an IEEE 802.3 frame (one
 * whose Length/Type field is a length).
 *
 * <pre>
 * +--------+--------+----------------+
 * |  DSAP  |  SSAP  | Control (1|2)  |
 * +--------+--------+----------------+
 * </pre>
 *
 * <p>The control field is one byte in the U (unnumbered) format, whose two low bits are {@code
 * 11}, and two bytes in the I and S formats. {@link #control()} holds the first control byte in
 * bits 0..7 and, for I and S formats, the second in bits 8..15, so the format and the length
 * follow from the value:
 *
 * <table class="striped">
 *   <caption>Control field forms</caption>
 *   <thead><tr><th>Wire bytes</th><th>{@code control}</th><th>Format</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code 03}</td><td>{@code 0x03}</td><td>U (UI), header 3 bytes</td></tr>
 *     <tr><td>{@code 0a 04}</td><td>{@code 0x040a}</td><td>I, header 4 bytes</td></tr>
 *     <tr><td>{@code 01 07}</td><td>{@code 0x0701}</td><td>S, header 4 bytes</td></tr>
 *   </tbody>
 * </table>
 *
 * @param dsap the destination service access point, 0..255 (bit 0 is the individual/group bit)
 * @param ssap the source service access point, 0..255 (bit 0 is the command/response bit)
 * @param control the control field as described above
 */
public record LlcHeader(int dsap, int ssap, int control) implements Encodable {

  /** The SNAP service access point 0xAA (IEEE Std 802, RFC 1042). */
  public static final int SAP_SNAP = 0xaa;
  /** The Spanning Tree Protocol service access point 0x42 (IEEE Std 802.1D). */
  public static final int SAP_STP = 0x42;
  /** The NetBIOS service access point 0xF0. */
  public static final int SAP_NETBIOS = 0xf0;
  /** The Novell IPX service access point 0xE0. */
  public static final int SAP_IPX = 0xe0;
  /** The Unnumbered Information control value 0x03. */
  public static final int CONTROL_UI = 0x03;

  /** The header that announces a SNAP header: DSAP 0xAA, SSAP 0xAA, control UI (RFC 1042). */
  public static final LlcHeader SNAP = new LlcHeader(SAP_SNAP, SAP_SNAP, CONTROL_UI);

  /**
   * Checks the ranges.
   *
   * @param dsap the destination service access point, 0..255
   * @param ssap the source service access point, 0..255
   * @param control the control field: 0..255 with low bits {@code 11} for the U format,
   *     otherwise 0..0xffff
   * @throws IllegalArgumentException if a field is out of range
   */
  public LlcHeader {
    if ((dsap & ~0xff) != 0) {
      throw new IllegalArgumentException("dsap " + dsap + " is not in 0..255");
    }
    if ((ssap & ~0xff) != 0) {
      throw new IllegalArgumentException("ssap " + ssap + " is not in 0..255");
    }
    if ((control & ~0xffff) != 0) {
      throw new IllegalArgumentException("control " + control + " is not in 0..0xffff");
    }
    if ((control & 0x03) == 0x03 && control > 0xff) {
      throw new IllegalArgumentException("control 0x" + Integer.toHexString(control)
          + " is a 1-byte U-format control (low bits 11) but does not fit in 0..0xff");
    }
  }

  /**
   * Returns an Unnumbered Information header for a pair of service access points.
   *
   * @param dsap the destination service access point, 0..255
   * @param ssap the source service access point, 0..255
   * @return the header with control {@code 0x03}
   * @throws IllegalArgumentException if a field is out of range
   */
  public static LlcHeader ui(int dsap, int ssap) {
    return new LlcHeader(dsap, ssap, CONTROL_UI);
  }

  /**
   * Returns whether a SNAP header follows: DSAP and SSAP 0xAA with control UI (RFC 1042).
   *
   * @return {@code true} for the SNAP form
   */
  public boolean isSnap() {
    return dsap == SAP_SNAP && ssap == SAP_SNAP && control == CONTROL_UI;
  }

  /**
   * Returns whether the control field is one byte (U format).
   *
   * @return {@code true} when the control field's low two bits are {@code 11}
   */
  public boolean isUnnumbered() {
    return (control & 0x03) == 0x03;
  }

  /**
   * Returns the header's size: 3 bytes in the U format, 4 in the I and S formats.
   *
   * @return 3 or 4
   */
  @Override
  public int encodedLength() {
    return isUnnumbered() ? EthernetLayout.LLC_SHORT : EthernetLayout.LLC_LONG;
  }

  /**
   * Writes DSAP, SSAP and the control field.
   *
   * @param dst the buffer to write to
   */
  @Override
  public void encode(ByteBuffer dst) {
    int p = dst.position();
    int n = encodedLength();
    if (dst.limit() - p < n) {
      throw new BufferOverflowException();
    }
    dst.put(p + EthernetLayout.LLC_DSAP, (byte) dsap);
    dst.put(p + EthernetLayout.LLC_SSAP, (byte) ssap);
    dst.put(p + EthernetLayout.LLC_CONTROL, (byte) control);
    if (n == EthernetLayout.LLC_LONG) {
      dst.put(p + EthernetLayout.LLC_CONTROL + 1, (byte) (control >>> 8));
    }
    dst.position(p + n);
  }

  /**
   * Reads the header at an absolute index; the caller has checked that its bytes are present.
   */
  static LlcHeader read(ByteBuffer buf, int index) {
    int control = buf.get(index + EthernetLayout.LLC_CONTROL) & 0xff;
    if ((control & 0x03) != 0x03) {
      control |= (buf.get(index + EthernetLayout.LLC_CONTROL + 1) & 0xff) << 8;
    }
    return new LlcHeader(buf.get(index + EthernetLayout.LLC_DSAP) & 0xff,
        buf.get(index + EthernetLayout.LLC_SSAP) & 0xff, control);
  }

  /**
   * Returns e.g. {@code "LLC dsap 0x42 ssap 0x42 control 0x03"}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return String.format("LLC dsap 0x%02x ssap 0x%02x control 0x%0" + (isUnnumbered() ? 2 : 4)
        + "x", dsap, ssap, control);
  }
}
