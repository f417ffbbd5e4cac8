package io.github.netcodec.uri;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A URI or relative reference (RFC 3986), as an immutable record of its seven components kept
 * exactly as written (still percent-encoded).
 *
 * <pre>{@code
 *   https://cr4bd@kytos02.cs.virginia.edu:443/quizzes/quiz.php?qid=02#q2
 *   \___/   \___/ \_____________________/ \_/\_______________/ \____/ \/
 *  scheme userInfo        host           port      path        query fragment
 * }</pre>
 *
 * <p><b>Absent and empty are different.</b> A {@code null} component is absent; an empty
 * string is present and empty: {@code http://h/p?} has the query {@code ""}, {@code
 * http://h/p} has none ({@code null}). The path is never absent. {@link #host()} is {@code
 * null} exactly when there is no authority ({@code mailto:a@b}, {@code /x}); {@code file:///x}
 * has an authority whose host is empty. Every component accessor follows this rule.
 *
 * <p><b>Parsing.</b> {@link #parse} is strict: it accepts exactly the {@code URI-reference}
 * rule of RFC 3986 (with RFC 6874 zone ids, and a port of at most 65535) and throws a {@link
 * UriSyntaxException} naming the component and character index otherwise; it throws nothing
 * else on any input. {@link #parseLenient} accepts what people paste. {@code
 * parse(u.toString())} equals {@code u} for every {@code Uri}: the constructor rejects
 * components that would not recompose (§5.3) into the same URI.
 *
 * <p><b>Operations.</b> {@link #resolve(Uri)} implements §5.2; {@link #normalize()} §6.2.2 and
 * §6.2.3; {@link #requestTarget()} and {@link #hostHeader()} give an HTTP request's target and
 * {@code Host} header; {@link #toJavaUri()} and {@link #fromJavaUri} convert.
 *
 * @param scheme the scheme, e.g. {@code "https"}, or {@code null} for a relative reference
 * @param userInfo the user information before {@code '@'}, or {@code null} when absent; only
 *     with a host
 * @param host the host, or {@code null} when there is no authority
 * @param port the port's decimal digits as written (may be empty, as in {@code http://h:/}),
 *     or {@code null} when absent; only with a host; at most 65535
 * @param path the path, never {@code null}, possibly empty; with a host it is empty or starts
 *     with {@code '/'}
 * @param query the query without {@code '?'}, or {@code null} when absent
 * @param fragment the fragment without {@code '#'}, or {@code null} when absent
 */
public record Uri(
    String scheme,
    String userInfo,
    Host host,
    String port,
    String path,
    String query,
    String fragment) {

  /**
   * Checks every component against its grammar and the whole against §5.3, so that the URI
   * recomposes into text that parses back to it.
   *
   * @param scheme the scheme, or {@code null}
   * @param userInfo the user information, or {@code null}
   * @param host the host, or {@code null} when there is no authority
   * @param port the port digits, possibly empty, or {@code null}
   * @param path the path, possibly empty
   * @param query the query, or {@code null}
   * @param fragment the fragment, or {@code null}
   * @throws UriSyntaxException if a component does not match its grammar; the index is in
   *     that component's value
   * @throws IllegalArgumentException if the user info or port is given without a host
   */
  public Uri {
    Objects.requireNonNull(path, "path");
    if (!Trusted.active()) {
      check(scheme, userInfo, host, port, path, query, fragment);
    }
  }

  /** The checks of the canonical constructor; the strict parser has made them already. */
  private static void check(
      String scheme,
      String userInfo,
      Host host,
      String port,
      String path,
      String query,
      String fragment) {
    if (scheme != null) {
      Grammar.checkScheme(scheme);
    }
    if (userInfo != null) {
      if (host == null) {
        throw new IllegalArgumentException("userInfo requires a host");
      }
      Grammar.checkAll(userInfo, 0, userInfo.length(), Grammar.USER_INFO, UriComponent.USER_INFO);
    }
    if (port != null) {
      if (host == null) {
        throw new IllegalArgumentException("port requires a host");
      }
      Grammar.checkPort(port, 0, port.length());
    }
    Grammar.checkAll(path, 0, path.length(), Grammar.PATH, UriComponent.PATH);
    if (host != null) {
      if (!path.isEmpty() && path.charAt(0) != '/') {
        throw Grammar.error(
            path, UriComponent.PATH, 0, "must be empty or begin with '/' after an authority");
      }
    } else {
      if (path.startsWith("//")) {
        throw Grammar.error(
            path, UriComponent.PATH, 0, "must not begin with \"//\" without an authority");
      }
      if (scheme == null) {
        UriParser.checkFirstSegment(path, 0, path.length());
      }
    }
    if (query != null) {
      Grammar.checkAll(query, 0, query.length(), Grammar.QUERY, UriComponent.QUERY);
    }
    if (fragment != null) {
      Grammar.checkAll(fragment, 0, fragment.length(), Grammar.FRAGMENT, UriComponent.FRAGMENT);
    }
  }

  /**
   * Parses a URI or relative reference strictly by the RFC 3986 {@code URI-reference} rule.
   *
   * <pre>{@code
   * Uri.parse("https://kytos02.cs.virginia.edu:443/cs3130-spring2023/quizzes/quiz.php?qid=02#q2")
   * Uri.parse("tel:+1-434-982-2200")          // scheme "tel", path "+1-434-982-2200"
   * Uri.parse("//www.cs.virginia.edu/~cr4bd") // relative: no scheme, host www.cs.virginia.edu
   * Uri.parse("http://h/a b")                 // UriSyntaxException: path at index 10 has U+0020
   * }</pre>
   *
   * @param text the text
   * @return the URI
   * @throws UriSyntaxException if the text is not a URI reference; nothing else is thrown
   */
  public static Uri parse(CharSequence text) {
    return UriParser.parse(text.toString());
  }

  /**
   * Parses what people paste into an address bar, which is <em>not</em> RFC 3986 strict, then
   * applies the strict parser to the repaired text. It:
   *
   * <ul>
   *   <li>drops leading and trailing spaces and control characters, and every tab, CR and LF;
   *   <li>reads {@code '\'} as {@code '/'} before the query, when there is no scheme or the
   *       scheme is http, https, ws, wss, ftp or file (as browsers do);
   *   <li>percent-encodes (UTF-8) each character its component may not hold: spaces,
   *       non-ASCII text, {@code "<>\"{}|^`"}, a second {@code '#'}, a {@code '%'} that does not
   *       start a triplet, a {@code ':'} in the first segment of a relative path;
   *   <li>takes the <em>last</em> {@code '@'} of the authority as the end of the user info.
   * </ul>
   *
   * <p>It does no IDNA processing (a non-ASCII host is percent-encoded, which §3.2.2 permits)
   * and does not change case. What it cannot repair (a bad IP literal, a non-numeric port) is
   * reported as by {@link #parse}, with the index in the repaired text, which {@link
   * UriSyntaxException#input()} returns.
   *
   * @param text the text, e.g. {@code " http://example.com/a b\c?q=é "}
   * @return the URI, e.g. {@code http://example.com/a%20b/c?q=%C3%A9}
   * @throws UriSyntaxException if the repaired text is still not a URI reference
   */
  public static Uri parseLenient(CharSequence text) {
    return UriParser.parse(Lenient.repair(text.toString()));
  }

  /**
   * Converts a {@code java.net.URI} (RFC 2396 with IPv6 scope ids) by parsing its ASCII form;
   * a scope id {@code %eth0} becomes the RFC 6874 zone id {@code %25eth0}.
   *
   * @param uri the URI
   * @return the URI
   * @throws UriSyntaxException if the URI is not RFC 3986 syntax; the index is in its ASCII form
   */
  public static Uri fromJavaUri(URI uri) {
    String text = uri.toASCIIString();
    String host = uri.getHost();
    if (host != null && host.startsWith("[") && host.indexOf('%') > 0 && !host.contains("%25")) {
      text = text.replace(host, host.replace("%", "%25"));
    }
    return UriParser.parse(text);
  }

  /**
   * Converts to a {@code java.net.URI}. An RFC 6874 zone id becomes a scope id ({@code
   * %25eth0} to {@code %eth0}). Note that {@code java.net.URI} follows RFC 2396: for a host with
   * an underscore its {@code getHost()} is {@code null}, though the text is kept.
   *
   * @return the URI
   * @throws IllegalArgumentException if {@code java.net.URI} rejects the text (for example an
   *     IPvFuture literal), with its reason
   */
  public URI toJavaUri() {
    String text = toString();
    if (host != null && host.kind() == Host.Kind.IPV6 && host.zoneId() != null) {
      text = text.replace(host.text(), host.text().replace("%25", "%"));
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "URI: " + text + " is not representable as a java.net.URI: " + e.getMessage(), e);
    }
  }

  /**
   * Whether this is an absolute URI, with a scheme (not a relative reference).
   *
   * @return true when {@link #scheme()} is present
   */
  public boolean isAbsolute() {
    return scheme != null;
  }

  /**
   * Whether there is an authority ({@code "//"} followed by host and optional user info and
   * port).
   *
   * @return true when {@link #host()} is present
   */
  public boolean hasAuthority() {
    return host != null;
  }

  /**
   * Returns the authority as written: {@code [userinfo "@"] host [":" port]}.
   *
   * @return e.g. {@code "cr4bd@portal.cs.virginia.edu"}, or {@code null} when absent
   */
  public String authority() {
    if (host == null) {
      return null;
    }
    if (userInfo == null && port == null) {
      return host.text();
    }
    StringBuilder out = new StringBuilder();
    appendAuthority(out);
    return out.toString();
  }

  /**
   * Returns the port as a number.
   *
   * @return the port, or -1 when it is absent or empty
   */
  public int portNumber() {
    return port == null ? -1 : Grammar.portValue(port);
  }

  /**
   * Returns the port, or the scheme's default port when there is none.
   *
   * @return the port, the {@linkplain #defaultPort(String) default}, or -1 if neither is known
   */
  public int effectivePort() {
    int value = portNumber();
    return value >= 0 || scheme == null ? value : defaultPort(scheme);
  }

  /**
   * Returns the default port of a scheme (§6.2.3): http 80, https 443, ws 80, wss 443, ftp 21,
   * ssh 22, sftp 22, telnet 23, ldap 389, ldaps 636. Case does not matter.
   *
   * @param scheme the scheme
   * @return the port, or -1 if the scheme is not one of these
   */
  public static int defaultPort(String scheme) {
    switch (scheme.toLowerCase(Locale.ROOT)) {
      case "http":
      case "ws":
        return 80;
      case "https":
      case "wss":
        return 443;
      case "ftp":
        return 21;
      case "ssh":
      case "sftp":
        return 22;
      case "telnet":
        return 23;
      case "ldap":
        return 389;
      case "ldaps":
        return 636;
      default:
        return -1;
    }
  }

  /**
   * Returns the path's segments, percent-decoded: {@code /a/b%20c/} gives {@code [a, b c, ""]}.
   * The empty path has no segments; a leading {@code '/'} adds none.
   *
   * @return an unmodifiable list
   */
  public List<String> pathSegments() {
    if (path.isEmpty()) {
      return List.of();
    }
    List<String> segments = new ArrayList<>();
    int start = path.charAt(0) == '/' ? 1 : 0;
    while (true) {
      int slash = path.indexOf('/', start);
      int end = slash < 0 ? path.length() : slash;
      segments.add(PercentEncoding.decode(path.substring(start, end), false, true));
      if (slash < 0) {
        return Collections.unmodifiableList(segments);
      }
      start = slash + 1;
    }
  }

  /**
   * Reads the query as {@code application/x-www-form-urlencoded} parameters.
   *
   * @return the parameters; empty when there is no query
   */
  public FormParameters queryParameters() {
    return query == null ? FormParameters.of() : FormParameters.parse(query);
  }

  /**
   * Returns a copy with another path.
   *
   * @param newPath the percent-encoded path
   * @return the copy
   * @throws UriSyntaxException if the path is not valid here
   */
  public Uri withPath(String newPath) {
    return new Uri(scheme, userInfo, host, port, newPath, query, fragment);
  }

  /**
   * Returns a copy with another query.
   *
   * @param newQuery the percent-encoded query without {@code '?'}, or {@code null} for none
   * @return the copy
   * @throws UriSyntaxException if the query is not valid
   */
  public Uri withQuery(String newQuery) {
    return new Uri(scheme, userInfo, host, port, path, newQuery, fragment);
  }

  /**
   * Returns a copy with another fragment.
   *
   * @param newFragment the percent-encoded fragment without {@code '#'}, or {@code null} for
   *     none
   * @return the copy
   * @throws UriSyntaxException if the fragment is not valid
   */
  public Uri withFragment(String newFragment) {
    return new Uri(scheme, userInfo, host, port, path, query, newFragment);
  }

  /**
   * Resolves a reference against this base URI (RFC 3986 §5.2.2, strict: a reference with a
   * scheme is taken as absolute even when the scheme equals the base's). The base's fragment
   * is ignored.
   *
   * <pre>{@code
   * Uri base = Uri.parse("http://a/b/c/d;p?q");
   * base.resolve(Uri.parse("../g"))  // http://a/b/g
   * base.resolve(Uri.parse("?y"))    // http://a/b/c/d;p?y
   * }</pre>
   *
   * @param reference the reference
   * @return the target URI
   * @throws IllegalStateException if this URI has no scheme (§5.1: a base must be absolute)
   */
  public Uri resolve(Uri reference) {
    return Resolution.resolve(this, reference);
  }

  /**
   * Parses a reference strictly and resolves it against this base.
   *
   * @param reference the reference text
   * @return the target URI
   * @throws UriSyntaxException if the reference does not parse
   * @throws IllegalStateException if this URI has no scheme
   */
  public Uri resolve(CharSequence reference) {
    return Resolution.resolve(this, parse(reference));
  }

  /**
   * Returns the normal form used to compare URIs (RFC 3986 §6.2.2 and §6.2.3):
   *
   * <ul>
   *   <li>scheme and host in lower case, an IPv6 address in RFC 5952 form (an IPv6 zone id keeps
   *       its case), hexadecimal digits of percent-encoded triplets in upper case;
   *   <li>triplets of unreserved characters decoded ({@code %7E} to {@code ~});
   *   <li>dot segments removed (§5.2.4) when there is a scheme or the path is absolute; a
   *       relative path such as {@code ../a} keeps them, as they matter when it is resolved;
   *   <li>an empty port, or the scheme's {@linkplain #defaultPort default} port, removed; an
   *       empty path after an authority made {@code "/"} for http, https, ws and wss.
   * </ul>
   *
   * Normalising twice gives the same URI.
   *
   * @return the normalised URI
   */
  public Uri normalize() {
    return Normalization.normalize(this);
  }

  /**
   * Whether two URIs are equivalent: whether their {@linkplain #normalize() normal forms} are
   * equal.
   *
   * @param other the other URI
   * @return true if they are equivalent
   */
  public boolean isEquivalentTo(Uri other) {
    return normalize().equals(other.normalize());
  }

  /**
   * Returns the HTTP request-target in origin form (RFC 9112 §3.2.1): the path, {@code "/"} if
   * it is empty, then {@code '?'} and the query if there is one. The fragment is never sent.
   *
   * <pre>{@code
   * Uri.parse("http://www.foo.com:80/foo/bar?quux#q1").requestTarget()  // "/foo/bar?quux"
   * }</pre>
   *
   * @return the origin-form request-target
   * @throws IllegalStateException if the path is neither empty nor absolute (as in {@code
   *     tel:+1-434-982-2200})
   */
  public String requestTarget() {
    if (!path.isEmpty() && path.charAt(0) != '/') {
      throw new IllegalStateException(
          "URI: " + this + " has the rootless path \"" + path + "\", which has no origin form");
    }
    String target = path.isEmpty() ? "/" : path;
    return query == null ? target : target + '?' + query;
  }

  /**
   * Returns the value of the HTTP {@code Host} header as RFC 9112 §3.2 requires it: the
   * authority without its user info, exactly as written, so a port given in the URI is sent
   * even when it is the default, as the lecture's example shows. An IPv6 zone id is left out
   * (RFC 6874 §4: it means something only on the sending host).
   *
   * <pre>{@code
   * Uri.parse("http://www.foo.com:80/foo/bar?quux#q1").hostHeader()  // "www.foo.com:80"
   * }</pre>
   *
   * @return the header value; empty when there is no authority (RFC 9112 §3.2)
   * @see #hostHeaderOmittingDefaultPort()
   */
  public String hostHeader() {
    if (host == null) {
      return "";
    }
    String name = headerHost();
    return port == null || port.isEmpty() ? name : name + ':' + port;
  }

  /** The host without an IPv6 zone id, which RFC 6874 §4 says a client must not send. */
  private String headerHost() {
    String text = host.text();
    int percent = host.isIpLiteral() ? text.indexOf('%') : -1;
    return percent < 0 ? text : text.substring(0, percent) + ']';
  }

  /**
   * Returns a {@code Host} header value with the port only when it is not the scheme's
   * {@linkplain #defaultPort default}, written as a number; an IPv6 host stays in brackets,
   * without its zone id.
   *
   * <pre>{@code
   * Uri.parse("http://www.foo.com:80/foo/bar").hostHeaderOmittingDefaultPort() // "www.foo.com"
   * Uri.parse("https://[2001:db8::1]:8443/").hostHeaderOmittingDefaultPort()   // "[2001:db8::1]:8443"
   * }</pre>
   *
   * @return the header value; empty when there is no authority
   */
  public String hostHeaderOmittingDefaultPort() {
    if (host == null) {
      return "";
    }
    int value = portNumber();
    if (value < 0 || (scheme != null && value == defaultPort(scheme))) {
      return headerHost();
    }
    return headerHost() + ':' + value;
  }

  private void appendAuthority(StringBuilder out) {
    if (userInfo != null) {
      out.append(userInfo).append('@');
    }
    out.append(host.text());
    if (port != null) {
      out.append(':').append(port);
    }
  }

  /**
   * Recomposes the URI from its components (RFC 3986 §5.3).
   *
   * @return the URI text; {@code Uri.parse} of it equals this URI
   */
  @Override
  public String toString() {
    int length = path.length() + 1;
    if (scheme != null) {
      length += scheme.length() + 1;
    }
    if (host != null) {
      length += 2 + host.text().length();
      length += userInfo == null ? 0 : userInfo.length() + 1;
      length += port == null ? 0 : port.length() + 1;
    }
    length += query == null ? 0 : query.length() + 1;
    length += fragment == null ? 0 : fragment.length() + 1;
    StringBuilder out = new StringBuilder(length);
    if (scheme != null) {
      out.append(scheme).append(':');
    }
    if (host != null) {
      out.append("//");
      appendAuthority(out);
    }
    out.append(path);
    if (query != null) {
      out.append('?').append(query);
    }
    if (fragment != null) {
      out.append('#').append(fragment);
    }
    return out.toString();
  }
}
