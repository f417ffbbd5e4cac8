package io.github.netcodec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.examples.DhcpCapture.Captured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DHCP examples against real peers, in two network namespaces joined by a veth pair (see
 * {@link NamespacePair}), with tcpdump capturing in the client namespace:
 *
 * <ul>
 *   <li>{@link DhcpClientExample} gets a lease from dnsmasq (T1 5 s, T2 8 s), renews it at the
 *       real T1 and releases it; dnsmasq's lease file shows the lease, then not;
 *   <li>busybox {@code udhcpc} gets a lease from {@link DhcpServerExample} and releases it
 *       ({@code -R}), and our server sees the release;
 *   <li>our client gets a lease from our server, renews it twice and releases it, and drops a
 *       datagram on port 68 that is not DHCP.
 * </ul>
 *
 * Both clients run the shipped {@code scripts/dhcp-event.sh}. Every DHCP message in the
 * captures must decode with the core codecs, carry valid IPv4 header and UDP checksums, and
 * re-encode byte for byte; the exchanges must be the expected ones. Needs root and the Debian
 * packages dnsmasq-base, tcpdump, busybox, iproute2 and ethtool; a missing tool fails the test.
 * A machine that cannot create network namespaces skips it with a message on stderr. Nothing
 * is timed: waits poll with a 60-second patience.
 */
class DhcpNamespaceTest {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
      .toString();
  /** Eight bytes that are not a DHCP message; the capture filter below excludes them. */
  private static final String GARBAGE = "garbage!";
  private static final List<String> TOOLS = List.of(NamespacePair.IP, NamespacePair.ETHTOOL,
      "/usr/bin/tcpdump", "/usr/sbin/dnsmasq", "/usr/bin/busybox");

  @TempDir Path dir;
  private NamespacePair ns;

  @BeforeAll
  static void toolsAreInstalled() {
    for (String tool : TOOLS) {
      assertTrue(Files.isExecutable(Path.of(tool)), tool + " is missing: the DHCP namespace "
          + "tests need the Debian packages dnsmasq-base, tcpdump, busybox, iproute2, ethtool");
    }
  }

  @BeforeEach
  void namespaces() throws IOException, InterruptedException {
    ns = NamespacePair.create();
  }

  @AfterEach
  void cleanUp() throws IOException {
    if (ns != null) {
      ns.close();
    }
  }

  private interface Body {
    void run() throws Exception;
  }

  /** Runs a test body; if it fails, prints what each peer logged before rethrowing. */
  private void dumpingLogsOnFailure(Body body) throws Exception {
    try {
      body.run();
    } catch (Exception | AssertionError e) {
      dumpLogs();
      throw e;
    }
  }

