package io.github.netcodec.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.dhcp.DhcpClient.State;
import io.github.netcodec.dhcp.DhcpClient.Step;
import io.github.netcodec.dhcp.DhcpClient.Transmission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

/**
 * The client driven by random sequences of events: replies of every type to what it last sent
 * (with random lease times, T1 and T2, from the granting or another server, with the right or a
 * wrong xid), clock jumps with timer expiries (short and longer than a whole lease), declines and
 * releases. After every step the state machine's invariants must hold.
 */
class DhcpClientProperties {

  private static final EnumSet<State> LEASED =
      EnumSet.of(State.BOUND, State.RENEWING, State.REBINDING);

  enum Event { REPLY_OFFER, REPLY_ACK, REPLY_NAK, STRANGER, ADVANCE, JUMP, DECLINE, RELEASE }

  @Provide
  Arbitrary<List<Event>> events() {
    return Arbitraries.of(Event.class).list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 400)
  void invariantsHoldOverAnyEventSequence(@ForAll("events") List<Event> events,
      @ForAll long seed) {
    SplittableRandom dice = new SplittableRandom(seed);
    DhcpClientTest.FakeClock clock = new DhcpClientTest.FakeClock();
    DhcpClient client = new DhcpClient(DhcpClient.Config.of(DhcpClientTest.MAC), clock,
        new SplittableRandom(seed + 1));
    Step step = client.start();
    DhcpMessage lastSent = check(client, clock, step, null);
    for (Event event : events) {
      switch (event) {
        case REPLY_OFFER:
        case REPLY_ACK:
        case REPLY_NAK:
          if (lastSent != null) {
            step = client.receive(reply(event, lastSent, dice));
          }
          break;
        case STRANGER:
          if (lastSent != null) {
            step = client.receive(DhcpMessage.ack(lastSent.toBuilder()
                .xid(lastSent.xid() ^ 1).build(), DhcpClientTest.LEASED, DhcpClientTest.SERVER,
                120));
            assertTrue(step.transmissions().isEmpty(), "a reply to another xid is ignored");
          }
          break;
        case ADVANCE:
        case JUMP:
          Optional<java.time.Instant> timer = client.timer();
          if (timer.isPresent()) {
            clock.advanceTo(event == Event.ADVANCE ? timer.get()
                : timer.get().plus(Duration.ofSeconds(dice.nextLong(0, 20_000))));
          }
          step = client.timerExpired();
          break;
        case DECLINE:
          if (client.state() == State.BOUND) {
            step = client.decline();
          }
          break;
        case RELEASE:
          if (client.lease().isPresent()) {
            step = client.release();
            step = client.start();
          }
          break;
        default:
          throw new AssertionError(event);
      }
      DhcpMessage sent = check(client, clock, step, lastSent);
      lastSent = sent;
    }
  }

  /** Checks the invariants after a step; returns the message now outstanding, if any. */
  private static DhcpMessage check(DhcpClient client, DhcpClientTest.FakeClock clock, Step step,
      DhcpMessage previous) {
    assertEquals(client.state(), step.state());
    assertEquals(LEASED.contains(client.state()), client.lease().isPresent(), step::toString);
    // A timer lies in the past only when an acknowledgement that came late (the lease counts
    // from the first REQUEST) has a T1 that is already due.
    client.timer().filter(t -> t.isBefore(clock.now)).ifPresent(t ->
        assertEquals(client.lease().flatMap(DhcpClient.Lease::renewAt), Optional.of(t),
            "a timer in the past that is not a due T1"));
    if (client.state() != State.INIT) {
      assertTrue(client.timer().isPresent() || client.lease().orElseThrow().isInfinite(),
          "every state but INIT and an infinite BOUND has a timer");
    }
    DhcpMessage sent = previous;
    for (Transmission t : step.transmissions()) {
      DhcpMessage m = t.message();
      assertEquals(m, DhcpMessage.parse(m.toByteArray()), "what the client sends round-trips");
      assertEquals(DhcpOp.BOOTREQUEST, m.op());
      assertEquals(Optional.of(DhcpClientTest.MAC), m.clientMac());
      DhcpMessageType type = m.messageType().orElseThrow();
      boolean unicast = type.equals(DhcpMessageType.RELEASE)
          || client.state() == State.RENEWING && type.equals(DhcpMessageType.REQUEST);
      assertEquals(!unicast, t.isBroadcast(), m::toString);
      if (!type.equals(DhcpMessageType.RELEASE) && !type.equals(DhcpMessageType.DECLINE)) {
        sent = m;
      }
    }
    return sent;
  }

