package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientParseTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "'  http://example.com/a b  ' => http://example.com/a%20b",
        "http://example.com/caf\u00e9?q=\u00e9#\u00e9 => http://example.com/caf%C3%A9?q=%C3%A9#%C3%A9",
        "http:\\\\example.com\\a\\b?x=\\ => http://example.com/a/b?x=%5C",
        "foo:a\\b => foo:a%5Cb",
        "\\a\\b => /a/b",
        "http://example.com/100% => http://example.com/100%25",
        "http://example.com/%41%zz => http://example.com/%41%25zz",
        "http://example.com/<a>{b}|^` => http://example.com/%3Ca%3E%7Bb%7D%7C%5E%60",
        "http://example.com/#a#b => http://example.com/#a%23b",
        "http://us er:p@ss@example.com/ => http://us%20er:p%40ss@example.com/",
        "http://b\u00fccher.example/ => http://b%C3%BCcher.example/",
        "http://[::1]:8080/ x => http://[::1]:8080/%20x",
        "1a:b/c => 1a%3Ab/c",
        "https://kytos02.cs.virginia.edu:443/cs3130-spring2023/quizzes/quiz.php?qid=02#q2"
            + " => https://kytos02.cs.virginia.edu:443/cs3130-spring2023/quizzes/quiz.php?qid=02#q2",
      })
  void repairsWhatPeoplePaste(String pasted, String repaired) {
    assertEquals(repaired, Uri.parseLenient(pasted).toString());
  }

  @Test
  void dropsTabsAndLineBreaks() {
    assertEquals(
        "http://example.com/path", Uri.parseLenient("\u0000http://exa\tmple.com/\r\npath\n").toString());
  }

  @Test
  void reportsWhatItCannotRepairInTheRepairedText() {
    UriSyntaxException e =
        assertThrows(UriSyntaxException.class, () -> Uri.parseLenient(" http://h:8x/a b"));
    assertEquals(UriComponent.PORT, e.component());
    assertEquals(10, e.index());
    assertEquals("http://h:8x/a%20b", e.input());
    assertThrows(UriSyntaxException.class, () -> Uri.parseLenient("http://[::g]/"));
  }
}
