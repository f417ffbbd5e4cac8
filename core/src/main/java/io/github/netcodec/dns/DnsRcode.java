package io.github.netcodec.dns;

import java.util.HashMap;
import java.util.Map;

/**
 * A response code: the header's four bits, extended to twelve by the EDNS(0) OPT record (RFC 6891 §6.1.3).
 *
 * <p>An open registry (IANA DNS parameters): the named constants cover the assigned values, and any other
 * value in 0..4095 is valid and round-trips; its text form is {@code RCODE<number>}.
 * <p>Values above 15 only exist with EDNS: the OPT record carries the upper eight bits.
 *
 * @param value the 12-bit number, 0..4095
 */
public record DnsRcode(int value) implements Comparable<DnsRcode> {
  private static final Map<Integer, String> NAMES = new HashMap<>();
  private static final Map<String, Integer> VALUES = new HashMap<>();

  /** NOERROR (RFC 1035). */
  public static final DnsRcode NOERROR = new DnsRcode(0);
  /** FORMERR (RFC 1035). */
  public static final DnsRcode FORMERR = new DnsRcode(1);
  /** SERVFAIL (RFC 1035). */
  public static final DnsRcode SERVFAIL = new DnsRcode(2);
  /** NXDOMAIN (RFC 1035). */
  public static final DnsRcode NXDOMAIN = new DnsRcode(3);
  /** NOTIMP (RFC 1035). */
  public static final DnsRcode NOTIMP = new DnsRcode(4);
  /** REFUSED (RFC 1035). */
  public static final DnsRcode REFUSED = new DnsRcode(5);
  /** YXDOMAIN (RFC 2136). */
  public static final DnsRcode YXDOMAIN = new DnsRcode(6);
  /** YXRRSET (RFC 2136). */
  public static final DnsRcode YXRRSET = new DnsRcode(7);
  /** NXRRSET (RFC 2136). */
  public static final DnsRcode NXRRSET = new DnsRcode(8);
  /** NOTAUTH (RFC 2136). */
  public static final DnsRcode NOTAUTH = new DnsRcode(9);
  /** NOTZONE (RFC 2136). */
  public static final DnsRcode NOTZONE = new DnsRcode(10);
  /** DSOTYPENI (RFC 8490). */
  public static final DnsRcode DSOTYPENI = new DnsRcode(11);
  /** BADVERS (RFC 6891; BADSIG in TSIG, RFC 8945). */
  public static final DnsRcode BADVERS = new DnsRcode(16);
  /** BADKEY (RFC 8945). */
  public static final DnsRcode BADKEY = new DnsRcode(17);
  /** BADTIME (RFC 8945). */
  public static final DnsRcode BADTIME = new DnsRcode(18);
  /** BADMODE (RFC 2930). */
  public static final DnsRcode BADMODE = new DnsRcode(19);
  /** BADNAME (RFC 2930). */
  public static final DnsRcode BADNAME = new DnsRcode(20);
  /** BADALG (RFC 2930). */
  public static final DnsRcode BADALG = new DnsRcode(21);
  /** BADTRUNC (RFC 8945). */
  public static final DnsRcode BADTRUNC = new DnsRcode(22);
  /** BADCOOKIE (RFC 7873). */
  public static final DnsRcode BADCOOKIE = new DnsRcode(23);

  static {
    NAMES.put(0, "NOERROR");
    NAMES.put(1, "FORMERR");
    NAMES.put(2, "SERVFAIL");
    NAMES.put(3, "NXDOMAIN");
    NAMES.put(4, "NOTIMP");
    NAMES.put(5, "REFUSED");
    NAMES.put(6, "YXDOMAIN");
    NAMES.put(7, "YXRRSET");
    NAMES.put(8, "NXRRSET");
    NAMES.put(9, "NOTAUTH");
    NAMES.put(10, "NOTZONE");
    NAMES.put(11, "DSOTYPENI");
    NAMES.put(16, "BADVERS");
    NAMES.put(17, "BADKEY");
    NAMES.put(18, "BADTIME");
    NAMES.put(19, "BADMODE");
    NAMES.put(20, "BADNAME");
    NAMES.put(21, "BADALG");
    NAMES.put(22, "BADTRUNC");
    NAMES.put(23, "BADCOOKIE");
    NAMES.forEach((v, n) -> VALUES.put(n, v));
  }

  /**
   * Checks the range.
   *
   * @param value the number, 0..4095
   * @throws IllegalArgumentException if the value is outside 0..4095
   */
  public DnsRcode {
    if (value < 0 || value > 4095) {
      throw new IllegalArgumentException("DnsRcode value " + value + " is not in 0..4095");
    }
  }

  /**
   * Returns the value for a number.
   *
   * @param value the number, 0..4095
   * @return the value
   * @throws IllegalArgumentException if the number is outside 0..4095
   */
  public static DnsRcode of(int value) {
    return new DnsRcode(value);
  }

  /**
   * Parses a mnemonic such as {@code NOERROR} (any case) or the generic form {@code
   * RCODE<number>}.
   *
   * @param text the text form
   * @return the value
   * @throws IllegalArgumentException if the text is neither
   */
  public static DnsRcode valueOf(String text) {
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    Integer v = VALUES.get(upper);
    if (v != null) {
      return new DnsRcode(v);
    }
    if (upper.startsWith("RCODE") && upper.length() > 5 && upper.length() <= 10
        && upper.substring(5).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new DnsRcode(Integer.parseInt(upper.substring(5)));
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a DnsRcode mnemonic or RCODE<number>");
  }

  /**
   * Returns whether this value has a mnemonic in this registry.
   *
   * @return {@code true} if {@link #toString()} is a mnemonic rather than {@code RCODE<n>}
   */
  public boolean isKnown() {
    return NAMES.containsKey(value);
  }

  @Override
  public int compareTo(DnsRcode other) {
    return Integer.compare(value, other.value);
  }

  /** Returns the mnemonic, or {@code RCODE<number>} for a value without one. */
  @Override
  public String toString() {
    String n = NAMES.get(value);
    return n != null ? n : "RCODE" + value;
  }
}
