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
    String hostText = null;
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
      hostText = s.substring(hostStart, hostEnd);
      if (hostEnd < end) {
        Grammar.checkPort(s, hostEnd + 1, end);
        port = s.substring(hostEnd + 1, end);
      }
      pos = end;
    }

    // path [ "?" query ] [ "#" fragment ]: one loop whose character class changes at each
    // delimiter (one loop also lets the JIT optimise it fully, which three did not get).
    int mask = Grammar.PATH;
    UriComponent component = UriComponent.PATH;
    int pathEnd = -1;
    int queryStart = -1;
    int queryEnd = -1;
    int fragmentStart = -1;
    // A counted loop (the index only ever steps by one) so that the JIT can eliminate range
    // checks and unroll it: a triplet's two hexadecimal digits are checked at its '%', then
    // pass as unreserved characters.
    for (int i = pos; i < n; i++) {
      char c = s.charAt(i);
      if (Grammar.is(c, mask)) {
        continue;
      }
      if (c == '%') {
        Grammar.checkTriplet(s, i, n, component);
      } else if (c == '#' && fragmentStart < 0) {
        if (queryStart < 0) {
          pathEnd = i;
        } else {
          queryEnd = i;
        }
        fragmentStart = i + 1;
        mask = Grammar.FRAGMENT;
        component = UriComponent.FRAGMENT;
      } else if (c == '?' && mask == Grammar.PATH) {
        pathEnd = i;
        queryStart = i + 1;
        mask = Grammar.QUERY;
        component = UriComponent.QUERY;
      } else {
        throw Grammar.invalidChar(s, component, i, mask);
      }
    }
    if (pathEnd < 0) {
      pathEnd = n;
    }
    if (queryStart >= 0 && queryEnd < 0) {
      queryEnd = n;
    }
    if (scheme == null && hostText == null) {
      checkFirstSegment(s, pos, pathEnd);
    }
    String path = s.substring(pos, pathEnd);
    String query = queryStart < 0 ? null : s.substring(queryStart, queryEnd);
    String fragment = fragmentStart < 0 ? null : s.substring(fragmentStart);

    // Every character has been checked above: build the records without checking again.
    boolean[] trusted = Trusted.flag();
    trusted[0] = true;
    try {
      Host host = hostText == null ? null : new Host(hostText);
      return new Uri(scheme, userInfo, host, port, path, query, fragment);
    } finally {
      trusted[0] = false;
    }
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
