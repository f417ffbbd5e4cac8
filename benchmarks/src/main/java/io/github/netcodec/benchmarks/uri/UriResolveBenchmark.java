package io.github.netcodec.benchmarks.uri;

import io.github.netcodec.uri.Uri;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reference resolution (RFC 3986 §5.2) of {@code ../g/./h?y#s} against the RFC's base {@code
 * http://a/b/c/d;p?q}: with the reference already parsed (netcodec, {@code java.net.URI}), and
 * from reference text, parse included (netcodec, {@code java.net.URI.resolve(String)}, OkHttp
 * {@code HttpUrl.resolve}). All give {@code http://a/b/g/h?y#s}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar UriResolveBenchmark -prof gc -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UriResolveBenchmark {

  static final String BASE = "http://a/b/c/d;p?q";
  static final String REFERENCE = "../g/./h?y#s";

  private final Uri netcodecBase = Uri.parse(BASE);
  private final Uri netcodecReference = Uri.parse(REFERENCE);
  private final URI javaBase = URI.create(BASE);
  private final URI javaReference = URI.create(REFERENCE);
  private final HttpUrl okHttpBase = HttpUrl.parse(BASE);
  private String reference = REFERENCE;

  /**
   * netcodec, parsed reference.
   *
   * @return the target
   */
  @Benchmark
  public Uri netcodecParsed() {
    return netcodecBase.resolve(netcodecReference);
  }

  /**
   * {@code java.net.URI.resolve(URI)}, parsed reference.
   *
   * @return the target
   */
  @Benchmark
  public URI javaNetUriParsed() {
    return javaBase.resolve(javaReference);
  }

  /**
   * netcodec, reference text.
   *
   * @return the target
   */
  @Benchmark
  public Uri netcodecText() {
    return netcodecBase.resolve(reference);
  }

  /**
   * {@code java.net.URI.resolve(String)}, reference text.
   *
   * @return the target
   */
  @Benchmark
  public URI javaNetUriText() {
    return javaBase.resolve(reference);
  }

  /**
   * OkHttp {@code HttpUrl.resolve(String)}, reference text.
   *
   * @return the target
   */
  @Benchmark
  public HttpUrl okHttpText() {
    return okHttpBase.resolve(reference);
  }
}
