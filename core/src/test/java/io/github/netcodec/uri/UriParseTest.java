package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UriParseTest {

  /** Asserts every component ("-" for absent) and that the text round-trips. */
  static Uri assertComponents(
      String text,
      String scheme,
      String userInfo,
      String host,
      String port,
      String path,
      String query,
      String fragment) {
    Uri uri = Uri.parse(text);
    assertAll(
        text,
        () -> assertEquals(absent(scheme), uri.scheme(), "scheme"),
        () -> assertEquals(absent(userInfo), uri.userInfo(), "userInfo"),
        () -> assertEquals(absent(host), uri.host() == null ? null : uri.host().text(), "host"),
        () -> assertEquals(absent(port), uri.port(), "port"),
        () -> assertEquals(path, uri.path(), "path"),
        () -> assertEquals(absent(query), uri.query(), "query"),
        () -> assertEquals(absent(fragment), uri.fragment(), "fragment"),
        () -> assertEquals(text, uri.toString(), "toString"));
    return uri;
  }

  private static String absent(String s) {
    return "-".equals(s) ? null : s;
  }

  /** RFC 3986 §1.1.2 and the §3 example. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://ftp.is.co.za/rfc/rfc1808.txt | ftp | - | ftp.is.co.za | - | /rfc/rfc1808.txt | - | -",
        "http://www.ietf.org/rfc/rfc2396.txt | http | - | www.ietf.org | - | /rfc/rfc2396.txt | - | -",
        "ldap://[2001:db8::7]/c=GB?objectClass?one | ldap | - | [2001:db8::7] | - | /c=GB"
            + " | objectClass?one | -",
        "mailto:John.Doe@example.com | mailto | - | - | - | John.Doe@example.com | - | -",
        "news:comp.infosystems.www.servers.unix | news | - | - | - | comp.infosystems.www.servers.unix"
            + " | - | -",
        "tel:+1-816-555-1212 | tel | - | - | - | +1-816-555-1212 | - | -",
        "telnet://192.0.2.16:80/ | telnet | - | 192.0.2.16 | 80 | / | - | -",
        "urn:oasis:names:specification:docbook:dtd:xml:4.1.2 | urn | - | - | - |"
            + " oasis:names:specification:docbook:dtd:xml:4.1.2 | - | -",
        "foo://example.com:8042/over/there?name=ferret#nose | foo | - | example.com | 8042 |"
            + " /over/there | name=ferret | nose",
        "urn:example:animal:ferret:nose | urn | - | - | - | example:animal:ferret:nose | - | -",
      })
  void rfc3986Examples(
      String text,
      String scheme,
      String userInfo,
      String host,
      String port,
      String path,
      String query,
      String fragment) {
    assertComponents(text, scheme, userInfo, host, port, path, query, fragment);
  }

  /** The URIs of the seed lecture (networking-lecture.txt, "URI examples", "URLs and HTTP"). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://kytos02.cs.virginia.edu:443/cs3130-spring2023/quizzes/quiz.php?qid=02#q2 | https"
            + " | - | kytos02.cs.virginia.edu | 443 | /cs3130-spring2023/quizzes/quiz.php | qid=02 | q2",
        "https://kytos02.cs.virginia.edu/cs3130-spring2023/quizzes/quiz.php?qid=02 | https | - |"
            + " kytos02.cs.virginia.edu | - | /cs3130-spring2023/quizzes/quiz.php | qid=02 | -",
        "https://www.cs.virginia.edu/ | https | - | www.cs.virginia.edu | - | / | - | -",
        "sftp://cr4bd@portal.cs.virginia.edu/u/cr4bd/file.txt | sftp | cr4bd |"
            + " portal.cs.virginia.edu | - | /u/cr4bd/file.txt | - | -",
        "tel:+1-434-982-2200 | tel | - | - | - | +1-434-982-2200 | - | -",
        "//www.cs.virginia.edu/~cr4bd/3130/S2023/ | - | - | www.cs.virginia.edu | - |"
            + " /~cr4bd/3130/S2023/ | - | -",
        "/~cr4bd/3130/S2023 | - | - | - | - | /~cr4bd/3130/S2023 | - | -",
        "http://www.foo.com:80/foo/bar?quux#q1 | http | - | www.foo.com | 80 | /foo/bar | quux | q1",
      })
  void seedLectureUris(
      String text,
      String scheme,
      String userInfo,
      String host,
      String port,
      String path,
      String query,
      String fragment) {
    assertComponents(text, scheme, userInfo, host, port, path, query, fragment);
  }

  @Test
  void seedReferencesResolveAgainstTheirContext() {
    Uri page = Uri.parse("https://kytos02.cs.virginia.edu/cs3130-spring2023/quizzes/quiz.php");
    assertEquals(
        "https://www.cs.virginia.edu/~cr4bd/3130/S2023/",
        page.resolve("//www.cs.virginia.edu/~cr4bd/3130/S2023/").toString());
    assertEquals(
        "https://kytos02.cs.virginia.edu/~cr4bd/3130/S2023",
        page.resolve("/~cr4bd/3130/S2023").toString());
  }

  @Test
  void absentAndEmptyComponentsDiffer() {
    assertComponents("http://h/p?", "http", "-", "h", "-", "/p", "", "-");
    assertComponents("http://h/p", "http", "-", "h", "-", "/p", "-", "-");
    assertComponents("http://h/p#", "http", "-", "h", "-", "/p", "-", "");
    assertComponents("http://@h:/", "http", "", "h", "", "/", "-", "-");
    assertComponents("file:///etc/hosts", "file", "-", "", "-", "/etc/hosts", "-", "-");
    assertComponents("file:/etc/hosts", "file", "-", "-", "-", "/etc/hosts", "-", "-");
    assertComponents("", "-", "-", "-", "-", "", "-", "-");
    assertComponents("?", "-", "-", "-", "-", "", "", "-");
    assertComponents("#", "-", "-", "-", "-", "", "-", "");
    assertComponents("//", "-", "-", "", "-", "", "-", "-");
    assertComponents("a:", "a", "-", "-", "-", "", "-", "-");
    assertComponents("./a:b", "-", "-", "-", "-", "./a:b", "-", "-");
    assertNotEquals(Uri.parse("http://h/p?"), Uri.parse("http://h/p"));
  }

  private static void assertNotEquals(Uri a, Uri b) {
    assertFalse(a.equals(b), a + " equals " + b);
  }

  @Test
  void hostKindsFollowTheFirstMatchingRule() {
    assertEquals(Host.Kind.IPV4, Uri.parse("http://192.0.2.16/").host().kind());
    assertEquals(Host.Kind.REG_NAME, Uri.parse("http://1.2.3.256/").host().kind());
    assertEquals(Host.Kind.REG_NAME, Uri.parse("http://01.2.3.4/").host().kind());
    assertEquals(Host.Kind.REG_NAME, Uri.parse("http://1.2.3/").host().kind());
    assertEquals(Host.Kind.REG_NAME, Uri.parse("http://under_score.example/").host().kind());
    assertEquals(Host.Kind.IPV6, Uri.parse("http://[::ffff:192.0.2.1]:8/").host().kind());
    assertEquals(Host.Kind.IPV6, Uri.parse("http://[fe80::a%25en1]/").host().kind());
    assertEquals(Host.Kind.IPV_FUTURE, Uri.parse("http://[v1F.a:b!]/").host().kind());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "::",
        "::1",
        "1::",
        "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8",
        "1:2:3:4:5:6:1.2.3.4",
        "::1.2.3.4",
        "1::1.2.3.4",
        "1:2:3:4:5::1.2.3.4",
        "FFFF:abcd:0:00:000:0000:1:2",
        "2001:DB8::7",
      })
  void acceptsIpv6Forms(String address) {
    Uri uri = Uri.parse("http://[" + address + "]/");
    assertEquals(Host.Kind.IPV6, uri.host().kind());
    assertEquals(address, uri.host().hostname());
    assertEquals(io.github.netcodec.address.Ipv6Address.parse(address), uri.host().ipv6Address());
  }

  @Test
  void portNumbers() {
    assertEquals(443, Uri.parse("https://h:443/").portNumber());
    assertEquals(8, Uri.parse("https://h:0008/").portNumber());
    assertEquals(65535, Uri.parse("https://h:65535/").portNumber());
    assertEquals(-1, Uri.parse("https://h:/").portNumber());
    assertEquals(-1, Uri.parse("https://h/").portNumber());
    assertEquals(443, Uri.parse("https://h/").effectivePort());
    assertEquals(22, Uri.parse("sftp://cr4bd@portal.cs.virginia.edu/u").effectivePort());
    assertEquals(-1, Uri.parse("foo://h/").effectivePort());
    assertEquals(-1, Uri.parse("//h/").effectivePort());
  }

  @Test
  void pathSegmentsAreDecoded() {
    assertEquals(
        java.util.List.of("a", "b c", ""), Uri.parse("http://h/a/b%20c/").pathSegments());
    assertEquals(java.util.List.of(), Uri.parse("http://h").pathSegments());
    assertEquals(java.util.List.of("x", "y"), Uri.parse("x/y").pathSegments());
  }

  @Test
  void authorityAndPredicates() {
    Uri sftp = Uri.parse("sftp://cr4bd@portal.cs.virginia.edu:22/u/cr4bd/file.txt");
    assertEquals("cr4bd@portal.cs.virginia.edu:22", sftp.authority());
    assertTrue(sftp.isAbsolute());
    assertTrue(sftp.hasAuthority());
    Uri tel = Uri.parse("tel:+1-434-982-2200");
    assertNull(tel.authority());
    assertFalse(tel.hasAuthority());
    assertFalse(Uri.parse("//h/x").isAbsolute());
  }

  /** Invalid inputs with the component and index the error must name. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://a b/ | HOST | 8",
        "http://h/a b | PATH | 10",
        "http://h/?a b | QUERY | 11",
        "http://h/#a#b | FRAGMENT | 11",
        "http://h/p#f g | FRAGMENT | 12",
        "http://h:8x/ | PORT | 10",
        "http://h:80:81/ | PORT | 11",
        "http://h:65536/ | PORT | 9",
        "http://[::1/ | HOST | 11",
        "http://[::1]x/ | HOST | 12",
        "//[::1]]/ | HOST | 7",
        "http://[]/ | HOST | 8",
        "http://[1:2:3:4:5:6:7:8:9]/ | HOST | 24",
        "http://[12345::]/ | HOST | 12",
        "http://[::1::2]/ | HOST | 11",
        "http://[1:2]/ | HOST | 11",
        "http://[1::2:3:4:5:6:7:8]/ | HOST | 24",
        "http://[:1::2]/ | HOST | 8",
        "http://[1:]/ | HOST | 10",
        "http://[::256.1.1.1]/ | HOST | 10",
        "http://[::1.2.3]/ | HOST | 10",
        "http://[1:2:3:4:5:6:7:1.2.3.4]/ | HOST | 22",
        "http://[::1%eth0]/ | HOST | 11",
        "http://[fe80::1%25]/ | HOST | 18",
        "http://[fe80::1%25a/b]/ | HOST | 19",
        "http://[fe80::1%25a.b!]/ | HOST | 21",
        "http://[fe80::1%25a%]/ | HOST | 19",
        "http://[v1]/ | HOST | 10",
        "http://[vx.y]/ | HOST | 9",
        "http://[v1.]/ | HOST | 11",
        "http://[v1.%41]/ | HOST | 11",
        "http://h%zz/ | HOST | 8",
        "http://h%4/ | HOST | 8",
        "http://user@h@x/ | HOST | 13",
        "http://u ser@h/ | USER_INFO | 8",
        "http://u%@h/ | USER_INFO | 8",
        "http://h/[x] | PATH | 9",
        "http://h/% | PATH | 9",
        "http://h/%a | PATH | 9",
        "http://h/\u00e9 | PATH | 9",
        "1a:b | PATH | 2",
        ":x | PATH | 0",
        "a b:c | PATH | 1",
        "ht^tp://h | PATH | 2",
        "\\\\h\\p | PATH | 0",
        "http://h/p?q=<x> | QUERY | 13",
      })
  void rejectsInvalidInputAtTheRightComponentAndIndex(
      String text, UriComponent component, int index) {
    UriSyntaxException e = assertThrows(UriSyntaxException.class, () -> Uri.parse(text));
    assertAll(
        e.getMessage(),
        () -> assertEquals(component, e.component(), "component"),
        () -> assertEquals(index, e.index(), "index"),
        () -> assertEquals(text, e.input(), "input"),
        () ->
            assertTrue(
                e.getMessage().startsWith("URI: " + component + " at index " + index + " "),
                "message"));
  }

  @Test
  void messagesNameWhatWasExpected() {
    assertEquals(
        "URI: port at index 10 has 'x', expected a decimal digit",
        assertThrows(UriSyntaxException.class, () -> Uri.parse("http://h:8x/")).getMessage());
    assertEquals(
        "URI: path at index 10 has U+0020, expected a path character (unreserved,"
            + " percent-encoded, sub-delims, ':', '@' or '/')",
        assertThrows(UriSyntaxException.class, () -> Uri.parse("http://h/a b")).getMessage());
  }
}
