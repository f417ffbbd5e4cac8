package io.github.netcodec.examples;

import io.github.netcodec.uri.Uri;
import java.io.PrintStream;

/**
 * The lecture's "URLs and HTTP" exercise: from {@code http://www.foo.com:80/foo/bar?quux#q1} to
 * the host to look up, the TCP port to connect to, the request line and the {@code Host}
 * header. The fragment stays with the client.
 *
 * <pre>
 * java -cp core/target/classes:examples/target/classes \
 *     io.github.netcodec.examples.HttpRequestLine [uri]
 * </pre>
 */
public final class HttpRequestLine {
  /** The URI of the seed lecture's slide. */
  static final String SEED_URI = "http://www.foo.com:80/foo/bar?quux#q1";

  private HttpRequestLine() {}

  /**
   * Prints the request for the URI given as the first argument, or the lecture's.
   *
   * @param args an optional URI
   */
  public static void main(String[] args) {
    run(args.length > 0 ? args[0] : SEED_URI, System.out);
  }

  static void run(String text, PrintStream out) {
    Uri uri = Uri.parse(text);
    out.println("URI:          " + uri);
    out.println("look up:      " + uri.host().hostname());
    out.println("connect to:   TCP port " + uri.effectivePort());
    out.println();
    out.println("GET " + uri.requestTarget() + " HTTP/1.1");
    out.println("Host: " + uri.hostHeader());
    out.println();
    if (uri.fragment() != null) {
      out.println("The fragment \"" + uri.fragment() + "\" stays with the client.");
    }
    out.println("Without a default port: Host: " + uri.hostHeaderOmittingDefaultPort());
  }
}
