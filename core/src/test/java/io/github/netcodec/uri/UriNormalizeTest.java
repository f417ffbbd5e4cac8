package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UriNormalizeTest {

  /** RFC 3986 §6.2.2: the two URIs of its example are equivalent. */
  @Test
  void section622Example() {
    Uri a = Uri.parse("example://a/b/c/%7Bfoo%7D");
    Uri b = Uri.parse("eXAMPLE://a/./b/../b/%63/%7bfoo%7d");
    assertEquals("example://a/b/c/%7Bfoo%7D", b.normalize().toString());
    assertTrue(a.isEquivalentTo(b));
    assertFalse(a.equals(b));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // §6.2.2.1 case
        "HTTP://www.EXAMPLE.com/ | http://www.example.com/",
        "http://h/%3a%2f | http://h/%3A%2F",
        "http://%4A%6f%68%6E@h/ | http://John@h/",
        "http://%41.example/ | http://a.example/",
        "http://[2001:DB8::7]/ | http://[2001:db8::7]/",
        "http://[2001:0db8:0:0:0:0:0:7]/ | http://[2001:db8::7]/",
        "http://[0:0:0:0:0:FFFF:192.0.2.1]/ | http://[::ffff:192.0.2.1]/",
        "http://[FE80::1%25EN1]/ | http://[fe80::1%25EN1]/",
        "http://[FE80::1%25%65n%2f1]/ | http://[fe80::1%25en%2F1]/",
        "http://[V7.ABC]/ | http://[v7.abc]/",
        "http://192.0.2.16/ | http://192.0.2.16/",
        // §6.2.2.2 percent-encoding
        "http://h/%7Euser/%41%62%2D%2e%5F | http://h/~user/Ab-._",
        "http://h/?%7e=%3D#%7E%23 | http://h/?~=%3D#~%23",
        // §6.2.2.3 dot segments
        "http://h/a/./b/../c | http://h/a/c",
        "http://h/%2E%2E/x | http://h/x",
        "/a/../b | /b",
        "../a/./b | ../a/./b",
        "a:b/../c | a:/c", // remove_dot_segments as §5.2.4 writes it
        // §6.2.3 scheme-based
        "http://example.com | http://example.com/",
        "http://example.com:/ | http://example.com/",
        "http://example.com:80/ | http://example.com/",
        "HTTPS://example.com:443 | https://example.com/",
        "https://example.com:80/ | https://example.com:80/",
        "ws://h:80 | ws://h/",
        "wss://h:443/x | wss://h/x",
        "ftp://h:21/f | ftp://h/f",
        "ssh://u@h:22 | ssh://u@h",
        "sftp://cr4bd@portal.cs.virginia.edu:22/u/cr4bd/file.txt"
            + " | sftp://cr4bd@portal.cs.virginia.edu/u/cr4bd/file.txt",
        "http://h:0080/ | http://h/",
        "http://h:08080/ | http://h:8080/",
        "foo://h:/ | foo://h/",
        "http://h? | http://h/?",
        "a:b/..//c | a:/.//c",
      })
  void normalises(String text, String normal) {
    Uri uri = Uri.parse(text);
    assertEquals(normal, uri.normalize().toString());
    assertEquals(uri.normalize(), uri.normalize().normalize());
  }

  /** §6.2.3: all four of these are equivalent. */
  @Test
  void section623Example() {
    Uri a = Uri.parse("http://example.com");
    for (String other : new String[] {"http://example.com/", "http://example.com:/", "http://example.com:80/"}) {
      assertTrue(a.isEquivalentTo(Uri.parse(other)), other);
    }
    assertFalse(a.isEquivalentTo(Uri.parse("http://example.com/?")));
  }

  @Test
  void anAlreadyNormalHostIsKept() {
    Uri uri = Uri.parse("http://h/x");
    assertSame(uri.host(), uri.normalize().host());
  }
}
