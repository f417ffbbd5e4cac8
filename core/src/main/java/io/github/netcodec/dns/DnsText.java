package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Zone-file text helpers (RFC 1035 §5.1): a tokenizer that honours quotes, escapes, parentheses
 * and comments, character-string escaping, and hex and base64 fields.
 */
final class DnsText {
  private DnsText() {}

  /** One token: its raw text (escapes not resolved) and whether it was quoted. */
  record Token(String text, boolean quoted) {}

  /** A cursor over the tokens of one record's text. */
  static final class Tokens {
    private final List<Token> tokens;
    private int next;

    Tokens(List<Token> tokens) {
      this.tokens = tokens;
    }

    boolean hasNext() {
      return next < tokens.size();
    }

    Token nextToken(String field) {
      if (!hasNext()) {
        throw new IllegalArgumentException(field + " is missing");
      }
      return tokens.get(next++);
    }

    String next(String field) {
      return nextToken(field).text();
    }

    /** The rest of the tokens joined without spaces (base64 and hex may be split). */
    String rest(String field) {
      StringBuilder sb = new StringBuilder();
      while (hasNext()) {
        sb.append(tokens.get(next++).text());
      }
      if (sb.length() == 0) {
        throw new IllegalArgumentException(field + " is missing");
      }
      return sb.toString();
    }

    String restOrEmpty() {
      StringBuilder sb = new StringBuilder();
      while (hasNext()) {
        sb.append(tokens.get(next++).text());
      }
      return sb.toString();
    }

    long number(String field, long max) {
      String t = next(field);
      try {
        long v = Long.parseLong(t);
        if (v < 0 || v > max) {
          throw new IllegalArgumentException(field + " " + t + " is not in 0.." + max);
        }
        return v;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(field + " \"" + t + "\" is not a number", e);
      }
    }

    int u8(String field) {
      return (int) number(field, 0xff);
    }

    int u16(String field) {
      return (int) number(field, 0xffff);
    }

    long u32(String field) {
      return number(field, 0xffffffffL);
    }

    DnsName name(String field) {
      return DnsName.of(next(field));
    }

    ByteString characterString(String field) {
      return unescape(next(field), field);
    }

    void end(String what) {
      if (hasNext()) {
        throw new IllegalArgumentException(
            what + " has unexpected text \"" + tokens.get(next).text() + "\"");
      }
    }
  }

