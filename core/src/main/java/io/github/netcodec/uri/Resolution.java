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
              r.path().charAt(0) == '/'
                  ? removeDotSegments(r.path())
                  : mergeAndRemoveDotSegments(base, r.path());
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
    // Components of two checked URIs, and a path that merging and dot removal built from checked
    // paths (absolute whenever there is an authority, guarded above otherwise): no need to scan
    // them again. UriProperties checks the result against the checking constructor.
    boolean[] trusted = Trusted.flag();
    trusted[0] = true;
    try {
      return new Uri(scheme, userInfo, host, port, path, query, r.fragment());
    } finally {
      trusted[0] = false;
    }
  }

  /**
   * §5.2.3 merge followed by §5.2.4 remove_dot_segments, in one buffer: the base path up to
   * its last '/' (or "/" after an authority with an empty path), then the reference's path.
   */
  static String mergeAndRemoveDotSegments(Uri base, String relative) {
    String basePath = base.path();
    boolean root = base.host() != null && basePath.isEmpty();
    int keep = root ? 1 : basePath.lastIndexOf('/') + 1;
    int n = keep + relative.length();
    char[] buffer = new char[n];
    if (root) {
      buffer[0] = '/';
    } else {
      basePath.getChars(0, keep, buffer, 0);
    }
    relative.getChars(0, relative.length(), buffer, keep);
    boolean dots = relative.indexOf('.') >= 0 || (keep > 0 && basePath.lastIndexOf('.', keep - 1) >= 0);
    return new String(buffer, 0, dots ? removeDotSegments(buffer, n) : n);
  }

  /** §5.2.4 remove_dot_segments. */
  static String removeDotSegments(String in) {
    if (in.indexOf('.') < 0) {
      return in;
    }
    char[] buffer = in.toCharArray();
    return new String(buffer, 0, removeDotSegments(buffer, buffer.length));
  }

  /**
   * §5.2.4 remove_dot_segments in place, in one pass: the input is read at {@code i} and the
   * output, a stack of segments, written at {@code o <= i}, so the unread input is never
   * overwritten.
   *
   * @return the length of the output at the start of {@code b}
   */
  static int removeDotSegments(char[] b, int n) {
    int o = 0;
    int i = 0;
    while (i < n) {
      if (at(b, i, n, "../")) { // A
        i += 3;
      } else if (at(b, i, n, "./")) { // A
        i += 2;
      } else if (at(b, i, n, "/./")) { // B: "/./" becomes "/"
        i += 2;
      } else if (i + 2 == n && at(b, i, n, "/.")) { // B: a final "/." becomes "/"
        b[o++] = '/';
        i = n;
      } else if (at(b, i, n, "/../")) { // C: "/../" becomes "/", drop the last segment
        i += 3;
        o = dropLastSegment(b, o);
      } else if (i + 3 == n && at(b, i, n, "/..")) { // C: a final "/.."
        o = dropLastSegment(b, o);
        b[o++] = '/';
        i = n;
      } else if ((i + 1 == n && b[i] == '.') || (i + 2 == n && at(b, i, n, ".."))) { // D
        i = n;
      } else { // E: move the first segment, with its leading '/', to the output
        int end = b[i] == '/' ? i + 1 : i;
        while (end < n && b[end] != '/') {
          end++;
        }
        System.arraycopy(b, i, b, o, end - i);
        o += end - i;
        i = end;
      }
    }
    return o;
  }

  private static boolean at(char[] b, int i, int n, String prefix) {
    int length = prefix.length();
    if (i + length > n) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (b[i + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Removes the last segment and its preceding '/' (if any) from the output. */
  private static int dropLastSegment(char[] out, int o) {
    while (o > 0 && out[o - 1] != '/') {
      o--;
    }
    return o > 0 ? o - 1 : 0;
  }
}
