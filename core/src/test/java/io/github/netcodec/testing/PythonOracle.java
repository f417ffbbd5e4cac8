package io.github.netcodec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script with Debian's interpreter, for the oracles built on Debian packages
 * (scapy, dnspython) that {@code .ci/run} installs. A missing interpreter or module fails the
 * test: the oracle is part of the suite, not optional.
 */
final class PythonOracle {
  /** Debian's interpreter, which the python3-* packages install into (a pyenv python3 may shadow it). */
  private static final String PYTHON = "/usr/bin/python3";

  private PythonOracle() {}

  /**
   * Runs {@code python3 -c script} with {@code stdin} as standard input and returns standard
   * output; {@code oracle} and {@code debianPackage} name what failed in the assertion message.
   */
  static String run(String oracle, String debianPackage, String script, String stdin) {
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
        throw new AssertionError(oracle + " script did not finish in 120 s");
      }
      drain.join();
      assertEquals(0, p.exitValue(), () -> oracle + " script failed (is " + debianPackage
          + " installed? .ci/run installs it):\n" + err.toString(StandardCharsets.UTF_8));
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot run python3 for the " + oracle + " oracle", e);
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
