package io.github.netcodec.dhcpv6;

import static io.github.netcodec.testing.CodecAssertions.assertEncodesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.testing.ProcessOutput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real DHCPv6 exchange with dnsmasq (Debian {@code dnsmasq-base}, installed by {@code
 * .ci/run}): the test makes two network namespaces joined by a veth pair, runs dnsmasq as the
 * server in one, and from the other sends our encoded Solicit and Request over a UDP socket
 * (a few lines of Python that only move bytes) to ff02::1:2. dnsmasq's Advertise and Reply must
 * parse strictly to the lease and options it was configured with, and encode back byte for byte.
 *
 * <p>Needs root for {@code ip netns}. Where namespaces cannot be made the test is aborted with
 * the reason (reported as skipped, never passed). The namespaces, and with them the veth pair,
 * are deleted and every process started is stopped afterwards.
 */
class Dhcpv6DnsmasqTest {

  private static final String DNSMASQ = "/usr/sbin/dnsmasq";

  /** Sends each hex line of stdin to ff02::1:2 port 547 and prints the first answer as hex. */
  private static final String CLIENT = String.join("\n",
      "import socket, sys",
      "s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)",
      "s.bind(('::', 546))",
      "idx = socket.if_nametoindex(sys.argv[1])",
      "s.settimeout(10)",
      "for line in sys.stdin:",
      "    s.sendto(bytes.fromhex(line.strip()), ('ff02::1:2', 547, 0, idx))",
      "    print(s.recvfrom(65535)[0].hex(), flush=True)");

  private static final MacAddress CLIENT_MAC = MacAddress.parse("00:11:22:33:44:55");

