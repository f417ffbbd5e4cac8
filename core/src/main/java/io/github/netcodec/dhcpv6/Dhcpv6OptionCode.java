package io.github.netcodec.dhcpv6;

import java.util.HashMap;
import java.util.Map;

/**
 * A DHCPv6 option code, from the IANA "Option Codes" registry of the DHCPv6 parameters. An open
 * registry: every value 0..65535 is a {@code Dhcpv6OptionCode}; the common ones have constants
 * and names (the IANA name without its {@code OPTION_} prefix), and an unknown code round-trips
 * unchanged.
 *
 * <pre>{@code
 * Dhcpv6OptionCode.of(23)     // DNS_SERVERS (23), equal to Dhcpv6OptionCode.DNS_SERVERS
 * Dhcpv6OptionCode.of(65000)  // "65000"
 * }</pre>
 *
 * @param value the option code, 0..65535
 */
public record Dhcpv6OptionCode(int value) implements Comparable<Dhcpv6OptionCode> {
  /** Client Identifier (RFC 8415 §21.2). */
  public static final Dhcpv6OptionCode CLIENTID = new Dhcpv6OptionCode(1);
  /** Server Identifier (RFC 8415 §21.3). */
  public static final Dhcpv6OptionCode SERVERID = new Dhcpv6OptionCode(2);
  /** Identity Association for Non-temporary Addresses (RFC 8415 §21.4). */
  public static final Dhcpv6OptionCode IA_NA = new Dhcpv6OptionCode(3);
  /** Identity Association for Temporary Addresses (RFC 8415 §21.5). */
  public static final Dhcpv6OptionCode IA_TA = new Dhcpv6OptionCode(4);
  /** IA Address (RFC 8415 §21.6). */
  public static final Dhcpv6OptionCode IAADDR = new Dhcpv6OptionCode(5);
  /** Option Request (RFC 8415 §21.7). */
  public static final Dhcpv6OptionCode ORO = new Dhcpv6OptionCode(6);
  /** Preference (RFC 8415 §21.8). */
  public static final Dhcpv6OptionCode PREFERENCE = new Dhcpv6OptionCode(7);
  /** Elapsed Time (RFC 8415 §21.9). */
  public static final Dhcpv6OptionCode ELAPSED_TIME = new Dhcpv6OptionCode(8);
  /** Relay Message (RFC 8415 §21.10). */
  public static final Dhcpv6OptionCode RELAY_MSG = new Dhcpv6OptionCode(9);
  /** Authentication (RFC 8415 §21.11). */
  public static final Dhcpv6OptionCode AUTH = new Dhcpv6OptionCode(11);
  /** Server Unicast (RFC 8415 §21.12). */
  public static final Dhcpv6OptionCode UNICAST = new Dhcpv6OptionCode(12);
  /** Status Code (RFC 8415 §21.13). */
  public static final Dhcpv6OptionCode STATUS_CODE = new Dhcpv6OptionCode(13);
  /** Rapid Commit (RFC 8415 §21.14). */
  public static final Dhcpv6OptionCode RAPID_COMMIT = new Dhcpv6OptionCode(14);
  /** User Class (RFC 8415 §21.15). */
  public static final Dhcpv6OptionCode USER_CLASS = new Dhcpv6OptionCode(15);
  /** Vendor Class (RFC 8415 §21.16). */
  public static final Dhcpv6OptionCode VENDOR_CLASS = new Dhcpv6OptionCode(16);
  /** Vendor-specific Information (RFC 8415 §21.17). */
  public static final Dhcpv6OptionCode VENDOR_OPTS = new Dhcpv6OptionCode(17);
  /** Interface-Id (RFC 8415 §21.18). */
  public static final Dhcpv6OptionCode INTERFACE_ID = new Dhcpv6OptionCode(18);
  /** Reconfigure Message (RFC 8415 §21.19). */
  public static final Dhcpv6OptionCode RECONF_MSG = new Dhcpv6OptionCode(19);
  /** Reconfigure Accept (RFC 8415 §21.20). */
  public static final Dhcpv6OptionCode RECONF_ACCEPT = new Dhcpv6OptionCode(20);
  /** DNS Recursive Name Server (RFC 3646 §3). */
  public static final Dhcpv6OptionCode DNS_SERVERS = new Dhcpv6OptionCode(23);
  /** Domain Search List (RFC 3646 §4). */
  public static final Dhcpv6OptionCode DOMAIN_LIST = new Dhcpv6OptionCode(24);
  /** Identity Association for Prefix Delegation (RFC 8415 §21.21). */
  public static final Dhcpv6OptionCode IA_PD = new Dhcpv6OptionCode(25);
  /** IA Prefix (RFC 8415 §21.22). */
  public static final Dhcpv6OptionCode IAPREFIX = new Dhcpv6OptionCode(26);
  /** SNTP Servers (RFC 4075). */
  public static final Dhcpv6OptionCode SNTP_SERVERS = new Dhcpv6OptionCode(31);
  /** Information Refresh Time (RFC 8415 §21.23). */
  public static final Dhcpv6OptionCode INFORMATION_REFRESH_TIME = new Dhcpv6OptionCode(32);
  /** Relay Agent Remote-ID (RFC 4649). */
  public static final Dhcpv6OptionCode REMOTE_ID = new Dhcpv6OptionCode(37);
  /** Relay Agent Subscriber-ID (RFC 4580). */
  public static final Dhcpv6OptionCode SUBSCRIBER_ID = new Dhcpv6OptionCode(38);
  /** Client FQDN (RFC 4704). */
  public static final Dhcpv6OptionCode CLIENT_FQDN = new Dhcpv6OptionCode(39);
  /** NTP Server (RFC 5908). */
  public static final Dhcpv6OptionCode NTP_SERVER = new Dhcpv6OptionCode(56);
  /** Client Link-Layer Address (RFC 6939). */
  public static final Dhcpv6OptionCode CLIENT_LINKLAYER_ADDR = new Dhcpv6OptionCode(79);
  /** SOL_MAX_RT (RFC 8415 §21.24). */
  public static final Dhcpv6OptionCode SOL_MAX_RT = new Dhcpv6OptionCode(82);
  /** INF_MAX_RT (RFC 8415 §21.25). */
  public static final Dhcpv6OptionCode INF_MAX_RT = new Dhcpv6OptionCode(83);

