package io.github.netcodec.benchmarks.uri;

import io.github.netcodec.uri.Uri;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a URI into its components with netcodec's strict RFC 3986 parser, {@code
 * java.net.URI} (RFC 2396) and OkHttp's {@code HttpUrl.parse} (WHATWG-style, http and https
 * only), on the seed lecture's kytos02 URI and on a long query-heavy search URI. Every parser
 * checks the whole text; OkHttp also canonicalises (it re-encodes and lower-cases as it goes).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar UriBenchmark -prof gc -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UriBenchmark {

  /** The seed lecture's first URI example. */
  static final String KYTOS =
      "https://kytos02.cs.virginia.edu:443/cs3130-spring2023/quizzes/quiz.php?qid=02#q2";

  /** A search-engine style URI: long, with many query parameters and some triplets. */
  static final String QUERY =
      "https://www.example.com/search/results/page?q=rfc+3986+uri+generic+syntax&lang=en"
          + "&lang=fr&safe=off&num=50&start=100&source=hp&ei=XyZ123abcDEF456&oq=rfc%203986"
          + "&gs_lcp=Cgdnd3Mtd2l6EAMyBQgAEIAEMgUIABCABDIFCAAQgAQ&sclient=gws-wiz"
          + "&utm_source=newsletter&utm_medium=email&utm_campaign=2026-11&ref=%E2%82%AC#results";

  /** Which URI to parse: {@code kytos} (79 chars) or {@code query} (296 chars). */
  @Param({"kytos", "query"})
  public String input;

  private String text;

  /** Picks the text. */
  @Setup
  public void setUp() {
    text = "kytos".equals(input) ? KYTOS : QUERY;
  }

  /**
   * netcodec's strict parser.
   *
   * @return the URI
   */
  @Benchmark
  public Uri netcodec() {
    return Uri.parse(text);
  }

  /**
   * {@code new java.net.URI(String)}.
   *
   * @return the URI
   * @throws URISyntaxException never, for these inputs
   */
  @Benchmark
  public URI javaNetUri() throws URISyntaxException {
    return new URI(text);
  }

  /**
   * OkHttp's {@code HttpUrl.parse}.
   *
   * @return the URL
   */
  @Benchmark
  public HttpUrl okHttp() {
    return HttpUrl.parse(text);
  }
}
