package io.github.netcodec.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpRequestLineTest {

  @Test
  void turnsTheSeedUriIntoARequest() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HttpRequestLine.run(HttpRequestLine.SEED_URI, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("look up:      www.foo.com\n"), out);
    assertTrue(out.contains("connect to:   TCP port 80\n"), out);
    assertTrue(out.contains("\nGET /foo/bar?quux HTTP/1.1\nHost: www.foo.com:80\n"), out);
    assertTrue(out.contains("The fragment \"q1\" stays with the client.\n"), out);
    assertTrue(out.contains("Without a default port: Host: www.foo.com\n"), out);
  }
}