  /** A server's answer to the client's last message, with random lease times. */
  private static DhcpMessage reply(Event event, DhcpMessage request, SplittableRandom dice) {
    Ipv4Address server = dice.nextInt(4) == 0 ? DhcpClientTest.OTHER_SERVER
        : DhcpClientTest.SERVER;
    long lease = dice.nextInt(8) == 0 ? DhcpClient.Lease.INFINITE : dice.nextLong(0, 100_000);
    switch (event) {
      case REPLY_OFFER:
        return DhcpMessage.offer(request, DhcpClientTest.LEASED, server, lease);
      case REPLY_ACK:
        return DhcpMessage.ack(request, DhcpClientTest.LEASED, server, lease,
            new DhcpOption.RenewalTime(dice.nextLong(0, 100_000)),
            new DhcpOption.RebindingTime(dice.nextLong(0, 100_000)));
      default:
        return DhcpMessage.nak(request, server, "no");
    }
  }

  @Test
  void recordsHaveValueSemantics() {
    DhcpMessage one = DhcpMessage.discover(1, DhcpClientTest.MAC);
    DhcpMessage two = DhcpMessage.discover(2, DhcpClientTest.MAC);
    EqualsVerifier.forClass(Transmission.class).withPrefabValues(DhcpMessage.class, one, two)
        .suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Step.class).withPrefabValues(DhcpMessage.class, one, two)
        .suppress(Warning.NULL_FIELDS).verify();
    // Config and Lease refuse the values EqualsVerifier would build (0 attempts, T1 > T2):
    // their contract is checked on examples that differ in one component each.
    DhcpClient.Config config = DhcpClient.Config.of(DhcpClientTest.MAC);
    assertContract(config, DhcpClient.Config.of(DhcpClientTest.MAC),
        config.withHostName("h"), config.withBroadcastFlag(false),
        DhcpClient.Config.of(io.github.netcodec.address.MacAddress.parse("02:00:00:00:00:01")),
        new DhcpClient.Config(config.mac(), config.clientIdentifier(), config.hostName(),
            config.parameterRequestList(), true, 5));
    java.time.Instant t0 = DhcpClientTest.T0;
    Ipv4Address a = DhcpClientTest.LEASED;
    Ipv4Address s = DhcpClientTest.SERVER;
    DhcpClient.Lease lease = new DhcpClient.Lease(a, s, t0, 100, 50, 80, one);
    assertContract(lease, new DhcpClient.Lease(a, s, t0, 100, 50, 80, one),
        new DhcpClient.Lease(Ipv4Address.ANY, s, t0, 100, 50, 80, one),
        new DhcpClient.Lease(a, DhcpClientTest.OTHER_SERVER, t0, 100, 50, 80, one),
        new DhcpClient.Lease(a, s, t0.plusSeconds(1), 100, 50, 80, one),
        new DhcpClient.Lease(a, s, t0, 101, 50, 80, one),
        new DhcpClient.Lease(a, s, t0, 100, 51, 80, one),
        new DhcpClient.Lease(a, s, t0, 100, 50, 81, one),
        new DhcpClient.Lease(a, s, t0, 100, 50, 80, two));
  }

  @SafeVarargs
  private static <T> void assertContract(T value, T equal, T... unequal) {
    assertEquals(value, equal);
    assertEquals(value.hashCode(), equal.hashCode());
    assertEquals(value.toString(), equal.toString());
    for (T other : unequal) {
      assertTrue(!value.equals(other) && !other.equals(value), other::toString);
    }
  }
}
