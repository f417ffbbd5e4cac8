package io.github.netcodec.dhcpv6;

/**
 * A DHCPv6 message type, the first octet of every message, from the IANA "DHCPv6 Message Types"
 * registry. An open registry: every value 0..255 is a {@code Dhcpv6MessageType}; the assigned
 * ones have names, and an unknown one round-trips unchanged.
 *
 * <pre>{@code
 * Dhcpv6MessageType.of(1)     // SOLICIT (1), equal to Dhcpv6MessageType.SOLICIT
 * Dhcpv6MessageType.of(250)   // "250", parsed with the client/server layout
 * }</pre>
 *
 * <p>Relay-forw (12) and Relay-repl (13) use the relay layout of RFC 8415 §9; every other type,
 * assigned or not, uses the client/server layout of §8 (type, 24-bit transaction id, options),
 * as all later RFCs that define message types do.
 *
 * @param value the message type, 0..255
 */
public record Dhcpv6MessageType(int value) implements Comparable<Dhcpv6MessageType> {
  /** SOLICIT: a client looks for servers (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType SOLICIT = new Dhcpv6MessageType(1);
  /** ADVERTISE: a server offers service (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType ADVERTISE = new Dhcpv6MessageType(2);
  /** REQUEST: a client asks one server for configuration (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType REQUEST = new Dhcpv6MessageType(3);
  /** CONFIRM: a client checks its addresses are still on link (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType CONFIRM = new Dhcpv6MessageType(4);
  /** RENEW: a client extends its leases with the server that gave them (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType RENEW = new Dhcpv6MessageType(5);
  /** REBIND: a client extends its leases with any server (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType REBIND = new Dhcpv6MessageType(6);
  /** REPLY: a server answers (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType REPLY = new Dhcpv6MessageType(7);
  /** RELEASE: a client gives leases back (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType RELEASE = new Dhcpv6MessageType(8);
  /** DECLINE: a client reports addresses already in use (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType DECLINE = new Dhcpv6MessageType(9);
  /** RECONFIGURE: a server tells a client to renew or ask again (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType RECONFIGURE = new Dhcpv6MessageType(10);
  /** INFORMATION-REQUEST: a client asks for configuration without leases (RFC 8415 §7.3). */
  public static final Dhcpv6MessageType INFORMATION_REQUEST = new Dhcpv6MessageType(11);
  /** RELAY-FORW: a relay agent forwards a message to servers (RFC 8415 §9). */
  public static final Dhcpv6MessageType RELAY_FORW = new Dhcpv6MessageType(12);
  /** RELAY-REPL: a server answers through a relay agent (RFC 8415 §9). */
  public static final Dhcpv6MessageType RELAY_REPL = new Dhcpv6MessageType(13);
  /** LEASEQUERY (RFC 5007). */
  public static final Dhcpv6MessageType LEASEQUERY = new Dhcpv6MessageType(14);
  /** LEASEQUERY-REPLY (RFC 5007). */
  public static final Dhcpv6MessageType LEASEQUERY_REPLY = new Dhcpv6MessageType(15);
  /** DHCPV4-QUERY: DHCPv4 over DHCPv6 (RFC 7341). */
  public static final Dhcpv6MessageType DHCPV4_QUERY = new Dhcpv6MessageType(20);
  /** DHCPV4-RESPONSE: DHCPv4 over DHCPv6 (RFC 7341). */
  public static final Dhcpv6MessageType DHCPV4_RESPONSE = new Dhcpv6MessageType(21);

  private static final Dhcpv6MessageType[] CACHE = new Dhcpv6MessageType[256];
  private static final String[] NAMES = new String[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new Dhcpv6MessageType(i);
    }
    String[] names = {null, "SOLICIT", "ADVERTISE", "REQUEST", "CONFIRM", "RENEW", "REBIND",
        "REPLY", "RELEASE", "DECLINE", "RECONFIGURE", "INFORMATION-REQUEST", "RELAY-FORW",
        "RELAY-REPL", "LEASEQUERY", "LEASEQUERY-REPLY", "LEASEQUERY-DONE", "LEASEQUERY-DATA",
        "RECONFIGURE-REQUEST", "RECONFIGURE-REPLY", "DHCPV4-QUERY", "DHCPV4-RESPONSE",
        "ACTIVELEASEQUERY", "STARTTLS", "BNDUPD", "BNDREPLY", "POOLREQ", "POOLRESP", "UPDREQ",
        "UPDREQALL", "UPDDONE", "CONNECT", "CONNECTREPLY", "DISCONNECT", "STATE", "CONTACT",
        "ADDR-REG-INFORM", "ADDR-REG-REPLY"};
    System.arraycopy(names, 0, NAMES, 0, names.length);
    for (Dhcpv6MessageType t : new Dhcpv6MessageType[] {SOLICIT, ADVERTISE, REQUEST, CONFIRM,
        RENEW, REBIND, REPLY, RELEASE, DECLINE, RECONFIGURE, INFORMATION_REQUEST, RELAY_FORW,
        RELAY_REPL, LEASEQUERY, LEASEQUERY_REPLY, DHCPV4_QUERY, DHCPV4_RESPONSE}) {
      CACHE[t.value] = t;
    }
  }

  /**
   * Checks the range.
   *
   * @param value the message type, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public Dhcpv6MessageType {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("DHCPv6 message type " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the message type with this value, a shared instance.
   *
   * @param value the message type, 0..255
   * @return the message type
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static Dhcpv6MessageType of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("DHCPv6 message type " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns whether messages of this type use the relay layout (RELAY-FORW, RELAY-REPL).
   *
   * @return {@code true} for types 12 and 13
   */
  public boolean isRelay() {
    return value == 12 || value == 13;
  }

  /**
   * Returns the IANA name, such as {@code "SOLICIT"}.
   *
   * @return the name, or the decimal value for an unassigned type
   */
  public String name() {
    String name = NAMES[value];
    return name != null ? name : Integer.toString(value);
  }

  /**
   * Returns whether the IANA registry assigns this type a name this class knows.
   *
   * @return {@code true} for types 1..37
   */
  public boolean isNamed() {
    return NAMES[value] != null;
  }

  @Override
  public int compareTo(Dhcpv6MessageType other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and value, e.g. {@code "SOLICIT (1)"}, or the value alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = NAMES[value];
    return name != null ? name + " (" + value + ")" : Integer.toString(value);
  }
}
