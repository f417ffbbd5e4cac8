package io.github.netcodec.dhcp;

/**
 * The BOOTP {@code op} field (RFC 951, RFC 2131 §2): whether a message goes from a client to a
 * server or back. An open registry: every value 0..255 is an {@code DhcpOp} and round-trips;
 * only 1 and 2 are defined.
 *
 * <pre>{@code
 * DhcpOp.of(1)        // BOOTREQUEST (1), equal to DhcpOp.BOOTREQUEST
 * DhcpOp.of(7)        // "7", kept as received
 * }</pre>
 *
 * @param value the op code, 0..255
 */
public record DhcpOp(int value) {
  /** A message from a client to a server (RFC 951). */
  public static final DhcpOp BOOTREQUEST = new DhcpOp(1);
  /** A message from a server to a client (RFC 951). */
  public static final DhcpOp BOOTREPLY = new DhcpOp(2);

  private static final DhcpOp[] CACHE = new DhcpOp[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new DhcpOp(i);
    }
    CACHE[1] = BOOTREQUEST;
    CACHE[2] = BOOTREPLY;
  }

  /**
   * Checks the range.
   *
   * @param value the op code, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public DhcpOp {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("DHCP op " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the op with this code, a shared instance.
   *
   * @param value the op code, 0..255
   * @return the op
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static DhcpOp of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("DHCP op " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns {@code "BOOTREQUEST (1)"}, {@code "BOOTREPLY (2)"}, or the number for other values.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return switch (value) {
      case 1 -> "BOOTREQUEST (1)";
      case 2 -> "BOOTREPLY (2)";
      default -> Integer.toString(value);
    };
  }
}
