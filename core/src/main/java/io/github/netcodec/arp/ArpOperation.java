package io.github.netcodec.arp;

/**
 * An ARP operation code (RFC 826 "ar$op"), shared by ARP, RARP (RFC 903), InARP (RFC 2390) and
 * the other protocols that reuse the ARP packet format.
 *
 * <p>An open registry: every value 0..65535 is an {@code ArpOperation}; the values the IANA
 * "Operation Codes" registry (Address Resolution Protocol (ARP) Parameters, RFC 5494) assigns
 * have constants and the registry's names, and any other value round-trips unchanged.
 *
 * <pre>{@code
 * ArpOperation.of(2)             // REPLY (2), the same instance as ArpOperation.REPLY
 * ArpOperation.of(300)           // 300, unassigned, kept as is
 * }</pre>
 *
 * @param value the 16-bit operation, 0..65535
 */
public record ArpOperation(int value) implements Comparable<ArpOperation> {
  /** 1, REQUEST (RFC 826, RFC 5227). */
  public static final ArpOperation REQUEST = new ArpOperation(1);
  /** 2, REPLY (RFC 826, RFC 5227). */
  public static final ArpOperation REPLY = new ArpOperation(2);
  /** 3, request Reverse (RARP, RFC 903). */
  public static final ArpOperation REVERSE_REQUEST = new ArpOperation(3);
  /** 4, reply Reverse (RARP, RFC 903). */
  public static final ArpOperation REVERSE_REPLY = new ArpOperation(4);
  /** 5, DRARP-Request (RFC 1931). */
  public static final ArpOperation DRARP_REQUEST = new ArpOperation(5);
  /** 6, DRARP-Reply (RFC 1931). */
  public static final ArpOperation DRARP_REPLY = new ArpOperation(6);
  /** 7, DRARP-Error (RFC 1931). */
  public static final ArpOperation DRARP_ERROR = new ArpOperation(7);
  /** 8, InARP-Request (RFC 2390). */
  public static final ArpOperation INARP_REQUEST = new ArpOperation(8);
  /** 9, InARP-Reply (RFC 2390). */
  public static final ArpOperation INARP_REPLY = new ArpOperation(9);
  /** 10, ARP-NAK (RFC 1577). */
  public static final ArpOperation ARP_NAK = new ArpOperation(10);
  /** 11, MARS-Request (RFC 2022). */
  public static final ArpOperation MARS_REQUEST = new ArpOperation(11);
  /** 12, MARS-Multi (RFC 2022). */
  public static final ArpOperation MARS_MULTI = new ArpOperation(12);
  /** 13, MARS-MServ (RFC 2022). */
  public static final ArpOperation MARS_MSERV = new ArpOperation(13);
  /** 14, MARS-Join (RFC 2022). */
  public static final ArpOperation MARS_JOIN = new ArpOperation(14);
  /** 15, MARS-Leave (RFC 2022). */
  public static final ArpOperation MARS_LEAVE = new ArpOperation(15);
  /** 16, MARS-NAK (RFC 2022). */
  public static final ArpOperation MARS_NAK = new ArpOperation(16);
  /** 17, MARS-Unserv (RFC 2022). */
  public static final ArpOperation MARS_UNSERV = new ArpOperation(17);
  /** 18, MARS-SJoin (RFC 2022). */
  public static final ArpOperation MARS_SJOIN = new ArpOperation(18);
  /** 19, MARS-SLeave (RFC 2022). */
  public static final ArpOperation MARS_SLEAVE = new ArpOperation(19);
  /** 20, MARS-Grouplist-Request (RFC 2022). */
  public static final ArpOperation MARS_GROUPLIST_REQUEST = new ArpOperation(20);
  /** 21, MARS-Grouplist-Reply (RFC 2022). */
  public static final ArpOperation MARS_GROUPLIST_REPLY = new ArpOperation(21);
  /** 22, MARS-Redirect-Map (RFC 2022). */
  public static final ArpOperation MARS_REDIRECT_MAP = new ArpOperation(22);
  /** 23, MAPOS-UNARP (RFC 2176). */
  public static final ArpOperation MAPOS_UNARP = new ArpOperation(23);
  /** 24, OP_EXP1 (RFC 5494, for experiments). */
  public static final ArpOperation OP_EXP1 = new ArpOperation(24);
  /** 25, OP_EXP2 (RFC 5494, for experiments). */
  public static final ArpOperation OP_EXP2 = new ArpOperation(25);