  /** Prints every log and event file of the test, so that a failure shows what each peer did. */
  private void dumpLogs() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".log") || name.endsWith("-events") || name.endsWith(".leases")) {
          System.err.println("===== " + name + "\n" + NamespacePair.read(p));
        }
      }
    }
  }

  @Test
  void ourClientLeasesRenewsAndReleasesWithDnsmasq() throws Exception {
    dumpingLogsOnFailure(this::ourClientLeasesRenewsAndReleasesWithDnsmasqBody);
  }

  private void ourClientLeasesRenewsAndReleasesWithDnsmasqBody() throws Exception {
    Path leases = dir.resolve("dnsmasq.leases");
    Path conf = dir.resolve("dnsmasq.conf");
    Files.writeString(conf, String.join("\n",
        "interface=" + ns.serverDev,
        "bind-interfaces",
        "port=0",
        "dhcp-range=" + ns.address(50) + "," + ns.address(99) + ",255.255.255.0,2m",
        "dhcp-leasefile=" + leases,
        "dhcp-option=option:router," + ns.serverAddress(),
        "dhcp-option=option:dns-server," + ns.serverAddress(),
        "dhcp-option=option:T1,5",
        "dhcp-option=option:T2,8",
        "no-ping",
        "dhcp-authoritative",
        ""));
    Process tcpdump = startCapture("client-dnsmasq.pcap");
    Path dnsmasqLog = dir.resolve("dnsmasq.log");
    Process dnsmasq = ns.start(ns.server, dnsmasqLog, "/usr/sbin/dnsmasq", "--conf-file=" + conf,
        "--no-daemon", "--log-dhcp", "--log-facility=-", "--pid-file=", "--user=root");
    NamespacePair.await(dnsmasqLog, t -> t.contains("DHCP, IP range"), "dnsmasq started",
        dnsmasq);

    Path events = dir.resolve("client-events");
    Path clientLog = dir.resolve("client.log");
    Process client = ns.start(ns.client, clientLog, Map.of("DHCP_EVENT_LOG", events.toString()),
        JAVA, "-cp", System.getProperty("java.class.path"), DhcpClientExample.class.getName(),
        "--interface", ns.clientDev, "--script", script().toString(),
        "--renewals", "1", "--timeout", "55");

    // the lease appears in dnsmasq's file while the client is bound, with our MAC and address
    String bound = NamespacePair.await(events, t -> t.contains("bound "), "the bound event",
        client);
    String ip = field(bound, "bound", "ip");
    String leaseLine = NamespacePair.await(leases, t -> t.contains(" " + ip + " "),
        "the lease of " + ip + " in " + leases, null);
    assertTrue(leaseLine.contains(ns.clientMac + " " + ip + " "), leaseLine);

    assertTrue(client.waitFor(NamespacePair.PATIENCE.toSeconds(), TimeUnit.SECONDS),
        "the client did not finish:\n" + NamespacePair.read(clientLog));
    String out = NamespacePair.read(clientLog);
    assertEquals(0, client.exitValue(), out);
    NamespacePair.await(leases, t -> !t.contains(" " + ip + " "),
        "the lease of " + ip + " gone from " + leases + " after the release", null);

    List<String> seen = eventNames(events);
    assertEquals(List.of("deconfig", "bound", "renew", "deconfig"), seen,
        NamespacePair.read(events));
    assertEquals(ip, field(NamespacePair.read(events), "renew", "ip"));
    assertEquals(ns.serverAddress(), field(bound, "bound", "serverid"));
    assertEquals("24", field(bound, "bound", "mask"));
    assertEquals("120", field(bound, "bound", "lease"));
    assertEquals(ns.serverAddress(), field(bound, "bound", "router"));
    assertTrue(out.contains("recv DHCPACK"), out);
    assertTrue(out.contains("T1=5s T2=8s"), "dnsmasq's T1 and T2 reached the client:\n" + out);
    assertTrue(out.contains("send DHCPRELEASE"), out);

    List<Captured> captured = stopAndDecode(tcpdump, "client-dnsmasq.pcap");
    System.out.println("our client <-> dnsmasq: " + DhcpCapture.counts(captured));
    captured.forEach(c -> System.out.println("  " + c));
    assertEquals(List.of("DHCPDISCOVER", "DHCPOFFER", "DHCPREQUEST", "DHCPACK", "DHCPREQUEST",
        "DHCPACK", "DHCPRELEASE"), DhcpCapture.exchange(captured), captured.toString());
    // the renewal and the release are unicast between the leased address and the server
    Ipv4Address leased = Ipv4Address.parse(ip);
    Ipv4Address server = Ipv4Address.parse(ns.serverAddress());
    List<Captured> unicast = captured.stream().filter(c -> !c.fromServer()
        && c.ip().source().equals(leased) && c.ip().destination().equals(server)).toList();
    assertEquals(List.of("DHCPREQUEST", "DHCPRELEASE"), DhcpCapture.exchange(unicast),
        captured.toString());
  }

  @Test
  void udhcpcLeasesFromOurServerAndReleases() throws Exception {
    dumpingLogsOnFailure(this::udhcpcLeasesFromOurServerAndReleasesBody);
  }

  private void udhcpcLeasesFromOurServerAndReleasesBody() throws Exception {
    Process tcpdump = startCapture("udhcpc-server.pcap");
    Path serverLog = dir.resolve("server.log");
    Process server = ns.start(ns.server, serverLog, JAVA, "-cp",
        System.getProperty("java.class.path"), DhcpServerExample.class.getName(),
        "--address", ns.serverAddress() + "/24",
        "--pool", ns.address(100) + "-" + ns.address(119),
        "--lease", "120", "--t1", "60", "--t2", "105", "--timeout", "55");
    NamespacePair.await(serverLog, t -> t.contains("DhcpServerExample "), "our server started",
        server);

    Path events = dir.resolve("udhcpc-events");
    Path udhcpcLog = dir.resolve("udhcpc.log");
    // udhcpc -q -R would be shorter, but busybox 1.35 leaves with -q before it is BOUND and so
    // never sends the RELEASE ("entering released state" only). Without -q it stays bound, and
    // SIGTERM with -R releases: "unicasting a release", then the deconfig event.
    Process udhcpc = ns.start(ns.client, udhcpcLog, Map.of("DHCP_EVENT_LOG", events.toString()),
        "/usr/bin/busybox", "udhcpc", "-f", "-n", "-R", "-i", ns.clientDev,
        "-s", script().toString(), "-t", "5", "-T", "2");
    NamespacePair.await(events, t -> t.contains("bound "), "udhcpc's bound event", udhcpc);
    udhcpc.destroy();
    assertTrue(udhcpc.waitFor(NamespacePair.PATIENCE.toSeconds(), TimeUnit.SECONDS),
        "udhcpc did not exit on SIGTERM");
    String udhcpcOut = NamespacePair.read(udhcpcLog);
    assertTrue(udhcpcOut.contains("unicasting a release"), udhcpcOut);

    String ev = NamespacePair.read(events);
    assertEquals(List.of("deconfig", "bound", "deconfig"), eventNames(events), ev);
    Ipv4Address ip = Ipv4Address.parse(field(ev, "bound", "ip"));
    assertTrue(ip.compareTo(Ipv4Address.parse(ns.address(100))) >= 0
        && ip.compareTo(Ipv4Address.parse(ns.address(119))) <= 0, "not from our pool: " + ip);
    assertEquals(ns.serverAddress(), field(ev, "bound", "serverid"));
    assertEquals("120", field(ev, "bound", "lease"));
    assertEquals("24", field(ev, "bound", "mask"));

    String log = NamespacePair.await(serverLog, t -> t.contains("note released " + ip),
        "our server seeing the RELEASE of " + ip, server);
    assertTrue(log.contains("recv DHCPRELEASE"), log);
    assertTrue(log.contains("note leased " + ip), log);

    List<Captured> captured = stopAndDecode(tcpdump, "udhcpc-server.pcap");
    System.out.println("udhcpc <-> our server: " + DhcpCapture.counts(captured));
    captured.forEach(c -> System.out.println("  " + c));
    assertEquals(List.of("DHCPDISCOVER", "DHCPOFFER", "DHCPREQUEST", "DHCPACK", "DHCPRELEASE"),
        DhcpCapture.exchange(captured), captured.toString());
    assertTrue(captured.stream().filter(Captured::fromServer)
        .allMatch(c -> c.ip().destination().equals(Ipv4Address.BROADCAST)), captured.toString());
    Captured release = captured.get(captured.size() - 1);
    assertEquals(ip, release.ip().source());
    assertEquals(ip, release.message().ciaddr());
  }

  @Test
  void ourClientLeasesRenewsAndReleasesWithOurServer() throws Exception {
    dumpingLogsOnFailure(this::ourClientAndOurServerBody);
  }

  private void ourClientAndOurServerBody() throws Exception {
    Process tcpdump = startCapture("client-server.pcap");
    Path serverLog = dir.resolve("server.log");
    Process server = ns.start(ns.server, serverLog, JAVA, "-cp",
        System.getProperty("java.class.path"), DhcpServerExample.class.getName(),
        "--address", ns.serverAddress() + "/24",
        "--pool", ns.address(200) + "-" + ns.address(209),
        "--lease", "120", "--t1", "2", "--t2", "3", "--timeout", "55");
    NamespacePair.await(serverLog, t -> t.contains("DhcpServerExample "), "our server started",
        server);
    Path events = dir.resolve("client-events");
    Path clientLog = dir.resolve("client.log");
    Process client = ns.start(ns.client, clientLog, Map.of("DHCP_EVENT_LOG", events.toString()),
        JAVA, "-cp", System.getProperty("java.class.path"), DhcpClientExample.class.getName(),
        "--interface", ns.clientDev, "--script", script().toString(),
        "--renewals", "2", "--timeout", "55");
    String boundIp = field(NamespacePair.await(events, t -> t.contains("bound "),
        "the bound event", client), "bound", "ip");
    // a datagram on port 68 that is not DHCP: the client logs it and drops it (the capture
    // filter leaves it out, so that every captured message must be DHCP)
    NamespacePair.Result sent = ns.runIn(ns.server, NamespacePair.PATIENCE,
        dir.resolve("garbage.log"), Map.of(), "/bin/bash", "-c",
        "printf '" + GARBAGE + "' > /dev/udp/" + boundIp + "/68");
    assertEquals(0, sent.rc(), sent.output());
    assertTrue(client.waitFor(NamespacePair.PATIENCE.toSeconds(), TimeUnit.SECONDS),
        "the client did not finish:\n" + NamespacePair.read(clientLog));
    String out = NamespacePair.read(clientLog);
    assertEquals(0, client.exitValue(), out);
    assertTrue(out.contains("drop 8 bytes from " + ns.serverAddress() + ":"), out);
    assertEquals(List.of("deconfig", "bound", "renew", "renew", "deconfig"), eventNames(events),
        NamespacePair.read(events));
    String ip = boundIp;
    assertEquals(ns.address(200), ip);
    NamespacePair.await(serverLog, t -> t.contains("note released " + ip),
        "our server seeing the RELEASE of " + ip, server);

    List<Captured> captured = stopAndDecode(tcpdump, "client-server.pcap");
    System.out.println("our client <-> our server: " + DhcpCapture.counts(captured));
    captured.forEach(c -> System.out.println("  " + c));
    assertEquals(List.of("DHCPDISCOVER", "DHCPOFFER", "DHCPREQUEST", "DHCPACK", "DHCPREQUEST",
        "DHCPACK", "DHCPREQUEST", "DHCPACK", "DHCPRELEASE"), DhcpCapture.exchange(captured),
        captured.toString());
    // a renewing client has its address: our server answers it by unicast (RFC 2131 §4.1)
    Ipv4Address leased = Ipv4Address.parse(ip);
    assertEquals(2, captured.stream().filter(c -> c.fromServer()
        && c.ip().destination().equals(leased)).count(), captured.toString());
  }

  // ---------------------------------------------------------------------------------- helpers

  private Process startCapture(String file) throws IOException, InterruptedException {
    Path log = dir.resolve(file + ".log");
    Process p = ns.start(ns.client, log, "/usr/bin/tcpdump", "-i", ns.clientDev, "-n", "-U",
        "--immediate-mode", "-Z", "root", "-w", dir.resolve(file).toString(),
        "(udp port 67 or udp port 68) and not udp[8:4] = 0x67617262"); // "garb"
    NamespacePair.await(log, t -> t.contains("listening on"), "tcpdump listening", p);
    return p;
  }

  private List<Captured> stopAndDecode(Process tcpdump, String file)
      throws IOException, InterruptedException {
    tcpdump.destroy(); // SIGTERM: tcpdump flushes and closes the file
    assertTrue(tcpdump.waitFor(NamespacePair.PATIENCE.toSeconds(), TimeUnit.SECONDS));
    List<Captured> captured = DhcpCapture.decode(Files.readAllBytes(dir.resolve(file)));
    assertFalse(captured.isEmpty(), "nothing captured");
    assertTrue(captured.stream().anyMatch(Captured::fromServer), "no server message");
    assertTrue(captured.stream().anyMatch(c -> !c.fromServer()), "no client message");
    return captured;
  }

  /**
   * The udhcpc-style event script shipped with the examples ({@code scripts/dhcp-event.sh}),
   * used by both clients: it configures the address (the renewal and the release are sent from
   * it) and, with {@code DHCP_EVENT_LOG} set, logs each event and its variables.
   */
  private Path script() throws IOException {
    Path shipped = Path.of("scripts", "dhcp-event.sh");
    assertTrue(Files.isRegularFile(shipped), shipped.toAbsolutePath() + " is missing");
    Path script = Files.copy(shipped, dir.resolve("dhcp-event.sh"));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static List<String> eventNames(Path events) throws IOException {
    return Arrays.stream(NamespacePair.read(events).split("\n")).filter(s -> !s.isBlank())
        .map(s -> s.split(" ", 2)[0]).toList();
  }

  /** The value of {@code name=} on the first line of the event. */
  private static String field(String events, String event, String name) {
    Optional<String> line = Arrays.stream(events.split("\n"))
        .filter(s -> s.startsWith(event + " ")).findFirst();
    assertTrue(line.isPresent(), "no " + event + " event in:\n" + events);
    Matcher m = Pattern.compile(" " + name + "=(\\S*)").matcher(line.get());
    assertTrue(m.find(), "no " + name + " in " + line.get());
    return m.group(1);
  }
}
