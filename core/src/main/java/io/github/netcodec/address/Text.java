package io.github.netcodec.address;

/** Package-private helpers shared by the address parsers and formatters. */
final class Text {
  /** Longest piece of an input quoted in an error message; longer inputs are cut with "...". */
  private static final int QUOTE_LIMIT = 64;

  private static final byte[] HEX_VALUE = new byte[128];

  static {
    java.util.Arrays.fill(HEX_VALUE, (byte) -1);
    for (int c = '0'; c <= '9'; c++) {
      HEX_VALUE[c] = (byte) (c - '0');
    }
    for (int c = 'a'; c <= 'f'; c++) {
      HEX_VALUE[c] = (byte) (c - 'a' + 10);
      HEX_VALUE[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
    }
  }

  static final byte[] LOWER_HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  private Text() {}

  /** Returns the value of a hex digit, or -1 if {@code c} is not one. */
  static int hexValue(char c) {
    return c < 128 ? HEX_VALUE[c] : -1;
  }

  /**
   * Quotes (part of) an input for an error message: double quotes around it, non-printable and
   * non-ASCII characters escaped as {@code \}{@code uXXXX}, cut after {@value #QUOTE_LIMIT}
   * characters.
   */
  static String quote(CharSequence s, int start, int end) {
    StringBuilder sb = new StringBuilder(Math.min(end - start, QUOTE_LIMIT) + 8).append('"');
    int stop = Math.min(end, start + QUOTE_LIMIT);
    for (int i = start; i < stop; i++) {
      appendEscaped(sb, s.charAt(i));
    }
    if (stop < end) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }

  /** Quotes a whole input for an error message. */
  static String quote(CharSequence s) {
    return quote(s, 0, s.length());
  }

  /** Describes one character for an error message: {@code 'x'} or {@code U+0009}. */
  static String describeChar(char c) {
    if (c >= 0x21 && c < 0x7f) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }

  private static void appendEscaped(StringBuilder sb, char c) {
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      sb.append(c);
    } else {
      sb.append(String.format("\\u%04x", (int) c));
    }
  }

  /**
   * For each octet value, its decimal digits followed by '.', as ASCII bytes in the low 32 bits
   * of the entry (first character lowest), and the number of bits they take (16, 24 or 32) in
   * bits 32 and up.
   */
  private static final long[] OCTET_DOT = new long[256];

  static {
    for (int v = 0; v < 256; v++) {
      String t = v + ".";
      long packed = 0;
      for (int k = 0; k < t.length(); k++) {
        packed |= (long) t.charAt(k) << (8 * k);
      }
      OCTET_DOT[v] = packed | (long) (8 * t.length()) << 32;
    }
  }

  /**
   * Returns the dotted quad of a 32-bit IPv4 address as a new String.
   *
   * <p>The digits are laid out in two longs from a table, then handed as single {@code char}s
   * to a string concatenation of the exact length: on JDK 17 that allocates the String's array
   * once, uninitialised, and stores each byte, where {@code new String(byte[], ISO_8859_1)} would
   * copy a scratch array and concatenating ints or table Strings costs about twice as much
   * (digit loops, one array copy per piece).
   */
  static String dottedQuad(int v) {
    long a = OCTET_DOT[v >>> 24];
    long b = OCTET_DOT[(v >>> 16) & 0xff];
    long c = OCTET_DOT[(v >>> 8) & 0xff];
    long d = OCTET_DOT[v & 0xff];
    int bitsA = (int) (a >>> 32);
    int bitsAb = bitsA + (int) (b >>> 32); // 32..64
    int bitsC = (int) (c >>> 32);
    long ab = (a & 0xffff_ffffL) | (b & 0xffff_ffffL) << bitsA;
    long cd = (c & 0xffff_ffffL) | (d & 0xffff_ffffL) << bitsC;
    // Two shifts because a shift by 64 would be a shift by 0.
    long lo = ab | (cd << (bitsAb - 8)) << 8;
    long hi = cd >>> (64 - bitsAb);
    int length = ((bitsAb + bitsC + (int) (d >>> 32)) >>> 3) - 1; // without the last '.'
    return ascii(lo, hi, length);
  }

