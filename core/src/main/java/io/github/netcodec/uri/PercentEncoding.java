package io.github.netcodec.uri;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Percent-encoding (RFC 3986 §2.1) of text as UTF-8, per URI component, and decoding back.
 *
 * <pre>{@code
 * PercentEncoding.encode("a b/c?", UriComponent.PATH)   // "a%20b/c%3F"
 * PercentEncoding.encodePathSegment("a b/c")            // "a%20b%2Fc"
 * PercentEncoding.encode("x=1&y=é", UriComponent.QUERY) // "x=1&y=%C3%A9"
 * PercentEncoding.decode("a%20b%C3%A9")                 // "a bé"
 * }</pre>
 *
 * <p>Encoding leaves unencoded exactly the characters that the component's grammar allows
 * (so its result always parses back into that component) and writes every other character as
 * the {@code %XX} triplets of its UTF-8 bytes, with upper-case hexadecimal digits (§2.1). A
 * {@code '%'} is always encoded, so encoding is not idempotent: encode raw text once. An unpaired
 * surrogate is encoded as U+FFFD.
 */
public final class PercentEncoding {
  private PercentEncoding() {}

  private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

  /** The form-urlencoded byte set's complement: what the WHATWG serializer leaves alone. */
  private static final int FORM_SAFE = -1;

  /**
   * Encodes text so that it can stand as the given component of a URI.
   *
   * @param text the raw text
   * @param component where it goes: {@link UriComponent#USER_INFO}, {@link UriComponent#HOST}
   *     (a registered name), {@link UriComponent#PATH} (a whole path: {@code '/'} is kept),
   *     {@link UriComponent#QUERY} or {@link UriComponent#FRAGMENT}
   * @return the encoded text
   * @throws IllegalArgumentException for {@link UriComponent#SCHEME} and {@link
   *     UriComponent#PORT}, which cannot be percent-encoded
   */
  public static String encode(CharSequence text, UriComponent component) {
    Objects.requireNonNull(text, "text");
    return encode(text, maskOf(component), false);
  }

  /**
   * Encodes text as one path segment: like {@link UriComponent#PATH}, but {@code '/'} is
   * encoded too.
   *
   * @param text the raw segment
   * @return the encoded segment
   */
  public static String encodePathSegment(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return encode(text, Grammar.PCHAR, false);
  }

  /**
   * Decodes every {@code %XX} triplet and reads the bytes as UTF-8; other characters are kept.
   * Byte sequences that are not UTF-8 become U+FFFD.
   *
   * @param text percent-encoded text, e.g. a component of a parsed {@link Uri}
   * @return the decoded text
   * @throws IllegalArgumentException if a {@code '%'} is not followed by two hexadecimal digits
   */
  public static String decode(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return decode(text, false, true);
  }

  static int maskOf(UriComponent component) {
    switch (component) {
      case USER_INFO:
        return Grammar.USER_INFO;
      case HOST:
        return Grammar.REG_NAME;
      case PATH:
        return Grammar.PATH;
      case QUERY:
        return Grammar.QUERY;
      case FRAGMENT:
        return Grammar.FRAGMENT;
      default:
        throw new IllegalArgumentException(
            "component " + component + " cannot be percent-encoded");
    }
  }

  /** Whether the WHATWG application/x-www-form-urlencoded serializer keeps {@code c}. */
  private static boolean formSafe(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '*'
        || c == '-'
        || c == '.'
        || c == '_';
  }

  private static boolean keeps(char c, int mask) {
    return mask == FORM_SAFE ? formSafe(c) : Grammar.is(c, mask);
  }

  /**
   * Encodes every char that {@code mask} does not keep; with {@code form}, uses the form byte
   * set and writes a space as {@code '+'}.
   */
  static String encode(CharSequence text, int mask, boolean form) {
    int n = text.length();
    int i = 0;
    while (i < n && keeps(text.charAt(i), mask)) {
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(n + 16);
    out.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (keeps(c, mask)) {
        out.append(c);
      } else if (form && c == ' ') {
        out.append('+');
      } else {
        i = appendEncoded(out, text, i) - 1;
      }
    }
    return out.toString();
  }

  /**
   * Appends the UTF-8 triplets of the code point at {@code i} (U+FFFD for an unpaired
   * surrogate) and returns the index after it.
   */
  static int appendEncoded(StringBuilder out, CharSequence text, int i) {
    char c = text.charAt(i);
    if (c < 0x80) {
      appendByte(out, c);
    } else if (c < 0x800) {
      appendByte(out, 0xc0 | (c >> 6));
      appendByte(out, 0x80 | (c & 0x3f));
    } else if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, text.charAt(i + 1));
      appendByte(out, 0xf0 | (cp >> 18));
      appendByte(out, 0x80 | ((cp >> 12) & 0x3f));
      appendByte(out, 0x80 | ((cp >> 6) & 0x3f));
      appendByte(out, 0x80 | (cp & 0x3f));
      return i + 2;
    } else {
      int cp = Character.isSurrogate(c) ? 0xfffd : c;
      appendByte(out, 0xe0 | (cp >> 12));
      appendByte(out, 0x80 | ((cp >> 6) & 0x3f));
      appendByte(out, 0x80 | (cp & 0x3f));
    }
    return i + 1;
  }

  static String encodeForm(CharSequence text) {
    return encode(text, FORM_SAFE, true);
  }

  static void appendByte(StringBuilder out, int b) {
    out.append('%').append(HEX_DIGITS[(b >> 4) & 0xf]).append(HEX_DIGITS[b & 0xf]);
  }

  /**
   * Decodes triplets; with {@code form}, {@code '+'} is a space; with {@code strict}, a bad
   * triplet throws, otherwise it is kept as it is (the WHATWG form parser's rule).
   */
  static String decode(CharSequence text, boolean form, boolean strict) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '%' || (form && c == '+')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    byte[] bytes = null;
    int count = 0;
    while (i < n) {
      char c = text.charAt(i);
      int hi;
      int lo;
      if (c == '%'
          && i + 2 < n
          && (hi = Grammar.hexValue(text.charAt(i + 1))) >= 0
          && (lo = Grammar.hexValue(text.charAt(i + 2))) >= 0) {
        if (bytes == null) {
          bytes = new byte[(n - i) / 3];
        }
        bytes[count++] = (byte) (hi << 4 | lo);
        i += 3;
        continue;
      }
      if (count > 0) {
        out.append(new String(bytes, 0, count, StandardCharsets.UTF_8));
        count = 0;
      }
      if (c == '%' && strict) {
        throw new IllegalArgumentException(
            "'%' at index " + i + " is not followed by two hexadecimal digits");
      }
      out.append(form && c == '+' ? ' ' : c);
      i++;
    }
    if (count > 0) {
      out.append(new String(bytes, 0, count, StandardCharsets.UTF_8));
    }
    return out.toString();
  }
}
