package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class UriRecordsTest {

  @Test
  void uriEqualsAndHashCode() {
    EqualsVerifier.forClass(Uri.class)
        .withPrefabValuesForField("scheme", "http", "ftp")
        .withPrefabValuesForField("userInfo", "u", "v")
        .withPrefabValuesForField("host", new Host("a"), new Host("[::1]"))
        .withPrefabValuesForField("port", "80", "")
        .withPrefabValuesForField("path", "/a", "")
        .withPrefabValuesForField("query", "q", "")
        .withPrefabValuesForField("fragment", "f", "")
        .verify();
  }

  @Test
  void hostEqualsAndHashCode() {
    EqualsVerifier.forClass(Host.class)
        .withPrefabValuesForField("text", "example.com", "[::1]")
        .verify();
  }

  @Test
  void formParametersEqualsAndHashCode() {
    EqualsVerifier.forClass(FormParameter.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(FormParameters.class).suppress(Warning.NULL_FIELDS).verify();
  }

  /** The constructor rejects components that would not recompose into the same URI. */
  @Test
  void constructorKeepsTheRecompositionInvariant() {
    Host h = new Host("h");
    assertEquals(
        UriComponent.PATH,
        assertThrows(UriSyntaxException.class, () -> new Uri("http", null, h, null, "x", null, null))
            .component());
    assertThrows(UriSyntaxException.class, () -> new Uri("a", null, null, null, "//x", null, null));
    assertThrows(UriSyntaxException.class, () -> new Uri(null, null, null, null, "a:b", null, null));
    assertThrows(IllegalArgumentException.class, () -> new Uri("a", "u", null, null, "", null, null));
    assertThrows(IllegalArgumentException.class, () -> new Uri("a", null, null, "1", "", null, null));
    assertThrows(NullPointerException.class, () -> new Uri("a", null, null, null, null, null, null));
    assertThrows(UriSyntaxException.class, () -> new Uri("1a", null, null, null, "", null, null));
    assertThrows(UriSyntaxException.class, () -> new Uri("", null, null, null, "", null, null));
    assertThrows(UriSyntaxException.class, () -> new Uri("a", null, h, "70000", "", null, null));
    assertThrows(UriSyntaxException.class, () -> new Uri("a", null, null, null, "", "#", null));
    assertThrows(UriSyntaxException.class, () -> new Uri("a", null, null, null, "", null, "#"));
    assertThrows(UriSyntaxException.class, () -> new Uri("a", "@", h, null, "", null, null));
    UriSyntaxException e =
        assertThrows(UriSyntaxException.class, () -> new Uri("http", null, h, "8x", "", null, null));
    assertEquals("URI: port at index 1 has 'x', expected a decimal digit", e.getMessage());
    assertEquals("8x", e.input());
  }

  @Test
  void withersReplaceOneComponent() {
    Uri uri = Uri.parse("http://www.foo.com:80/foo/bar?quux#q1");
    assertEquals("http://www.foo.com:80/foo/bar?quux", uri.withFragment(null).toString());
    assertEquals("http://www.foo.com:80/foo/bar#q1", uri.withQuery(null).toString());
    assertEquals("http://www.foo.com:80/x?quux#q1", uri.withPath("/x").toString());
    assertThrows(UriSyntaxException.class, () -> uri.withPath("x"));
  }
}
