package io.github.netcodec.uri;

/**
 * The RFC 3986 ABNF (with the RFC 6874 zone id) as character-class tables and hand-written
 * checkers. Every checker reads {@code s} between absolute indexes and throws a {@link
 * UriSyntaxException} whose index is absolute in {@code s}; none allocates on success.
 */
final class Grammar {
  private Grammar() {}

  // Character-class bits, one table lookup per ASCII char.
  static final int ALPHA = 1;
  static final int DIGIT = 1 << 1;
  /** {@code - . _ ~}: the unreserved characters that are not letters or digits (§2.3). */
  static final int MARK = 1 << 2;
  /** {@code ! $ & ' ( ) * + , ; =} (§2.2). */
  static final int SUB_DELIM = 1 << 3;
  static final int COLON = 1 << 4;
  static final int AT = 1 << 5;
  static final int SLASH = 1 << 6;
  static final int QUESTION = 1 << 7;
  /** {@code + - .}: what a scheme allows besides letters and digits (§3.1). */
  static final int SCHEME_MARK = 1 << 8;
  /** {@code A-F a-f}. */
  static final int HEX_LETTER = 1 << 9;

  static final int UNRESERVED = ALPHA | DIGIT | MARK;
  static final int REG_NAME = UNRESERVED | SUB_DELIM;
  static final int USER_INFO = REG_NAME | COLON;
  static final int PCHAR = USER_INFO | AT;
  static final int PATH = PCHAR | SLASH;
  static final int QUERY = PATH | QUESTION;
  static final int FRAGMENT = QUERY;
  static final int SCHEME = ALPHA | DIGIT | SCHEME_MARK;
  static final int IPV_FUTURE = USER_INFO;
  static final int ZONE_ID = UNRESERVED;
  static final int HEX = DIGIT | HEX_LETTER;

