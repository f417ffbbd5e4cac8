package io.github.netcodec.dhcp;

/**
 * The DHCP message type, the value of option 53 (RFC 2132 §9.6 and the IANA "DHCP Message Type
 * 53 Values" registry). An open registry: every value 0..255 is a {@code DhcpMessageType} and
 * round-trips; the registered ones have constants and names.
 *
 * <pre>{@code
 * DhcpMessageType.of(5)      // DHCPACK (5), equal to DhcpMessageType.ACK
 * DhcpMessageType.of(200)    // "200", kept as received
 * }</pre>
 *
 * @param value the message type, 0..255
 */
public record DhcpMessageType(int value) implements Comparable<DhcpMessageType> {
  /** DHCPDISCOVER: a client looks for servers (RFC 2131). */
  public static final DhcpMessageType DISCOVER = new DhcpMessageType(1);
  /** DHCPOFFER: a server offers an address (RFC 2131). */
  public static final DhcpMessageType OFFER = new DhcpMessageType(2);
  /** DHCPREQUEST: a client requests, confirms or extends a lease (RFC 2131). */
  public static final DhcpMessageType REQUEST = new DhcpMessageType(3);
  /** DHCPDECLINE: a client found the address already in use (RFC 2131). */
  public static final DhcpMessageType DECLINE = new DhcpMessageType(4);
  /** DHCPACK: a server commits a lease or answers an INFORM (RFC 2131). */
  public static final DhcpMessageType ACK = new DhcpMessageType(5);
  /** DHCPNAK: a server refuses a request (RFC 2131). */
  public static final DhcpMessageType NAK = new DhcpMessageType(6);
  /** DHCPRELEASE: a client gives its address back (RFC 2131). */
  public static final DhcpMessageType RELEASE = new DhcpMessageType(7);
  /** DHCPINFORM: a configured client asks for other parameters (RFC 2131). */
  public static final DhcpMessageType INFORM = new DhcpMessageType(8);
  /** DHCPFORCERENEW: a server tells a client to renew (RFC 3203). */
  public static final DhcpMessageType FORCERENEW = new DhcpMessageType(9);
  /** DHCPLEASEQUERY (RFC 4388). */
  public static final DhcpMessageType LEASEQUERY = new DhcpMessageType(10);
  /** DHCPLEASEUNASSIGNED (RFC 4388). */
  public static final DhcpMessageType LEASEUNASSIGNED = new DhcpMessageType(11);
  /** DHCPLEASEUNKNOWN (RFC 4388). */
  public static final DhcpMessageType LEASEUNKNOWN = new DhcpMessageType(12);
  /** DHCPLEASEACTIVE (RFC 4388). */
  public static final DhcpMessageType LEASEACTIVE = new DhcpMessageType(13);
  /** DHCPBULKLEASEQUERY (RFC 6926). */
  public static final DhcpMessageType BULKLEASEQUERY = new DhcpMessageType(14);
  /** DHCPLEASEQUERYDONE (RFC 6926). */
  public static final DhcpMessageType LEASEQUERYDONE = new DhcpMessageType(15);
  /** DHCPACTIVELEASEQUERY (RFC 7724). */
  public static final DhcpMessageType ACTIVELEASEQUERY = new DhcpMessageType(16);
  /** DHCPLEASEQUERYSTATUS (RFC 7724). */
  public static final DhcpMessageType LEASEQUERYSTATUS = new DhcpMessageType(17);
  /** DHCPTLS (RFC 7724). */
  public static final DhcpMessageType TLS = new DhcpMessageType(18);

  private static final DhcpMessageType[] CACHE = new DhcpMessageType[256];
  private static final String[] NAMES = {null, "DHCPDISCOVER", "DHCPOFFER", "DHCPREQUEST",
      "DHCPDECLINE", "DHCPACK", "DHCPNAK", "DHCPRELEASE", "DHCPINFORM", "DHCPFORCERENEW",
      "DHCPLEASEQUERY", "DHCPLEASEUNASSIGNED", "DHCPLEASEUNKNOWN", "DHCPLEASEACTIVE",
      "DHCPBULKLEASEQUERY", "DHCPLEASEQUERYDONE", "DHCPACTIVELEASEQUERY",
      "DHCPLEASEQUERYSTATUS", "DHCPTLS"};

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new DhcpMessageType(i);
    }
    for (DhcpMessageType t : new DhcpMessageType[] {DISCOVER, OFFER, REQUEST, DECLINE, ACK, NAK,
        RELEASE, INFORM, FORCERENEW, LEASEQUERY, LEASEUNASSIGNED, LEASEUNKNOWN, LEASEACTIVE,
        BULKLEASEQUERY, LEASEQUERYDONE, ACTIVELEASEQUERY, LEASEQUERYSTATUS, TLS}) {
      CACHE[t.value] = t;
    }
  }

  /**
   * Checks the range.
   *
   * @param value the message type, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public DhcpMessageType {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("DHCP message type " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the message type with this value, a shared instance.
   *
   * @param value the message type, 0..255
   * @return the message type
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static DhcpMessageType of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("DHCP message type " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns the registered name, such as {@code "DHCPACK"}.
   *
   * @return the name, or the decimal number for an unregistered value
   */
  public String name() {
    return value < NAMES.length && NAMES[value] != null ? NAMES[value] : Integer.toString(value);
  }

  @Override
  public int compareTo(DhcpMessageType other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "DHCPACK (5)"}, or the number alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return value < NAMES.length && NAMES[value] != null
        ? NAMES[value] + " (" + value + ")" : Integer.toString(value);
  }
}
