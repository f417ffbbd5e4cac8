package io.github.netcodec.uri;

/**
 * The strict RFC 3986 parser: one left-to-right pass that finds each delimiter and checks each
 * character against its component's grammar as it goes. No regular expression, no allocation
 * besides the component strings and the records.
 */
final class UriParser {
  private UriParser() {}

  static Uri parse(String s) {
    final int n = s.length();
    int pos = 0;

    // scheme ":" — only when the text starts with ALPHA *( scheme char ) ":"
    String scheme = null;
    if (n > 0 && Grammar.is(s.charAt(0), Grammar.ALPHA)) {
      int i = 1;
      while (i < n && Grammar.is(s.charAt(i), Grammar.SCHEME)) {
        i++;
      }
      if (i < n && s.charAt(i) == ':') {
        scheme = s.substring(0, i);
        pos = i + 1;
      }
    }

    // "//" authority
    String userInfo = null;
    Host host = null;
    String port = null;
    if (pos + 1 < n && s.charAt(pos) == '/' && s.charAt(pos + 1) == '/') {
      int start = pos + 2;
      int end = start;
      int at = -1;
      while (end < n) {
        char c = s.charAt(end);
        if (c == '/' || c == '?' || c == '#') {
          break;
        }
        if (c == '@' && at < 0) {
          at = end;
        }
        end++;
      }
      int hostStart = start;
      if (at >= 0) {
        Grammar.checkAll(s, start, at, Grammar.USER_INFO, UriComponent.USER_INFO);
        userInfo = s.substring(start, at);
        hostStart = at + 1;
      }
      int hostEnd;
      if (hostStart < end && s.charAt(hostStart) == '[') {
        int close = s.indexOf(']', hostStart);
        if (close < 0 || close >= end) {
          throw Grammar.error(
              s, UriComponent.HOST, end, "has an IP literal without its closing ']'");
        }
        hostEnd = close + 1;
        if (hostEnd < end && s.charAt(hostEnd) != ':') {
          throw Grammar.error(
              s,
              UriComponent.HOST,
              hostEnd,
              "has "
                  + Grammar.describe(s.charAt(hostEnd))
                  + " after the IP literal, expected ':' or the end of the authority");
        }
      } else {
        hostEnd = hostStart;
        while (hostEnd < end && s.charAt(hostEnd) != ':') {
          hostEnd++;
        }
      }
      Grammar.checkHost(s, hostStart, hostEnd);
      host = new Host(s.substring(hostStart, hostEnd));
      if (hostEnd < end) {
        Grammar.checkPort(s, hostEnd + 1, end);
        port = s.substring(hostEnd + 1, end);
      }
      pos = end;
    }

    // path
    int pathEnd = Grammar.scan(s, pos, n, Grammar.PATH, UriComponent.PATH);
    if (pathEnd < n && s.charAt(pathEnd) != '?' && s.charAt(pathEnd) != '#') {
      throw Grammar.invalidChar(s, UriComponent.PATH, pathEnd, Grammar.PATH);
    }
    if (scheme == null && host == null) {
      checkFirstSegment(s, pos, pathEnd);
    }
    String path = s.substring(pos, pathEnd);
    pos = pathEnd;

    // "?" query
    String query = null;
    if (pos < n && s.charAt(pos) == '?') {
      int end = Grammar.scan(s, pos + 1, n, Grammar.QUERY, UriComponent.QUERY);
      if (end < n && s.charAt(end) != '#') {
        throw Grammar.invalidChar(s, UriComponent.QUERY, end, Grammar.QUERY);
      }
      query = s.substring(pos + 1, end);
      pos = end;
    }

    // "#" fragment
    String fragment = null;
    if (pos < n) {
      int end = Grammar.scan(s, pos + 1, n, Grammar.FRAGMENT, UriComponent.FRAGMENT);
      if (end < n) {
        throw Grammar.invalidChar(s, UriComponent.FRAGMENT, end, Grammar.FRAGMENT);
      }
      fragment = s.substring(pos + 1);
    }
    return new Uri(scheme, userInfo, host, port, path, query, fragment);
  }

  /**
   * A relative reference without authority may not have ':' in its first segment
   * ({@code path-noscheme}), or it would read as a scheme.
   */
  static void checkFirstSegment(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '/') {
        return;
      }
      if (c == ':') {
        throw Grammar.error(
            s,
            UriComponent.PATH,
            i,
            "has ':' in the first segment of a relative reference, where it would read as a"
                + " scheme; write \"./\" before the path");
      }
    }
  }
}
