package io.github.netcodec.address;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * An IPv6 prefix (RFC 4291 §2.3): a network address and a prefix length, such as {@code
 * 2001:db8::/32}.
 *
 * <p>Host bits are explicit, as for {@link Ipv4Prefix}: the record, {@link #of(Ipv6Address,
 * int)} and {@link #parse(CharSequence)} reject {@code 2001:db8::1/64}; {@link
 * #containing(Ipv6Address, int)} and {@link #parseLenient(CharSequence)} return {@code
 * 2001:db8::/64}.
 *
 * <p>Ordering is by network address, then by length (shorter first).
 *
 * @param address the network address, with all host bits zero
 * @param length the prefix length, 0 to 128
 */
public record Ipv6Prefix(Ipv6Address address, int length)
    implements IpPrefix, Comparable<Ipv6Prefix> {

  /** The whole address space {@code ::/0}, the default route. */
  public static final Ipv6Prefix ALL = new Ipv6Prefix(Ipv6Address.ANY, 0);

  private static final Comparator<Ipv6Prefix> ORDER =
      Comparator.comparing(Ipv6Prefix::address).thenComparingInt(Ipv6Prefix::length);

  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  /**
   * Validates the components.
   *
   * @param address the network address
   * @param length the prefix length
   * @throws IllegalArgumentException if the length is outside 0..128 or the address has host
   *     bits set
   * @throws NullPointerException if the address is null
   */
  public Ipv6Prefix {
    Objects.requireNonNull(address, "address");
    if (length < 0 || length > 128) {
      throw new IllegalArgumentException("length " + length + " is outside 0..128");
    }
    if ((address.high() & ~maskHigh(length)) != 0 || (address.low() & ~maskLow(length)) != 0) {
      throw new IllegalArgumentException("address " + address + " has host bits set below /"
          + length + "; the network is " + masked(address, length) + "/" + length
          + " (Ipv6Prefix.containing and parseLenient clear host bits)");
    }
  }

  /** The high 64 bits of the netmask of a prefix length. */
  static long maskHigh(int length) {
    return length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
  }

  /** The low 64 bits of the netmask of a prefix length. */
  static long maskLow(int length) {
    return length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
  }

  private static Ipv6Address masked(Ipv6Address a, int length) {
    return Ipv6Address.of(a.high() & maskHigh(length), a.low() & maskLow(length));
  }

  /**
   * Returns the prefix with the given network address and length.
   *
   * @param address the network address, with no bits set below {@code length}
   * @param length the prefix length, 0 to 128
   * @return the prefix
   * @throws IllegalArgumentException if the length is out of range or host bits are set
   */
  public static Ipv6Prefix of(Ipv6Address address, int length) {
    return new Ipv6Prefix(address, length);
  }

  /**
   * Returns the prefix of the given length that contains an address, clearing host bits.
   *
   * @param address any address in the prefix
   * @param length the prefix length, 0 to 128
   * @return the prefix
   * @throws IllegalArgumentException if the length is out of range
   */
  public static Ipv6Prefix containing(Ipv6Address address, int length) {
    if (length < 0 || length > 128) {
      throw new IllegalArgumentException("length " + length + " is outside 0..128");
    }
    return new Ipv6Prefix(masked(address, length), length);
  }

  /**
   * Parses strict prefix text: an IPv6 literal, {@code /} and a decimal length 0..128 without
   * leading zeros, such as {@code 2001:db8::/32}.
   *
   * @param text the text
   * @return the prefix
   * @throws IllegalArgumentException if the text is malformed or the address has host bits set
   */
  public static Ipv6Prefix parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int slash = slash(text, true);
    Ipv6Address a = Ipv6Address.parse(text, 0, slash, true);
    return new Ipv6Prefix(a, length(text, slash, true));
  }

  /**
   * Parses like {@link #parse(CharSequence)} but clears host bits instead of rejecting them.
   *
   * @param text the text
   * @return the enclosing prefix
   * @throws IllegalArgumentException if the text is malformed
   */
  public static Ipv6Prefix parseLenient(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int slash = slash(text, true);
    Ipv6Address a = Ipv6Address.parse(text, 0, slash, true);
    return containing(a, length(text, slash, true));
  }

  /**
   * Parses strict prefix text like {@link #parse(CharSequence)} but returns an empty {@code
   * Optional} instead of throwing.
   *
   * @param text the text
   * @return the prefix, or empty if the text is malformed or has host bits set
   */
  public static Optional<Ipv6Prefix> tryParse(CharSequence text) {
    int slash = slash(Objects.requireNonNull(text, "text"), false);
    if (slash < 0) {
      return Optional.empty();
    }
    Ipv6Address a = Ipv6Address.parse(text, 0, slash, false);
    int len = length(text, slash, false);
    if (a == null || len < 0 || !masked(a, len).equals(a)) {
      return Optional.empty();
    }
    return Optional.of(new Ipv6Prefix(a, len));
  }

  private static int slash(CharSequence s, boolean raise) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) == '/') {
        return i;
      }
    }
    if (raise) {
      throw new IllegalArgumentException(
          "invalid IPv6 prefix " + Text.quote(s) + ": has no '/' and prefix length");
    }
    return -1;
  }

  private static int length(CharSequence s, int slash, boolean raise) {
    int len = Ipv4Prefix.parseLength(s, slash + 1, s.length(), 128, raise);
    if (len < 0 && raise) {
      throw new IllegalArgumentException("invalid IPv6 prefix " + Text.quote(s) + ": has "
          + Text.quote(s, slash + 1, s.length())
          + " after '/' where a length 0..128 without leading zeros was expected");
    }
    return len < 0 ? -1 : len;
  }

  /**
   * Returns the first address, the network address itself.
   *
   * @return the first address
   */
  public Ipv6Address first() {
    return address;
  }

  /**
   * Returns the last address (all host bits one).
   *
   * @return the last address
   */
  public Ipv6Address last() {
    return Ipv6Address.of(address.high() | ~maskHigh(length), address.low() | ~maskLow(length));
  }

  /**
   * Returns the netmask as an address: {@code ffff:ffff::} for a {@code /32}.
   *
   * @return the netmask
   */
  public Ipv6Address netmask() {
    return Ipv6Address.of(maskHigh(length), maskLow(length));
  }

  /**
   * Returns the number of addresses.
   *
   * @return {@code 2^(128 - length)}
   */
  public BigInteger size() {
    return BigInteger.ONE.shiftLeft(128 - length);
  }

  @Override
  public boolean contains(IpAddress address) {
    return address instanceof Ipv6Address a && contains(a);
  }

  /**
   * Returns whether an IPv6 address is in this prefix.
   *
   * @param a the address
   * @return true if its leading {@link #length()} bits equal this prefix's
   */
  public boolean contains(Ipv6Address a) {
    return (a.high() & maskHigh(length)) == address.high()
        && (a.low() & maskLow(length)) == address.low();
  }

  /**
   * Returns whether another prefix lies entirely within this one (a prefix contains itself).
   *
   * @param other the other prefix
   * @return true if every address of {@code other} is in this prefix
   */
  public boolean contains(Ipv6Prefix other) {
    return other.length >= length && contains(other.address);
  }

  /**
   * Returns whether two prefixes share any address; for prefixes that means one contains the
   * other.
   *
   * @param other the other prefix
   * @return true if they overlap
   */
  public boolean overlaps(Ipv6Prefix other) {
    return contains(other) || other.contains(this);
  }

  /**
   * Returns the enclosing prefix one bit shorter.
   *
   * @return the parent prefix
   * @throws IllegalStateException if this is {@code ::/0}
   */
  public Ipv6Prefix supernet() {
    if (length == 0) {
      throw new IllegalStateException("::/0 has no supernet");
    }
    return containing(address, length - 1);
  }

  /**
   * Splits this prefix into the subnets of a longer length, lazily, in address order: {@code
   * 2001:db8::/32} into {@code /48} gives 65536 prefixes from {@code 2001:db8::/48} to {@code
   * 2001:db8:ffff::/48}.
   *
   * @param newLength the subnet length, from {@link #length()} to 128, at most 62 bits longer
   *     (the count must fit in a {@code long})
   * @return the {@code 2^(newLength - length)} subnets
   * @throws IllegalArgumentException if {@code newLength} is out of range
   */
  public Stream<Ipv6Prefix> subnets(int newLength) {
    if (newLength < length || newLength > 128 || newLength - length > 62) {
      throw new IllegalArgumentException("subnet length " + newLength + " is outside " + length
          + ".." + Math.min(128, length + 62));
    }
    int hostBits = 128 - newLength;
    return LongStream.range(0, 1L << (newLength - length)).mapToObj(i -> {
      // address + i << hostBits, in 128 bits; i < 2^62 and the block fits, so no carry out.
      long addHi = hostBits >= 64 ? i << (hostBits - 64) : hostBits == 0 ? 0 : i >>> (64 - hostBits);
      long addLo = hostBits >= 64 ? 0 : i << hostBits;
      return new Ipv6Prefix(Ipv6Address.of(address.high() | addHi, address.low() | addLo),
          newLength);
    });
  }

  /**
   * Returns the smallest list of prefixes that covers exactly the range {@code first..last},
   * in address order.
   *
   * @param first the first address of the range
   * @param last the last address of the range, not below {@code first}
   * @return between 1 and 254 prefixes
   * @throws IllegalArgumentException if {@code last} is below {@code first}
   */
  public static List<Ipv6Prefix> covering(Ipv6Address first, Ipv6Address last) {
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException("range " + first + "–" + last + " is empty");
    }
    List<Ipv6Prefix> out = new ArrayList<>();
    addCovering(first.toBigInteger(), last.toBigInteger(), out);
    return out;
  }

  private static void addCovering(BigInteger start, BigInteger end, List<Ipv6Prefix> out) {
    while (start.compareTo(end) <= 0) {
      int hostBits = start.signum() == 0 ? 128 : start.getLowestSetBit();
      while (start.add(BigInteger.ONE.shiftLeft(hostBits)).subtract(BigInteger.ONE)
          .compareTo(end) > 0) {
        hostBits--;
      }
      out.add(new Ipv6Prefix(Ipv6Address.of(start), 128 - hostBits));
      start = start.add(BigInteger.ONE.shiftLeft(hostBits));
    }
  }

  /**
   * Merges prefixes into the smallest sorted list that covers exactly the same addresses.
   *
   * @param prefixes the prefixes, in any order, possibly overlapping
   * @return the merged prefixes in address order
   */
  public static List<Ipv6Prefix> merge(Collection<Ipv6Prefix> prefixes) {
    List<Ipv6Prefix> sorted = new ArrayList<>(prefixes);
    sorted.sort(ORDER);
    List<Ipv6Prefix> out = new ArrayList<>();
    BigInteger runStart = null;
    BigInteger runEnd = null;
    for (Ipv6Prefix p : sorted) {
      BigInteger s = p.first().toBigInteger();
      BigInteger e = p.last().toBigInteger();
      if (runStart != null && s.compareTo(runEnd.add(BigInteger.ONE)) <= 0) {
        runEnd = runEnd.max(e);
      } else {
        if (runStart != null) {
          addCovering(runStart, runEnd, out);
        }
        runStart = s;
        runEnd = e;
      }
    }
    if (runStart != null) {
      addCovering(runStart, runEnd.min(MAX), out);
    }
    return out;
  }

  /**
   * Compares by network address (unsigned), then by length.
   *
   * @param other the other prefix
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Ipv6Prefix other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the prefix text, such as {@code 2001:db8::/32}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return address + "/" + length;
  }
}
