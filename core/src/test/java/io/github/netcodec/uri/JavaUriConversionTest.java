package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JavaUriConversionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://kytos02.cs.virginia.edu:443/cs3130-spring2023/quizzes/quiz.php?qid=02#q2",
        "sftp://cr4bd@portal.cs.virginia.edu/u/cr4bd/file.txt",
        "tel:+1-434-982-2200",
        "//www.cs.virginia.edu/~cr4bd/3130/S2023/",
        "/~cr4bd/3130/S2023",
        "ldap://[2001:db8::7]/c=GB?objectClass?one",
        "http://h/a%20b?x=%C3%A9#f",
        "file:///etc/hosts",
      })
  void convertsBothWays(String text) {
    Uri uri = Uri.parse(text);
    URI java = uri.toJavaUri();
    assertEquals(text, java.toString());
    assertEquals(uri, Uri.fromJavaUri(java));
  }

  @Test
  void zoneIdsBecomeScopeIdsAndBack() {
    Uri uri = Uri.parse("http://[fe80::1%25eth0]:8080/x");
    URI java = uri.toJavaUri();
    assertEquals("[fe80::1%eth0]", java.getHost());
    assertEquals(8080, java.getPort());
    assertEquals(uri, Uri.fromJavaUri(java));
  }

  @Test
  void javaKeepsAnUnderscoreHostButCannotNameIt() {
    URI java = Uri.parse("http://under_score.example/x").toJavaUri();
    assertNull(java.getHost());
    assertEquals("http://under_score.example/x", java.toString());
  }

  @Test
  void whatJavaRejectsIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Uri.parse("http://[v7.x]/").toJavaUri());
    assertTrue(
        e.getMessage().startsWith("URI: http://[v7.x]/ is not representable as a java.net.URI: "),
        e.getMessage());
  }

  @Test
  void javaNonAsciiTextIsEncoded() {
    assertEquals(
        "http://h/caf%C3%A9", Uri.fromJavaUri(URI.create("http://h/café")).toString());
  }
}