  /** Codes 0..255 are shared instances; the registry's assignments are all below 256. */
  private static final Dhcpv6OptionCode[] CACHE = new Dhcpv6OptionCode[256];
  private static final Map<Integer, String> NAMES = new HashMap<>();

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new Dhcpv6OptionCode(i);
    }
    register(CLIENTID, "CLIENTID");
    register(SERVERID, "SERVERID");
    register(IA_NA, "IA_NA");
    register(IA_TA, "IA_TA");
    register(IAADDR, "IAADDR");
    register(ORO, "ORO");
    register(PREFERENCE, "PREFERENCE");
    register(ELAPSED_TIME, "ELAPSED_TIME");
    register(RELAY_MSG, "RELAY_MSG");
    register(AUTH, "AUTH");
    register(UNICAST, "UNICAST");
    register(STATUS_CODE, "STATUS_CODE");
    register(RAPID_COMMIT, "RAPID_COMMIT");
    register(USER_CLASS, "USER_CLASS");
    register(VENDOR_CLASS, "VENDOR_CLASS");
    register(VENDOR_OPTS, "VENDOR_OPTS");
    register(INTERFACE_ID, "INTERFACE_ID");
    register(RECONF_MSG, "RECONF_MSG");
    register(RECONF_ACCEPT, "RECONF_ACCEPT");
    register(DNS_SERVERS, "DNS_SERVERS");
    register(DOMAIN_LIST, "DOMAIN_LIST");
    register(IA_PD, "IA_PD");
    register(IAPREFIX, "IAPREFIX");
    register(SNTP_SERVERS, "SNTP_SERVERS");
    register(INFORMATION_REFRESH_TIME, "INFORMATION_REFRESH_TIME");
    register(REMOTE_ID, "REMOTE_ID");
    register(SUBSCRIBER_ID, "SUBSCRIBER_ID");
    register(CLIENT_FQDN, "CLIENT_FQDN");
    register(NTP_SERVER, "NTP_SERVER");
    register(CLIENT_LINKLAYER_ADDR, "CLIENT_LINKLAYER_ADDR");
    register(SOL_MAX_RT, "SOL_MAX_RT");
    register(INF_MAX_RT, "INF_MAX_RT");
  }

  private static void register(Dhcpv6OptionCode code, String name) {
    CACHE[code.value] = code;
    NAMES.put(code.value, name);
  }

  /**
   * Checks the range.
   *
   * @param value the option code, 0..65535
   * @throws IllegalArgumentException if {@code value} is outside 0..65535
   */
  public Dhcpv6OptionCode {
    if (value < 0 || value > 0xffff) {
      throw new IllegalArgumentException("DHCPv6 option code " + value + " is not in 0..65535");
    }
  }

  /**
   * Returns the option code with this value, a shared instance below 256.
   *
   * @param value the option code, 0..65535
   * @return the option code
   * @throws IllegalArgumentException if {@code value} is outside 0..65535
   */
  public static Dhcpv6OptionCode of(int value) {
    if (value >= 0 && value < CACHE.length) {
      return CACHE[value];
    }
    return new Dhcpv6OptionCode(value);
  }

  /**
   * Returns the name, such as {@code "IA_NA"}.
   *
   * @return the IANA name without {@code OPTION_}, or the decimal value for a code without a
   *     name here
   */
  public String name() {
    return name(value);
  }

  /** The name of a code without allocating a record, for error messages. */
  static String name(int value) {
    String name = NAMES.get(value);
    return name != null ? name : Integer.toString(value);
  }

  /**
   * Returns whether this class has a name for the code.
   *
   * @return {@code true} for the codes with constants here
   */
  public boolean isNamed() {
    return NAMES.containsKey(value);
  }

  @Override
  public int compareTo(Dhcpv6OptionCode other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and value, e.g. {@code "IA_NA (3)"}, or the value alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = NAMES.get(value);
    return name != null ? name + " (" + value + ")" : Integer.toString(value);
  }
}
