package io.github.netcodec.address;

import java.net.Inet6Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv6 address with a zone id (RFC 4007 §11): {@code fe80::1%eth0}. The zone names the link
 * (an interface name, or a number on systems that use interface indexes) that a non-global
 * address such as a link-local one belongs to. It is a separate value because two equal
 * addresses in different zones are different destinations, while {@link Ipv6Address} itself
 * stays two {@code long}s.
 *
 * <p>A zone id here is one or more printable ASCII characters other than {@code %}, {@code /},
 * {@code [} and {@code ]}. In a URI the {@code %} is written {@code %25} (RFC 6874); decoding that
 * is the URI parser's job.
 *
 * @param address the address
 * @param zone the zone id, such as {@code eth0} or {@code 3}
 */
public record ZonedIpv6Address(Ipv6Address address, String zone) {

  /**
   * Validates the components.
   *
   * @param address the address
   * @param zone the zone id
   * @throws IllegalArgumentException if the zone is empty or has a character not allowed
   * @throws NullPointerException if a component is null
   */
  public ZonedIpv6Address {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(zone, "zone");
    String error = checkZone(zone, 0, zone.length());
    if (error != null) {
      throw new IllegalArgumentException("zone " + Text.quote(zone) + " " + error);
    }
  }

  private static String checkZone(CharSequence s, int start, int end) {
    if (start == end) {
      return "is empty";
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '%' || c == '/' || c == '[' || c == ']') {
        return "has " + Text.describeChar(c) + " at index " + (i - start)
            + "; a zone id is printable ASCII other than '%', '/', '[' and ']'";
      }
    }
    return null;
  }

  /**
   * Returns the address with a zone.
   *
   * @param address the address
   * @param zone the zone id
   * @return the zoned address
   * @throws IllegalArgumentException if the zone is not valid
   */
  public static ZonedIpv6Address of(Ipv6Address address, String zone) {
    return new ZonedIpv6Address(address, zone);
  }

  /**
   * Converts a {@code java.net} address that has a scope: its interface name if it has one,
   * else its numeric scope id.
   *
   * @param address an IPv6 address with a scope
   * @return the zoned address
   * @throws IllegalArgumentException if the address has no scope
   */
  public static ZonedIpv6Address of(Inet6Address address) {
    NetworkInterface nif = address.getScopedInterface();
    String zone;
    if (nif != null) {
      zone = nif.getName();
    } else if (address.getScopeId() != 0) {
      zone = Integer.toString(address.getScopeId());
    } else {
      throw new IllegalArgumentException(address + " has no scope id");
    }
    return new ZonedIpv6Address(Ipv6Address.of(address), zone);
  }

  /**
   * Parses an IPv6 literal followed by {@code %} and a zone id, such as {@code fe80::1%eth0}.
   *
   * @param text the text
   * @return the zoned address
   * @throws IllegalArgumentException if there is no zone, the zone is not valid, or the address
   *     part is not a valid IPv6 literal; the message says why
   */
  public static ZonedIpv6Address parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int pct = indexOf(text, '%');
    if (pct < 0) {
      throw new IllegalArgumentException("invalid zoned IPv6 address " + Text.quote(text)
          + ": has no '%' and zone id");
    }
    Ipv6Address a = Ipv6Address.parse(text, 0, pct, true);
    String error = checkZone(text, pct + 1, text.length());
    if (error != null) {
      throw new IllegalArgumentException(
          "invalid zoned IPv6 address " + Text.quote(text) + ": zone " + error);
    }
    return new ZonedIpv6Address(a, text.subSequence(pct + 1, text.length()).toString());
  }

  /**
   * Parses like {@link #parse(CharSequence)} but returns an empty {@code Optional} instead of
   * throwing.
   *
   * @param text the text
   * @return the zoned address, or empty if the text is not valid
   */
  public static Optional<ZonedIpv6Address> tryParse(CharSequence text) {
    int pct = indexOf(text, '%');
    if (pct < 0 || checkZone(text, pct + 1, text.length()) != null) {
      return Optional.empty();
    }
    Ipv6Address a = Ipv6Address.parse(text, 0, pct, false);
    return a == null
        ? Optional.empty()
        : Optional.of(new ZonedIpv6Address(a, text.subSequence(pct + 1, text.length()).toString()));
  }

  private static int indexOf(CharSequence s, char c) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Converts to a {@code java.net} address with a scope: a numeric zone becomes the scope id, a
   * name is looked up among this host's network interfaces.
   *
   * @return the scoped address
   * @throws IllegalStateException if the zone is a name that is not an interface of this host
   */
  public Inet6Address toInetAddress() {
    byte[] bytes = address.toByteArray();
    try {
      if (isNumeric(zone)) {
        return Inet6Address.getByAddress(null, bytes, Integer.parseInt(zone));
      }
      NetworkInterface nif = NetworkInterface.getByName(zone);
      if (nif == null) {
        throw new IllegalStateException("zone " + zone + " is not a network interface of this host");
      }
      return Inet6Address.getByAddress(null, bytes, nif);
    } catch (UnknownHostException | SocketException e) {
      throw new IllegalStateException("cannot scope " + address + " to zone " + zone, e);
    }
  }

  private static boolean isNumeric(String s) {
    if (s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the address in RFC 5952 form, {@code %} and the zone: {@code fe80::1%eth0}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return address + "%" + zone;
  }
}
