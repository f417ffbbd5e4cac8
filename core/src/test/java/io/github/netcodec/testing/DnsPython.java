package io.github.netcodec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script with dnspython (Debian {@code python3-dnspython}, installed by {@code .ci/run})
 * as an independent oracle. The script reads nothing but what it is given on standard input and
 * writes its answer to standard output. A missing python3 or dnspython fails the test: the oracle is
 * part of the suite, not optional.
 */
public final class DnsPython {
  /** Debian's interpreter, which python3-dnspython installs into (a pyenv python3 may shadow it). */
  private static final String PYTHON = "/usr/bin/python3";

  private DnsPython() {}

  /**
   * Runs {@code python3 -c script} with {@code stdin} as standard input and returns standard
   * output. The script should start with {@code import dns.message}.
   */
  public static String run(String script, String stdin) {
    ProcessBuilder pb = new ProcessBuilder(PYTHON, "-c", script);
    pb.environment().put("PYTHONWARNINGS", "ignore");
    try {
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
      drain.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("dnspython script did not finish in 120 s");
      }
      drain.join();
      assertEquals(0, p.exitValue(), () -> "dnspython script failed (is python3-dnspython installed? "
          + ".ci/run installs it):\n" + err.toString(StandardCharsets.UTF_8));
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot run python3 for the dnspython oracle", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the exit status reports the failure
    }
  }
}
