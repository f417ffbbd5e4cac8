package io.github.netcodec.uri;

import java.util.Locale;

/**
 * The repairs of {@link Uri#parseLenient}: turns pasted text into RFC 3986 syntax where it
 * can, leaving what it cannot repair for the strict parser to report.
 */
final class Lenient {
  private Lenient() {}

  static String repair(String in) {
    int b = 0;
    int e = in.length();
    while (b < e && in.charAt(b) <= ' ') {
      b++;
    }
    while (e > b && in.charAt(e - 1) <= ' ') {
      e--;
    }
    char[] t = new char[e - b];
    int n = 0;
    for (int i = b; i < e; i++) {
      char c = in.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        t[n++] = c;
      }
    }
    String s = new String(t, 0, n);
    StringBuilder out = new StringBuilder(n + 16);

    int pos = 0;
    String scheme = null;
    if (n > 0 && Grammar.is(s.charAt(0), Grammar.ALPHA)) {
      int i = 1;
      while (i < n && Grammar.is(s.charAt(i), Grammar.SCHEME)) {
        i++;
      }
      if (i < n && s.charAt(i) == ':') {
        scheme = s.substring(0, i);
        pos = i + 1;
        out.append(s, 0, pos);
      }
    }
    int hierEnd = pos;
    while (hierEnd < n && s.charAt(hierEnd) != '?' && s.charAt(hierEnd) != '#') {
      hierEnd++;
    }
    if (scheme == null || isSpecial(scheme)) {
      s = s.substring(0, pos) + s.substring(pos, hierEnd).replace('\\', '/') + s.substring(hierEnd);
    }

    boolean authority = s.startsWith("//", pos);
    if (authority) {
      out.append("//");
      int start = pos + 2;
      int end = start;
      while (end < n && "/?#".indexOf(s.charAt(end)) < 0) {
        end++;
      }
      int at = s.lastIndexOf('@', end - 1);
      int hostStart = start;
      if (at >= start) {
        encodeInto(out, s, start, at, Grammar.USER_INFO);
        out.append('@');
        hostStart = at + 1;
      }
      if (hostStart < end && s.charAt(hostStart) == '[') {
        out.append(s, hostStart, end); // an IP literal and port: nothing to repair
      } else {
        int colon = s.indexOf(':', hostStart);
        int hostEnd = colon < 0 || colon > end ? end : colon;
        encodeInto(out, s, hostStart, hostEnd, Grammar.REG_NAME);
        out.append(s, hostEnd, end);
      }
      pos = end;
    }

    int pathEnd = pos;
    while (pathEnd < n && s.charAt(pathEnd) != '?' && s.charAt(pathEnd) != '#') {
      pathEnd++;
    }
    int pathStart = pos;
    if (scheme == null && !authority) {
      // path-noscheme: no ':' in the first segment
      int segmentEnd = pos;
      while (segmentEnd < pathEnd && s.charAt(segmentEnd) != '/') {
        segmentEnd++;
      }
      encodeInto(out, s, pos, segmentEnd, Grammar.PCHAR & ~Grammar.COLON);
      pathStart = segmentEnd;
    }
    encodeInto(out, s, pathStart, pathEnd, Grammar.PATH);
    pos = pathEnd;
    if (pos < n && s.charAt(pos) == '?') {
      int end = s.indexOf('#', pos);
      end = end < 0 ? n : end;
      out.append('?');
      encodeInto(out, s, pos + 1, end, Grammar.QUERY);
      pos = end;
    }
    if (pos < n) {
      out.append('#');
      encodeInto(out, s, pos + 1, n, Grammar.FRAGMENT);
    }
    return out.toString();
  }

  private static boolean isSpecial(String scheme) {
    switch (scheme.toLowerCase(Locale.ROOT)) {
      case "http":
      case "https":
      case "ws":
      case "wss":
      case "ftp":
      case "file":
        return true;
      default:
        return false;
    }
  }

  /** Appends {@code [from, to)}, keeping {@code mask} characters and valid triplets. */
  private static void encodeInto(StringBuilder out, String s, int from, int to, int mask) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (Grammar.is(c, mask)) {
        out.append(c);
        i++;
      } else if (c == '%'
          && i + 2 < to
          && Grammar.hexValue(s.charAt(i + 1)) >= 0
          && Grammar.hexValue(s.charAt(i + 2)) >= 0) {
        out.append(s, i, i + 3);
        i += 3;
      } else {
        i = PercentEncoding.appendEncoded(out, s, i);
      }
    }
  }
}
