package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PATH | a b/c?d#e | a%20b/c%3Fd%23e",
        "PATH | 100% | 100%25",
        "PATH | ~user/:@!$&'()*+,;= | ~user/:@!$&'()*+,;=",
        "QUERY | x=1&y=é/? | x=1&y=%C3%A9/?",
        "FRAGMENT | a#b | a%23b",
        "USER_INFO | us@er:pw | us%40er:pw",
        "HOST | a:b/c | a%3Ab%2Fc",
        "PATH | \u20ac | %E2%82%AC",
        "PATH | \ud83d\ude00 | %F0%9F%98%80",
        "PATH | \ud83d | %EF%BF%BD",
      })
  void encodesPerComponent(UriComponent component, String raw, String encoded) {
    assertEquals(encoded, PercentEncoding.encode(raw, component));
  }

  @Test
  void controlCharactersAreEncoded() {
    assertEquals("%7F%00%20%0A", PercentEncoding.encode("\u007f\u0000 \n", UriComponent.QUERY));
  }

  @Test
  void aPathSegmentEncodesSlash() {
    assertEquals("a%2Fb%20c", PercentEncoding.encodePathSegment("a/b c"));
  }

  @Test
  void schemeAndPortCannotBeEncoded() {
    assertThrows(IllegalArgumentException.class, () -> PercentEncoding.encode("x", UriComponent.SCHEME));
    assertThrows(IllegalArgumentException.class, () -> PercentEncoding.encode("1", UriComponent.PORT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a%20b%C3%A9 | a bé",
        "%e2%82%ac | \u20ac",
        "a+b | a+b",
        "%F0%9F%98%80! | \ud83d\ude00!",
        "%FF | \ufffd",
        "%C3 | \ufffd",
        "plain | plain",
      })
  void decodes(String encoded, String raw) {
    assertEquals(raw, PercentEncoding.decode(encoded));
  }

  @Test
  void decodingRejectsABrokenTriplet() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decode("ab%4"));
    assertEquals("'%' at index 2 is not followed by two hexadecimal digits", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decode("%zz"));
  }

  @Test
  void textNeedingNothingIsReturnedAsIs() {
    String s = "abc";
    assertSame(s, PercentEncoding.encode(s, UriComponent.PATH));
    assertSame(s, PercentEncoding.decode(s));
  }
}
