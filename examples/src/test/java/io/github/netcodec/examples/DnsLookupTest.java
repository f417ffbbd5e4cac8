package io.github.netcodec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.dns.DnsName;
import io.github.netcodec.dns.DnsRcode;
import io.github.netcodec.dns.DnsType;
import io.github.netcodec.dns.Rdata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DnsLookup} against a real server: dnsmasq (Debian {@code dnsmasq-base}, installed by
 * {@code .ci/run}) started on 127.0.0.1 and a free unprivileged port with a few local records,
 * stopped afterwards. A missing dnsmasq fails the test.
 */
class DnsLookupTest {
  private static Process dnsmasq;
  private static InetSocketAddress server;

  @BeforeAll
  static void startDnsmasq() throws IOException {
    int port;
    try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
      port = probe.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of("/usr/sbin/dnsmasq", "--no-daemon",
        "--conf-file=/dev/null", "--port=" + port, "--listen-address=127.0.0.1",
        "--bind-interfaces", "--no-resolv", "--no-hosts", "--user=root", "--pid-file=",
        "--host-record=www.example.test,192.0.2.10,2001:db8::10",
        "--mx-host=example.test,mail.example.test,10"));
    for (int i = 1; i <= 30; i++) {
      cmd.add("--txt-record=big.example.test,\"record number " + i
          + " of a long answer that will not fit in 512 octets\"");
    }
    dnsmasq = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    server = new InetSocketAddress("127.0.0.1", port);
    // dnsmasq binds within milliseconds; the lookups below retry until it answers
    assertTrue(dnsmasq.isAlive(),
        "dnsmasq exited at once (is dnsmasq-base installed? .ci/run installs it)");
  }

  @AfterAll
  static void stopDnsmasq() throws InterruptedException {
    if (dnsmasq != null) {
      dnsmasq.destroy();
      dnsmasq.waitFor(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void answersOverUdp() throws IOException {
    DnsLookup.Result r = DnsLookup.lookup(DnsName.of("www.example.test"), DnsType.A, server,
        Duration.ofMillis(500), 10);
    assertFalse(r.overTcp());
    assertEquals(DnsRcode.NOERROR, r.response().rcode());
    assertEquals(List.of("192.0.2.10"), r.response().answers().stream()
        .map(rr -> rr.rdata().presentation()).toList());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DnsLookup.print(new PrintStream(out, true, StandardCharsets.UTF_8), "www.example.test",
        DnsType.A, server, r);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains(";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: "), text);
    assertTrue(text.contains(";; ANSWER SECTION:\nwww.example.test.\t"), text);
    assertTrue(text.contains("\tIN\tA\t192.0.2.10\n"), text);
    assertTrue(text.contains("(UDP)"), text);
  }

  @Test
  void switchesToTcpWhenTruncated() throws IOException {
    DnsLookup.Result r = DnsLookup.lookup(DnsName.of("big.example.test"), DnsType.TXT, server,
        Duration.ofMillis(500), 10);
    assertTrue(r.overTcp());
    assertEquals(30, r.response().answers().size());
    assertTrue(r.response().answers().stream().allMatch(rr -> rr.rdata() instanceof Rdata.Txt));
    assertTrue(r.size() > 1232);
  }
}
