package io.github.netcodec.testing;

/**
 * Runs a Python script with dnspython (Debian {@code python3-dnspython}, installed by {@code
 * .ci/run}) as an independent oracle. The script reads nothing but what it is given on standard
 * input and writes its answer to standard output.
 */
public final class DnsPython {
  private DnsPython() {}

  /**
   * Runs {@code python3 -c script} with {@code stdin} as standard input and returns standard
   * output. The script should start with {@code import dns.message}.
   */
  public static String run(String script, String stdin) {
    return PythonOracle.run("dnspython", "python3-dnspython", script, stdin);
  }
}
