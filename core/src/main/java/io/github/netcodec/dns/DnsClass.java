package io.github.netcodec.dns;

import java.util.HashMap;
import java.util.Map;

/**
 * A resource record CLASS or QCLASS (RFC 1035 §3.2.4).
 *
 * <p>An open registry (IANA DNS parameters): the named constants cover the assigned values, and any other
 * value in 0..65535 is valid and round-trips; its text form is {@code CLASS<number>}.
 * <p>The generic form is RFC 3597 §5's: {@code CLASS32}. In an OPT record the class field is the
 * UDP payload size instead (RFC 6891 §6.1.2).
 *
 * @param value the 16-bit number, 0..65535
 */
public record DnsClass(int value) implements Comparable<DnsClass> {
  private static final Map<Integer, String> NAMES = new HashMap<>();
  private static final Map<String, Integer> VALUES = new HashMap<>();

  /** IN (the Internet, RFC 1035). */
  public static final DnsClass IN = new DnsClass(1);
  /** CH (Chaos). */
  public static final DnsClass CH = new DnsClass(3);
  /** HS (Hesiod). */
  public static final DnsClass HS = new DnsClass(4);
  /** NONE (RFC 2136). */
  public static final DnsClass NONE = new DnsClass(254);
  /** ANY (QCLASS *, RFC 1035). */
  public static final DnsClass ANY = new DnsClass(255);

  /** Shared instances of the common values, so parsing does not allocate them. */
  private static final DnsClass[] CACHE = new DnsClass[512];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new DnsClass(i);
    }
    NAMES.put(1, "IN");
    NAMES.put(3, "CH");
    NAMES.put(4, "HS");
    NAMES.put(254, "NONE");
    NAMES.put(255, "ANY");
    NAMES.forEach((v, n) -> VALUES.put(n, v));
  }

  /**
   * Checks the range.
   *
   * @param value the number, 0..65535
   * @throws IllegalArgumentException if the value is outside 0..65535
   */
  public DnsClass {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException("DnsClass value " + value + " is not in 0..65535");
    }
  }

  /**
   * Returns the value for a number.
   *
   * @param value the number, 0..65535
   * @return the value
   * @throws IllegalArgumentException if the number is outside 0..65535
   */
  public static DnsClass of(int value) {
    return value >= 0 && value < CACHE.length ? CACHE[value] : new DnsClass(value);
  }

  /**
   * Parses a mnemonic such as {@code IN} (any case) or the generic form {@code
   * CLASS<number>}.
   *
   * @param text the text form
   * @return the value
   * @throws IllegalArgumentException if the text is neither
   */
  public static DnsClass valueOf(String text) {
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    Integer v = VALUES.get(upper);
    if (v != null) {
      return new DnsClass(v);
    }
    if (upper.startsWith("CLASS") && upper.length() > 5 && upper.length() <= 10
        && upper.substring(5).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new DnsClass(Integer.parseInt(upper.substring(5)));
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a DnsClass mnemonic or CLASS<number>");
  }

  /**
   * Returns whether this value has a mnemonic in this registry.
   *
   * @return {@code true} if {@link #toString()} is a mnemonic rather than {@code CLASS<n>}
   */
  public boolean isKnown() {
    return NAMES.containsKey(value);
  }

  @Override
  public int compareTo(DnsClass other) {
    return Integer.compare(value, other.value);
  }

  /** Returns the mnemonic, or {@code CLASS<number>} for a value without one. */
  @Override
  public String toString() {
    String n = NAMES.get(value);
    return n != null ? n : "CLASS" + value;
  }
}
