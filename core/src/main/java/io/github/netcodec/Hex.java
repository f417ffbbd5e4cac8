package io.github.netcodec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * Hex text to bytes and back, in the forms people paste from tools and slides.
 *
 * <p>{@link #parse(CharSequence)} reads all of these, line by line:
 *
 * <table class="striped">
 *   <caption>Accepted hex dump forms</caption>
 *   <thead><tr><th>Source</th><th>Example line</th></tr></thead>
 *   <tbody>
 *   <tr><td>bytes separated by spaces, tabs, commas or colons</td>
 *       <td>{@code 4c	cc	6a	ba} / {@code 4c:cc:6a:ba} / {@code 0x4c, 0xcc}</td></tr>
 *   <tr><td>a continuous stream (Wireshark "Copy as Hex Stream", {@code xxd -p})</td>
 *       <td>{@code 4ccc6aba1cb9d807}</td></tr>
 *   <tr><td>C escapes (Wireshark "Copy as Escaped String")</td>
 *       <td>{@code "\x4c\xcc\x6a\xba"}</td></tr>
 *   <tr><td>{@code xxd}</td>
 *       <td>{@code 00000000: 4ccc 6aba 1cb9 d807  L.j.....}</td></tr>
 *   <tr><td>{@code tcpdump -X}</td>
 *       <td>{@code 0x0000:  4500 0060 db89 4000  E..`..@.}</td></tr>
 *   <tr><td>Wireshark "Copy as Hex Dump", {@code hexdump -C}</td>
 *       <td>{@code 0000   4c cc 6a ba   L.j.} / {@code 00000000  4c cc 6a ba  |L.j.|}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A line that starts with an offset (a token of four or more hex digits ending in a colon,
 * or one whose value is the running byte count) is a dump line: the offset is checked against
 * the bytes read so far, so a line lost while pasting is an error rather than a silently
 * shorter packet, and the trailing ASCII column is ignored. Blank lines and lines starting with
 * {@code #} or {@code //} are skipped. Anything else that is not hex is an error naming its line
 * and column.
 */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * Parses a hex dump in any of the forms listed in the class description.
   *
   * @param dump the pasted text
   * @return the bytes, in order
   * @throws IllegalArgumentException if a line holds text that is not hex, a hex token has an odd
   *     number of digits, or a dump offset does not match the bytes read before it
   */
  public static byte[] parse(CharSequence dump) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(dump.length() / 2);
    String[] lines = dump.toString().split("\r?\n|\r", -1);
    long base = -1; // offset of the first dump line; -1 until one has been seen
    for (int i = 0; i < lines.length; i++) {
      base = parseLine(lines[i], i + 1, out, base);
    }
    return out.toByteArray();
  }

  /**
   * Parses a hex dump as {@link #parse(CharSequence)} does and wraps the bytes in a heap buffer.
   *
   * @param dump the pasted text
   * @return a new buffer positioned at 0 whose limit is the number of bytes parsed
   * @throws IllegalArgumentException as {@link #parse(CharSequence)} does
   */
  public static ByteBuffer parseBuffer(CharSequence dump) {
    return ByteBuffer.wrap(parse(dump));
  }

  private static long parseLine(String line, int lineNo, ByteArrayOutputStream out, long base) {
    int n = line.length();
    int p = skipSpace(line, 0);
    if (p == n || line.startsWith("#", p) || line.startsWith("//", p)) {
      return base;
    }
    long written = out.size();
    boolean dumpLine = false;
    int tokenEnd = tokenEnd(line, p);
    String first = line.substring(p, tokenEnd);
    String digits = first.startsWith("0x") || first.startsWith("0X") ? first.substring(2) : first;
    boolean colon = digits.endsWith(":");
    if (colon) {
      digits = digits.substring(0, digits.length() - 1);
    }
    if (digits.length() >= 4 && digits.length() <= 16 && isHex(digits, 0, digits.length())) {
      long value = Long.parseUnsignedLong(digits, 16);
      boolean followedByGap = tokenEnd + 1 < n && isSpace(line.charAt(tokenEnd + 1));
      long expected = base < 0 ? written : base + written;
      if (colon) {
        if (base >= 0 && value != expected) {
          throw offsetMismatch(lineNo, value, expected);
        }
        dumpLine = true;
      } else if (value == expected
          && ((followedByGap && (base >= 0 || value == 0)) || (base >= 0 && tokenEnd == n))) {
        // Wireshark and hexdump -C offsets carry no colon; they are recognised by value. A lone
        // offset after the last line (hexdump -C prints one) is the dump's length.
        dumpLine = true;
      }
      if (dumpLine) {
        if (base < 0) {
          base = value - written;
        }
        p = skipSpace(line, tokenEnd);
      }
    }
    int bytesOnLine = 0;
    while (p < n) {
      if (dumpLine && bytesOnLine > 0 && p >= 2 && isSpace(line.charAt(p - 1))
          && isSpace(line.charAt(p - 2)) && n - p <= bytesOnLine) {
        break; // the ASCII column: as wide as the bytes on the line, after a double space
      }
      int end = tokenEnd(line, p);
      int parsed = parseToken(line, p, end, out);
      if (parsed < 0) {
        if (dumpLine && bytesOnLine > 0) {
          break; // text after the bytes of a dump line is its ASCII column
        }
        throw new IllegalArgumentException(
            "line " + lineNo + ", column " + (p + 1) + ": '" + line.substring(p, end)
                + "' is not hex");
      }
      bytesOnLine += parsed;
      p = skipSpace(line, end);
    }
    return base;
  }

  private static IllegalArgumentException offsetMismatch(int lineNo, long value, long expected) {
    return new IllegalArgumentException(
        "line " + lineNo + ": dump offset 0x" + Long.toHexString(value)
            + " does not follow the bytes before it (expected 0x"
            + Long.toHexString(expected) + "); was a line lost?");
  }

  /**
   * Decodes one whitespace-delimited token: plain hex, {@code 0x}-prefixed, colon-separated
   * pairs or {@code \x} escapes, optionally in double quotes. Returns the byte count, or -1 if
   * the token is not hex at all (the caller decides whether that is an error).
   */
  private static int parseToken(String line, int start, int end, ByteArrayOutputStream out) {
    String token = line.substring(start, end);
    if (token.length() >= 2 && token.startsWith("\"")) {
      token = token.substring(1, token.endsWith("\"") ? token.length() - 1 : token.length());
    }
    String digits;
    if (token.startsWith("\\x")) {
      if (token.length() % 4 != 0) {
        return -1;
      }
      StringBuilder sb = new StringBuilder(token.length() / 2);
      for (int i = 0; i < token.length(); i += 4) {
        if (!token.startsWith("\\x", i)) {
          return -1; // each \x must introduce exactly two digits
        }
        sb.append(token, i + 2, i + 4);
      }
      digits = sb.toString();
    } else if (token.startsWith("0x") || token.startsWith("0X")) {
      digits = token.substring(2);
    } else if (token.indexOf(':') > 0) {
      StringBuilder sb = new StringBuilder(token.length());
      for (String pair : token.split(":", -1)) {
        if (pair.length() != 2) {
          return -1;
        }
        sb.append(pair);
      }
      digits = sb.toString();
    } else {
      digits = token;
    }
    if (digits.isEmpty() || !isHex(digits, 0, digits.length())) {
      return -1;
    }
    if ((digits.length() & 1) != 0) {
      throw new IllegalArgumentException(
          "'" + token + "' has an odd number of hex digits (" + digits.length() + ")");
    }
    for (int i = 0; i < digits.length(); i += 2) {
      out.write((hexValue(digits.charAt(i)) << 4) | hexValue(digits.charAt(i + 1)));
    }
    return digits.length() / 2;
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (hexValue(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** ASCII hex digit value, or -1; unlike Character.digit it refuses non-ASCII digits. */
  private static int hexValue(char c) {
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

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == ',';
  }

  private static int skipSpace(String s, int p) {
    while (p < s.length() && isSpace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  private static int tokenEnd(String s, int p) {
    while (p < s.length() && !isSpace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /**
   * Formats bytes as continuous lower-case hex, two digits per byte.
   *
   * @param bytes the bytes
   * @return the hex text, e.g. {@code "4ccc6aba"}
   */
  public static String toHex(byte[] bytes) {
    return toHex(ByteBuffer.wrap(bytes));
  }

  /**
   * Formats the bytes between a buffer's position and limit as continuous lower-case hex. The
   * buffer's position and limit are not changed.
   *
   * @param buf the buffer
   * @return the hex text
   */
  public static String toHex(ByteBuffer buf) {
    int from = buf.position();
    int to = buf.limit();
    char[] out = new char[(to - from) * 2];
    for (int i = from, o = 0; i < to; i++) {
      int b = buf.get(i) & 0xff;
      out[o++] = DIGITS[b >>> 4];
      out[o++] = DIGITS[b & 0xf];
    }
    return new String(out);
  }

  /**
   * Formats bytes as {@code xxd} does: an eight-digit offset, sixteen bytes per line in groups of
   * two, and an ASCII column where unprintable bytes show as {@code .}.
   *
   * <pre>{@code
   * 00000000: 4ccc 6aba 1cb9 d807 b6d9 ae50 0800 4500  L.j........P..E.
   * }</pre>
   *
   * <p>The output is accepted by {@link #parse(CharSequence)}.
   *
   * @param bytes the bytes
   * @return the dump, one line per sixteen bytes, each ending in a newline
   */
  public static String dump(byte[] bytes) {
    return dump(ByteBuffer.wrap(bytes));
  }

  /**
   * Formats the bytes between a buffer's position and limit as {@link #dump(byte[])} does. The
   * buffer's position and limit are not changed; offsets count from its position.
   *
   * @param buf the buffer
   * @return the dump
   */
  public static String dump(ByteBuffer buf) {
    int from = buf.position();
    int length = buf.limit() - from;
    StringBuilder sb = new StringBuilder((length + 15) / 16 * 68);
    for (int line = 0; line < length; line += 16) {
      String offset = Integer.toHexString(line);
      sb.append("00000000", offset.length(), 8).append(offset).append(':');
      int count = Math.min(16, length - line);
      for (int i = 0; i < 16; i++) {
        if ((i & 1) == 0) {
          sb.append(' ');
        }
        if (i < count) {
          int b = buf.get(from + line + i) & 0xff;
          sb.append(DIGITS[b >>> 4]).append(DIGITS[b & 0xf]);
        } else {
          sb.append("  ");
        }
      }
      sb.append("  ");
      for (int i = 0; i < count; i++) {
        int b = buf.get(from + line + i) & 0xff;
        sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