  private static final short[] CLASS = new short[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] |= ALPHA;
      CLASS[c - 'a' + 'A'] |= ALPHA;
    }
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] |= DIGIT;
    }
    for (char c : "abcdefABCDEF".toCharArray()) {
      CLASS[c] |= HEX_LETTER;
    }
    for (char c : "-._~".toCharArray()) {
      CLASS[c] |= MARK;
    }
    for (char c : "!$&'()*+,;=".toCharArray()) {
      CLASS[c] |= SUB_DELIM;
    }
    for (char c : "+-.".toCharArray()) {
      CLASS[c] |= SCHEME_MARK;
    }
    CLASS[':'] |= COLON;
    CLASS['@'] |= AT;
    CLASS['/'] |= SLASH;
    CLASS['?'] |= QUESTION;
  }

  /** Whether {@code c} is in one of the classes of {@code mask}. */
  static boolean is(char c, int mask) {
    return c < 128 && (CLASS[c] & mask) != 0;
  }

  /** The value of a hexadecimal digit, or -1. */
  static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** A character quoted for a message: printable ASCII as itself, anything else as U+XXXX. */
  static String describe(char c) {
    if (c >= 0x21 && c < 0x7f) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }

  static UriSyntaxException error(String s, UriComponent component, int index, String what) {
    return new UriSyntaxException(s, component, index, what);
  }

  /** The expectation for a character that {@code mask} does not allow. */
  private static String expected(int mask) {
    switch (mask) {
      case USER_INFO:
        return "an unreserved, percent-encoded, sub-delims or ':' character";
      case REG_NAME:
        return "an unreserved, percent-encoded or sub-delims character";
      case PATH:
        return "a path character (unreserved, percent-encoded, sub-delims, ':', '@' or '/')";
      case QUERY:
        return "a pchar, '/' or '?'";
      case ZONE_ID:
        return "an unreserved or percent-encoded character";
      default:
        return "a valid character";
    }
  }

  static UriSyntaxException invalidChar(String s, UriComponent component, int index, int mask) {
    return error(s, component, index, "has " + describe(s.charAt(index)) + ", expected " + expected(mask));
  }

  /**
   * Scans characters of {@code mask} and valid percent-encoded triplets from {@code from},
   * stopping at the first other character or at {@code to}.
   *
   * @return the index where the scan stopped
   * @throws UriSyntaxException at a {@code '%'} not followed by two hexadecimal digits
   */
  static int scan(String s, int from, int to, int mask, UriComponent component) {
    // A counted loop (the index steps by one) so that the JIT eliminates range checks and
    // unrolls it, which made parsing about twice as fast: a triplet's hexadecimal digits are
    // checked at its '%' and then pass as letters or digits, which every mask here allows.
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 128 && (CLASS[c] & mask) != 0) {
        continue;
      }
      if (c != '%') {
        return i;
      }
      checkTriplet(s, i, to, component);
    }
    return to;
  }

  /** Scans like {@link #scan} and throws if anything else is found before {@code to}. */
  static void checkAll(String s, int from, int to, int mask, UriComponent component) {
    int stop = scan(s, from, to, mask, component);
    if (stop < to) {
      throw invalidChar(s, component, stop, mask);
    }
  }

  static void checkTriplet(String s, int i, int to, UriComponent component) {
    if (i + 2 >= to || hexValue(s.charAt(i + 1)) < 0 || hexValue(s.charAt(i + 2)) < 0) {
      throw error(s, component, i, "has a '%' not followed by two hexadecimal digits");
    }
  }

  /** Checks {@code scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )} over the whole text. */
  static void checkScheme(String s) {
    if (s.isEmpty()) {
      throw error(s, UriComponent.SCHEME, 0, "is empty, expected a letter");
    }
    if (!is(s.charAt(0), ALPHA)) {
      throw error(s, UriComponent.SCHEME, 0, "has " + describe(s.charAt(0)) + ", expected a letter");
    }
    for (int i = 1; i < s.length(); i++) {
      if (!is(s.charAt(i), SCHEME)) {
        throw error(
            s,
            UriComponent.SCHEME,
            i,
            "has " + describe(s.charAt(i)) + ", expected a letter, digit, '+', '-' or '.'");
      }
    }
  }

  /**
   * Checks {@code port = *DIGIT} and that the value is at most 65535 (every transport's limit;
   * RFC 3986 itself leaves the range to the scheme).
   */
  static void checkPort(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw error(s, UriComponent.PORT, i, "has " + describe(c) + ", expected a decimal digit");
      }
      value = value * 10 + (c - '0');
      if (value > 65535) {
        throw error(s, UriComponent.PORT, from, "is above the maximum 65535");
      }
    }
  }

  /** The value of a checked port, or -1 when it is empty. */
  static int portValue(String port) {
    if (port.isEmpty()) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < port.length(); i++) {
      value = value * 10 + (port.charAt(i) - '0');
    }
    return value;
  }

  /** Whether {@code [from, to)} matches {@code IPv4address} (dec-octets, no leading zeros). */
  static boolean isIpv4(String s, int from, int to) {
    int i = from;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (i >= to || s.charAt(i) != '.') {
          return false;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < to && i - start < 3) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        i++;
      }
      int length = i - start;
      if (length == 0 || value > 255 || (length > 1 && s.charAt(start) == '0')) {
        return false;
      }
    }
    return i == to;
  }

  /**
   * Checks a host over {@code [from, to)} and says which kind it is: an IP literal in
   * brackets (IPv6 with an optional RFC 6874 zone id, or IPvFuture), an IPv4 address, or else
   * a registered name (§3.2.2: the first rule that matches wins).
   */
  static Host.Kind checkHost(String s, int from, int to) {
    if (from < to && s.charAt(from) == '[') {
      if (s.charAt(to - 1) != ']' || to - from < 2) {
        throw error(s, UriComponent.HOST, to, "has an IP literal without its closing ']'");
      }
      int inner = from + 1;
      int close = to - 1;
      if (inner < close && (s.charAt(inner) == 'v' || s.charAt(inner) == 'V')) {
        checkIpvFuture(s, inner, close);
        return Host.Kind.IPV_FUTURE;
      }
      int percent = s.indexOf('%', inner);
      if (percent < 0 || percent > close) {
        checkIpv6(s, inner, close);
      } else {
        checkIpv6(s, inner, percent);
        checkZone(s, percent, close);
      }
      return Host.Kind.IPV6;
    }
    if (isIpv4(s, from, to)) {
      return Host.Kind.IPV4;
    }
    checkAll(s, from, to, REG_NAME, UriComponent.HOST);
    return Host.Kind.REG_NAME;
  }

  /** Checks {@code "%25" ZoneID} (RFC 6874) over {@code [from, to)}. */
  static void checkZone(String s, int from, int to) {
    if (!s.startsWith("%25", from) || from + 3 > to) {
      throw error(s, UriComponent.HOST, from, "has a '%' not followed by \"25\", expected \"%25\" before a zone id (RFC 6874)");
    }
    if (from + 3 == to) {
      throw error(s, UriComponent.HOST, to, "has an empty zone id after \"%25\"");
    }
    checkAll(s, from + 3, to, ZONE_ID, UriComponent.HOST);
  }

  /** Checks {@code IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )}. */
  static void checkIpvFuture(String s, int from, int to) {
    int i = from + 1;
    while (i < to && is(s.charAt(i), HEX)) {
      i++;
    }
    if (i == from + 1) {
      throw error(s, UriComponent.HOST, i, (i < to ? "has " + describe(s.charAt(i)) : "ends") + ", expected a hexadecimal version after 'v'");
    }
    if (i >= to || s.charAt(i) != '.') {
      throw error(s, UriComponent.HOST, i, (i < to ? "has " + describe(s.charAt(i)) : "ends") + ", expected '.' after the IPvFuture version");
    }
    i++;
    if (i == to) {
      throw error(s, UriComponent.HOST, i, "ends, expected an IPvFuture address after '.'");
    }
    for (; i < to; i++) {
      if (!is(s.charAt(i), IPV_FUTURE)) {
        throw error(
            s,
            UriComponent.HOST,
            i,
            "has " + describe(s.charAt(i))
                + ", expected an unreserved, sub-delims or ':' character in an IPvFuture address");
      }
    }
  }

  /**
   * Checks {@code IPv6address} over {@code [from, to)}: eight groups of one to four hexadecimal
   * digits, or fewer with exactly one {@code "::"} standing for at least one zero group, the
   * last two groups optionally written as an IPv4 address.
   */
  static void checkIpv6(String s, int from, int to) {
    final UriComponent h = UriComponent.HOST;
    int i = from;
    int groups = 0;
    boolean compressed = false;
    if (i == to) {
      throw error(s, h, i, "has an empty IP literal, expected an IPv6 address");
    }
    if (s.charAt(i) == ':') {
      if (i + 1 >= to || s.charAt(i + 1) != ':') {
        throw error(s, h, i, "has an IPv6 address starting with a single ':', expected '::' or a group");
      }
      compressed = true;
      i += 2;
      if (i == to) {
        return;
      }
    }
    while (true) {
      int start = i;
      while (i < to && i - start < 5 && is(s.charAt(i), HEX)) {
        i++;
      }
      if (i == start) {
        throw error(s, h, i, (i < to ? "has " + describe(s.charAt(i)) : "ends") + ", expected a hexadecimal digit in an IPv6 address");
      }
      if (i < to && s.charAt(i) == '.') {
        if (groups > 6 || (compressed && groups > 5)) {
          throw error(s, h, start, "has an IPv4 part after too many IPv6 groups");
        }
        if (!isIpv4(s, start, to)) {
          throw error(s, h, start, "has an invalid IPv4 part, expected four decimal octets 0-255 without leading zeros");
        }
        groups += 2;
        break;
      }
      if (i - start > 4) {
        throw error(s, h, start + 4, "has an IPv6 group of more than four hexadecimal digits");
      }
      groups++;
      if (i == to) {
        break;
      }
      if (s.charAt(i) != ':') {
        throw error(s, h, i, "has " + describe(s.charAt(i)) + ", expected ':' or a hexadecimal digit in an IPv6 address");
      }
      i++;
      if (i < to && s.charAt(i) == ':') {
        if (compressed) {
          throw error(s, h, i - 1, "has a second \"::\" in an IPv6 address");
        }
        compressed = true;
        i++;
        if (i == to) {
          break;
        }
      } else if (i == to) {
        throw error(s, h, i, "ends with a single ':', expected a group after it");
      }
      if (groups >= 8) {
        throw error(s, h, i, "has more than eight groups in an IPv6 address");
      }
    }
    if (compressed ? groups > 7 : groups != 8) {
      throw error(
          s,
          h,
          to,
          compressed
              ? "has " + groups + " groups and \"::\", expected at most seven with \"::\""
              : "has " + groups + " groups, expected eight or \"::\"");
    }
  }
}
