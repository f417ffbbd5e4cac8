package io.github.netcodec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dhcp.DhcpClient;
import io.github.netcodec.dhcp.DhcpClient.LeaseChange;
import io.github.netcodec.dhcp.DhcpClient.State;
import io.github.netcodec.dhcp.DhcpClient.Step;
import io.github.netcodec.dhcp.DhcpMessage;
import io.github.netcodec.dhcp.DhcpMessageType;
import io.github.netcodec.dhcp.DhcpOption;
import io.github.netcodec.dhcp.DhcpOptionCode;
import io.github.netcodec.examples.DhcpServerExample.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DhcpServerExample}'s lease logic without sockets: core's {@link DhcpClient} and the
 * server exchange messages in memory (each through its wire bytes) under a clock the test moves
 * by hand, through a whole lease and the server's NAK, RELEASE, DECLINE and INFORM paths. Needs
 * no namespace and no root, so it runs wherever the namespace test is skipped.
 */
class DhcpServerExampleTest {
  static final Ipv4Address SERVER = Ipv4Address.parse("10.213.0.1");
  static final Ipv4Address FIRST = Ipv4Address.parse("10.213.0.100");
  static final Ipv4Address SECOND = Ipv4Address.parse("10.213.0.101");
  static final MacAddress MAC = MacAddress.parse("02:6e:63:00:00:02");
  static final MacAddress MAC2 = MacAddress.parse("02:6e:63:00:00:03");

