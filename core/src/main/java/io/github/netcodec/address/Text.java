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
