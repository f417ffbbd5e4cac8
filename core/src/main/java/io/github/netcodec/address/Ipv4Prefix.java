package io.github.netcodec.address;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * An IPv4 CIDR prefix (RFC 4632): a network address and a prefix length, such as {@code
 * 128.143.0.0/16} for {@code 128.143.0.0–128.143.255.255}.
 *
 * <p>Host bits are explicit. The record, {@link #of(Ipv4Address, int)} and {@link
 * #parse(CharSequence)} reject an address with bits set below the prefix length ({@code
 * 10.0.0.1/24} is an error, because it usually means an interface address was taken for a
 * network); {@link #containing(Ipv4Address, int)} and {@link #parseLenient(CharSequence)}
 * clear them and return the enclosing network ({@code 10.0.0.0/24}).
 *
 * <table class="striped">
 *   <caption>Prefix arithmetic for {@code 128.143.67.0/24}</caption>
 *   <tbody>
 *     <tr><td>{@link #netmask()}</td><td>{@code 255.255.255.0}</td></tr>
 *     <tr><td>{@link #first()}, {@link #last()}</td>
 *         <td>{@code 128.143.67.0}, {@code 128.143.67.255}</td></tr>
 *     <tr><td>{@link #size()}</td><td>256</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Ordering is by network address, then by length (shorter first), so a prefix sorts just
 * before the prefixes it contains.
 *
 * @param address the network address, with all host bits zero
 * @param length the prefix length, 0 to 32
 */
public record Ipv4Prefix(Ipv4Address address, int length)
    implements IpPrefix, Comparable<Ipv4Prefix> {

  /** The whole address space {@code 0.0.0.0/0}, the default route. */
  public static final Ipv4Prefix ALL = new Ipv4Prefix(Ipv4Address.ANY, 0);

  /** Orders by address, then length. */
  private static final Comparator<Ipv4Prefix> ORDER =
      Comparator.comparing(Ipv4Prefix::address).thenComparingInt(Ipv4Prefix::length);

  /**
   * Validates the components.
   *
   * @param address the network address
   * @param length the prefix length
   * @throws IllegalArgumentException if the length is outside 0..32 or the address has host
   *     bits set
   * @throws NullPointerException if the address is null
   */
  public Ipv4Prefix {
    Objects.requireNonNull(address, "address");
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("length " + length + " is outside 0..32");
    }
    int hostBits = address.value() & ~mask(length);
    if (hostBits != 0) {
      throw new IllegalArgumentException("address " + address + " has host bits set below /"
          + length + "; the network is " + Ipv4Address.of(address.value() & mask(length)) + "/"
          + length + " (Ipv4Prefix.containing and parseLenient clear host bits)");
    }
  }

  /** The netmask of a prefix length as an int: {@code /24} is {@code 0xffffff00}. */
  static int mask(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  /**
   * Returns the prefix with the given network address and length.
   *
   * @param address the network address, with no bits set below {@code length}
   * @param length the prefix length, 0 to 32
   * @return the prefix
   * @throws IllegalArgumentException if the length is out of range or host bits are set
   */
  public static Ipv4Prefix of(Ipv4Address address, int length) {
    return new Ipv4Prefix(address, length);
  }

  /**
   * Returns the prefix of the given length that contains an address, clearing host bits:
   * {@code containing(10.0.0.1, 24)} is {@code 10.0.0.0/24}.
   *
   * @param address any address in the prefix
   * @param length the prefix length, 0 to 32
   * @return the prefix
   * @throws IllegalArgumentException if the length is out of range
   */
  public static Ipv4Prefix containing(Ipv4Address address, int length) {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("length " + length + " is outside 0..32");
    }
    return new Ipv4Prefix(Ipv4Address.of(address.value() & mask(length)), length);
  }

  /**
   * Returns the prefix given by a network address and a netmask, as {@code route -n} prints
   * them: {@code 128.143.67.0} with genmask {@code 255.255.255.0} is {@code 128.143.67.0/24}.
   *
   * @param address the network address, with no bits set outside the mask
   * @param netmask a contiguous netmask (ones, then zeros)
   * @return the prefix
   * @throws IllegalArgumentException if the mask is not contiguous or host bits are set
   */
  public static Ipv4Prefix ofNetmask(Ipv4Address address, Ipv4Address netmask) {
    return new Ipv4Prefix(address, lengthOfNetmask(netmask));
  }

  /**
   * Returns the prefix length a netmask stands for.
   *
   * @param netmask a contiguous netmask such as {@code 255.255.240.0}
   * @return its length, such as 20
   * @throws IllegalArgumentException if the mask is not ones followed by zeros
   */
  public static int lengthOfNetmask(Ipv4Address netmask) {
    int m = netmask.value();
    int length = Integer.bitCount(m);
    if (m != mask(length)) {
      throw new IllegalArgumentException("netmask " + netmask
          + " is not contiguous (it must be ones followed by zeros, like 255.255.240.0)");
    }
    return length;
  }

  /**
   * Parses strict CIDR text: an address, {@code /}, and either a decimal length or a contiguous
   * dotted netmask ({@code 128.143.67.0/24} or {@code 128.143.67.0/255.255.255.0}).
   *
   * @param text the text
   * @return the prefix
   * @throws IllegalArgumentException if the text is malformed or the address has host bits set
   */
  public static Ipv4Prefix parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    long packed = parse(text, true);
    return new Ipv4Prefix(Ipv4Address.of((int) (packed >>> 8)), (int) (packed & 0xff));
  }

  /**
   * Parses CIDR text like {@link #parse(CharSequence)} but clears host bits instead of
   * rejecting them: {@code 10.0.0.1/24} gives {@code 10.0.0.0/24}.
   *
   * @param text the text
   * @return the enclosing prefix
   * @throws IllegalArgumentException if the text is malformed
   */
  public static Ipv4Prefix parseLenient(CharSequence text) {
    Objects.requireNonNull(text, "text");
    long packed = parse(text, true);
    return containing(Ipv4Address.of((int) (packed >>> 8)), (int) (packed & 0xff));
  }

  /**
   * Parses strict CIDR text like {@link #parse(CharSequence)} but returns an empty {@code
   * Optional} instead of throwing.
   *
   * @param text the text
   * @return the prefix, or empty if the text is malformed or has host bits set
   */
  public static Optional<Ipv4Prefix> tryParse(CharSequence text) {
    long packed = parse(Objects.requireNonNull(text, "text"), false);
    if (packed < 0) {
      return Optional.empty();
    }
    int a = (int) (packed >>> 8);
    int len = (int) (packed & 0xff);
    return (a & ~mask(len)) != 0
        ? Optional.empty()
        : Optional.of(new Ipv4Prefix(Ipv4Address.of(a), len));
  }

  /** Returns address << 8 | length, or -1 if invalid and not raising. */
  private static long parse(CharSequence s, boolean raise) {
    int n = s.length();
    int slash = -1;
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) == '/') {
        slash = i;
        break;
      }
    }
    if (slash < 0) {
      return fail(raise, s, "has no '/' and prefix length");
    }
    long a = Ipv4Address.parse(s, 0, slash, raise, -1);
    if (a < 0) {
      return -1;
    }
    int len = parseLength(s, slash + 1, n, 32, raise);
    if (len == -2) {
      // a dotted netmask
      long m = Ipv4Address.parse(s, slash + 1, n, false, -1);
      if (m < 0) {
        return fail(raise, s, "has " + Text.quote(s, slash + 1, n)
            + " after '/', which is neither a length 0..32 nor a dotted netmask");
      }
      int mask = (int) m;
      len = Integer.bitCount(mask);
      if (mask != mask(len)) {
        return fail(raise, s, "netmask " + Ipv4Address.of(mask) + " is not contiguous");
      }
    } else if (len < 0) {
      return fail(raise, s, "has " + Text.quote(s, slash + 1, n)
          + " after '/' where a length 0..32 without leading zeros was expected");
    }
    return a << 8 | len;
  }

  /**
   * Parses a decimal prefix length in {@code 0..max} without leading zeros; returns -2 if the
   * text contains a '.', -1 if invalid.
   */
  static int parseLength(CharSequence s, int start, int end, int max, boolean raise) {
    if (start == end || end - start > 3) {
      return indexOfDot(s, start, end) >= 0 ? -2 : -1;
    }
    int v = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return c == '.' || indexOfDot(s, start, end) >= 0 ? -2 : -1;
      }
      v = v * 10 + (c - '0');
    }
    if ((end - start > 1 && s.charAt(start) == '0') || v > max) {
      return -1;
    }
    return v;
  }

  private static int indexOfDot(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == '.') {
        return i;
      }
    }
    return -1;
  }

  private static long fail(boolean raise, CharSequence s, String reason) {
    if (!raise) {
      return -1;
    }
    throw new IllegalArgumentException("invalid IPv4 prefix " + Text.quote(s) + ": " + reason);
  }

  /**
   * Returns the netmask: {@code 255.255.255.0} for a {@code /24}.
   *
   * @return the netmask
   */
  public Ipv4Address netmask() {
    return Ipv4Address.of(mask(length));
  }

  /**
   * Returns the host mask (Cisco "wildcard" mask), the complement of the netmask: {@code
   * 0.0.0.255} for a {@code /24}.
   *
   * @return the host mask
   */
  public Ipv4Address hostmask() {
    return Ipv4Address.of(~mask(length));
  }

  /**
   * Returns the first address, the network address itself.
   *
   * @return the first address
   */
  public Ipv4Address first() {
    return address;
  }

  /**
   * Returns the last address (all host bits one).
   *
   * @return the last address
   */
  public Ipv4Address last() {
    return Ipv4Address.of(address.value() | ~mask(length));
  }

  /**
   * Returns the directed broadcast address (all host bits one) for prefixes that have one:
   * empty for {@code /31} (RFC 3021 point-to-point links) and {@code /32} (a single host).
   *
   * @return the broadcast address, or empty
   */
  public Optional<Ipv4Address> broadcast() {
    return length >= 31 ? Optional.empty() : Optional.of(last());
  }

  /**
   * Returns the number of addresses.
   *
   * @return {@code 2^(32 - length)}, from 1 to 4294967296
   */
  public long size() {
    return 1L << (32 - length);
  }

  @Override
  public boolean contains(IpAddress address) {
    return address instanceof Ipv4Address a && contains(a);
  }

  /**
   * Returns whether an IPv4 address is in this prefix.
   *
   * @param a the address
   * @return true if its leading {@link #length()} bits equal this prefix's
   */
  public boolean contains(Ipv4Address a) {
    return (a.value() & mask(length)) == address.value();
  }

  /**
   * Returns whether another prefix lies entirely within this one (a prefix contains itself).
   *
   * @param other the other prefix
   * @return true if every address of {@code other} is in this prefix
   */
  public boolean contains(Ipv4Prefix other) {
    return other.length >= length && contains(other.address);
  }

  /**
   * Returns whether two prefixes share any address; for CIDR prefixes that means one contains
   * the other.
   *
   * @param other the other prefix
   * @return true if they overlap
   */
  public boolean overlaps(Ipv4Prefix other) {
    return contains(other) || other.contains(this);
  }

  /**
   * Returns the enclosing prefix one bit shorter.
   *
   * @return the parent prefix
   * @throws IllegalStateException if this is {@code 0.0.0.0/0}
   */
  public Ipv4Prefix supernet() {
    if (length == 0) {
      throw new IllegalStateException("0.0.0.0/0 has no supernet");
    }
    return containing(address, length - 1);
  }

  /**
   * Splits this prefix into the subnets of a longer length, in address order: {@code
   * 10.0.0.0/23} into {@code /24} gives {@code 10.0.0.0/24} and {@code 10.0.1.0/24}. The stream
   * is lazy, so even {@code 0.0.0.0/0} into {@code /32} is fine to take from.
   *
   * @param newLength the subnet length, from {@link #length()} to 32
   * @return the {@code 2^(newLength - length)} subnets
   * @throws IllegalArgumentException if {@code newLength} is shorter than this prefix or above 32
   */
  public Stream<Ipv4Prefix> subnets(int newLength) {
    if (newLength < length || newLength > 32) {
      throw new IllegalArgumentException("subnet length " + newLength + " is outside " + length
          + "..32");
    }
    long step = 1L << (32 - newLength);
    long first = address.toUnsignedLong();
    return LongStream.range(0, 1L << (newLength - length))
        .mapToObj(i -> new Ipv4Prefix(Ipv4Address.of((int) (first + i * step)), newLength));
  }

  /**
   * Returns the smallest list of prefixes that covers exactly the range {@code first..last},
   * in address order: {@code 216.58.192.0–216.58.223.255} is {@code [216.58.192.0/19]}.
   *
   * @param first the first address of the range
   * @param last the last address of the range, not below {@code first}
   * @return between 1 and 62 prefixes
   * @throws IllegalArgumentException if {@code last} is below {@code first}
   */
  public static List<Ipv4Prefix> covering(Ipv4Address first, Ipv4Address last) {
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException("range " + first + "–" + last + " is empty");
    }
    List<Ipv4Prefix> out = new ArrayList<>();
    addCovering(first.toUnsignedLong(), last.toUnsignedLong(), out);
    return out;
  }

  private static void addCovering(long start, long end, List<Ipv4Prefix> out) {
    while (start <= end) {
      // The largest aligned block at start: limited by start's lowest set bit and the range.
      int hostBits = start == 0 ? 32 : Long.numberOfTrailingZeros(start);
      while (start + (1L << hostBits) - 1 > end) {
        hostBits--;
      }
      out.add(new Ipv4Prefix(Ipv4Address.of((int) start), 32 - hostBits));
      start += 1L << hostBits;
    }
  }

  /**
   * Merges prefixes into the smallest sorted list that covers exactly the same addresses:
   * contained prefixes disappear and adjacent ones join ({@code 10.0.0.0/24} and {@code
   * 10.0.1.0/24} become {@code 10.0.0.0/23}).
   *
   * @param prefixes the prefixes, in any order, possibly overlapping
   * @return the merged prefixes in address order
   */
  public static List<Ipv4Prefix> merge(Collection<Ipv4Prefix> prefixes) {
    List<Ipv4Prefix> sorted = new ArrayList<>(prefixes);
    sorted.sort(ORDER);
    List<Ipv4Prefix> out = new ArrayList<>();
    long runStart = -1;
    long runEnd = -1;
    for (Ipv4Prefix p : sorted) {
      long s = p.first().toUnsignedLong();
      long e = p.last().toUnsignedLong();
      if (runStart >= 0 && s <= runEnd + 1) {
        runEnd = Math.max(runEnd, e);
      } else {
        if (runStart >= 0) {
          addCovering(runStart, runEnd, out);
        }
        runStart = s;
        runEnd = e;
      }
    }
    if (runStart >= 0) {
      addCovering(runStart, runEnd, out);
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
  public int compareTo(Ipv4Prefix other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the CIDR text, such as {@code 128.143.0.0/16}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return address + "/" + length;
  }
}