  static final class Clock implements InstantSource {
    Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }
  }

  final Clock clock = new Clock();
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  final DhcpServerExample server = new DhcpServerExample(new DhcpServerExample.Config(SERVER,
      24, FIRST, Ipv4Address.parse("10.213.0.102"), 120, 60, 105, SERVER, SERVER), clock,
      new PrintStream(log, true, StandardCharsets.UTF_8));

  private DhcpClient client(MacAddress mac) {
    return new DhcpClient(DhcpClient.Config.of(mac), clock, new SplittableRandom(7));
  }

  /** Delivers a step's messages to the server and its replies back, until nothing moves. */
  private Step exchange(DhcpClient client, Step step) {
    Step last = step;
    List<DhcpClient.Transmission> out = step.transmissions();
    while (!out.isEmpty()) {
      Step next = null;
      for (DhcpClient.Transmission t : out) {
        for (Reply r : server.handle(wire(t.message()))) {
          next = client.receive(wire(r.message()));
          if (next.change() != LeaseChange.NONE || last.change() == LeaseChange.NONE) {
            last = next; // the step that changed the lease, else the latest
          }
        }
      }
      out = next == null ? List.of() : next.transmissions();
    }
    return last;
  }

  private static DhcpMessage wire(DhcpMessage m) {
    return DhcpMessage.parse(m.toByteArray());
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void leasesRenewsAtT1AndReleases() {
    DhcpClient c = client(MAC);
    Step bound = exchange(c, c.start());
    assertEquals(LeaseChange.BOUND, bound.change());
    DhcpClient.Lease lease = c.lease().orElseThrow();
    assertEquals(FIRST, lease.address());
    assertEquals(SERVER, lease.server());
    assertEquals(120, lease.leaseSeconds());
    assertEquals(60, lease.renewalSeconds());
    assertEquals(105, lease.rebindingSeconds());
    assertEquals(Ipv4Address.parse("255.255.255.0"), lease.ack().subnetMask().orElseThrow());
    assertEquals(List.of(SERVER), lease.ack().routers().orElseThrow());

    clock.now = c.timer().orElseThrow();
    Step renewing = c.timerExpired();
    assertEquals(State.RENEWING, renewing.state());
    assertEquals(SERVER, renewing.transmissions().get(0).destination());
    List<Reply> replies = server.handle(wire(renewing.transmissions().get(0).message()));
    assertEquals(1, replies.size());
    assertEquals(FIRST, replies.get(0).destination(), "a renewal is answered by unicast");
    assertEquals(LeaseChange.RENEWED, c.receive(wire(replies.get(0).message())).change());

    Step release = c.release();
    assertTrue(server.handle(wire(release.transmissions().get(0).message())).isEmpty());
    assertEquals(Map.of(), server.bindings());
    assertTrue(log().contains("note released 10.213.0.100"), log());
  }

  @Test
  void offersAreBroadcastAndKeyedByClientIdentifier() {
    DhcpClient a = client(MAC);
    DhcpClient b = client(MAC2);
    assertEquals(LeaseChange.BOUND, exchange(a, a.start()).change());
    Step discover = b.start();
    List<Reply> offer = server.handle(wire(discover.transmissions().get(0).message()));
    assertEquals(Ipv4Address.BROADCAST, offer.get(0).destination());
    assertEquals(68, offer.get(0).port());
    assertEquals(SECOND, offer.get(0).message().yiaddr());
    assertEquals(Map.of("id:01026e63000002", FIRST, "id:01026e63000003", SECOND),
        server.bindings());
  }

  @Test
  void naksARequestForAnAddressNotOffered() {
    DhcpMessage discover = DhcpMessage.discover(1, MAC);
    DhcpMessage offer = server.handle(discover).get(0).message();
    DhcpMessage wrong = DhcpMessage.requestSelecting(offer.toBuilder().yiaddr(SECOND).build());
    Reply nak = server.handle(wrong).get(0);
    assertEquals(DhcpMessageType.NAK, nak.message().messageType().orElseThrow());
    assertEquals(Ipv4Address.BROADCAST, nak.destination());
    assertTrue(nak.message().message().orElseThrow().contains("not offered"));
    // without client identifier the lease is keyed by chaddr
    assertEquals(Map.of("chaddr:026e63000002", FIRST), server.bindings());
  }

  @Test
  void staysSilentAndWithdrawsTheOfferWhenTheClientChoseAnotherServer() {
    DhcpMessage offer = server.handle(DhcpMessage.discover(1, MAC)).get(0).message();
    DhcpMessage other = offer.toBuilder().removeOption(DhcpOptionCode.SERVER_IDENTIFIER)
        .option(new DhcpOption.ServerIdentifier(Ipv4Address.parse("10.213.0.2"))).build();
    assertTrue(server.handle(DhcpMessage.requestSelecting(other)).isEmpty());
    assertEquals(Map.of(), server.bindings());
  }

  @Test
  void naksARenewalFromAnotherNetworkAndIgnoresStrangers() {
    DhcpMessage foreign = DhcpMessage.requestInitReboot(5, MAC, Ipv4Address.parse("192.0.2.7"));
    assertEquals(DhcpMessageType.NAK,
        server.handle(foreign).get(0).message().messageType().orElseThrow());
    DhcpMessage stranger = DhcpMessage.requestRenewing(6, MAC, FIRST);
    assertTrue(server.handle(stranger).isEmpty(), "no record of the client: silent");
  }

  @Test
  void neverOffersADeclinedAddressAgain() {
    DhcpClient c = client(MAC);
    exchange(c, c.start());
    Step decline = c.decline();
    assertTrue(server.handle(wire(decline.transmissions().get(0).message())).isEmpty());
    assertEquals(Set.of(FIRST), server.declined());
    clock.now = c.timer().orElseThrow();
    assertEquals(LeaseChange.BOUND, exchange(c, c.timerExpired()).change());
    assertEquals(SECOND, c.lease().orElseThrow().address());
  }

  @Test
  void answersInformWithoutALease() {
    DhcpMessage inform = DhcpMessage.inform(9, MAC, Ipv4Address.parse("10.213.0.20"));
    Reply ack = server.handle(inform).get(0);
    assertEquals(DhcpMessageType.ACK, ack.message().messageType().orElseThrow());
    assertEquals(Ipv4Address.parse("10.213.0.20"), ack.destination());
    assertTrue(ack.message().yiaddr().isUnspecified());
    assertFalse(ack.message().leaseTime().isPresent());
    assertEquals(List.of(SERVER), ack.message().dnsServers().orElseThrow());
    assertEquals(Map.of(), server.bindings());
  }

  @Test
  void offersNothingWhenThePoolIsExhaustedAndReusesExpiredLeases() {
    for (int i = 0; i < 3; i++) {
      DhcpClient c = client(MacAddress.of(0x026e63000010L + i));
      assertEquals(LeaseChange.BOUND, exchange(c, c.start()).change());
    }
    assertTrue(server.handle(DhcpMessage.discover(1, MAC)).isEmpty());
    assertTrue(log().contains("pool exhausted"), log());
    clock.now = clock.now.plus(Duration.ofSeconds(121));
    assertEquals(FIRST, server.handle(DhcpMessage.discover(2, MAC)).get(0).message().yiaddr());
  }

  @Test
  void scriptEnvironmentIsUdhcpcs() {
    DhcpClient c = client(MAC);
    exchange(c, c.start());
    Map<String, String> env = DhcpClientExample.scriptEnvironment("eth0", c.lease().get());
    assertEquals("eth0", env.get("interface"));
    assertEquals("10.213.0.100", env.get("ip"));
    assertEquals("255.255.255.0", env.get("subnet"));
    assertEquals("24", env.get("mask"));
    assertEquals("10.213.0.1", env.get("router"));
    assertEquals("10.213.0.1", env.get("dns"));
    assertEquals("120", env.get("lease"));
    assertEquals("10.213.0.1", env.get("serverid"));
    assertEquals(Map.of("interface", "eth0"), DhcpClientExample.scriptEnvironment("eth0", null));
  }
}
