package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormParametersTest {

  @Test
  void parsesAnOrderedMultiMap() {
    FormParameters p = FormParameters.parse("q=a+b&lang=en&lang=fr&flag&empty=&x=%C3%A9%2B");
    assertEquals(
        List.of(
            new FormParameter("q", "a b"),
            new FormParameter("lang", "en"),
            new FormParameter("lang", "fr"),
            new FormParameter("flag", null),
            new FormParameter("empty", ""),
            new FormParameter("x", "é+")),
        p.entries());
    assertEquals("a b", p.first("q"));
    assertEquals(List.of("en", "fr"), p.all("lang"));
    assertNull(p.first("flag"));
    assertTrue(p.contains("flag"));
    assertFalse(p.contains("nope"));
    assertNull(p.first("nope"));
    assertEquals(List.of(""), p.all("flag"));
    assertEquals(List.of(), p.all("nope"));
    assertEquals(6, p.size());
    assertEquals(
        Map.of("q", List.of("a b"), "lang", List.of("en", "fr"), "flag", List.of(""),
            "empty", List.of(""), "x", List.of("é+")),
        p.asMap());
    assertEquals(List.of("q", "lang", "flag", "empty", "x"), List.copyOf(p.asMap().keySet()));
  }

  @Test
  void writesBackTheSameText() {
    String text = "q=a+b&lang=en&lang=fr&flag&empty=&x=%C3%A9%2B";
    assertEquals(text, FormParameters.parse(text).toString());
  }

  @Test
  void buildsAndEncodes() {
    FormParameters p = FormParameters.of().with("q", "rock & roll").with("tag", null).with("π", "3.14");
    assertEquals("q=rock+%26+roll&tag&%CF%80=3.14", p.toString());
    assertEquals("tag&%CF%80=3.14", p.without("q").toString());
    assertEquals(p, FormParameters.parse(p.toString()));
  }

  @Test
  void parsingIsLenientAndDropsEmptyPieces() {
    assertEquals(
        List.of(new FormParameter("a", "%zz"), new FormParameter("b", "1=2")),
        FormParameters.parse("&&a=%zz&&b=1=2&").entries());
    assertTrue(FormParameters.parse("").isEmpty());
    assertEquals(List.of(new FormParameter("", "x")), FormParameters.parse("=x").entries());
  }

  @Test
  void theQueryOfAUriAsParameters() {
    Uri uri = Uri.parse("https://kytos02.cs.virginia.edu/quiz.php?qid=02&x=a%20b");
    assertEquals("02", uri.queryParameters().first("qid"));
    assertEquals("a b", uri.queryParameters().first("x"));
    assertTrue(Uri.parse("http://h/").queryParameters().isEmpty());
  }

  @Test
  void entriesAreCopiedAndImmutable() {
    List<FormParameter> list = new java.util.ArrayList<>(List.of(new FormParameter("a", "1")));
    FormParameters p = new FormParameters(list);
    list.clear();
    assertEquals(1, p.size());
    assertThrows(UnsupportedOperationException.class, () -> p.entries().clear());
    assertThrows(NullPointerException.class, () -> new FormParameter(null, "x"));
  }
}
