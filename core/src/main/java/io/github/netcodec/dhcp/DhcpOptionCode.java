package io.github.netcodec.dhcp;

/**
 * A DHCP option code (RFC 2132, the IANA "BOOTP Vendor Extensions and DHCP Options" registry).
 * An open registry: every value 0..255 is a {@code DhcpOptionCode} and round-trips; the common
 * ones have constants and names. Codes 0 (Pad) and 255 (End) have no length octet.
 *
 * <pre>{@code
 * DhcpOptionCode.of(51)      // "IP Address Lease Time (51)", equal to IP_ADDRESS_LEASE_TIME
 * DhcpOptionCode.of(224)     // "224" (site-specific), round-trips unchanged
 * }</pre>
 *
 * @param value the option code, 0..255
 */
public record DhcpOptionCode(int value) implements Comparable<DhcpOptionCode> {
  /** Pad (RFC 2132 §3.1). */
  public static final DhcpOptionCode PAD = new DhcpOptionCode(0);
  /** Subnet Mask (RFC 2132 §3.3). */
  public static final DhcpOptionCode SUBNET_MASK = new DhcpOptionCode(1);
  /** Time Offset (RFC 2132 §3.4). */
  public static final DhcpOptionCode TIME_OFFSET = new DhcpOptionCode(2);
  /** Router (RFC 2132 §3.5). */
  public static final DhcpOptionCode ROUTER = new DhcpOptionCode(3);
  /** Time Server (RFC 2132 §3.6). */
  public static final DhcpOptionCode TIME_SERVER = new DhcpOptionCode(4);
  /** Name Server (RFC 2132 §3.7). */
  public static final DhcpOptionCode NAME_SERVER = new DhcpOptionCode(5);
  /** Domain Name Server (RFC 2132 §3.8). */
  public static final DhcpOptionCode DOMAIN_NAME_SERVER = new DhcpOptionCode(6);
  /** Log Server (RFC 2132 §3.9). */
  public static final DhcpOptionCode LOG_SERVER = new DhcpOptionCode(7);
  /** LPR Server (RFC 2132 §3.11). */
  public static final DhcpOptionCode LPR_SERVER = new DhcpOptionCode(9);
  /** Host Name (RFC 2132 §3.14). */
  public static final DhcpOptionCode HOST_NAME = new DhcpOptionCode(12);
  /** Boot File Size (RFC 2132 §3.15). */
  public static final DhcpOptionCode BOOT_FILE_SIZE = new DhcpOptionCode(13);
  /** Domain Name (RFC 2132 §3.17). */
  public static final DhcpOptionCode DOMAIN_NAME = new DhcpOptionCode(15);
  /** Root Path (RFC 2132 §3.19). */
  public static final DhcpOptionCode ROOT_PATH = new DhcpOptionCode(17);
  /** IP Forwarding (RFC 2132 §4.1). */
  public static final DhcpOptionCode IP_FORWARDING = new DhcpOptionCode(19);
  /** Default IP TTL (RFC 2132 §4.5). */
  public static final DhcpOptionCode DEFAULT_IP_TTL = new DhcpOptionCode(23);
  /** Interface MTU (RFC 2132 §5.1). */
  public static final DhcpOptionCode INTERFACE_MTU = new DhcpOptionCode(26);
  /** Broadcast Address (RFC 2132 §5.3). */
  public static final DhcpOptionCode BROADCAST_ADDRESS = new DhcpOptionCode(28);
  /** Static Route (RFC 2132 §5.8). */
  public static final DhcpOptionCode STATIC_ROUTE = new DhcpOptionCode(33);
  /** ARP Cache Timeout (RFC 2132 §6.2). */
  public static final DhcpOptionCode ARP_CACHE_TIMEOUT = new DhcpOptionCode(35);
  /** NIS Domain (RFC 2132 §8.1). */
  public static final DhcpOptionCode NIS_DOMAIN = new DhcpOptionCode(40);
  /** NIS Servers (RFC 2132 §8.2). */
  public static final DhcpOptionCode NIS_SERVERS = new DhcpOptionCode(41);
  /** NTP Servers (RFC 2132 §8.3). */
  public static final DhcpOptionCode NTP_SERVERS = new DhcpOptionCode(42);
  /** Vendor-Specific Information (RFC 2132 §8.4). */
  public static final DhcpOptionCode VENDOR_SPECIFIC = new DhcpOptionCode(43);
  /** NetBIOS Name Server (RFC 2132 §8.5). */
  public static final DhcpOptionCode NETBIOS_NAME_SERVER = new DhcpOptionCode(44);
  /** NetBIOS Node Type (RFC 2132 §8.7). */
  public static final DhcpOptionCode NETBIOS_NODE_TYPE = new DhcpOptionCode(46);
  /** NetBIOS Scope (RFC 2132 §8.8). */
  public static final DhcpOptionCode NETBIOS_SCOPE = new DhcpOptionCode(47);
  /** Requested IP Address (RFC 2132 §9.1). */
  public static final DhcpOptionCode REQUESTED_IP_ADDRESS = new DhcpOptionCode(50);
  /** IP Address Lease Time (RFC 2132 §9.2). */
  public static final DhcpOptionCode IP_ADDRESS_LEASE_TIME = new DhcpOptionCode(51);
  /** Option Overload (RFC 2132 §9.3). */
  public static final DhcpOptionCode OPTION_OVERLOAD = new DhcpOptionCode(52);
  /** DHCP Message Type (RFC 2132 §9.6). */
  public static final DhcpOptionCode DHCP_MESSAGE_TYPE = new DhcpOptionCode(53);
  /** Server Identifier (RFC 2132 §9.7). */
  public static final DhcpOptionCode SERVER_IDENTIFIER = new DhcpOptionCode(54);
  /** Parameter Request List (RFC 2132 §9.8). */
  public static final DhcpOptionCode PARAMETER_REQUEST_LIST = new DhcpOptionCode(55);
  /** Message (RFC 2132 §9.9). */
  public static final DhcpOptionCode MESSAGE = new DhcpOptionCode(56);
  /** Maximum DHCP Message Size (RFC 2132 §9.10). */
  public static final DhcpOptionCode MAXIMUM_MESSAGE_SIZE = new DhcpOptionCode(57);
  /** Renewal (T1) Time (RFC 2132 §9.11). */
  public static final DhcpOptionCode RENEWAL_TIME = new DhcpOptionCode(58);
  /** Rebinding (T2) Time (RFC 2132 §9.12). */
  public static final DhcpOptionCode REBINDING_TIME = new DhcpOptionCode(59);
  /** Vendor Class Identifier (RFC 2132 §9.13). */
  public static final DhcpOptionCode VENDOR_CLASS_IDENTIFIER = new DhcpOptionCode(60);
  /** Client Identifier (RFC 2132 §9.14). */
  public static final DhcpOptionCode CLIENT_IDENTIFIER = new DhcpOptionCode(61);
  /** TFTP Server Name (RFC 2132 §9.4). */
  public static final DhcpOptionCode TFTP_SERVER_NAME = new DhcpOptionCode(66);
  /** Bootfile Name (RFC 2132 §9.5). */
  public static final DhcpOptionCode BOOTFILE_NAME = new DhcpOptionCode(67);
  /** User Class (RFC 3004). */
  public static final DhcpOptionCode USER_CLASS = new DhcpOptionCode(77);
  /** Rapid Commit (RFC 4039). */
  public static final DhcpOptionCode RAPID_COMMIT = new DhcpOptionCode(80);
  /** Client FQDN (RFC 4702). */
  public static final DhcpOptionCode CLIENT_FQDN = new DhcpOptionCode(81);
  /** Relay Agent Information (RFC 3046). */
  public static final DhcpOptionCode RELAY_AGENT_INFORMATION = new DhcpOptionCode(82);
  /** Authentication (RFC 3118). */
  public static final DhcpOptionCode AUTHENTICATION = new DhcpOptionCode(90);
  /** Client System Architecture (RFC 4578). */
  public static final DhcpOptionCode CLIENT_SYSTEM_ARCHITECTURE = new DhcpOptionCode(93);
  /** Client Machine Identifier (RFC 4578). */
  public static final DhcpOptionCode CLIENT_MACHINE_IDENTIFIER = new DhcpOptionCode(97);
  /** IPv6-Only Preferred (RFC 8925). */
  public static final DhcpOptionCode IPV6_ONLY_PREFERRED = new DhcpOptionCode(108);
  /** Captive Portal (RFC 8910). */
  public static final DhcpOptionCode CAPTIVE_PORTAL = new DhcpOptionCode(114);
  /** Auto-Configure (RFC 2563). */
  public static final DhcpOptionCode AUTO_CONFIGURE = new DhcpOptionCode(116);
  /** Subnet Selection (RFC 3011). */
  public static final DhcpOptionCode SUBNET_SELECTION = new DhcpOptionCode(118);
  /** Domain Search (RFC 3397). */
  public static final DhcpOptionCode DOMAIN_SEARCH = new DhcpOptionCode(119);
  /** Classless Static Route (RFC 3442). */
  public static final DhcpOptionCode CLASSLESS_STATIC_ROUTE = new DhcpOptionCode(121);
  /** Vendor-Identifying Vendor Class (RFC 3925). */
  public static final DhcpOptionCode VENDOR_IDENTIFYING_VENDOR_CLASS = new DhcpOptionCode(124);
  /** Vendor-Identifying Vendor-Specific Information (RFC 3925). */
  public static final DhcpOptionCode VENDOR_IDENTIFYING_VENDOR_SPECIFIC = new DhcpOptionCode(125);
  /** TFTP Server Address (RFC 5859). */
  public static final DhcpOptionCode TFTP_SERVER_ADDRESS = new DhcpOptionCode(150);
  /** Web Proxy Auto-Discovery (draft-ietf-wrec-wpad-01). */
  public static final DhcpOptionCode WPAD = new DhcpOptionCode(252);
  /** End (RFC 2132 §3.2). */
  public static final DhcpOptionCode END = new DhcpOptionCode(255);

