package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpRequestTest {

  /** The seed lecture's exercise ("URLs and HTTP (1)"). */
  @Test
  void seedLectureRequestLineAndHostHeader() {
    Uri uri = Uri.parse("http://www.foo.com:80/foo/bar?quux#q1");
    assertEquals("GET /foo/bar?quux HTTP/1.1", "GET " + uri.requestTarget() + " HTTP/1.1");
    assertEquals("www.foo.com:80", uri.hostHeader());
    assertEquals("www.foo.com", uri.hostHeaderOmittingDefaultPort());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://kytos02.cs.virginia.edu:443/cs3130-spring2023/quizzes/quiz.php?qid=02#q2"
            + " | /cs3130-spring2023/quizzes/quiz.php?qid=02 | kytos02.cs.virginia.edu:443"
            + " | kytos02.cs.virginia.edu",
        "https://www.cs.virginia.edu | / | www.cs.virginia.edu | www.cs.virginia.edu",
        "http://h? | /? | h | h",
        "http://u:pw@h:8080/a%20b | /a%20b | h:8080 | h:8080",
        "http://h:/x | /x | h | h",
        "http://h:0080/x | /x | h:0080 | h",
        "https://[2001:db8::1]:8443/ | / | [2001:db8::1]:8443 | [2001:db8::1]:8443",
        "https://[2001:db8::1]:443/ | / | [2001:db8::1]:443 | [2001:db8::1]",
        "ws://chat.example:80/socket?room=1 | /socket?room=1 | chat.example:80 | chat.example",
        "foo://h:80/ | / | h:80 | h:80",
        "http://[fe80::1%25eth0]:8080/x | /x | [fe80::1]:8080 | [fe80::1]:8080",
        "http://[fe80::1%25eth0]:80/x | /x | [fe80::1]:80 | [fe80::1]",
      })
  void requestTargetAndHostHeader(String text, String target, String host, String hostNoDefault) {
    Uri uri = Uri.parse(text);
    assertEquals(target, uri.requestTarget());
    assertEquals(host, uri.hostHeader());
    assertEquals(hostNoDefault, uri.hostHeaderOmittingDefaultPort());
  }

  @Test
  void withoutAuthorityTheHostHeaderIsEmpty() {
    assertEquals("", Uri.parse("/just/a/path").hostHeader());
    assertEquals("", Uri.parse("/just/a/path").hostHeaderOmittingDefaultPort());
    assertEquals("/just/a/path", Uri.parse("/just/a/path").requestTarget());
  }

  @Test
  void aRootlessPathHasNoOriginForm() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Uri.parse("tel:+1-434-982-2200").requestTarget());
    assertEquals(
        "URI: tel:+1-434-982-2200 has the rootless path \"+1-434-982-2200\", which has no origin"
            + " form",
        e.getMessage());
  }
}
