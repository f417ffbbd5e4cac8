package io.github.netcodec.uri;

import io.github.netcodec.address.IpAddress;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.ZonedIpv6Address;
import java.util.Objects;

/**
 * The host subcomponent of a URI's authority (RFC 3986 §3.2.2), kept exactly as written and
 * classified by {@link #kind()}.
 *
 * <table class="striped">
 *   <caption>Hosts and their kinds</caption>
 *   <thead><tr><th>text</th><th>kind</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code kytos02.cs.virginia.edu}</td><td>{@link Kind#REG_NAME}</td></tr>
 *     <tr><td>{@code 192.0.2.16}</td><td>{@link Kind#IPV4}</td></tr>
 *     <tr><td>{@code [2001:db8::7]}</td><td>{@link Kind#IPV6}</td></tr>
 *     <tr><td>{@code [fe80::1%25eth0]}</td><td>{@link Kind#IPV6}, zone id {@code eth0}</td></tr>
 *     <tr><td>{@code [v7.future]}</td><td>{@link Kind#IPV_FUTURE}</td></tr>
 *     <tr><td>(empty, as in {@code file:///etc})</td><td>{@link Kind#REG_NAME}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The typed views {@link #ipv4Address()}, {@link #ipv6Address()}, {@link
 * #zonedIpv6Address()} and {@link #ipAddress()} convert an IP host to the {@code address}
 * package's values; the factories {@link #of(IpAddress)} and {@link #of(ZonedIpv6Address)} go the
 * other way, writing RFC 5952 text and RFC 6874's {@code "%25"}.
 *
 * <p>The kind follows from the text by the ABNF's first-match rule: {@code 1.2.3.256} and
 * {@code 01.2.3.4} are not IPv4 addresses, so they are registered names. Equality is by text;
 * compare {@link Uri#normalize() normalised} URIs for equivalence.
 *
 * @param text the host as it appears in the URI: percent-encoded registered name, dotted IPv4
 *     address, or IP literal with its brackets (an IPv6 zone id is introduced by {@code "%25"})
 */
public record Host(String text) {

  /** The four forms of host in RFC 3986 §3.2.2 (with RFC 6874 zone ids). */
  public enum Kind {
    /** A registered name, usually a DNS name; may be empty. */
    REG_NAME,
    /** A dotted-decimal IPv4 address. */
    IPV4,
    /** An IPv6 address in brackets, with an optional zone id. */
    IPV6,
    /** A future IP literal, {@code [v<hex>.<text>]}. */
    IPV_FUTURE
  }

  /**
   * Checks the host.
   *
   * @param text the host as it appears in the URI
   * @throws UriSyntaxException if the text matches no host rule; the index is in {@code text}
   */
  public Host {
    Objects.requireNonNull(text, "text");
    if (!Trusted.active()) {
      Grammar.checkHost(text, 0, text.length());
    }
  }

  /**
   * Parses a host as it appears in a URI; the same as the constructor.
   *
   * @param text the host text, e.g. {@code "[::1]"}
   * @return the host
   * @throws UriSyntaxException if the text matches no host rule
   */
  public static Host parse(CharSequence text) {
    return new Host(text.toString());
  }

  /**
   * Makes a registered-name host from a plain name, percent-encoding (UTF-8) every character
   * a registered name may not hold unencoded. No IDNA processing is done.
   *
   * @param name the name, e.g. {@code "example.com"}
   * @return the host
   */
  public static Host ofName(CharSequence name) {
    return new Host(PercentEncoding.encode(name, UriComponent.HOST));
  }

  /**
   * Returns which of the four host forms this is.
   *
   * @return the kind
   */
  public Kind kind() {
    int n = text.length();
    if (n > 0 && text.charAt(0) == '[') {
      char first = text.charAt(1);
      return first == 'v' || first == 'V' ? Kind.IPV_FUTURE : Kind.IPV6;
    }
    return Grammar.isIpv4(text, 0, n) ? Kind.IPV4 : Kind.REG_NAME;
  }

  /**
   * Whether this is an IP literal, written in brackets.
   *
   * @return true for {@link Kind#IPV6} and {@link Kind#IPV_FUTURE}
   */
  public boolean isIpLiteral() {
    return !text.isEmpty() && text.charAt(0) == '[';
  }

