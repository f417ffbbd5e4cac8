package io.github.netcodec.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The text a peer process (tcpdump, dnsmasq) writes, read as it comes: a test waits for the
 * line that says the peer is ready by blocking on the stream, not by sleeping or reading the
 * clock, and a daemon thread keeps reading afterwards so that the peer never blocks on a full
 * pipe. Everything read is kept for failure messages.
 */
public final class ProcessOutput {
  private final StringBuilder text = new StringBuilder();

  private ProcessOutput() {}

  /**
   * Reads {@code stream} line by line until a line contains {@code marker}, then goes on
   * reading it in the background.
   *
   * @param stream the process's standard output or error
   * @param marker the text of the line to wait for, e.g. {@code "listening on"}
   * @param what the process, for the failure message
   * @return the output read so far and from now on
   * @throws AssertionError if the stream ends (the process exited) before the line
   */
  public static ProcessOutput awaitLine(InputStream stream, String marker, String what)
      throws IOException {
    ProcessOutput out = new ProcessOutput();
    BufferedReader in = new BufferedReader(new InputStreamReader(stream,
        StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      out.append(line);
      if (line.contains(marker)) {
        Thread drain = new Thread(() -> {
          try {
            String rest;
            while ((rest = in.readLine()) != null) {
              out.append(rest);
            }
          } catch (IOException e) {
            // the process ended
          }
        }, "drain " + what);
        drain.setDaemon(true);
        drain.start();
        return out;
      }
    }
    throw new AssertionError(what + " exited before printing \"" + marker + "\":\n" + out);
  }

  private synchronized void append(String line) {
    text.append(line).append('\n');
  }

  /**
   * Returns what the process has written so far.
   *
   * @return the text
   */
  @Override
  public synchronized String toString() {
    return text.toString();
  }
}
