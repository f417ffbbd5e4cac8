package io.github.netcodec.ip;

/**
 * An IP protocol number: the IPv4 Protocol field and the IPv6 Next Header field, from the IANA
 * "Assigned Internet Protocol Numbers" registry. An open registry: every value 0..255 is an
 * {@code IpProtocol}; the common ones have constants and names.
 *
 * <pre>{@code
 * IpProtocol.of(6)           // TCP, equal to IpProtocol.TCP
 * IpProtocol.of(253)         // "253" (experimentation), round-trips unchanged
 * }</pre>
 *
 * @param value the protocol number, 0..255
 */
public record IpProtocol(int value) implements Comparable<IpProtocol> {
  /** IPv6 Hop-by-Hop Options (RFC 8200 §4.3). */
  public static final IpProtocol HOPOPT = new IpProtocol(0);
  /** Internet Control Message Protocol (RFC 792). */
  public static final IpProtocol ICMP = new IpProtocol(1);
  /** Internet Group Management Protocol (RFC 1112). */
  public static final IpProtocol IGMP = new IpProtocol(2);
  /** IPv4 encapsulation, IP in IP (RFC 2003). */
  public static final IpProtocol IPV4 = new IpProtocol(4);
  /** Transmission Control Protocol (RFC 9293). */
  public static final IpProtocol TCP = new IpProtocol(6);
  /** User Datagram Protocol (RFC 768). */
  public static final IpProtocol UDP = new IpProtocol(17);
  /** IPv6 encapsulation (RFC 2473). */
  public static final IpProtocol IPV6 = new IpProtocol(41);
  /** Routing Header for IPv6 (RFC 8200 §4.4). */
  public static final IpProtocol IPV6_ROUTE = new IpProtocol(43);
  /** Fragment Header for IPv6 (RFC 8200 §4.5). */
  public static final IpProtocol IPV6_FRAG = new IpProtocol(44);
  /** Generic Routing Encapsulation (RFC 2784). */
  public static final IpProtocol GRE = new IpProtocol(47);
  /** Encapsulating Security Payload (RFC 4303). */
  public static final IpProtocol ESP = new IpProtocol(50);
  /** Authentication Header (RFC 4302). */
  public static final IpProtocol AH = new IpProtocol(51);
  /** ICMP for IPv6 (RFC 4443). */
  public static final IpProtocol ICMPV6 = new IpProtocol(58);
  /** No Next Header for IPv6 (RFC 8200 §4.7). */
  public static final IpProtocol IPV6_NONXT = new IpProtocol(59);
  /** Destination Options for IPv6 (RFC 8200 §4.6). */
  public static final IpProtocol IPV6_OPTS = new IpProtocol(60);
  /** Open Shortest Path First (RFC 2328). */
  public static final IpProtocol OSPF = new IpProtocol(89);
  /** Protocol Independent Multicast (RFC 7761). */
  public static final IpProtocol PIM = new IpProtocol(103);
  /** Virtual Router Redundancy Protocol (RFC 5798). */
  public static final IpProtocol VRRP = new IpProtocol(112);
  /** Stream Control Transmission Protocol (RFC 9260). */
  public static final IpProtocol SCTP = new IpProtocol(132);
  /** Mobility Header for IPv6 (RFC 6275). */
  public static final IpProtocol MOBILITY = new IpProtocol(135);
  /** UDP-Lite (RFC 3828). */
  public static final IpProtocol UDPLITE = new IpProtocol(136);
  /** MPLS in IP (RFC 4023). */
  public static final IpProtocol MPLS_IN_IP = new IpProtocol(137);
  /** Host Identity Protocol (RFC 7401). */
  public static final IpProtocol HIP = new IpProtocol(139);
  /** Shim6 (RFC 5533). */
  public static final IpProtocol SHIM6 = new IpProtocol(140);

  private static final IpProtocol[] CACHE = new IpProtocol[256];
  private static final String[] NAMES = new String[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new IpProtocol(i);
    }
    register(HOPOPT, "HOPOPT");
    register(ICMP, "ICMP");
    register(IGMP, "IGMP");
    register(IPV4, "IPv4");
    register(TCP, "TCP");
    register(UDP, "UDP");
    register(IPV6, "IPv6");
    register(IPV6_ROUTE, "IPv6-Route");
    register(IPV6_FRAG, "IPv6-Frag");
    register(GRE, "GRE");
    register(ESP, "ESP");
    register(AH, "AH");
    register(ICMPV6, "IPv6-ICMP");
    register(IPV6_NONXT, "IPv6-NoNxt");
    register(IPV6_OPTS, "IPv6-Opts");
    register(OSPF, "OSPF");
    register(PIM, "PIM");
    register(VRRP, "VRRP");
    register(SCTP, "SCTP");
    register(MOBILITY, "Mobility");
    register(UDPLITE, "UDPLite");
    register(MPLS_IN_IP, "MPLS-in-IP");
    register(HIP, "HIP");
    register(SHIM6, "Shim6");
  }

  private static void register(IpProtocol protocol, String name) {
    CACHE[protocol.value] = protocol;
    NAMES[protocol.value] = name;
  }

  /**
   * Checks the range.
   *
   * @param value the protocol number, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public IpProtocol {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("IP protocol " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the protocol with this number, a shared instance.
   *
   * @param value the protocol number, 0..255
   * @return the protocol
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static IpProtocol of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("IP protocol " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns the IANA keyword for a registered protocol this class names, such as {@code "TCP"}.
   *
   * @return the keyword, or the decimal number for a value without a name here
   */
  public String name() {
    String name = NAMES[value];
    return name != null ? name : Integer.toString(value);
  }

  /**
   * Returns whether this class has a name for the protocol.
   *
   * @return {@code true} for the values with constants here
   */
  public boolean isNamed() {
    return NAMES[value] != null;
  }

  /**
   * Returns whether this is one of the IPv6 extension headers that the IPv6 header chain
   * continues through (RFC 8200 §4.1 and the IANA IPv6 Extension Header Types registry):
   * Hop-by-Hop, Routing, Fragment, Destination Options, AH, ESP, Mobility, HIP, Shim6, and the
   * experimental values 253 and 254.
   *
   * @return {@code true} for an IPv6 extension header type
   */
  public boolean isIpv6ExtensionHeader() {
    switch (value) {
      case 0: case 43: case 44: case 50: case 51: case 60: case 135: case 139: case 140:
      case 253: case 254:
        return true;
      default:
        return false;
    }
  }

  @Override
  public int compareTo(IpProtocol other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the keyword and number, e.g. {@code "TCP (6)"}, or the number alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = NAMES[value];
    return name != null ? name + " (" + value + ")" : Integer.toString(value);
  }
}
