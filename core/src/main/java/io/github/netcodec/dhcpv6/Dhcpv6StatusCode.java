package io.github.netcodec.dhcpv6;

/**
 * A DHCPv6 status code, the 16-bit value of the Status Code option (RFC 8415 §21.13), from the
 * IANA "Status Codes" registry. An open registry: every value 0..65535 is a {@code
 * Dhcpv6StatusCode}, and an unknown one round-trips unchanged.
 *
 * <pre>{@code
 * Dhcpv6StatusCode.of(2)      // NoAddrsAvail (2)
 * Dhcpv6StatusCode.of(300)    // "300"
 * }</pre>
 *
 * @param value the status code, 0..65535
 */
public record Dhcpv6StatusCode(int value) implements Comparable<Dhcpv6StatusCode> {
  /** Success (RFC 8415 §21.13). */
  public static final Dhcpv6StatusCode SUCCESS = new Dhcpv6StatusCode(0);
  /** UnspecFail: failure, reason unspecified (RFC 8415 §21.13). */
  public static final Dhcpv6StatusCode UNSPEC_FAIL = new Dhcpv6StatusCode(1);
  /** NoAddrsAvail: the server has no addresses for the IA (RFC 8415 §21.13). */
  public static final Dhcpv6StatusCode NO_ADDRS_AVAIL = new Dhcpv6StatusCode(2);
  /** NoBinding: the client's binding is unknown (RFC 8415 §21.13). */
  public static final Dhcpv6StatusCode NO_BINDING = new Dhcpv6StatusCode(3);
  /** NotOnLink: the prefix is not right for the link (RFC 8415 §21.13). */
  public static final Dhcpv6StatusCode NOT_ON_LINK = new Dhcpv6StatusCode(4);
  /** UseMulticast: send to the multicast address instead (RFC 8415 §21.13). */
  public static final Dhcpv6StatusCode USE_MULTICAST = new Dhcpv6StatusCode(5);
  /** NoPrefixAvail: the delegating router has no prefixes for the IA (RFC 8415 §21.13). */
  public static final Dhcpv6StatusCode NO_PREFIX_AVAIL = new Dhcpv6StatusCode(6);

  private static final String[] NAMES = {"Success", "UnspecFail", "NoAddrsAvail", "NoBinding",
      "NotOnLink", "UseMulticast", "NoPrefixAvail", "UnknownQueryType", "MalformedQuery",
      "NotConfigured", "NotAllowed", "QueryTerminated", "DataMissing", "CatchUpComplete",
      "NotSupported", "TLSConnectionRefused", "AddressInUse", "ConfigurationConflict",
      "MissingBindingInformation", "OutdatedBindingInformation", "ServerShuttingDown",
      "DNSUpdateNotSupported", "ExcessiveTimeSkew"};
  private static final Dhcpv6StatusCode[] CACHE = new Dhcpv6StatusCode[NAMES.length];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new Dhcpv6StatusCode(i);
    }
    for (Dhcpv6StatusCode c : new Dhcpv6StatusCode[] {SUCCESS, UNSPEC_FAIL, NO_ADDRS_AVAIL,
        NO_BINDING, NOT_ON_LINK, USE_MULTICAST, NO_PREFIX_AVAIL}) {
      CACHE[c.value] = c;
    }
  }

  /**
   * Checks the range.
   *
   * @param value the status code, 0..65535
   * @throws IllegalArgumentException if {@code value} is outside 0..65535
   */
  public Dhcpv6StatusCode {
    if (value < 0 || value > 0xffff) {
      throw new IllegalArgumentException("DHCPv6 status code " + value + " is not in 0..65535");
    }
  }

  /**
   * Returns the status code with this value.
   *
   * @param value the status code, 0..65535
   * @return the status code, a shared instance for the named ones
   * @throws IllegalArgumentException if {@code value} is outside 0..65535
   */
  public static Dhcpv6StatusCode of(int value) {
    return value >= 0 && value < CACHE.length ? CACHE[value] : new Dhcpv6StatusCode(value);
  }

  /**
   * Returns whether this is Success (0).
   *
   * @return {@code true} for code 0
   */
  public boolean isSuccess() {
    return value == 0;
  }

  /**
   * Returns the IANA name, such as {@code "NoAddrsAvail"}.
   *
   * @return the name, or the decimal value for a code without a name here
   */
  public String name() {
    return value < NAMES.length ? NAMES[value] : Integer.toString(value);
  }

  @Override
  public int compareTo(Dhcpv6StatusCode other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and value, e.g. {@code "NoAddrsAvail (2)"}, or the value alone when
   * unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return value < NAMES.length ? NAMES[value] + " (" + value + ")" : Integer.toString(value);
  }
}