  /**
   * Makes the host of an IPv4 or IPv6 address: dotted decimal, or RFC 5952 text in brackets.
   *
   * <pre>{@code
   * Host.of(Ipv4Address.parse("192.0.2.16"))      // 192.0.2.16
   * Host.of(Ipv6Address.parse("2001:DB8:0::7"))   // [2001:db8::7]
   * }</pre>
   *
   * @param address the address
   * @return the host
   */
  public static Host of(IpAddress address) {
    Objects.requireNonNull(address, "address");
    return address instanceof Ipv6Address
        ? new Host("[" + address + "]")
        : new Host(address.toString());
  }

  /**
   * Makes the host of an IPv6 address with a zone id (RFC 6874): the zone is percent-encoded
   * after {@code "%25"}.
   *
   * <pre>{@code
   * Host.of(ZonedIpv6Address.parse("fe80::1%eth0"))  // [fe80::1%25eth0]
   * }</pre>
   *
   * @param address the zoned address
   * @return the host
   */
  public static Host of(ZonedIpv6Address address) {
    Objects.requireNonNull(address, "address");
    return new Host(
        "["
            + address.address()
            + "%25"
            + PercentEncoding.encode(address.zone(), Grammar.ZONE_ID, false)
            + "]");
  }

  /**
   * Returns the IPv4 address of an {@link Kind#IPV4} host.
   *
   * @return the address, or {@code null} when the host is of another kind
   */
  public Ipv4Address ipv4Address() {
    return kind() == Kind.IPV4 ? Ipv4Address.parse(text) : null;
  }

  /**
   * Returns the IPv6 address of an {@link Kind#IPV6} host, without its zone id.
   *
   * @return the address, or {@code null} when the host is of another kind
   */
  public Ipv6Address ipv6Address() {
    if (kind() != Kind.IPV6) {
      return null;
    }
    int percent = text.indexOf('%');
    return Ipv6Address.parse(text.substring(1, percent < 0 ? text.length() - 1 : percent));
  }

  /**
   * Returns the IPv4 or IPv6 address of an IP host, without an IPv6 zone id.
   *
   * @return the address, or {@code null} for a registered name or an IPvFuture literal
   */
  public IpAddress ipAddress() {
    switch (kind()) {
      case IPV4:
        return ipv4Address();
      case IPV6:
        return ipv6Address();
      default:
        return null;
    }
  }

  /**
   * Returns the IPv6 address of an {@link Kind#IPV6} host with its decoded zone id.
   *
   * @return the zoned address, or {@code null} when the host is not IPv6 or has no zone id
   * @throws IllegalStateException if the decoded zone id holds a character that {@link
   *     ZonedIpv6Address} does not allow ({@code %}, {@code /}, brackets, space, non-ASCII):
   *     RFC 6874 lets a URI percent-encode anything there
   */
  public ZonedIpv6Address zonedIpv6Address() {
    String zone = zoneId();
    if (zone == null) {
      return null;
    }
    Ipv6Address address = ipv6Address();
    for (int i = 0; i < zone.length(); i++) {
      char c = zone.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '%' || c == '/' || c == '[' || c == ']') {
        throw new IllegalStateException(
            "URI: the zone id of host " + text + " has " + Grammar.describe(c)
                + ", which a ZonedIpv6Address cannot hold");
      }
    }
    return ZonedIpv6Address.of(address, zone);
  }

  /**
   * Returns the host as resolvers and sockets take it ({@code InetAddress.getByName}, {@code
   * InetSocketAddress.createUnresolved}): a registered name percent-decoded, an IPv4 address as
   * it is, an IP literal without its brackets, with a zone id decoded after a plain {@code '%'}.
   *
   * @return e.g. {@code "café.example"}, {@code "2001:db8::7"} or {@code "fe80::1%eth0"}
   */
  public String hostname() {
    if (!isIpLiteral()) {
      return kind() == Kind.REG_NAME ? PercentEncoding.decode(text) : text;
    }
    int percent = text.indexOf('%');
    if (percent < 0) {
      return text.substring(1, text.length() - 1);
    }
    return text.substring(1, percent) + '%' + zoneId();
  }

  /**
   * Returns the RFC 6874 zone id of an IPv6 literal, percent-decoded.
   *
   * @return e.g. {@code "eth0"} for {@code [fe80::1%25eth0]}, or {@code null} when there is none
   */
  public String zoneId() {
    if (!isIpLiteral()) {
      return null;
    }
    int percent = text.indexOf('%');
    return percent < 0 ? null : PercentEncoding.decode(text.substring(percent + 3, text.length() - 1));
  }

  /**
   * Returns the host as it appears in the URI.
   *
   * @return {@link #text()}
   */
  @Override
  public String toString() {
    return text;
  }
}
