package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UriResolveTest {

  /** The base URI of RFC 3986 §5.4. */
  private static final Uri BASE = Uri.parse("http://a/b/c/d;p?q");

  /** RFC 3986 §5.4.1, every example. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "g:h | g:h",
        "g | http://a/b/c/g",
        "./g | http://a/b/c/g",
        "g/ | http://a/b/c/g/",
        "/g | http://a/g",
        "//g | http://g",
        "?y | http://a/b/c/d;p?y",
        "g?y | http://a/b/c/g?y",
        "#s | http://a/b/c/d;p?q#s",
        "g#s | http://a/b/c/g#s",
        "g?y#s | http://a/b/c/g?y#s",
        ";x | http://a/b/c/;x",
        "g;x | http://a/b/c/g;x",
        "g;x?y#s | http://a/b/c/g;x?y#s",
        "'' | http://a/b/c/d;p?q",
        ". | http://a/b/c/",
        "./ | http://a/b/c/",
        ".. | http://a/b/",
        "../ | http://a/b/",
        "../g | http://a/b/g",
        "../.. | http://a/",
        "../../ | http://a/",
        "../../g | http://a/g",
      })
  void normalExamples(String reference, String target) {
    assertEquals(target, BASE.resolve(reference).toString());
    assertEquals(Uri.parse(target), BASE.resolve(Uri.parse(reference)));
  }

  /** RFC 3986 §5.4.2, every example (strict parsers: "http:g" stays as it is). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../../../g | http://a/g",
        "../../../../g | http://a/g",
        "/./g | http://a/g",
        "/../g | http://a/g",
        "g. | http://a/b/c/g.",
        ".g | http://a/b/c/.g",
        "g.. | http://a/b/c/g..",
        "..g | http://a/b/c/..g",
        "./../g | http://a/b/g",
        "./g/. | http://a/b/c/g/",
        "g/./h | http://a/b/c/g/h",
        "g/../h | http://a/b/c/h",
        "g;x=1/./y | http://a/b/c/g;x=1/y",
        "g;x=1/../y | http://a/b/c/y",
        "g?y/./x | http://a/b/c/g?y/./x",
        "g?y/../x | http://a/b/c/g?y/../x",
        "g#s/./x | http://a/b/c/g#s/./x",
        "g#s/../x | http://a/b/c/g#s/../x",
        "http:g | http:g",
      })
  void abnormalExamples(String reference, String target) {
    assertEquals(target, BASE.resolve(reference).toString());
  }

  @Test
  void mergesWithAnEmptyBasePathAfterAnAuthority() {
    assertEquals("http://a/g", Uri.parse("http://a").resolve("g").toString());
    assertEquals("http://a?y", Uri.parse("http://a").resolve("?y").toString());
  }

  @Test
  void resolvesAgainstBasesWithoutAuthority() {
    assertEquals("mailto:g", Uri.parse("mailto:a").resolve("g").toString());
    assertEquals("urn:x/y/g", Uri.parse("urn:x/y/z").resolve("g").toString());
    assertEquals("tel:+1-434-982-2200#x", Uri.parse("tel:+1-434-982-2200").resolve("#x").toString());
  }

  @Test
  void neverProducesAPathThatWouldReadAsAnAuthority() {
    // "..//c" against a base without authority: dot removal leaves "//c", kept as "/.//c".
    Uri target = Uri.parse("a:b/x").resolve("..//c");
    assertEquals("a:/.//c", target.toString());
    assertEquals(target, Uri.parse(target.toString()));
  }

  @Test
  void theBaseFragmentIsIgnoredAndTheReferenceFragmentKept() {
    Uri base = Uri.parse("http://www.foo.com:80/foo/bar?quux#q1");
    assertEquals("http://www.foo.com:80/foo/bar?quux", base.resolve("").toString());
    assertEquals("http://www.foo.com:80/foo/baz#q2", base.resolve("baz#q2").toString());
  }

  @Test
  void aBaseMustBeAbsolute() {
    Uri relative = Uri.parse("//www.cs.virginia.edu/~cr4bd/3130/S2023/");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> relative.resolve("x"));
    assertEquals(
        "URI: base //www.cs.virginia.edu/~cr4bd/3130/S2023/ has no scheme, but a base URI must be"
            + " absolute (RFC 3986 §5.1)",
        e.getMessage());
  }

  @Test
  void removeDotSegmentsExamplesOfSection524() {
    assertEquals("/a/g", Resolution.removeDotSegments("/a/b/c/./../../g"));
    assertEquals("mid/6", Resolution.removeDotSegments("mid/content=5/../6"));
    assertEquals("/", Resolution.removeDotSegments("/.."));
    assertEquals("", Resolution.removeDotSegments(".."));
    assertEquals("/", Resolution.removeDotSegments("a/.."));
  }
}