  private static final DhcpOptionCode[] CACHE = new DhcpOptionCode[256];
  private static final String[] NAMES = new String[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new DhcpOptionCode(i);
    }
    register(PAD, "Pad");
    register(SUBNET_MASK, "Subnet Mask");
    register(TIME_OFFSET, "Time Offset");
    register(ROUTER, "Router");
    register(TIME_SERVER, "Time Server");
    register(NAME_SERVER, "Name Server");
    register(DOMAIN_NAME_SERVER, "Domain Name Server");
    register(LOG_SERVER, "Log Server");
    register(LPR_SERVER, "LPR Server");
    register(HOST_NAME, "Host Name");
    register(BOOT_FILE_SIZE, "Boot File Size");
    register(DOMAIN_NAME, "Domain Name");
    register(ROOT_PATH, "Root Path");
    register(IP_FORWARDING, "IP Forwarding");
    register(DEFAULT_IP_TTL, "Default IP TTL");
    register(INTERFACE_MTU, "Interface MTU");
    register(BROADCAST_ADDRESS, "Broadcast Address");
    register(STATIC_ROUTE, "Static Route");
    register(ARP_CACHE_TIMEOUT, "ARP Cache Timeout");
    register(NIS_DOMAIN, "NIS Domain");
    register(NIS_SERVERS, "NIS Servers");
    register(NTP_SERVERS, "NTP Servers");
    register(VENDOR_SPECIFIC, "Vendor-Specific Information");
    register(NETBIOS_NAME_SERVER, "NetBIOS Name Server");
    register(NETBIOS_NODE_TYPE, "NetBIOS Node Type");
    register(NETBIOS_SCOPE, "NetBIOS Scope");
    register(REQUESTED_IP_ADDRESS, "Requested IP Address");
    register(IP_ADDRESS_LEASE_TIME, "IP Address Lease Time");
    register(OPTION_OVERLOAD, "Option Overload");
    register(DHCP_MESSAGE_TYPE, "DHCP Message Type");
    register(SERVER_IDENTIFIER, "Server Identifier");
    register(PARAMETER_REQUEST_LIST, "Parameter Request List");
    register(MESSAGE, "Message");
    register(MAXIMUM_MESSAGE_SIZE, "Maximum DHCP Message Size");
    register(RENEWAL_TIME, "Renewal (T1) Time");
    register(REBINDING_TIME, "Rebinding (T2) Time");
    register(VENDOR_CLASS_IDENTIFIER, "Vendor Class Identifier");
    register(CLIENT_IDENTIFIER, "Client Identifier");
    register(TFTP_SERVER_NAME, "TFTP Server Name");
    register(BOOTFILE_NAME, "Bootfile Name");
    register(USER_CLASS, "User Class");
    register(RAPID_COMMIT, "Rapid Commit");
    register(CLIENT_FQDN, "Client FQDN");
    register(RELAY_AGENT_INFORMATION, "Relay Agent Information");
    register(AUTHENTICATION, "Authentication");
    register(CLIENT_SYSTEM_ARCHITECTURE, "Client System Architecture");
    register(CLIENT_MACHINE_IDENTIFIER, "Client Machine Identifier");
    register(IPV6_ONLY_PREFERRED, "IPv6-Only Preferred");
    register(CAPTIVE_PORTAL, "Captive Portal");
    register(AUTO_CONFIGURE, "Auto-Configure");
    register(SUBNET_SELECTION, "Subnet Selection");
    register(DOMAIN_SEARCH, "Domain Search");
    register(CLASSLESS_STATIC_ROUTE, "Classless Static Route");
    register(VENDOR_IDENTIFYING_VENDOR_CLASS, "Vendor-Identifying Vendor Class");
    register(VENDOR_IDENTIFYING_VENDOR_SPECIFIC, "Vendor-Identifying Vendor-Specific Information");
    register(TFTP_SERVER_ADDRESS, "TFTP Server Address");
    register(WPAD, "Web Proxy Auto-Discovery");
    register(END, "End");
  }

  private static void register(DhcpOptionCode code, String name) {
    CACHE[code.value] = code;
    NAMES[code.value] = name;
  }

  /**
   * Checks the range.
   *
   * @param value the option code, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public DhcpOptionCode {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("DHCP option code " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the option code with this value, a shared instance.
   *
   * @param value the option code, 0..255
   * @return the option code
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static DhcpOptionCode of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("DHCP option code " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns the registry's name for a code this class names, such as {@code "Router"}.
   *
   * @return the name, or the decimal number for a code without a name here
   */
  public String name() {
    String name = NAMES[value];
    return name != null ? name : Integer.toString(value);
  }

  /**
   * Returns whether this class has a name for the code.
   *
   * @return {@code true} for the codes with constants here
   */
  public boolean isNamed() {
    return NAMES[value] != null;
  }

  @Override
  public int compareTo(DhcpOptionCode other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and code, e.g. {@code "Router (3)"}, or the code alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = NAMES[value];
    return name != null ? name + " (" + value + ")" : Integer.toString(value);
  }
}