  @Test
  void leasesAnAddressFromDnsmasq(@TempDir Path dir) throws Exception {
    long pid = ProcessHandle.current().pid() % 100_000;
    String server = "nc6s" + pid;
    String client = "nc6c" + pid;
    String serverIf = "v6s" + pid;
    String clientIf = "v6c" + pid;
    assertTrue(Files.isExecutable(Path.of(DNSMASQ)),
        DNSMASQ + " is missing: install Debian's dnsmasq-base (.ci/run does)");
    Result add = run("ip", "netns", "add", server);
    if (add.status != 0) {
      String why = "cannot create a network namespace (" + add.output.strip() + "): the real "
          + "DHCPv6 exchange with dnsmasq did NOT run; it needs root and ip netns";
      System.err.println("Dhcpv6DnsmasqTest: " + why);
      Assumptions.abort(why);
    }
    List<Process> started = new ArrayList<>();
    try {
      ok("ip", "netns", "add", client);
      ok("ip", "link", "add", serverIf, "type", "veth", "peer", "name", clientIf);
      ok("ip", "link", "set", serverIf, "netns", server);
      ok("ip", "link", "set", clientIf, "netns", client);
      // no duplicate address detection: addresses are usable at once, no sleeps needed
      for (String[] ns : new String[][] {{server, serverIf}, {client, clientIf}}) {
        ok("ip", "netns", "exec", ns[0], "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
            "net.ipv6.conf.default.accept_dad=0", "net.ipv6.conf." + ns[1] + ".accept_dad=0");
      }
      ok("ip", "-n", server, "addr", "add", "2001:db8:6::1/64", "dev", serverIf, "nodad");
      ok("ip", "-n", server, "link", "set", serverIf, "up");
      ok("ip", "-n", client, "link", "set", clientIf, "up");

      Process dnsmasq = new ProcessBuilder("ip", "netns", "exec", server, DNSMASQ,
          "--no-daemon", "--conf-file=/dev/null", "--port=0", "--user=root",
          "--interface=" + serverIf, "--bind-interfaces",
          "--dhcp-range=2001:db8:6::100,2001:db8:6::1ff,64,1h",
          "--dhcp-option=option6:dns-server,[2001:db8:6::53]",
          "--dhcp-option=option6:domain-search,example.test",
          "--dhcp-leasefile=" + dir.resolve("leases"), "--pid-file=", "--log-dhcp")
          .redirectErrorStream(true).start();
      started.add(dnsmasq);
      ProcessOutput log = ProcessOutput.awaitLine(dnsmasq.getInputStream(), "DHCPv6, IP range",
          "dnsmasq");

      Process python = new ProcessBuilder("ip", "netns", "exec", client, "/usr/bin/python3",
          "-c", CLIENT, clientIf).redirectError(dir.resolve("client.err").toFile()).start();
      started.add(python);
      Writer toClient = python.outputWriter(StandardCharsets.US_ASCII);
      BufferedReader fromClient = new BufferedReader(new InputStreamReader(
          python.getInputStream(), StandardCharsets.US_ASCII));

      Duid clientId = Duid.LinkLayer.of(CLIENT_MAC);
      Dhcpv6Message solicit = Dhcpv6Message.solicit(0x6a6b6c, clientId, 7,
          Dhcpv6OptionCode.DNS_SERVERS, Dhcpv6OptionCode.DOMAIN_LIST);
      Dhcpv6Message advertise = exchange(solicit, toClient, fromClient, dir, log);
      assertEquals(Dhcpv6MessageType.ADVERTISE, advertise.type());
      assertEquals(0x6a6b6c, ((Dhcpv6Message.ClientServer) advertise).transactionId());
      assertEquals(clientId, advertise.clientId().orElseThrow());
      Duid serverId = advertise.serverId().orElseThrow();
      Ipv6Address offered = leased(advertise);
      assertEquals(List.of(Ipv6Address.parse("2001:db8:6::53")),
          advertise.dnsServers().orElseThrow());
      assertEquals(List.of(DnsName.of("example.test")), advertise.domainList().orElseThrow());

      Dhcpv6Message request = Dhcpv6Message.request(0x6a6b6d, clientId, serverId,
          new Dhcpv6Option.IaNa(7, 0, 0, List.of(Dhcpv6Option.IaAddress.of(offered, 0, 0))),
          Dhcpv6OptionCode.DNS_SERVERS, Dhcpv6OptionCode.DOMAIN_LIST);
      Dhcpv6Message reply = exchange(request, toClient, fromClient, dir, log);
      assertEquals(Dhcpv6MessageType.REPLY, reply.type());
      assertEquals(0x6a6b6d, ((Dhcpv6Message.ClientServer) reply).transactionId());
      assertEquals(serverId, reply.serverId().orElseThrow());
      assertEquals(offered, leased(reply));
      reply.statusCode().ifPresent(s -> assertTrue(s.status().isSuccess(), s.toString()));
      toClient.close();
    } finally {
      for (Process p : started) {
        p.destroy();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
      run("ip", "netns", "del", client);
      run("ip", "netns", "del", server);
    }
  }

  /** The address of the one IA_NA, checked to be in the configured range and lifetime. */
  private static Ipv6Address leased(Dhcpv6Message m) {
    Dhcpv6Option.IaNa ia = m.iaNa().get(0);
    assertEquals(7, ia.iaid());
    Dhcpv6Option.IaAddress a = ia.addresses().get(0);
    long low = a.address().low();
    assertEquals(Ipv6Address.parse("2001:db8:6::").high(), a.address().high(), a.toString());
    assertTrue(low >= 0x100 && low <= 0x1ff, a.toString());
    assertEquals(3600, a.validLifetime(), "the 1h lease");
    return a.address();
  }

  private static Dhcpv6Message exchange(Dhcpv6Message out, Writer toClient,
      BufferedReader fromClient, Path dir, ProcessOutput log) throws IOException {
    toClient.write(Hex.toHex(out.toByteArray()) + "\n");
    toClient.flush();
    String line = fromClient.readLine();
    assertNotNull(line, () -> "no answer from dnsmasq; client: " + read(dir.resolve("client.err"))
        + "\ndnsmasq: " + log);
    byte[] bytes = Hex.parse(line);
    Dhcpv6Message in = Dhcpv6Message.parse(bytes);
    assertEncodesTo(bytes, in);
    return in;
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  private record Result(int status, String output) {}

  private static Result run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, String.join(" ", command) + " timed out");
    }
    return new Result(p.exitValue(), out);
  }

  private static void ok(String... command) throws IOException, InterruptedException {
    Result r = run(command);
    assertEquals(0, r.status, () -> String.join(" ", command) + ": " + r.output);
  }
}
