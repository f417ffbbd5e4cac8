package io.github.netcodec.testing;

/**
 * Runs a Python script with scapy (Debian {@code python3-scapy}, installed by {@code .ci/run})
 * as an independent oracle. The script reads nothing but what it is given on standard input and
 * writes its answer to standard output.
 */
public final class Scapy {
  private Scapy() {}

  /**
   * Runs {@code python3 -c script} with {@code stdin} as standard input and returns standard
   * output. The script should start with {@code from scapy.all import *}.
   */
  public static String run(String script, String stdin) {
    return PythonOracle.run("scapy", "python3-scapy", script, stdin);
  }
}
