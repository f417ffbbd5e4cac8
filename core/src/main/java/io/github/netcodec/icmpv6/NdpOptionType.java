package io.github.netcodec.icmpv6;

/**
 * A Neighbor Discovery option type (RFC 4861 §4.6), from the IANA "IPv6 Neighbor Discovery
 * Option Formats" registry (Internet Control Message Protocol version 6 (ICMPv6) Parameters).
 * An open registry: every value 0..255 is an {@code NdpOptionType}; the assigned ones have
 * constants, a short {@link #name()} as tcpdump and Wireshark abbreviate them and the
 * registry's name as {@link #description()}, and any other value round-trips unchanged.
 *
 * <pre>{@code
 * NdpOptionType.of(25)   // RDNSS (25), the same instance as NdpOptionType.RECURSIVE_DNS_SERVER
 * NdpOptionType.of(99)   // 99, unassigned; kept by NdpOption.Unknown
 * }</pre>
 *
 * <p>The records of {@link NdpOption} model types 1 to 5 and 25; the others decode as {@link
 * NdpOption.Unknown}.
 *
 * @param value the type, 0..255
 */
public record NdpOptionType(int value) implements Comparable<NdpOptionType> {
  /** 1, Source Link-layer Address (RFC 4861). */
  public static final NdpOptionType SOURCE_LINK_LAYER_ADDRESS = new NdpOptionType(1);
  /** 2, Target Link-layer Address (RFC 4861). */
  public static final NdpOptionType TARGET_LINK_LAYER_ADDRESS = new NdpOptionType(2);
  /** 3, Prefix Information (RFC 4861). */
  public static final NdpOptionType PREFIX_INFORMATION = new NdpOptionType(3);
  /** 4, Redirected Header (RFC 4861). */
  public static final NdpOptionType REDIRECTED_HEADER = new NdpOptionType(4);
  /** 5, MTU (RFC 4861). */
  public static final NdpOptionType MTU = new NdpOptionType(5);
  /** 6, NBMA Shortcut Limit Option (RFC 2491). */
  public static final NdpOptionType NBMA_SHORTCUT_LIMIT = new NdpOptionType(6);
  /** 7, Advertisement Interval Option (RFC 6275). */
  public static final NdpOptionType ADVERTISEMENT_INTERVAL = new NdpOptionType(7);
  /** 8, Home Agent Information Option (RFC 6275). */
  public static final NdpOptionType HOME_AGENT_INFORMATION = new NdpOptionType(8);
  /** 9, Source Address List (RFC 3122). */
  public static final NdpOptionType SOURCE_ADDRESS_LIST = new NdpOptionType(9);
  /** 10, Target Address List (RFC 3122). */
  public static final NdpOptionType TARGET_ADDRESS_LIST = new NdpOptionType(10);
  /** 11, CGA option (RFC 3971). */
  public static final NdpOptionType CGA = new NdpOptionType(11);
  /** 12, RSA Signature option (RFC 3971). */
  public static final NdpOptionType RSA_SIGNATURE = new NdpOptionType(12);
  /** 13, Timestamp option (RFC 3971). */
  public static final NdpOptionType TIMESTAMP = new NdpOptionType(13);
  /** 14, Nonce option (RFC 3971). */
  public static final NdpOptionType NONCE = new NdpOptionType(14);
  /** 15, Trust Anchor option (RFC 3971). */
  public static final NdpOptionType TRUST_ANCHOR = new NdpOptionType(15);
  /** 16, Certificate option (RFC 3971). */
  public static final NdpOptionType CERTIFICATE = new NdpOptionType(16);
  /** 17, IP Address/Prefix Option (RFC 5568). */
  public static final NdpOptionType IP_ADDRESS_PREFIX = new NdpOptionType(17);
  /** 18, New Router Prefix Information Option (RFC 4068). */
  public static final NdpOptionType NEW_ROUTER_PREFIX_INFORMATION = new NdpOptionType(18);
  /** 19, Link-layer Address Option (RFC 5568). */
  public static final NdpOptionType LINK_LAYER_ADDRESS = new NdpOptionType(19);
  /** 20, Neighbor Advertisement Acknowledgment Option (RFC 5568). */
  public static final NdpOptionType NEIGHBOR_ADVERTISEMENT_ACKNOWLEDGMENT = new NdpOptionType(20);
  /** 21, PvD ID Router Advertisement Option (RFC 8801). */
  public static final NdpOptionType PVD_ID = new NdpOptionType(21);
  /** 23, MAP Option (RFC 5380). */
  public static final NdpOptionType MAP = new NdpOptionType(23);
  /** 24, Route Information Option (RFC 4191). */
  public static final NdpOptionType ROUTE_INFORMATION = new NdpOptionType(24);
  /** 25, Recursive DNS Server Option (RFC 8106). */
  public static final NdpOptionType RECURSIVE_DNS_SERVER = new NdpOptionType(25);
  /** 26, RA Flags Extension Option (RFC 5175). */
  public static final NdpOptionType RA_FLAGS_EXTENSION = new NdpOptionType(26);
  /** 27, Handover Key Request Option (RFC 5269). */
  public static final NdpOptionType HANDOVER_KEY_REQUEST = new NdpOptionType(27);
  /** 28, Handover Key Reply Option (RFC 5269). */
  public static final NdpOptionType HANDOVER_KEY_REPLY = new NdpOptionType(28);
  /** 29, Handover Assist Information Option (RFC 5271). */
  public static final NdpOptionType HANDOVER_ASSIST_INFORMATION = new NdpOptionType(29);
  /** 30, Mobile Node Identifier Option (RFC 5271). */
  public static final NdpOptionType MOBILE_NODE_IDENTIFIER = new NdpOptionType(30);
  /** 31, DNS Search List Option (RFC 8106). */
  public static final NdpOptionType DNS_SEARCH_LIST = new NdpOptionType(31);
  /** 32, Proxy Signature (PS) (RFC 6496). */
  public static final NdpOptionType PROXY_SIGNATURE = new NdpOptionType(32);
  /** 33, Address Registration Option (RFC 6775). */
  public static final NdpOptionType ADDRESS_REGISTRATION = new NdpOptionType(33);
  /** 34, 6LoWPAN Context Option (RFC 6775). */
  public static final NdpOptionType SIXLOWPAN_CONTEXT = new NdpOptionType(34);
  /** 35, Authoritative Border Router Option (RFC 6775). */
  public static final NdpOptionType AUTHORITATIVE_BORDER_ROUTER = new NdpOptionType(35);
  /** 36, 6LoWPAN Capability Indication Option (6CIO) (RFC 7400). */
  public static final NdpOptionType SIXLOWPAN_CAPABILITY_INDICATION = new NdpOptionType(36);
  /** 37, DHCP Captive-Portal (RFC 8910). */
  public static final NdpOptionType CAPTIVE_PORTAL = new NdpOptionType(37);
  /** 38, PREF64 option (RFC 8781). */
  public static final NdpOptionType PREF64 = new NdpOptionType(38);
  /** 39, Crypto-ID Parameters Option (CIPO) (RFC 8928). */
  public static final NdpOptionType CRYPTO_ID_PARAMETERS = new NdpOptionType(39);
  /** 40, NDP Signature Option (NDPSO) (RFC 8928). */
  public static final NdpOptionType NDP_SIGNATURE = new NdpOptionType(40);
  /** 41, Resource Directory Address Option (RFC 9176). */
  public static final NdpOptionType RESOURCE_DIRECTORY_ADDRESS = new NdpOptionType(41);
  /** 138, CARD Request option (RFC 4065). */
  public static final NdpOptionType CARD_REQUEST = new NdpOptionType(138);
  /** 139, CARD Reply option (RFC 4065). */
  public static final NdpOptionType CARD_REPLY = new NdpOptionType(139);
  /** 144, Encrypted DNS Option (RFC 9463). */
  public static final NdpOptionType ENCRYPTED_DNS = new NdpOptionType(144);
  /** 253, RFC3692-style Experiment 1 (RFC 4727). */
  public static final NdpOptionType EXPERIMENT_1 = new NdpOptionType(253);
  /** 254, RFC3692-style Experiment 2 (RFC 4727). */
  public static final NdpOptionType EXPERIMENT_2 = new NdpOptionType(254);

