package io.github.netcodec.tcp;

/**
 * A TCP sequence number: 32 bits compared and added modulo 2^32, as RFC 9293 §3.4 requires and
 * RFC 1982 formalises ("serial number arithmetic" with SERIAL_BITS 32).
 *
 * <p>{@code a} is before {@code b} when {@code b - a} taken modulo 2^32 is in 1..2^31-1. Two
 * numbers exactly 2^31 apart are unordered (RFC 1982 §3.2): neither is before the other; the
 * comparison {@link #compare(long, long)} breaks that tie by the plain value so that it stays a
 * total order only within any window smaller than 2^31.
 *
 * <pre>{@code
 * SequenceNumber.isBefore(0xffff_fff0L, 0x10L);   // true: 0x10 is 32 bytes later, wrapped
 * SequenceNumber.add(0xffff_fff0L, 0x20);         // 0x10
 * SequenceNumber.distance(0xffff_fff0L, 0x10L);   // 32
 * }</pre>
 *
 * @param value the number, 0..2^32-1
 */
public record SequenceNumber(long value) implements Comparable<SequenceNumber> {
  private static final long MASK = 0xffff_ffffL;

  /**
   * Checks the range.
   *
   * @param value the number, 0..2^32-1
   * @throws IllegalArgumentException if the value is not a 32-bit unsigned number
   */
  public SequenceNumber {
    if ((value & ~MASK) != 0) {
      throw new IllegalArgumentException("value " + value + " is not in 0..4294967295");
    }
  }

  /**
   * Returns the sequence number of a 32-bit field taken as unsigned.
   *
   * @param bits the field
   * @return the number
   */
  public static SequenceNumber ofBits(int bits) {
    return new SequenceNumber(bits & MASK);
  }

  /**
   * Returns {@code a + n} modulo 2^32.
   *
   * @param a a sequence number, 0..2^32-1
   * @param n any amount, possibly negative
   * @return the sum, 0..2^32-1
   */
  public static long add(long a, long n) {
    return (a + n) & MASK;
  }

  /**
   * Returns how far {@code b} is after {@code a}: {@code b - a} as a signed 32-bit number, in
   * -2^31..2^31-1, negative when {@code b} is before {@code a}.
   *
   * @param a a sequence number
   * @param b a sequence number
   * @return the signed distance from {@code a} to {@code b}
   */
  public static int distance(long a, long b) {
    return (int) (b - a);
  }

  /**
   * Returns whether {@code a} comes strictly before {@code b} (RFC 1982 §3.2, "s1 &lt; s2").
   *
   * @param a a sequence number
   * @param b a sequence number
   * @return {@code true} if {@code b - a} modulo 2^32 is in 1..2^31-1
   */
  public static boolean isBefore(long a, long b) {
    int d = distance(a, b);
    return d > 0;
  }

  /**
   * Returns whether {@code a} comes strictly after {@code b}.
   *
   * @param a a sequence number
   * @param b a sequence number
   * @return {@code isBefore(b, a)}
   */
  public static boolean isAfter(long a, long b) {
    return isBefore(b, a);
  }

  /**
   * Returns whether {@code x} lies in {@code [from, to)} walking forward modulo 2^32, as RFC 9293
   * §3.4's acceptability tests write {@code from =< x < to}.
   *
   * @param from the first number in the window
   * @param x the number tested
   * @param to the first number after the window
   * @return {@code true} if {@code x - from} is less than {@code to - from}, both modulo 2^32
   */
  public static boolean inWindow(long from, long x, long to) {
    return ((x - from) & MASK) < ((to - from) & MASK);
  }

  /**
   * Compares two numbers by their signed distance, breaking the 2^31 tie by value.
   *
   * @param a a sequence number
   * @param b a sequence number
   * @return negative, zero or positive as {@code a} is before, equal to or after {@code b}
   */
  public static int compare(long a, long b) {
    int d = distance(b, a);
    if (d == Integer.MIN_VALUE) {
      return Long.compare(a, b);
    }
    return Integer.signum(d);
  }

  /**
   * Returns this number plus {@code n}, modulo 2^32.
   *
   * @param n any amount
   * @return the sum
   */
  public SequenceNumber plus(long n) {
    return new SequenceNumber(add(value, n));
  }

  /**
   * Returns whether this number comes strictly before another.
   *
   * @param other the other number
   * @return {@code true} if before
   */
  public boolean isBefore(SequenceNumber other) {
    return isBefore(value, other.value);
  }

  /**
   * Returns whether this number comes strictly after another.
   *
   * @param other the other number
   * @return {@code true} if after
   */
  public boolean isAfter(SequenceNumber other) {
    return isBefore(other.value, value);
  }

  /**
   * Compares by serial-number order ({@link #compare(long, long)}); a total order only within a
   * window smaller than 2^31.
   *
   * @param other the other number
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(SequenceNumber other) {
    return compare(value, other.value);
  }

  /**
   * Returns the unsigned decimal value.
   *
   * @return the value as text
   */
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
