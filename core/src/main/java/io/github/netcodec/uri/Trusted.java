package io.github.netcodec.uri;

/**
 * The strict parser's trusted construction path (Okio's idea: the public factory checks, a
 * trusted internal path does not repeat the work).
 *
 * <p>{@link UriParser} checks every character against the grammar as it splits the text; the
 * compact constructors of {@link Uri} and {@link Host} would then scan the same components a
 * second time, which measured as about a third of the parse time. While the parser builds the
 * records from text it has already checked, it raises this per-thread flag, and the constructors
 * skip their grammar scans. {@link Resolution} does the same for targets assembled from two
 * checked URIs. Nothing else raises it, and it is lowered in a {@code finally} block; the
 * constructors build no other record while it is up. {@code UriProperties} checks, over
 * arbitrary input, that every record built this way is one the checking constructor accepts.
 */
final class Trusted {
  private Trusted() {}

  private static final ThreadLocal<boolean[]> FLAG = ThreadLocal.withInitial(() -> new boolean[1]);

  /** The calling thread's flag, to raise around the construction and lower in finally. */
  static boolean[] flag() {
    return FLAG.get();
  }

  /** Whether the calling thread is inside the parser's trusted construction. */
  static boolean active() {
    return FLAG.get()[0];
  }
}
