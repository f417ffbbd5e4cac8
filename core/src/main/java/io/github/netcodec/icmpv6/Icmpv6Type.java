package io.github.netcodec.icmpv6;

/**
 * An ICMPv6 message type (RFC 4443 §2.1), from the IANA ICMPv6 "type" Numbers registry
 * (Internet Control Message Protocol version 6 (ICMPv6) Parameters).
 *
 * <p>An open registry: every value 0..255 is an {@code Icmpv6Type}; the values the registry
 * names have constants and the registry's names, and any other value round-trips unchanged.
 * The reserved values 0, 127 and 255 and the unassigned ones have no name.
 *
 * <pre>{@code
 * Icmpv6Type.of(135)           // Neighbor Solicitation (135), the same instance as the constant
 * Icmpv6Type.of(170)           // 170, unassigned, kept as is
 * }</pre>
 *
 * @param value the type, 0..255
 */
public record Icmpv6Type(int value) implements Comparable<Icmpv6Type> {
  /** 1, Destination Unreachable (RFC 4443). */
  public static final Icmpv6Type DESTINATION_UNREACHABLE = new Icmpv6Type(1);
  /** 2, Packet Too Big (RFC 4443). */
  public static final Icmpv6Type PACKET_TOO_BIG = new Icmpv6Type(2);
  /** 3, Time Exceeded (RFC 4443). */
  public static final Icmpv6Type TIME_EXCEEDED = new Icmpv6Type(3);
  /** 4, Parameter Problem (RFC 4443). */
  public static final Icmpv6Type PARAMETER_PROBLEM = new Icmpv6Type(4);
  /** 100, Private experimentation (RFC 4443). */
  public static final Icmpv6Type PRIVATE_EXPERIMENTATION_100 = new Icmpv6Type(100);
  /** 101, Private experimentation (RFC 4443). */
  public static final Icmpv6Type PRIVATE_EXPERIMENTATION_101 = new Icmpv6Type(101);
  /** 128, Echo Request (RFC 4443). */
  public static final Icmpv6Type ECHO_REQUEST = new Icmpv6Type(128);
  /** 129, Echo Reply (RFC 4443). */
  public static final Icmpv6Type ECHO_REPLY = new Icmpv6Type(129);
  /** 130, Multicast Listener Query (RFC 2710). */
  public static final Icmpv6Type MULTICAST_LISTENER_QUERY = new Icmpv6Type(130);
  /** 131, Multicast Listener Report (RFC 2710). */
  public static final Icmpv6Type MULTICAST_LISTENER_REPORT = new Icmpv6Type(131);
  /** 132, Multicast Listener Done (RFC 2710). */
  public static final Icmpv6Type MULTICAST_LISTENER_DONE = new Icmpv6Type(132);
  /** 133, Router Solicitation (RFC 4861). */
  public static final Icmpv6Type ROUTER_SOLICITATION = new Icmpv6Type(133);
  /** 134, Router Advertisement (RFC 4861). */
  public static final Icmpv6Type ROUTER_ADVERTISEMENT = new Icmpv6Type(134);
  /** 135, Neighbor Solicitation (RFC 4861). */
  public static final Icmpv6Type NEIGHBOR_SOLICITATION = new Icmpv6Type(135);
  /** 136, Neighbor Advertisement (RFC 4861). */
  public static final Icmpv6Type NEIGHBOR_ADVERTISEMENT = new Icmpv6Type(136);
  /** 137, Redirect Message (RFC 4861). */
  public static final Icmpv6Type REDIRECT = new Icmpv6Type(137);
  /** 138, Router Renumbering (RFC 2894). */
  public static final Icmpv6Type ROUTER_RENUMBERING = new Icmpv6Type(138);
  /** 139, ICMP Node Information Query (RFC 4620). */
  public static final Icmpv6Type NODE_INFORMATION_QUERY = new Icmpv6Type(139);
  /** 140, ICMP Node Information Response (RFC 4620). */
  public static final Icmpv6Type NODE_INFORMATION_RESPONSE = new Icmpv6Type(140);
  /** 141, Inverse Neighbor Discovery Solicitation Message (RFC 3122). */
  public static final Icmpv6Type INVERSE_ND_SOLICITATION = new Icmpv6Type(141);
  /** 142, Inverse Neighbor Discovery Advertisement Message (RFC 3122). */
  public static final Icmpv6Type INVERSE_ND_ADVERTISEMENT = new Icmpv6Type(142);
  /** 143, Version 2 Multicast Listener Report (RFC 9777). */
  public static final Icmpv6Type MULTICAST_LISTENER_REPORT_V2 = new Icmpv6Type(143);
  /** 144, Home Agent Address Discovery Request Message (RFC 6275). */
  public static final Icmpv6Type HOME_AGENT_ADDRESS_DISCOVERY_REQUEST = new Icmpv6Type(144);
  /** 145, Home Agent Address Discovery Reply Message (RFC 6275). */
  public static final Icmpv6Type HOME_AGENT_ADDRESS_DISCOVERY_REPLY = new Icmpv6Type(145);
  /** 146, Mobile Prefix Solicitation (RFC 6275). */
  public static final Icmpv6Type MOBILE_PREFIX_SOLICITATION = new Icmpv6Type(146);
  /** 147, Mobile Prefix Advertisement (RFC 6275). */
  public static final Icmpv6Type MOBILE_PREFIX_ADVERTISEMENT = new Icmpv6Type(147);
  /** 148, Certification Path Solicitation Message (RFC 3971). */
  public static final Icmpv6Type CERTIFICATION_PATH_SOLICITATION = new Icmpv6Type(148);
  /** 149, Certification Path Advertisement Message (RFC 3971). */
  public static final Icmpv6Type CERTIFICATION_PATH_ADVERTISEMENT = new Icmpv6Type(149);
  /** 150, ICMP messages utilized by experimental mobility protocols such as Seamoby (RFC 4065). */
  public static final Icmpv6Type EXPERIMENTAL_MOBILITY = new Icmpv6Type(150);
  /** 151, Multicast Router Advertisement (RFC 4286). */
  public static final Icmpv6Type MULTICAST_ROUTER_ADVERTISEMENT = new Icmpv6Type(151);
  /** 152, Multicast Router Solicitation (RFC 4286). */
  public static final Icmpv6Type MULTICAST_ROUTER_SOLICITATION = new Icmpv6Type(152);
  /** 153, Multicast Router Termination (RFC 4286). */
  public static final Icmpv6Type MULTICAST_ROUTER_TERMINATION = new Icmpv6Type(153);
  /** 154, FMIPv6 Messages (RFC 5568). */
  public static final Icmpv6Type FMIPV6 = new Icmpv6Type(154);
  /** 155, RPL Control Message (RFC 6550). */
  public static final Icmpv6Type RPL_CONTROL = new Icmpv6Type(155);
  /** 156, ILNPv6 Locator Update Message (RFC 6743). */
  public static final Icmpv6Type ILNPV6_LOCATOR_UPDATE = new Icmpv6Type(156);
  /** 157, Duplicate Address Request (RFC 6775). */
  public static final Icmpv6Type DUPLICATE_ADDRESS_REQUEST = new Icmpv6Type(157);
  /** 158, Duplicate Address Confirmation (RFC 6775). */
  public static final Icmpv6Type DUPLICATE_ADDRESS_CONFIRMATION = new Icmpv6Type(158);
  /** 159, MPL Control Message (RFC 7731). */
  public static final Icmpv6Type MPL_CONTROL = new Icmpv6Type(159);
  /** 160, Extended Echo Request (RFC 8335). */
  public static final Icmpv6Type EXTENDED_ECHO_REQUEST = new Icmpv6Type(160);
  /** 161, Extended Echo Reply (RFC 8335). */
  public static final Icmpv6Type EXTENDED_ECHO_REPLY = new Icmpv6Type(161);
  /** 200, Private experimentation (RFC 4443). */
  public static final Icmpv6Type PRIVATE_EXPERIMENTATION_200 = new Icmpv6Type(200);
  /** 201, Private experimentation (RFC 4443). */
  public static final Icmpv6Type PRIVATE_EXPERIMENTATION_201 = new Icmpv6Type(201);

