package io.github.netcodec.uri;

/** Syntax- and scheme-based normalisation, RFC 3986 §6.2.2 and §6.2.3. */
final class Normalization {
  private Normalization() {}

  static Uri normalize(Uri u) {
    String scheme = u.scheme() == null ? null : lower(u.scheme());
    String userInfo = u.userInfo() == null ? null : percent(u.userInfo(), false);
    Host host = u.host() == null ? null : normalizeHost(u.host());
    String port = u.port();
    if (port != null) {
      int value = Grammar.portValue(port);
      if (value < 0 || (scheme != null && value == Uri.defaultPort(scheme))) {
        port = null;
      } else if (port.charAt(0) == '0' && port.length() > 1) {
        port = Integer.toString(value);
      }
    }
    String path = percent(u.path(), false);
    if (scheme != null || path.startsWith("/")) {
      path = Resolution.removeDotSegments(path);
    }
    if (host != null && path.isEmpty() && scheme != null && emptyPathIsRoot(scheme)) {
      path = "/";
    }
    if (host == null && path.startsWith("//")) {
      path = "/." + path;
    }
    String query = u.query() == null ? null : percent(u.query(), false);
    String fragment = u.fragment() == null ? null : percent(u.fragment(), false);
    return new Uri(scheme, userInfo, host, port, path, query, fragment);
  }

  /** Schemes whose empty path after an authority means "/" (RFC 9110 §4.2.3, RFC 6455). */
  private static boolean emptyPathIsRoot(String scheme) {
    switch (scheme) {
      case "http":
      case "https":
      case "ws":
      case "wss":
        return true;
      default:
        return false;
    }
  }

  static Host normalizeHost(Host host) {
    String text = host.text();
    String normal;
    switch (host.kind()) {
      case IPV4:
        return host;
      case IPV6:
        // RFC 5952 text (lower case, shortest form); a zone id is an interface name, whose
        // case may matter, so only its triplets are normalised.
        int percent = text.indexOf('%');
        normal =
            "["
                + host.ipv6Address()
                + (percent < 0
                    ? ""
                    : "%25" + percent(text.substring(percent + 3, text.length() - 1), false))
                + "]";
        break;
      default:
        normal = percent(text, true);
        break;
    }
    return normal.equals(text) ? host : new Host(normal);
  }

  /** ASCII lower case, returning the same string when nothing changes. */
  static String lower(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !(s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] chars = s.toCharArray();
    for (; i < n; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /**
   * §6.2.2.1 and §6.2.2.2 on a checked component: triplets of unreserved characters decoded,
   * other triplets' hexadecimal digits in upper case, and with {@code lowerCase} every letter
   * (a decoded one too) in lower case.
   */
  static String percent(String s, boolean lowerCase) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '%' || (lowerCase && c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < n) {
        int value = Grammar.hexValue(s.charAt(i + 1)) << 4 | Grammar.hexValue(s.charAt(i + 2));
        if (Grammar.is((char) value, Grammar.UNRESERVED)) {
          char decoded = (char) value;
          out.append(lowerCase && decoded >= 'A' && decoded <= 'Z' ? (char) (decoded + 32) : decoded);
        } else {
          PercentEncoding.appendByte(out, value);
        }
        i += 3;
      } else {
        out.append(lowerCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        i++;
      }
    }
    return out.toString();
  }
}
