package io.github.netcodec.uri;

/** Reference resolution, RFC 3986 §5.2: the algorithm of §5.2.2 with §5.2.3 and §5.2.4. */
final class Resolution {
  private Resolution() {}

  static Uri resolve(Uri base, Uri r) {
    if (base.scheme() == null) {
      throw new IllegalStateException(
          "URI: base " + base + " has no scheme, but a base URI must be absolute (RFC 3986 §5.1)");
    }
    String scheme;
    String userInfo;
    Host host;
    String port;
    String path;
    String query;
    if (r.scheme() != null) {
      scheme = r.scheme();
      userInfo = r.userInfo();
      host = r.host();
      port = r.port();
      path = removeDotSegments(r.path());
      query = r.query();
    } else {
      if (r.host() != null) {
        userInfo = r.userInfo();
        host = r.host();
        port = r.port();
        path = removeDotSegments(r.path());
        query = r.query();
      } else {
        if (r.path().isEmpty()) {
          path = base.path();
          query = r.query() != null ? r.query() : base.query();
        } else {
          path =
              removeDotSegments(r.path().charAt(0) == '/' ? r.path() : merge(base, r.path()));
          query = r.query();
        }
        userInfo = base.userInfo();
        host = base.host();
        port = base.port();
      }
      scheme = base.scheme();
    }
    if (host == null && path.startsWith("//")) {
      // Dot-segment removal can leave "//" at the start of a path with no authority, which
      // would read as an authority (RFC 3986 erratum 4547); "/." keeps the meaning.
      path = "/." + path;
    }
    return new Uri(scheme, userInfo, host, port, path, query, r.fragment());
  }

  /** §5.2.3: the base path up to its last '/', then the reference's path. */
  static String merge(Uri base, String relative) {
    if (base.host() != null && base.path().isEmpty()) {
      return "/" + relative;
    }
    int slash = base.path().lastIndexOf('/');
    return slash < 0 ? relative : base.path().substring(0, slash + 1).concat(relative);
  }

  /**
   * §5.2.4 remove_dot_segments, in one pass over the input with the output as a stack of
   * segments in a char array.
   */
  static String removeDotSegments(String in) {
    if (in.indexOf('.') < 0) {
      return in;
    }
    int n = in.length();
    char[] out = new char[n + 1];
    int o = 0;
    int i = 0;
    while (i < n) {
      if (in.startsWith("../", i)) { // A
        i += 3;
      } else if (in.startsWith("./", i)) { // A
        i += 2;
      } else if (in.startsWith("/./", i)) { // B: "/./" becomes "/"
        i += 2;
      } else if (i + 2 == n && in.startsWith("/.", i)) { // B: a final "/." becomes "/"
        out[o++] = '/';
        i = n;
      } else if (in.startsWith("/../", i)) { // C: "/../" becomes "/", drop the last segment
        i += 3;
        o = dropLastSegment(out, o);
      } else if (i + 3 == n && in.startsWith("/..", i)) { // C: a final "/.."
        o = dropLastSegment(out, o);
        out[o++] = '/';
        i = n;
      } else if ((i + 1 == n && in.charAt(i) == '.')
          || (i + 2 == n && in.startsWith("..", i))) { // D
        i = n;
      } else { // E: move the first segment, with its leading '/', to the output
        int end = in.charAt(i) == '/' ? i + 1 : i;
        while (end < n && in.charAt(end) != '/') {
          end++;
        }
        in.getChars(i, end, out, o);
        o += end - i;
        i = end;
      }
    }
    return new String(out, 0, o);
  }

  /** Removes the last segment and its preceding '/' (if any) from the output. */
  private static int dropLastSegment(char[] out, int o) {
    while (o > 0 && out[o - 1] != '/') {
      o--;
    }
    return o > 0 ? o - 1 : 0;
  }
}
