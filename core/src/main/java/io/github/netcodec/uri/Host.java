package io.github.netcodec.uri;

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
    Grammar.checkHost(text, 0, text.length());
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
   * Returns the text without the brackets of an IP literal and without an IPv6 zone id: the
   * address as a resolver or socket wants it. A registered name is percent-decoded.
   *
   * @return e.g. {@code "2001:db8::7"} for {@code [2001:db8::7]}, {@code "example.com"} for
   *     {@code example.com}
   */
  public String address() {
    if (!isIpLiteral()) {
      return kind() == Kind.REG_NAME ? PercentEncoding.decode(text) : text;
    }
    int end = text.length() - 1;
    int percent = text.indexOf('%');
    return text.substring(1, percent < 0 ? end : percent);
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