  static Tokens tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')') {
        i++;
      } else if (c == ';') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException("unterminated quoted string in \"" + text + "\"");
          }
          char d = text.charAt(i);
          if (d == '"') {
            i++;
            break;
          }
          if (d == '\\' && i + 1 < n) {
            sb.append(d).append(text.charAt(i + 1));
            i += 2;
          } else {
            sb.append(d);
            i++;
          }
        }
        out.add(new Token(sb.toString(), true));
      } else {
        StringBuilder sb = new StringBuilder();
        while (i < n) {
          char d = text.charAt(i);
          if (d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '(' || d == ')' || d == ';'
              || d == '"') {
            break;
          }
          if (d == '\\' && i + 1 < n) {
            sb.append(d).append(text.charAt(i + 1));
            i += 2;
          } else {
            sb.append(d);
            i++;
          }
        }
        out.add(new Token(sb.toString(), false));
      }
    }
    return new Tokens(out);
  }

  /** Resolves {@code \X} and {@code \DDD} escapes of a character-string (at most 255 octets). */
  static ByteString unescape(String s, String field) {
    return unescape(s, field, 255);
  }

  /** Resolves escapes of a value that is not a character-string (up to 65535 octets). */
  static ByteString unescapeLong(String s, String field) {
    return unescape(s, field, 0xffff);
  }

  private static ByteString unescape(String s, String field, int max) {
    byte[] out = new byte[s.length()];
    int len = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int octet;
      if (c == '\\') {
        if (i + 1 >= s.length()) {
          throw new IllegalArgumentException(field + " \"" + s + "\" ends inside an escape");
        }
        char d = s.charAt(i + 1);
        if (d >= '0' && d <= '9') {
          if (i + 3 >= s.length() || !Character.isDigit(s.charAt(i + 2))
              || !Character.isDigit(s.charAt(i + 3))) {
            throw new IllegalArgumentException(field + " \"" + s + "\" has an incomplete \\DDD");
          }
          octet = Integer.parseInt(s.substring(i + 1, i + 4));
          if (octet > 255) {
            throw new IllegalArgumentException(field + " \"" + s + "\" has an escape above 255");
          }
          i += 3;
        } else {
          octet = d;
          i++;
        }
      } else {
        octet = c;
      }
      if (octet > 0xff) {
        throw new IllegalArgumentException(field + " \"" + s + "\" has a non-Latin-1 character");
      }
      out[len++] = (byte) octet;
    }
    if (len > max) {
      throw new IllegalArgumentException(field + " of " + len + " octets is longer than " + max);
    }
    return ByteString.copyOf(out, 0, len);
  }

  /** Appends a character-string in quotes, escaping {@code "} and {@code \} and non-printables. */
  static void quote(StringBuilder sb, ByteString s) {
    sb.append('"');
    for (int i = 0; i < s.size(); i++) {
      int c = s.getUnsigned(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c >= 0x20 && c < 0x7f) {
        sb.append((char) c);
      } else {
        sb.append('\\').append((char) ('0' + c / 100)).append((char) ('0' + c / 10 % 10))
            .append((char) ('0' + c % 10));
      }
    }
    sb.append('"');
  }

  static String quote(ByteString s) {
    StringBuilder sb = new StringBuilder();
    quote(sb, s);
    return sb.toString();
  }

  static String hexUpper(ByteString b) {
    return HexFormat.of().withUpperCase().formatHex(b.toByteArray());
  }

  static ByteString parseHex(String s, String field) {
    try {
      return ByteString.copyOf(HexFormat.of().parseHex(s));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + " \"" + s + "\" is not hex", e);
    }
  }

  static String base64(ByteString b) {
    return java.util.Base64.getEncoder().encodeToString(b.toByteArray());
  }

  static ByteString parseBase64(String s, String field) {
    try {
      return ByteString.copyOf(java.util.Base64.getDecoder().decode(s));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + " \"" + s + "\" is not base64", e);
    }
  }

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
          .withZone(java.time.ZoneOffset.UTC);

  /** Formats a 32-bit DNSSEC time as {@code YYYYMMDDHHmmSS} in UTC (RFC 4034 §3.2). */
  static String time(long seconds) {
    return TIME.format(java.time.Instant.ofEpochSecond(seconds));
  }

  /** Parses {@code YYYYMMDDHHmmSS} or a plain number of seconds. */
  static long parseTime(String s, String field) {
    try {
      if (s.length() == 14) {
        long v = java.time.LocalDateTime.parse(s, TIME).toEpochSecond(java.time.ZoneOffset.UTC);
        if (v >= 0 && v <= 0xffffffffL) {
          return v;
        }
      } else {
        long v = Long.parseLong(s);
        if (v >= 0 && v <= 0xffffffffL) {
          return v;
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(field + " \"" + s + "\" is not a DNSSEC time", e);
    }
    throw new IllegalArgumentException(field + " \"" + s + "\" is out of range");
  }

  private static final String BASE32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

  /** Base32 with the extended hex alphabet, no padding (RFC 4648 §7, RFC 5155 §3.3). */
  static String base32Hex(ByteString b) {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < b.size(); i++) {
      buffer = buffer << 8 | b.getUnsigned(i);
      bits += 8;
      while (bits >= 5) {
        sb.append(BASE32HEX.charAt(buffer >>> (bits - 5) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(BASE32HEX.charAt(buffer << (5 - bits) & 31));
    }
    return sb.toString();
  }

  static ByteString parseBase32Hex(String s, String field) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < s.length(); i++) {
      int v = BASE32HEX.indexOf(Character.toUpperCase(s.charAt(i)));
      if (v < 0) {
        throw new IllegalArgumentException(field + " \"" + s + "\" is not base32hex");
      }
      buffer = buffer << 5 | v;
      bits += 5;
      if (bits >= 8) {
        out.write(buffer >>> (bits - 8) & 0xff);
        bits -= 8;
      }
    }
    if ((buffer & ((1 << bits) - 1)) != 0) {
      throw new IllegalArgumentException(field + " \"" + s + "\" has non-zero trailing bits");
    }
    return ByteString.copyOf(out.toByteArray());
  }
}