  private static final Icmpv6Type[] CACHE = new Icmpv6Type[256];
  private static final String[] NAMES = new String[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new Icmpv6Type(i);
    }
    register(DESTINATION_UNREACHABLE, "Destination Unreachable");
    register(PACKET_TOO_BIG, "Packet Too Big");
    register(TIME_EXCEEDED, "Time Exceeded");
    register(PARAMETER_PROBLEM, "Parameter Problem");
    register(PRIVATE_EXPERIMENTATION_100, "Private experimentation");
    register(PRIVATE_EXPERIMENTATION_101, "Private experimentation");
    register(ECHO_REQUEST, "Echo Request");
    register(ECHO_REPLY, "Echo Reply");
    register(MULTICAST_LISTENER_QUERY, "Multicast Listener Query");
    register(MULTICAST_LISTENER_REPORT, "Multicast Listener Report");
    register(MULTICAST_LISTENER_DONE, "Multicast Listener Done");
    register(ROUTER_SOLICITATION, "Router Solicitation");
    register(ROUTER_ADVERTISEMENT, "Router Advertisement");
    register(NEIGHBOR_SOLICITATION, "Neighbor Solicitation");
    register(NEIGHBOR_ADVERTISEMENT, "Neighbor Advertisement");
    register(REDIRECT, "Redirect Message");
    register(ROUTER_RENUMBERING, "Router Renumbering");
    register(NODE_INFORMATION_QUERY, "ICMP Node Information Query");
    register(NODE_INFORMATION_RESPONSE, "ICMP Node Information Response");
    register(INVERSE_ND_SOLICITATION, "Inverse Neighbor Discovery Solicitation Message");
    register(INVERSE_ND_ADVERTISEMENT, "Inverse Neighbor Discovery Advertisement Message");
    register(MULTICAST_LISTENER_REPORT_V2, "Version 2 Multicast Listener Report");
    register(HOME_AGENT_ADDRESS_DISCOVERY_REQUEST,
        "Home Agent Address Discovery Request Message");
    register(HOME_AGENT_ADDRESS_DISCOVERY_REPLY,
        "Home Agent Address Discovery Reply Message");
    register(MOBILE_PREFIX_SOLICITATION, "Mobile Prefix Solicitation");
    register(MOBILE_PREFIX_ADVERTISEMENT, "Mobile Prefix Advertisement");
    register(CERTIFICATION_PATH_SOLICITATION, "Certification Path Solicitation Message");
    register(CERTIFICATION_PATH_ADVERTISEMENT, "Certification Path Advertisement Message");
    register(EXPERIMENTAL_MOBILITY,
        "ICMP messages utilized by experimental mobility protocols such as Seamoby");
    register(MULTICAST_ROUTER_ADVERTISEMENT, "Multicast Router Advertisement");
    register(MULTICAST_ROUTER_SOLICITATION, "Multicast Router Solicitation");
    register(MULTICAST_ROUTER_TERMINATION, "Multicast Router Termination");
    register(FMIPV6, "FMIPv6 Messages");
    register(RPL_CONTROL, "RPL Control Message");
    register(ILNPV6_LOCATOR_UPDATE, "ILNPv6 Locator Update Message");
    register(DUPLICATE_ADDRESS_REQUEST, "Duplicate Address Request");
    register(DUPLICATE_ADDRESS_CONFIRMATION, "Duplicate Address Confirmation");
    register(MPL_CONTROL, "MPL Control Message");
    register(EXTENDED_ECHO_REQUEST, "Extended Echo Request");
    register(EXTENDED_ECHO_REPLY, "Extended Echo Reply");
    register(PRIVATE_EXPERIMENTATION_200, "Private experimentation");
    register(PRIVATE_EXPERIMENTATION_201, "Private experimentation");
  }

  private static void register(Icmpv6Type type, String name) {
    CACHE[type.value] = type;
    NAMES[type.value] = name;
  }

  /**
   * Checks the range.
   *
   * @param value the type, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public Icmpv6Type {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("ICMPv6 type " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the type with this number, a shared instance.
   *
   * @param value the type, 0..255
   * @return the type
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static Icmpv6Type of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("ICMPv6 type " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns the name the IANA registry gives, such as {@code "Destination Unreachable"}.
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
   * Returns whether messages of this type are errors: types 0..127 (RFC 4443 §2.1). Errors start
   * the body with a 32-bit field and quote the invoking packet.
   *
   * @return {@code true} for an error type
   */
  public boolean isError() {
    return value < 128;
  }

  /**
   * Returns whether this is one of the Neighbor Discovery messages that {@link
   * NeighborDiscovery#parse(Icmpv6Message)} decodes: types 133 to 137 (RFC 4861 §4).
   *
   * @return {@code true} for Router Solicitation through Redirect
   */
  public boolean isNeighborDiscovery() {
    return value >= 133 && value <= 137;
  }

  @Override
  public int compareTo(Icmpv6Type other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "Destination Unreachable (1)"}, or the number
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
