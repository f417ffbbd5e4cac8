package io.github.netcodec.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dhcp.DhcpClient.LeaseChange;
import io.github.netcodec.dhcp.DhcpClient.State;
import io.github.netcodec.dhcp.DhcpClient.Step;
import io.github.netcodec.dhcp.DhcpClient.Transmission;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The RFC 2131 §4.4 client state machine driven through whole leases with a fake clock and a
 * random source whose jitter is pinned, against replies built by the server-side factories. The
 * addresses and the 120 s lease are those dnsmasq gave busybox udhcpc in the namespace test.
 */
class DhcpClientTest {

  static final MacAddress MAC = MacAddress.parse("f6:50:14:35:c1:90");
  static final Ipv4Address SERVER = Ipv4Address.parse("10.213.0.1");
  static final Ipv4Address OTHER_SERVER = Ipv4Address.parse("10.213.0.2");
  static final Ipv4Address LEASED = Ipv4Address.parse("10.213.0.76");
  static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

  /** A clock the test moves by hand. */
  static final class FakeClock implements InstantSource {
    Instant now = T0;

    @Override
    public Instant instant() {
      return now;
    }

    void advanceTo(Instant t) {
      now = t;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  /**
   * Transaction ids count up from 1 (so each exchange's xid is new and predictable), and the
   * bounded draw used for the ±1 s jitter returns its lower bound, its upper bound, or the middle.
   */
  static final class PinnedRandom implements RandomGenerator {
    int nextXid = 1;
    int jitter; // -1, 0, +1

    @Override
    public long nextLong() {
      return 0;
    }

    @Override
    public int nextInt() {
      return nextXid++;
    }

    @Override
    public long nextLong(long origin, long bound) {
      return jitter < 0 ? origin : jitter > 0 ? bound - 1 : (origin + bound) / 2;
    }
  }

  final FakeClock clock = new FakeClock();
  final PinnedRandom random = new PinnedRandom();
  final DhcpClient client = new DhcpClient(DhcpClient.Config.of(MAC), clock, random);

  /** The one message of a step, after a trip through the wire format. */
  static DhcpMessage only(Step step) {
    assertEquals(1, step.transmissions().size(), step::toString);
    DhcpMessage sent = step.transmissions().get(0).message();
    DhcpMessage reparsed = DhcpMessage.parse(sent.toByteArray());
    assertEquals(sent, reparsed);
    return reparsed;
  }

  static Ipv4Address destination(Step step) {
    return step.transmissions().get(0).destination();
  }

  static DhcpMessage offerTo(DhcpMessage discover) {
    return DhcpMessage.offer(discover, LEASED, SERVER, 120,
        new DhcpOption.SubnetMask(Ipv4Address.parse("255.255.255.0")));
  }

  static DhcpMessage ackTo(DhcpMessage request, long leaseSeconds, DhcpOption... options) {
    return DhcpMessage.ack(request, LEASED, SERVER, leaseSeconds, options);
  }

  /** Drives the client to BOUND and returns the DHCPREQUEST that was acknowledged. */
  DhcpMessage bind(long leaseSeconds, DhcpOption... ackOptions) {
    DhcpMessage discover = only(client.start());
    DhcpMessage request = only(client.receive(offerTo(discover)));
    Step bound = client.receive(ackTo(request, leaseSeconds, ackOptions));
    assertEquals(State.BOUND, bound.state());
    assertEquals(LeaseChange.BOUND, bound.change());
    return request;
  }

  @Test
  void discoverIsBroadcastWithTheConfiguredOptions() {
    Step step = client.start();
    DhcpMessage discover = only(step);
    assertEquals(State.SELECTING, step.state());
    assertTrue(step.transmissions().get(0).isBroadcast());
    assertEquals(Optional.of(DhcpMessageType.DISCOVER), discover.messageType());
    assertEquals(DhcpOp.BOOTREQUEST, discover.op());
    assertEquals(Optional.of(MAC), discover.clientMac());
    assertTrue(discover.isBroadcast(), "BROADCAST flag: the client has no address yet");
    assertEquals(Ipv4Address.ANY, discover.ciaddr());
    assertEquals(0, discover.secs());
    assertEquals(Optional.of(DhcpClient.Config.DEFAULT_PARAMETERS),
        discover.parameterRequestList());
    assertEquals("01f6501435c190", discover.clientIdentifier().orElseThrow().hex());
    assertThrows(IllegalStateException.class, client::start);
  }

  @Test
  void selectingRequestingBound() {
    DhcpMessage discover = only(client.start());
    clock.advance(Duration.ofMillis(1500));
    Step requesting = client.receive(offerTo(discover));
    DhcpMessage request = only(requesting);
    assertEquals(State.REQUESTING, requesting.state());
    assertEquals(Ipv4Address.BROADCAST, destination(requesting));
    assertEquals(Optional.of(DhcpMessageType.REQUEST), request.messageType());
    assertEquals(discover.xid(), request.xid(), "a REQUEST answering an offer keeps its xid");
    assertEquals(Optional.of(LEASED), request.requestedAddress());
    assertEquals(Optional.of(SERVER), request.serverIdentifier());
    assertEquals(Ipv4Address.ANY, request.ciaddr());

    Instant requestSent = clock.now;
    clock.advance(Duration.ofMillis(30));
    Step bound = client.receive(ackTo(request, 120));
    assertEquals(State.BOUND, bound.state());
    assertEquals(LeaseChange.BOUND, bound.change());
    assertTrue(bound.transmissions().isEmpty());
    DhcpClient.Lease lease = client.lease().orElseThrow();
    assertEquals(LEASED, lease.address());
    assertEquals(SERVER, lease.server());
    assertEquals(requestSent, lease.start(), "§4.4.1: the lease counts from the REQUEST");
    assertEquals(Optional.of(requestSent.plusSeconds(60)), bound.timer(), "T1 = 0.5 lease");
    assertEquals(Optional.of(requestSent.plusSeconds(105)), lease.rebindAt(), "T2 = 0.875");
    assertEquals(Optional.of(requestSent.plusSeconds(120)), lease.expiresAt());
  }

  @Test
  void discoverRetransmitsAt4816And64SecondsWithinOneSecondOfJitter() {
    for (int jitter = -1; jitter <= 1; jitter++) {
      FakeClock c = new FakeClock();
      PinnedRandom r = new PinnedRandom();
      r.jitter = jitter;
      DhcpClient fresh = new DhcpClient(DhcpClient.Config.of(MAC), c, r);
      Step step = fresh.start();
      int xid = only(step).xid();
      long[] bases = {4, 8, 16, 32, 64, 64, 64};
      for (long base : bases) {
        Instant expected = c.now.plusSeconds(base).plusMillis(jitter * 1000L);
        assertEquals(Optional.of(expected), step.timer(), "jitter " + jitter);
        c.advanceTo(expected);
        step = fresh.timerExpired();
        DhcpMessage again = only(step);
        assertEquals(xid, again.xid(), "a retransmission keeps the xid");
        assertEquals(Duration.between(T0, c.now).getSeconds(), again.secs(),
            "secs counts from the first DISCOVER");
        assertEquals(State.SELECTING, step.state());
      }
    }
  }

  @Test
  void requestRepeatsTheSecsOfTheDiscoverItAnswers() {
    Step step = client.start();
    clock.advanceTo(step.timer().orElseThrow()); // T0 + 4 s
    DhcpMessage second = only(client.timerExpired());
    assertEquals(4, second.secs());
    clock.advance(Duration.ofMillis(2500));
    step = client.receive(offerTo(second));
    assertEquals(4, only(step).secs(), "§4.4.1: the same secs as the DISCOVER");
    clock.advanceTo(step.timer().orElseThrow());
    assertEquals(4, only(client.timerExpired()).secs(), "and on retransmission");
    DhcpMessage again = only(client.receive(DhcpMessage.nak(second, SERVER, "no")));
    assertEquals(0, again.secs(), "a new acquisition counts from zero");
  }

  @Test
  void timerBeforeItIsDueDoesNothing() {
    Step step = client.start();
    clock.advance(Duration.ofSeconds(1));
    Step early = client.timerExpired();
    assertTrue(early.transmissions().isEmpty());
    assertEquals(step.timer(), early.timer());
  }

  @Test
  void repliesNotForThisClientAreIgnored() {
    DhcpMessage discover = only(client.start());
    DhcpMessage offer = offerTo(discover);
    List<DhcpMessage> strangers = List.of(
        offer.toBuilder().xid(discover.xid() + 1).build(),
        offer.toBuilder().clientMac(MacAddress.parse("02:00:00:00:00:01")).build(),
        offer.toBuilder().op(DhcpOp.BOOTREQUEST).build(),
        offer.toBuilder().removeOption(DhcpOptionCode.SERVER_IDENTIFIER).build(),
        offer.toBuilder().yiaddr(Ipv4Address.ANY).build(),
        DhcpMessage.ack(discover, LEASED, SERVER, 120)); // an ACK while SELECTING
    for (DhcpMessage stranger : strangers) {
      Step ignored = client.receive(stranger);
      assertEquals(State.SELECTING, ignored.state(), stranger::toString);
      assertTrue(ignored.transmissions().isEmpty(), stranger::toString);
    }
    assertEquals(State.REQUESTING, client.receive(offer).state());
  }

  @Test
  void requestingIgnoresOtherServersAndAcksWithoutLeaseTime() {
    DhcpMessage discover = only(client.start());
    DhcpMessage request = only(client.receive(offerTo(discover)));
    DhcpMessage fromOther = DhcpMessage.ack(request, LEASED, OTHER_SERVER, 120);
    assertEquals(State.REQUESTING, client.receive(fromOther).state());
    DhcpMessage noLease = ackTo(request, 120).toBuilder()
        .removeOption(DhcpOptionCode.IP_ADDRESS_LEASE_TIME).build();
    assertEquals(State.REQUESTING, client.receive(noLease).state());
    assertEquals(State.BOUND, client.receive(ackTo(request, 120)).state());
  }

  @Test
  void nakWhileRequestingStartsOverWithANewXid() {
    DhcpMessage discover = only(client.start());
    DhcpMessage request = only(client.receive(offerTo(discover)));
    Step restarted = client.receive(DhcpMessage.nak(request, SERVER, "address taken"));
    assertEquals(State.SELECTING, restarted.state());
    assertEquals(LeaseChange.NONE, restarted.change());
    DhcpMessage again = only(restarted);
    assertEquals(Optional.of(DhcpMessageType.DISCOVER), again.messageType());
    assertNotEquals(discover.xid(), again.xid());
  }

  @Test
  void requestingGivesUpAfterTheConfiguredAttempts() {
    DhcpMessage discover = only(client.start());
    Step step = client.receive(offerTo(discover));
    for (int sent = 1; sent < 4; sent++) {
      clock.advanceTo(step.timer().orElseThrow());
      step = client.timerExpired();
      assertEquals(State.REQUESTING, step.state());
      assertEquals(Optional.of(DhcpMessageType.REQUEST), only(step).messageType());
    }
    clock.advanceTo(step.timer().orElseThrow());
    step = client.timerExpired();
    assertEquals(State.SELECTING, step.state());
    assertEquals(Optional.of(DhcpMessageType.DISCOVER), only(step).messageType());
  }

  @Test
  void renewingUnicastsAtT1AndRenewedLeaseCountsFromTheRenewal() {
    bind(120);
    Instant t1 = client.timer().orElseThrow();
    clock.advanceTo(t1);
    Step renewing = client.timerExpired();
    DhcpMessage renew = only(renewing);
    assertEquals(State.RENEWING, renewing.state());
    assertEquals(SERVER, destination(renewing), "RENEWING unicasts to the server");
    assertEquals(LEASED, renew.ciaddr());
    assertFalse(renew.isBroadcast(), "a renewing client can take unicast replies");
    assertTrue(renew.requestedAddress().isEmpty(), "table 4: no requested address");
    assertTrue(renew.serverIdentifier().isEmpty(), "table 4: no server identifier");

    clock.advance(Duration.ofMillis(5));
    Step renewed = client.receive(ackTo(renew, 300));
    assertEquals(State.BOUND, renewed.state());
    assertEquals(LeaseChange.RENEWED, renewed.change());
    assertEquals(Optional.of(t1.plusSeconds(150)), renewed.timer());
    assertEquals(300, client.lease().orElseThrow().leaseSeconds());
  }

  @Test
  void renewingRetransmitsHalfwayToT2ThenRebindsThenLosesTheLease() {
    bind(7200, new DhcpOption.RenewalTime(3600), new DhcpOption.RebindingTime(6300));
    DhcpClient.Lease lease = client.lease().orElseThrow();
    assertEquals(3600, lease.renewalSeconds());
    assertEquals(6300, lease.rebindingSeconds());
    Instant start = lease.start();

    clock.advanceTo(start.plusSeconds(3600));
    Step step = client.timerExpired();
    assertEquals(State.RENEWING, step.state());
    // Half of the 2700 s left to T2, half of the rest, ..., then the 60 s floor, capped at T2.
    long[] expectedMillis = {4_950_000, 5_625_000, 5_962_500, 6_131_250, 6_215_625, 6_275_625,
        6_300_000};
    for (long at : expectedMillis) {
      assertEquals(Optional.of(start.plusMillis(at)), step.timer());
      clock.advanceTo(step.timer().orElseThrow());
      step = client.timerExpired();
    }
    assertEquals(State.REBINDING, step.state());
    assertTrue(step.transmissions().get(0).isBroadcast(), "REBINDING broadcasts");
    assertEquals(LEASED, only(step).ciaddr());
    // Half of the 900 s left to the end of the lease, and so on, then 60 s, capped at the end.
    long[] rebindingMillis = {6_750_000, 6_975_000, 7_087_500, 7_147_500, 7_200_000};
    for (long at : rebindingMillis) {
      assertEquals(Optional.of(start.plusMillis(at)), step.timer());
      clock.advanceTo(step.timer().orElseThrow());
      step = client.timerExpired();
    }
    assertEquals(State.SELECTING, step.state());
    assertEquals(LeaseChange.LOST, step.change());
    assertEquals(Optional.of(DhcpMessageType.DISCOVER), only(step).messageType());
    assertTrue(client.lease().isEmpty());
  }

  @Test
  void rebindingAckFromAnotherServerKeepsTheAddress() {
    bind(120);
    Instant start = client.lease().orElseThrow().start();
    clock.advanceTo(start.plusSeconds(60));
    client.timerExpired();
    clock.advanceTo(start.plusSeconds(105));
    Step rebinding = client.timerExpired();
    assertEquals(State.REBINDING, rebinding.state());
    DhcpMessage request = only(rebinding);
    Step rebound = client.receive(DhcpMessage.ack(request, LEASED, OTHER_SERVER, 120));
    assertEquals(State.BOUND, rebound.state());
    assertEquals(LeaseChange.RENEWED, rebound.change());
    assertEquals(OTHER_SERVER, client.lease().orElseThrow().server());
  }

  @Test
  void nakWhileRenewingLosesTheLease() {
    bind(120);
    clock.advanceTo(client.timer().orElseThrow());
    DhcpMessage renew = only(client.timerExpired());
    Step lost = client.receive(DhcpMessage.nak(renew, SERVER, "wrong network"));
    assertEquals(LeaseChange.LOST, lost.change());
    assertEquals(State.SELECTING, lost.state());
    assertTrue(client.lease().isEmpty());
  }

  @Test
  void inconsistentT1T2FallBackToTheDefaultsAndInfiniteLeasesArmNoTimer() {
    bind(1000, new DhcpOption.RenewalTime(900), new DhcpOption.RebindingTime(800));
    DhcpClient.Lease lease = client.lease().orElseThrow();
    assertEquals(500, lease.renewalSeconds());
    assertEquals(875, lease.rebindingSeconds());

    DhcpClient forever = new DhcpClient(DhcpClient.Config.of(MAC), clock, random);
    DhcpMessage discover = only(forever.start());
    DhcpMessage request = only(forever.receive(offerTo(discover)));
    Step bound = forever.receive(ackTo(request, DhcpClient.Lease.INFINITE));
    assertEquals(State.BOUND, bound.state());
    assertTrue(bound.timer().isEmpty());
    assertTrue(forever.lease().orElseThrow().isInfinite());
    assertTrue(forever.lease().orElseThrow().expiresAt().isEmpty());
  }

  @Test
  void declineWaitsTenSecondsThenDiscovers() {
    bind(120);
    Step declined = client.decline();
    DhcpMessage decline = only(declined);
    assertEquals(LeaseChange.LOST, declined.change());
    assertEquals(State.INIT, declined.state());
    assertEquals(Optional.of(DhcpMessageType.DECLINE), decline.messageType());
    assertEquals(Optional.of(LEASED), decline.requestedAddress());
    assertEquals(Optional.of(SERVER), decline.serverIdentifier());
    assertTrue(declined.transmissions().get(0).isBroadcast());
    assertEquals(Optional.of(clock.now.plusSeconds(10)), declined.timer());
    clock.advance(Duration.ofSeconds(10));
    Step again = client.timerExpired();
    assertEquals(State.SELECTING, again.state());
    assertEquals(Optional.of(DhcpMessageType.DISCOVER), only(again).messageType());
  }

  @Test
  void releaseUnicastsToTheServerAndIdles() {
    assertThrows(IllegalStateException.class, client::release);
    bind(120);
    Step released = client.release();
    DhcpMessage release = only(released);
    assertEquals(SERVER, destination(released));
    assertEquals(Optional.of(DhcpMessageType.RELEASE), release.messageType());
    assertEquals(LEASED, release.ciaddr());
    assertEquals(Optional.of(SERVER), release.serverIdentifier());
    assertEquals(LeaseChange.LOST, released.change());
    assertEquals(State.INIT, released.state());
    assertTrue(released.timer().isEmpty());
    assertTrue(client.lease().isEmpty());
    assertEquals(State.SELECTING, client.start().state(), "a released client can start again");
  }

  @Test
  void initRebootAsksForTheRememberedAddress() {
    Step rebooting = client.startInitReboot(LEASED);
    DhcpMessage request = only(rebooting);
    assertEquals(State.REBOOTING, rebooting.state());
    assertTrue(rebooting.transmissions().get(0).isBroadcast());
    assertEquals(Optional.of(LEASED), request.requestedAddress());
    assertTrue(request.serverIdentifier().isEmpty(), "table 4: no server id in INIT-REBOOT");
    assertEquals(Ipv4Address.ANY, request.ciaddr());
    Step bound = client.receive(ackTo(request, 120));
    assertEquals(State.BOUND, bound.state());
    assertEquals(SERVER, client.lease().orElseThrow().server());

    DhcpClient other = new DhcpClient(DhcpClient.Config.of(MAC), clock, random);
    DhcpMessage stale = only(other.startInitReboot(LEASED));
    Step nak = other.receive(DhcpMessage.nak(stale, SERVER, "not on this network"));
    assertEquals(State.SELECTING, nak.state());
    assertEquals(Optional.of(DhcpMessageType.DISCOVER), only(nak).messageType());
  }

  @Test
  void transmissionsAndStepsCheckTheirComponents() {
    Transmission t = new Transmission(only(client.start()), SERVER);
    assertFalse(t.isBroadcast());
    assertThrows(NullPointerException.class, () -> new Transmission(null, SERVER));
    assertThrows(IllegalArgumentException.class,
        () -> new DhcpClient.Lease(LEASED, SERVER, T0, 100, 60, 50, t.message()));
    assertThrows(IllegalArgumentException.class, () -> new DhcpClient.Config(MAC,
        Optional.empty(), Optional.empty(), List.of(), true, 0));
    DhcpClient.Config named =
        DhcpClient.Config.of(MAC).withHostName("lab").withBroadcastFlag(false);
    DhcpClient quiet = new DhcpClient(named, clock, random);
    DhcpMessage discover = only(quiet.start());
    assertFalse(discover.isBroadcast());
    assertEquals(Optional.of("lab"), discover.hostName());
  }
}