  /** Shared instances of the small values, so parsing does not allocate them. */
  private static final ArpOperation[] CACHE = new ArpOperation[256];
  private static final String[] NAMES = new String[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new ArpOperation(i);
    }
    register(REQUEST, "REQUEST");
    register(REPLY, "REPLY");
    register(REVERSE_REQUEST, "request Reverse");
    register(REVERSE_REPLY, "reply Reverse");
    register(DRARP_REQUEST, "DRARP-Request");
    register(DRARP_REPLY, "DRARP-Reply");
    register(DRARP_ERROR, "DRARP-Error");
    register(INARP_REQUEST, "InARP-Request");
    register(INARP_REPLY, "InARP-Reply");
    register(ARP_NAK, "ARP-NAK");
    register(MARS_REQUEST, "MARS-Request");
    register(MARS_MULTI, "MARS-Multi");
    register(MARS_MSERV, "MARS-MServ");
    register(MARS_JOIN, "MARS-Join");
    register(MARS_LEAVE, "MARS-Leave");
    register(MARS_NAK, "MARS-NAK");
    register(MARS_UNSERV, "MARS-Unserv");
    register(MARS_SJOIN, "MARS-SJoin");
    register(MARS_SLEAVE, "MARS-SLeave");
    register(MARS_GROUPLIST_REQUEST, "MARS-Grouplist-Request");
    register(MARS_GROUPLIST_REPLY, "MARS-Grouplist-Reply");
    register(MARS_REDIRECT_MAP, "MARS-Redirect-Map");
    register(MAPOS_UNARP, "MAPOS-UNARP");
    register(OP_EXP1, "OP_EXP1");
    register(OP_EXP2, "OP_EXP2");
  }

  private static void register(ArpOperation constant, String name) {
    CACHE[constant.value] = constant;
    NAMES[constant.value] = name;
  }

  /**
   * Checks the range.
   *
   * @param value the operation, 0..65535
   * @throws IllegalArgumentException if {@code value} is outside 0..65535
   */
  public ArpOperation {
    if ((value & ~0xffff) != 0) {
      throw new IllegalArgumentException("operation " + value + " is not in 0..65535");
    }
  }

  /**
   * Returns the operation with this number; a shared instance for the named values and the
   * other small ones.
   *
   * @param value the operation, 0..65535
   * @return the operation
   * @throws IllegalArgumentException if {@code value} is outside 0..65535
   */
  public static ArpOperation of(int value) {
    if (value >= 0 && value < CACHE.length) {
      return CACHE[value];
    }
    return new ArpOperation(value);
  }

  /**
   * Returns the name the IANA registry gives, such as {@code "REQUEST"}.
   *
   * @return the name, or the decimal number for a value the registry does not name
   */
  public String name() {
    String name = value < NAMES.length ? NAMES[value] : null;
    return name != null ? name : Integer.toString(value);
  }

  /**
   * Returns whether the registry names this value (reserved and unassigned values are not).
   *
   * @return {@code true} for the values with constants here
   */
  public boolean isNamed() {
    return value < NAMES.length && NAMES[value] != null;
  }

  @Override
  public int compareTo(ArpOperation other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "REQUEST (1)"}, or the number
   * alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return isNamed() ? NAMES[value] + " (" + value + ")" : Integer.toString(value);
  }
}