  /** The string of the first {@code length} (7..15) bytes of {@code lo} then {@code hi}. */
  private static String ascii(long lo, long hi, int length) {
    // One small method per length so that each concatenation has a fixed size and stays
    // small enough to be inlined.
    return switch (length) {
      case 7 -> ascii7(lo);
      case 8 -> ascii8(lo);
      case 9 -> ascii9(lo, hi);
      case 10 -> ascii10(lo, hi);
      case 11 -> ascii11(lo, hi);
      case 12 -> ascii12(lo, hi);
      case 13 -> ascii13(lo, hi);
      case 14 -> ascii14(lo, hi);
      case 15 -> ascii15(lo, hi);
      default -> throw new AssertionError(length);
    };
  }

  private static char c(long w, int index) {
    return (char) ((w >>> (8 * index)) & 0xff);
  }

  private static String ascii7(long lo) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6);
  }

  private static String ascii8(long lo) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6) + c(lo, 7);
  }

  private static String ascii9(long lo, long hi) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6) + c(lo, 7) + c(hi, 0);
  }

  private static String ascii10(long lo, long hi) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6) + c(lo, 7) + c(hi, 0) + c(hi, 1);
  }

  private static String ascii11(long lo, long hi) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6) + c(lo, 7) + c(hi, 0) + c(hi, 1)
        + c(hi, 2);
  }

  private static String ascii12(long lo, long hi) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6) + c(lo, 7) + c(hi, 0) + c(hi, 1)
        + c(hi, 2) + c(hi, 3);
  }

  private static String ascii13(long lo, long hi) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6) + c(lo, 7) + c(hi, 0) + c(hi, 1)
        + c(hi, 2) + c(hi, 3) + c(hi, 4);
  }

  private static String ascii14(long lo, long hi) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6) + c(lo, 7) + c(hi, 0) + c(hi, 1)
        + c(hi, 2) + c(hi, 3) + c(hi, 4) + c(hi, 5);
  }

  private static String ascii15(long lo, long hi) {
    return "" + c(lo, 0) + c(lo, 1) + c(lo, 2) + c(lo, 3) + c(lo, 4)
        + c(lo, 5) + c(lo, 6) + c(lo, 7) + c(hi, 0) + c(hi, 1)
        + c(hi, 2) + c(hi, 3) + c(hi, 4) + c(hi, 5) + c(hi, 6);
  }

  /** Appends the decimal text of {@code 0..255} to {@code out} at {@code pos}; returns the end. */
  static int putDecimalOctet(byte[] out, int pos, int v) {
    if (v >= 100) {
      out[pos++] = (byte) ('0' + v / 100);
      v %= 100;
      out[pos++] = (byte) ('0' + v / 10);
      out[pos++] = (byte) ('0' + v % 10);
    } else if (v >= 10) {
      out[pos++] = (byte) ('0' + v / 10);
      out[pos++] = (byte) ('0' + v % 10);
    } else {
      out[pos++] = (byte) ('0' + v);
    }
    return pos;
  }

  /** Appends a dotted quad to {@code out} at {@code pos}; returns the end. */
  static int putDottedQuad(byte[] out, int pos, int v) {
    pos = putDecimalOctet(out, pos, v >>> 24);
    out[pos++] = '.';
    pos = putDecimalOctet(out, pos, (v >>> 16) & 0xff);
    out[pos++] = '.';
    pos = putDecimalOctet(out, pos, (v >>> 8) & 0xff);
    out[pos++] = '.';
    return putDecimalOctet(out, pos, v & 0xff);
  }

  /** Appends a 16-bit value as 1–4 lower-case hex digits without leading zeros. */
  static int putHexGroup(byte[] out, int pos, int g) {
    if (g >= 0x1000) {
      out[pos++] = LOWER_HEX[g >>> 12];
    }
    if (g >= 0x100) {
      out[pos++] = LOWER_HEX[(g >>> 8) & 0xf];
    }
    if (g >= 0x10) {
      out[pos++] = LOWER_HEX[(g >>> 4) & 0xf];
    }
    out[pos++] = LOWER_HEX[g & 0xf];
    return pos;
  }

  /** Makes a String of the first {@code len} ASCII bytes of {@code b}. */
  static String ascii(byte[] b, int len) {
    return new String(b, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
