package io.github.netcodec.icmpv4;

/**
 * An ICMP message type for IPv4 (RFC 792), from the IANA "ICMP Type Numbers" registry (Internet
 * Control Message Protocol (ICMP) Parameters).
 *
 * <p>An open registry: every value 0..255 is an {@code Icmpv4Type}; the values the IANA
 * "ICMP Type Numbers" registry names have constants and the registry's names (without its
 * "(Deprecated)" marks, which {@link #isDeprecated()} reports), and any other value
 * round-trips unchanged.
 *
 * <pre>{@code
 * Icmpv4Type.of(3)             // Destination Unreachable (3), the same instance as the constant
 * Icmpv4Type.of(200)           // 200, unassigned, kept as is
 * }</pre>
 *
 * @param value the type, 0..255
 */
public record Icmpv4Type(int value) implements Comparable<Icmpv4Type> {
  /** 0, Echo Reply (RFC 792). */
  public static final Icmpv4Type ECHO_REPLY = new Icmpv4Type(0);
  /** 3, Destination Unreachable (RFC 792). */
  public static final Icmpv4Type DESTINATION_UNREACHABLE = new Icmpv4Type(3);
  /** 4, Source Quench (RFC 792, RFC 6633), deprecated. */
  public static final Icmpv4Type SOURCE_QUENCH = new Icmpv4Type(4);
  /** 5, Redirect (RFC 792). */
  public static final Icmpv4Type REDIRECT = new Icmpv4Type(5);
  /** 6, Alternate Host Address (RFC 6918), deprecated. */
  public static final Icmpv4Type ALTERNATE_HOST_ADDRESS = new Icmpv4Type(6);
  /** 8, Echo (RFC 792; the echo request). */
  public static final Icmpv4Type ECHO_REQUEST = new Icmpv4Type(8);
  /** 9, Router Advertisement (RFC 1256). */
  public static final Icmpv4Type ROUTER_ADVERTISEMENT = new Icmpv4Type(9);
  /** 10, Router Solicitation (RFC 1256). */
  public static final Icmpv4Type ROUTER_SOLICITATION = new Icmpv4Type(10);
  /** 11, Time Exceeded (RFC 792). */
  public static final Icmpv4Type TIME_EXCEEDED = new Icmpv4Type(11);
  /** 12, Parameter Problem (RFC 792). */
  public static final Icmpv4Type PARAMETER_PROBLEM = new Icmpv4Type(12);
  /** 13, Timestamp (RFC 792). */
  public static final Icmpv4Type TIMESTAMP = new Icmpv4Type(13);
  /** 14, Timestamp Reply (RFC 792). */
  public static final Icmpv4Type TIMESTAMP_REPLY = new Icmpv4Type(14);
  /** 15, Information Request (RFC 792, RFC 6918), deprecated. */
  public static final Icmpv4Type INFORMATION_REQUEST = new Icmpv4Type(15);
  /** 16, Information Reply (RFC 792, RFC 6918), deprecated. */
  public static final Icmpv4Type INFORMATION_REPLY = new Icmpv4Type(16);
  /** 17, Address Mask Request (RFC 950, RFC 6918), deprecated. */
  public static final Icmpv4Type ADDRESS_MASK_REQUEST = new Icmpv4Type(17);
  /** 18, Address Mask Reply (RFC 950, RFC 6918), deprecated. */
  public static final Icmpv4Type ADDRESS_MASK_REPLY = new Icmpv4Type(18);
  /** 30, Traceroute (RFC 1393, RFC 6918), deprecated. */
  public static final Icmpv4Type TRACEROUTE = new Icmpv4Type(30);
  /** 31, Datagram Conversion Error (RFC 1475, RFC 6918), deprecated. */
  public static final Icmpv4Type DATAGRAM_CONVERSION_ERROR = new Icmpv4Type(31);
  /** 32, Mobile Host Redirect (RFC 6918), deprecated. */
  public static final Icmpv4Type MOBILE_HOST_REDIRECT = new Icmpv4Type(32);
  /** 33, IPv6 Where-Are-You (RFC 6918), deprecated. */
  public static final Icmpv4Type IPV6_WHERE_ARE_YOU = new Icmpv4Type(33);
  /** 34, IPv6 I-Am-Here (RFC 6918), deprecated. */
  public static final Icmpv4Type IPV6_I_AM_HERE = new Icmpv4Type(34);
  /** 35, Mobile Registration Request (RFC 6918), deprecated. */
  public static final Icmpv4Type MOBILE_REGISTRATION_REQUEST = new Icmpv4Type(35);
  /** 36, Mobile Registration Reply (RFC 6918), deprecated. */
  public static final Icmpv4Type MOBILE_REGISTRATION_REPLY = new Icmpv4Type(36);
  /** 37, Domain Name Request (RFC 1788, RFC 6918), deprecated. */
  public static final Icmpv4Type DOMAIN_NAME_REQUEST = new Icmpv4Type(37);
  /** 38, Domain Name Reply (RFC 1788, RFC 6918), deprecated. */
  public static final Icmpv4Type DOMAIN_NAME_REPLY = new Icmpv4Type(38);
  /** 39, SKIP (RFC 6918), deprecated. */
  public static final Icmpv4Type SKIP = new Icmpv4Type(39);
  /** 40, Photuris (RFC 2521). */
  public static final Icmpv4Type PHOTURIS = new Icmpv4Type(40);
  /** 41, ICMP messages utilized by experimental mobility protocols such as Seamoby (RFC 4065). */
  public static final Icmpv4Type EXPERIMENTAL_MOBILITY = new Icmpv4Type(41);
  /** 42, Extended Echo Request (RFC 8335). */
  public static final Icmpv4Type EXTENDED_ECHO_REQUEST = new Icmpv4Type(42);
  /** 43, Extended Echo Reply (RFC 8335). */
  public static final Icmpv4Type EXTENDED_ECHO_REPLY = new Icmpv4Type(43);
  /** 253, RFC3692-style Experiment 1 (RFC 4727). */
  public static final Icmpv4Type EXPERIMENT_1 = new Icmpv4Type(253);
  /** 254, RFC3692-style Experiment 2 (RFC 4727). */
  public static final Icmpv4Type EXPERIMENT_2 = new Icmpv4Type(254);