  private static final NdpOptionType[] CACHE = new NdpOptionType[256];
  private static final String[] NAMES = new String[256];
  private static final String[] DESCRIPTIONS = new String[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new NdpOptionType(i);
    }
    register(SOURCE_LINK_LAYER_ADDRESS, "SLLA", "Source Link-layer Address");
    register(TARGET_LINK_LAYER_ADDRESS, "TLLA", "Target Link-layer Address");
    register(PREFIX_INFORMATION, "prefix information", "Prefix Information");
    register(REDIRECTED_HEADER, "redirected header", "Redirected Header");
    register(MTU, "MTU", "MTU");
    register(NBMA_SHORTCUT_LIMIT, "NBMA shortcut limit", "NBMA Shortcut Limit Option");
    register(ADVERTISEMENT_INTERVAL, "advertisement interval", "Advertisement Interval Option");
    register(HOME_AGENT_INFORMATION, "home agent information", "Home Agent Information Option");
    register(SOURCE_ADDRESS_LIST, "source address list", "Source Address List");
    register(TARGET_ADDRESS_LIST, "target address list", "Target Address List");
    register(CGA, "CGA", "CGA option");
    register(RSA_SIGNATURE, "RSA signature", "RSA Signature option");
    register(TIMESTAMP, "timestamp", "Timestamp option");
    register(NONCE, "nonce", "Nonce option");
    register(TRUST_ANCHOR, "trust anchor", "Trust Anchor option");
    register(CERTIFICATE, "certificate", "Certificate option");
    register(IP_ADDRESS_PREFIX, "IP address/prefix", "IP Address/Prefix Option");
    register(NEW_ROUTER_PREFIX_INFORMATION, "new router prefix information",
        "New Router Prefix Information Option");
    register(LINK_LAYER_ADDRESS, "link-layer address", "Link-layer Address Option");
    register(NEIGHBOR_ADVERTISEMENT_ACKNOWLEDGMENT, "NA acknowledgment",
        "Neighbor Advertisement Acknowledgment Option");
    register(PVD_ID, "PvD ID", "PvD ID Router Advertisement Option");
    register(MAP, "MAP", "MAP Option");
    register(ROUTE_INFORMATION, "route information", "Route Information Option");
    register(RECURSIVE_DNS_SERVER, "RDNSS", "Recursive DNS Server Option");
    register(RA_FLAGS_EXTENSION, "RA flags extension", "RA Flags Extension Option");
    register(HANDOVER_KEY_REQUEST, "handover key request", "Handover Key Request Option");
    register(HANDOVER_KEY_REPLY, "handover key reply", "Handover Key Reply Option");
    register(HANDOVER_ASSIST_INFORMATION, "handover assist information",
        "Handover Assist Information Option");
    register(MOBILE_NODE_IDENTIFIER, "mobile node identifier", "Mobile Node Identifier Option");
    register(DNS_SEARCH_LIST, "DNSSL", "DNS Search List Option");
    register(PROXY_SIGNATURE, "proxy signature", "Proxy Signature (PS)");
    register(ADDRESS_REGISTRATION, "ARO", "Address Registration Option");
    register(SIXLOWPAN_CONTEXT, "6LoWPAN context", "6LoWPAN Context Option");
    register(AUTHORITATIVE_BORDER_ROUTER, "ABRO", "Authoritative Border Router Option");
    register(SIXLOWPAN_CAPABILITY_INDICATION, "6CIO",
        "6LoWPAN Capability Indication Option (6CIO)");
    register(CAPTIVE_PORTAL, "captive portal", "DHCP Captive-Portal");
    register(PREF64, "PREF64", "PREF64 option");
    register(CRYPTO_ID_PARAMETERS, "CIPO", "Crypto-ID Parameters Option (CIPO)");
    register(NDP_SIGNATURE, "NDP signature", "NDP Signature Option (NDPSO)");
    register(RESOURCE_DIRECTORY_ADDRESS, "RDAO", "Resource Directory Address Option");
    register(CARD_REQUEST, "CARD request", "CARD Request option");
    register(CARD_REPLY, "CARD reply", "CARD Reply option");
    register(ENCRYPTED_DNS, "DNR", "Encrypted DNS Option");
    register(EXPERIMENT_1, "experiment 1", "RFC3692-style Experiment 1");
    register(EXPERIMENT_2, "experiment 2", "RFC3692-style Experiment 2");
  }

  private static void register(NdpOptionType type, String name, String description) {
    CACHE[type.value] = type;
    NAMES[type.value] = name;
    DESCRIPTIONS[type.value] = description;
  }

  /**
   * Checks the range.
   *
   * @param value the type, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public NdpOptionType {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("ND option type " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the type with this number, a shared instance.
   *
   * @param value the type, 0..255
   * @return the type
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static NdpOptionType of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("ND option type " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns a short name, e.g. {@code "SLLA"}, {@code "prefix information"}, {@code "RDNSS"}.
   *
   * @return the name, or {@code "type 99"} for a value without a name here
   */
  public String name() {
    String name = NAMES[value];
    return name != null ? name : "type " + value;
  }

  /**
   * Returns the name the IANA registry gives, e.g. {@code "Recursive DNS Server Option"}.
   *
   * @return the registry's name, or {@code "Unassigned"} for a value without a name here
   */
  public String description() {
    String description = DESCRIPTIONS[value];
    return description != null ? description : "Unassigned";
  }

  /**
   * Returns whether the registry assigns this type and this class names it.
   *
   * @return {@code true} for the values with constants here
   */
  public boolean isNamed() {
    return NAMES[value] != null;
  }

  @Override
  public int compareTo(NdpOptionType other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "RDNSS (25)"}, or the number alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = NAMES[value];
    return name != null ? name + " (" + value + ")" : Integer.toString(value);
  }
}
