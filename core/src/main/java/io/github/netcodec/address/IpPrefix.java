package io.github.netcodec.address;

import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 CIDR prefix: {@link Ipv4Prefix} or {@link Ipv6Prefix}.
 *
 * <pre>{@code
 * IpPrefix p = IpPrefix.parse("128.143.0.0/16");   // an Ipv4Prefix
 * IpPrefix q = IpPrefix.parse("2001:db8::/32");    // an Ipv6Prefix
 * }</pre>
 */
public sealed interface IpPrefix permits Ipv4Prefix, Ipv6Prefix {

  /**
   * Parses strict CIDR text, deciding the version by the presence of a colon.
   *
   * @param text the text, such as {@code 128.143.0.0/16} or {@code 2001:db8::/32}
   * @return the prefix
   * @throws IllegalArgumentException if the text is not a prefix or has host bits set
   */
  static IpPrefix parse(CharSequence text) {
    return isV6(text) ? Ipv6Prefix.parse(text) : Ipv4Prefix.parse(text);
  }

  /**
   * Parses like {@link #parse(CharSequence)} but returns an empty {@code Optional} instead of
   * throwing.
   *
   * @param text the text
   * @return the prefix, or empty if the text is not a strict prefix
   */
  static Optional<IpPrefix> tryParse(CharSequence text) {
    return isV6(text)
        ? Ipv6Prefix.tryParse(text).map(p -> (IpPrefix) p)
        : Ipv4Prefix.tryParse(text).map(p -> (IpPrefix) p);
  }

  private static boolean isV6(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the first address of the prefix (all host bits zero).
   *
   * @return the network address
   */
  IpAddress address();

  /**
   * Returns the prefix length.
   *
   * @return the number of leading network bits
   */
  int length();

  /**
   * Returns whether an address is in this prefix; an address of the other version never is.
   *
   * @param address the address
   * @return true if the address's leading {@link #length()} bits equal this prefix's
   */
  boolean contains(IpAddress address);

  /**
   * Returns the CIDR text, such as {@code 128.143.0.0/16}.
   *
   * @return the text
   */
  @Override
  String toString();
}