  private static final Icmpv4Type[] CACHE = new Icmpv4Type[256];
  private static final String[] NAMES = new String[256];
  private static final boolean[] DEPRECATED = new boolean[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new Icmpv4Type(i);
    }
    register(ECHO_REPLY, "Echo Reply", false);
    register(DESTINATION_UNREACHABLE, "Destination Unreachable", false);
    register(SOURCE_QUENCH, "Source Quench", true);
    register(REDIRECT, "Redirect", false);
    register(ALTERNATE_HOST_ADDRESS, "Alternate Host Address", true);
    register(ECHO_REQUEST, "Echo", false);
    register(ROUTER_ADVERTISEMENT, "Router Advertisement", false);
    register(ROUTER_SOLICITATION, "Router Solicitation", false);
    register(TIME_EXCEEDED, "Time Exceeded", false);
    register(PARAMETER_PROBLEM, "Parameter Problem", false);
    register(TIMESTAMP, "Timestamp", false);
    register(TIMESTAMP_REPLY, "Timestamp Reply", false);
    register(INFORMATION_REQUEST, "Information Request", true);
    register(INFORMATION_REPLY, "Information Reply", true);
    register(ADDRESS_MASK_REQUEST, "Address Mask Request", true);
    register(ADDRESS_MASK_REPLY, "Address Mask Reply", true);
    register(TRACEROUTE, "Traceroute", true);
    register(DATAGRAM_CONVERSION_ERROR, "Datagram Conversion Error", true);
    register(MOBILE_HOST_REDIRECT, "Mobile Host Redirect", true);
    register(IPV6_WHERE_ARE_YOU, "IPv6 Where-Are-You", true);
    register(IPV6_I_AM_HERE, "IPv6 I-Am-Here", true);
    register(MOBILE_REGISTRATION_REQUEST, "Mobile Registration Request", true);
    register(MOBILE_REGISTRATION_REPLY, "Mobile Registration Reply", true);
    register(DOMAIN_NAME_REQUEST, "Domain Name Request", true);
    register(DOMAIN_NAME_REPLY, "Domain Name Reply", true);
    register(SKIP, "SKIP", true);
    register(PHOTURIS, "Photuris", false);
    register(EXPERIMENTAL_MOBILITY,
        "ICMP messages utilized by experimental mobility protocols such as Seamoby",
        false);
    register(EXTENDED_ECHO_REQUEST, "Extended Echo Request", false);
    register(EXTENDED_ECHO_REPLY, "Extended Echo Reply", false);
    register(EXPERIMENT_1, "RFC3692-style Experiment 1", false);
    register(EXPERIMENT_2, "RFC3692-style Experiment 2", false);
  }

  private static void register(Icmpv4Type type, String name, boolean deprecated) {
    CACHE[type.value] = type;
    NAMES[type.value] = name;
    DEPRECATED[type.value] = deprecated;
  }

  /**
   * Checks the range.
   *
   * @param value the type, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public Icmpv4Type {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("ICMPv4 type " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the type with this number, a shared instance.
   *
   * @param value the type, 0..255
   * @return the type
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static Icmpv4Type of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("ICMPv4 type " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns the name the IANA registry gives, such as {@code "Echo Reply"}.
   *
   * @return the name, or the decimal number for a value the registry does not name
   */
  public String name() {
    String name = NAMES[value];
    return name != null ? name : Integer.toString(value);
  }

  /**
   * Returns whether the registry names this type (unassigned and reserved values are not).
   *
   * @return {@code true} for the values with constants here
   */
  public boolean isNamed() {
    return NAMES[value] != null;
  }

  /**
   * Returns whether the registry marks this type deprecated.
   *
   * @return {@code true} for a deprecated type
   */
  public boolean isDeprecated() {
    return DEPRECATED[value];
  }

  /**
   * Returns whether messages of this type are errors that quote the datagram that caused them:
   * Destination Unreachable, Source Quench, Redirect, Time Exceeded, Parameter Problem (RFC
   * 1812 §4.3.2.3).
   *
   * @return {@code true} for an error type
   */
  public boolean isError() {
    return value == 3 || value == 4 || value == 5 || value == 11 || value == 12;
  }

  @Override
  public int compareTo(Icmpv4Type other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "Echo Reply (0)"}, or the number
   * alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = NAMES[value];
    return name != null ? name + " (" + value + ")" : Integer.toString(value);
  }
}
