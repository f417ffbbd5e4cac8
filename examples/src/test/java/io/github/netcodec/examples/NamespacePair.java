package io.github.netcodec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * Two network namespaces joined by a veth pair, for tests that run real DHCP peers: a server
 * namespace whose end has {@code 10.213.N.1/24} and a client namespace whose end has no
 * address, with checksum offload off on both ends (so a capture shows final checksums, see
 * CAPTURE-NOTES) and a route for 255.255.255.255 in both (a plain UDP socket cannot broadcast
 * from an interface without one). Names carry a random suffix so that parallel runs and other
 * people's namespaces never clash.
 *
 * <p>Every process started through {@link #start} is stopped, and both namespaces are deleted,
 * by {@link #close()}, which tests call from {@code @AfterEach}; a JVM shutdown hook does the
 * same if the test JVM dies first.
 */
final class NamespacePair implements AutoCloseable {
  static final String IP = "/usr/sbin/ip";
  static final String ETHTOOL = "/usr/sbin/ethtool";
  static final Duration PATIENCE = Duration.ofSeconds(60);

  final String server;
  final String client;
  final String serverDev;
  final String clientDev;
  final String serverMac;
  final String clientMac;
  final int subnet; // the third octet of 10.213.N.0/24

  private final List<Process> processes = Collections.synchronizedList(new ArrayList<>());
  private final Thread hook = new Thread(this::cleanUp, "netns cleanup");
  private boolean closed;

  private NamespacePair() {
    SecureRandom random = new SecureRandom();
    String suffix = HexFormat.of().toHexDigits(random.nextInt()).substring(2);
    server = "ncx-srv-" + suffix;
    client = "ncx-cli-" + suffix;
    serverDev = "ncs" + suffix;
    clientDev = "ncc" + suffix;
    serverMac = "02:6e:63:" + suffix.substring(0, 2) + ":" + suffix.substring(2, 4) + ":01";
    clientMac = "02:6e:63:" + suffix.substring(0, 2) + ":" + suffix.substring(2, 4) + ":02";
    subnet = 1 + random.nextInt(250);
  }

  /**
   * Creates the pair, or aborts the test (skip, with a loud message on stderr) if this machine
   * cannot create network namespaces. Any later failure of the set-up fails the test.
   */
  static NamespacePair create() throws IOException, InterruptedException {
    NamespacePair p = new NamespacePair();
    Result add = run(PATIENCE, IP, "netns", "add", p.server);
    if (add.rc != 0) {
      String why = "SKIPPING the DHCP namespace tests: this machine cannot create network "
          + "namespaces ('ip netns add' exited " + add.rc + ": " + add.output.strip()
          + "). They need root (or CAP_SYS_ADMIN + CAP_NET_ADMIN) and a kernel with netns.";
      System.err.println("!!!!! " + why);
      Assumptions.abort(why);
    }
    Runtime.getRuntime().addShutdownHook(p.hook);
    try {
      p.must(IP, "netns", "add", p.client);
      p.must(IP, "link", "add", p.serverDev, "address", p.serverMac, "type", "veth",
          "peer", "name", p.clientDev, "address", p.clientMac);
      p.must(IP, "link", "set", p.serverDev, "netns", p.server);
      p.must(IP, "link", "set", p.clientDev, "netns", p.client);
      p.must(IP, "-n", p.server, "addr", "add", p.serverAddress() + "/24", "dev", p.serverDev);
      for (String[] nd : new String[][] {{p.server, p.serverDev}, {p.client, p.clientDev}}) {
        p.must(IP, "-n", nd[0], "link", "set", nd[1], "up");
        p.must(IP, "-n", nd[0], "link", "set", "lo", "up");
        p.must(IP, "netns", "exec", nd[0], ETHTOOL, "-K", nd[1], "tx", "off");
        p.must(IP, "-n", nd[0], "route", "add", "255.255.255.255/32", "dev", nd[1]);
      }
      // The server's MAC is pinned in the client's neighbour table, so that no client unicast
      // waits on ARP. udhcpc unicasts its RELEASE and at once runs the deconfig script, which
      // removes the last IPv4 address; that flushes the device's ARP entries and anything
      // queued on them (fib_disable_ip -> arp_ifdown). On this machine the ARP reply always
      // won the race (5 of 5 tries), but a loaded CI machine should not depend on it.
      p.must(IP, "-n", p.client, "neigh", "replace", p.serverAddress(), "lladdr", p.serverMac,
          "dev", p.clientDev, "nud", "permanent");
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      try {
        p.close();
      } catch (IOException | RuntimeException | Error suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return p;
  }

  /** The server end's address, 10.213.N.1. */
  String serverAddress() {
    return address(1);
  }

  /** 10.213.N.host. */
  String address(int host) {
    return "10.213." + subnet + "." + host;
  }

  /** Runs a command to completion and fails the test unless it exits 0. */
  String must(String... cmd) throws IOException, InterruptedException {
    Result r = run(PATIENCE, cmd);
    assertEquals(0, r.rc, () -> String.join(" ", cmd) + " failed:\n" + r.output);
    return r.output;
  }

  /** Runs a command in a namespace to completion; returns its exit code and output. */
  Result runIn(String ns, Duration timeout, Path log, Map<String, String> env, String... cmd)
      throws IOException, InterruptedException {
    Process p = start(ns, log, env, cmd);
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      fail(String.join(" ", cmd) + " did not finish in " + timeout + "; its output:\n"
          + read(log));
    }
    return new Result(p.exitValue(), read(log));
  }

  /**
   * Starts a long-running command inside a namespace with stdout and stderr going to {@code
   * log}; {@link #close()} stops it. {@code ip netns exec} execs the command, so the process
   * is the command itself.
   */
  Process start(String ns, Path log, String... cmd) throws IOException {
    return start(ns, log, Map.of(), cmd);
  }

  /** {@link #start(String, Path, String...)} with more environment variables. */
  Process start(String ns, Path log, Map<String, String> env, String... cmd) throws IOException {
    List<String> full = new ArrayList<>(List.of(IP, "netns", "exec", ns));
    full.addAll(List.of(cmd));
    ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  /**
   * Waits until a file's text satisfies the condition. It is woken by the kernel (inotify,
   * through a {@link WatchService} on the file's directory) when a file there changes, so it
   * neither sleeps nor reads the clock; it fails when the process dies first, after {@link
   * #PATIENCE} in whole seconds without any change in the directory, or after 10,000 changes.
   */
  static String await(Path file, Predicate<String> condition, String what, Process alive)
      throws IOException, InterruptedException {
    try (WatchService watcher = file.getFileSystem().newWatchService()) {
      file.toAbsolutePath().getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY);
      long quietSeconds = 0;
      String text = "";
      for (int wakeups = 0; wakeups < 10_000; wakeups++) {
        // registered first, read second: a change between the two still wakes the poll below
        text = read(file);
        if (condition.test(text)) {
          return text;
        }
        if (alive != null && !alive.isAlive()) {
          text = read(file);
          if (condition.test(text)) {
            return text;
          }
          return fail("waiting for " + what + ", the process exited " + alive.exitValue()
              + "; its output:\n" + text);
        }
        WatchKey key = watcher.poll(1, TimeUnit.SECONDS);
        if (key == null) {
          if (++quietSeconds >= PATIENCE.toSeconds()) {
            return fail("no " + what + " after " + PATIENCE + " without a change in "
                + file.getParent() + "; " + file + " holds:\n" + text);
          }
          continue;
        }
        key.pollEvents();
        key.reset();
      }
      return fail("no " + what + " after 10,000 changes in " + file.getParent() + "; " + file
          + " holds:\n" + text);
    }
  }

  static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  /** Stops the processes started here (SIGTERM, then SIGKILL) and deletes both namespaces. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    cleanUp();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
    String left;
    try {
      left = run(PATIENCE, IP, "netns", "list").output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while listing namespaces", e);
    }
    assertTrue(!left.contains(server) && !left.contains(client),
        "namespaces left behind:\n" + left);
  }

  private void cleanUp() {
    List<Process> copy;
    synchronized (processes) {
      copy = new ArrayList<>(processes);
      processes.clear();
    }
    Collections.reverse(copy);
    for (Process p : copy) {
      p.destroy();
    }
    for (Process p : copy) {
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          p.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    for (String ns : List.of(client, server)) {
      try {
        run(PATIENCE, IP, "netns", "del", ns); // deleting a namespace deletes its veth end
      } catch (IOException | InterruptedException e) {
        System.err.println("could not delete namespace " + ns + ": " + e);
      }
    }
  }

  record Result(int rc, String output) {}

  static Result run(Duration timeout, String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", cmd) + " did not finish in " + timeout);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
