package io.github.netcodec.dns;

import java.util.HashMap;
import java.util.Map;

/**
 * The header's four-bit OPCODE (RFC 1035 §4.1.1).
 *
 * <p>An open registry (IANA DNS parameters): the named constants cover the assigned values, and any other
 * value in 0..15 is valid and round-trips; its text form is {@code OPCODE<number>}.
 *
 * @param value the 4-bit number, 0..15
 */
public record DnsOpcode(int value) implements Comparable<DnsOpcode> {
  private static final Map<Integer, String> NAMES = new HashMap<>();
  private static final Map<String, Integer> VALUES = new HashMap<>();

  /** QUERY (RFC 1035). */
  public static final DnsOpcode QUERY = new DnsOpcode(0);
  /** IQUERY (RFC 3425, obsolete). */
  public static final DnsOpcode IQUERY = new DnsOpcode(1);
  /** STATUS (RFC 1035). */
  public static final DnsOpcode STATUS = new DnsOpcode(2);
  /** NOTIFY (RFC 1996). */
  public static final DnsOpcode NOTIFY = new DnsOpcode(4);
  /** UPDATE (RFC 2136). */
  public static final DnsOpcode UPDATE = new DnsOpcode(5);
  /** DSO (RFC 8490). */
  public static final DnsOpcode DSO = new DnsOpcode(6);

  static {
    NAMES.put(0, "QUERY");
    NAMES.put(1, "IQUERY");
    NAMES.put(2, "STATUS");
    NAMES.put(4, "NOTIFY");
    NAMES.put(5, "UPDATE");
    NAMES.put(6, "DSO");
    NAMES.forEach((v, n) -> VALUES.put(n, v));
  }

  /**
   * Checks the range.
   *
   * @param value the number, 0..15
   * @throws IllegalArgumentException if the value is outside 0..15
   */
  public DnsOpcode {
    if (value < 0 || value > 15) {
      throw new IllegalArgumentException("DnsOpcode value " + value + " is not in 0..15");
    }
  }

  /**
   * Returns the value for a number.
   *
   * @param value the number, 0..15
   * @return the value
   * @throws IllegalArgumentException if the number is outside 0..15
   */
  public static DnsOpcode of(int value) {
    return new DnsOpcode(value);
  }

  /**
   * Parses a mnemonic such as {@code QUERY} (any case) or the generic form {@code
   * OPCODE<number>}.
   *
   * @param text the text form
   * @return the value
   * @throws IllegalArgumentException if the text is neither
   */
  public static DnsOpcode valueOf(String text) {
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    Integer v = VALUES.get(upper);
    if (v != null) {
      return new DnsOpcode(v);
    }
    if (upper.startsWith("OPCODE") && upper.length() > 6 && upper.length() <= 11
        && upper.substring(6).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new DnsOpcode(Integer.parseInt(upper.substring(6)));
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a DnsOpcode mnemonic or OPCODE<number>");
  }

  /**
   * Returns whether this value has a mnemonic in this registry.
   *
   * @return {@code true} if {@link #toString()} is a mnemonic rather than {@code OPCODE<n>}
   */
  public boolean isKnown() {
    return NAMES.containsKey(value);
  }

  @Override
  public int compareTo(DnsOpcode other) {
    return Integer.compare(value, other.value);
  }

  /** Returns the mnemonic, or {@code OPCODE<number>} for a value without one. */
  @Override
  public String toString() {
    String n = NAMES.get(value);
    return n != null ? n : "OPCODE" + value;
  }
}
