package io.github.netcodec.address;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A TCP or UDP port number, 0 to 65535, with its IANA range and, for the protocols this library
 * speaks, its IANA service name.
 *
 * <table class="striped">
 *   <caption>Service names known here (IANA Service Name and Transport Protocol Port Number
 *   Registry; the same number for TCP and UDP)</caption>
 *   <tbody>
 *     <tr><td>20 ftp-data, 21 ftp, 22 ssh, 23 telnet, 25 smtp, 53 domain, 67 bootps, 68 bootpc,
 *     69 tftp, 80 http, 88 kerberos, 110 pop3, 111 sunrpc, 123 ntp, 143 imap, 161 snmp,
 *     162 snmptrap, 179 bgp, 389 ldap, 443 https, 514 syslog, 546 dhcpv6-client,
 *     547 dhcpv6-server, 587 submission, 636 ldaps, 853 domain-s, 993 imaps, 995 pop3s,
 *     2049 nfs, 3478 stun, 5060 sip, 5353 mdns, 5355 llmnr, 8080 http-alt</td></tr>
 *   </tbody>
 * </table>
 *
 * @param value the port number, 0 to 65535
 */
public record Port(int value) implements Comparable<Port> {

  /** 22, the Secure Shell protocol (RFC 4251). */
  public static final Port SSH = new Port(22);
  /** 53, the Domain Name System (RFC 1035). */
  public static final Port DOMAIN = new Port(53);
  /** 67, the BOOTP/DHCP server (RFC 2131). */
  public static final Port BOOTPS = new Port(67);
  /** 68, the BOOTP/DHCP client (RFC 2131). */
  public static final Port BOOTPC = new Port(68);
  /** 80, HTTP (RFC 9110). */
  public static final Port HTTP = new Port(80);
  /** 443, HTTP over TLS (RFC 9110). */
  public static final Port HTTPS = new Port(443);
  /** 546, the DHCPv6 client (RFC 8415). */
  public static final Port DHCPV6_CLIENT = new Port(546);
  /** 547, the DHCPv6 server and relay (RFC 8415). */
  public static final Port DHCPV6_SERVER = new Port(547);
  /** 853, DNS over TLS (RFC 7858). */
  public static final Port DOMAIN_S = new Port(853);
  /** 5353, multicast DNS (RFC 6762). */
  public static final Port MDNS = new Port(5353);

  private static final Map<Integer, String> NAMES = new HashMap<>();
  private static final Map<String, Port> BY_NAME = new HashMap<>();

  static {
    Object[] table = {
      20, "ftp-data", 21, "ftp", 22, "ssh", 23, "telnet", 25, "smtp", 53, "domain",
      67, "bootps", 68, "bootpc", 69, "tftp", 80, "http", 88, "kerberos", 110, "pop3",
      111, "sunrpc", 123, "ntp", 143, "imap", 161, "snmp", 162, "snmptrap", 179, "bgp",
      389, "ldap", 443, "https", 514, "syslog", 546, "dhcpv6-client", 547, "dhcpv6-server",
      587, "submission", 636, "ldaps", 853, "domain-s", 993, "imaps", 995, "pop3s",
      2049, "nfs", 3478, "stun", 5060, "sip", 5353, "mdns", 5355, "llmnr", 8080, "http-alt",
    };
    for (int i = 0; i < table.length; i += 2) {
      NAMES.put((Integer) table[i], (String) table[i + 1]);
      BY_NAME.put((String) table[i + 1], new Port((Integer) table[i]));
    }
  }

  /**
   * Validates the number.
   *
   * @param value the port number
   * @throws IllegalArgumentException if the value is outside 0..65535
   */
  public Port {
    if (value < 0 || value > 0xffff) {
      throw new IllegalArgumentException("value " + value + " is outside 0..65535");
    }
  }

  /**
   * Returns the port with the given number.
   *
   * @param value the port number, 0 to 65535
   * @return the port
   * @throws IllegalArgumentException if the value is out of range
   */
  public static Port of(int value) {
    return new Port(value);
  }

  /**
   * Returns the port of an IANA service name known here, such as {@code https} for 443.
   *
   * @param serviceName the service name, in lower case as IANA writes it
   * @return the port, or empty if the name is not in this small registry
   */
  public static Optional<Port> ofService(String serviceName) {
    return Optional.ofNullable(BY_NAME.get(serviceName));
  }

  /**
   * Parses a decimal port number without sign or leading zeros.
   *
   * @param text the text, such as {@code 443}
   * @return the port
   * @throws IllegalArgumentException if the text is not a number in 0..65535
   */
  public static Port parse(CharSequence text) {
    int v = parse(text, 0, text.length());
    if (v < 0) {
      throw new IllegalArgumentException("invalid port " + Text.quote(text)
          + ": expected a decimal number 0..65535 without sign or leading zeros");
    }
    return new Port(v);
  }

  /** Returns the port in {@code s[start, end)}, or -1 if it is not a valid port number. */
  static int parse(CharSequence s, int start, int end) {
    int n = end - start;
    if (n == 0 || n > 5 || (n > 1 && s.charAt(start) == '0')) {
      return -1;
    }
    int v = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v > 0xffff ? -1 : v;
  }

  /**
   * Returns the IANA range the port is in.
   *
   * @return {@link PortRange#SYSTEM}, {@link PortRange#USER} or {@link PortRange#DYNAMIC}
   */
  public PortRange range() {
    return value < 1024 ? PortRange.SYSTEM : value < 49152 ? PortRange.USER : PortRange.DYNAMIC;
  }

  /**
   * Returns the IANA service name of the port, for the services listed in this class.
   *
   * @return the name, such as {@code ssh} for 22, or empty
   */
  public Optional<String> serviceName() {
    return Optional.ofNullable(NAMES.get(value));
  }

  /**
   * Compares by number.
   *
   * @param other the other port
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Port other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the decimal number.
   *
   * @return the text, such as {@code 443}
   */
  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
