package io.github.netcodec.dhcp;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The DHCPv4 client state machine of RFC 2131 §4.4 (figure 5), without sockets, threads or
 * clocks of its own: the caller feeds it received messages and timer expiries, and each call
 * returns a {@link Step} saying which messages to send where, when to call {@link #timerExpired()}
 * next, and whether the lease changed.
 *
 * <pre>{@code
 * DhcpClient client = new DhcpClient(DhcpClient.Config.of(mac), InstantSource.system(), random);
 * DhcpClient.Step step = client.start();            // DHCPDISCOVER to 255.255.255.255
 * // send step.transmissions(); arm a timer for step.timer(); on a reply:
 * step = client.receive(DhcpMessage.parse(datagram)); // OFFER -> DHCPREQUEST, ACK -> BOUND
 * }</pre>
 *
 * <h2>What it does</h2>
 *
 * <ul>
 *   <li>INIT → SELECTING → REQUESTING → BOUND, and INIT-REBOOT → REBOOTING → BOUND for a client
 *       that remembers its address ({@link #startInitReboot(Ipv4Address)}). The first valid
 *       DHCPOFFER is taken, as most clients do (RFC 2131 leaves the choice to the client).
 *   <li>Retransmission by RFC 2131 §4.1: 4, 8, 16, 32, then 64 seconds, each randomised by a
 *       uniform ±1 s from the injected random source. DISCOVER is retransmitted until an offer
 *       comes; REQUEST in REQUESTING and REBOOTING {@link Config#requestAttempts()} times in all
 *       before the client falls back to INIT (§3.1 step 5, §3.2 step 5).
 *   <li>T1 and T2 from options 58 and 59, or 0.5 and 0.875 of the lease (§4.4.5) when absent or
 *       inconsistent; times count from the moment the answered DHCPREQUEST was first sent
 *       (§4.4.1). An infinite lease (0xffffffff) arms no timer.
 *   <li>RENEWING unicasts to the server and REBINDING broadcasts, retransmitting after half the
 *       time left to T2 (respectively the lease's end), but not sooner than 60 seconds (§4.4.5).
 *       When the lease ends the client reports {@link LeaseChange#LOST} and starts over.
 *   <li>The {@code secs} field counts from the start of acquisition (the first DHCPDISCOVER)
 *       or renewal (T1); a DHCPREQUEST answering an offer repeats the DISCOVER's value, as
 *       §4.4.1 asks.
 *   <li>A DHCPNAK in any requesting state restarts from INIT at once (§3.1 step 5). A DHCPACK
 *       binds the address it carries even if the offer named another: the acknowledgement is
 *       what assigns it.
 *   <li>{@link #decline()} after the caller's ARP probe found the address in use sends DHCPDECLINE
 *       and waits 10 seconds before discovering again (§3.1 step 5); {@link #release()} sends
 *       DHCPRELEASE to the server and leaves the client idle in INIT.
 * </ul>
 *
 * <p>A received message is taken only if it is a BOOTREPLY with the outstanding transaction id
 * and the client's hardware address, of the message type the state expects, and (for offers and
 * acknowledgements) carries a server identifier and, for a DHCPACK, a lease time; anything else
 * is ignored and returns a step with nothing to send and the timer unchanged. Time comes from
 * the injected {@link InstantSource}, transaction ids and jitter from the injected {@link
 * RandomGenerator}, so a test can drive a whole lease with a fake clock.
 *
 * <p>Instances are mutable and not thread-safe: drive one from a single thread or event loop.
 */
public final class DhcpClient {

  /** The client states of RFC 2131 figure 5. */
  public enum State {
    /** No address and nothing outstanding: before {@link #start()}, after a release. */
    INIT,
    /** DHCPDISCOVER sent; waiting for an offer. */
    SELECTING,
    /** DHCPREQUEST for an offer sent; waiting for DHCPACK or DHCPNAK. */
    REQUESTING,
    /** The lease is held; the next timer is T1. */
    BOUND,
    /** Past T1: renewing with the server that granted the lease, by unicast. */
    RENEWING,
    /** Past T2: renewing with any server, by broadcast. */
    REBINDING,
    /** A remembered address is about to be verified (momentary: {@link
     * #startInitReboot(Ipv4Address)} goes on to REBOOTING). */
    INIT_REBOOT,
    /** DHCPREQUEST for a remembered address sent; waiting for DHCPACK or DHCPNAK. */
    REBOOTING
  }

  /** What a step did to the lease, for the caller that configures the interface. */
  public enum LeaseChange {
    /** Nothing changed. */
    NONE,
    /** A new lease: configure the address (and check it with ARP, then maybe {@link
     * #decline()}). */
    BOUND,
    /** The same address was extended; the lease's times and options may have changed. */
    RENEWED,
    /** The address must no longer be used: lease expired, DHCPNAK, declined or released. */
    LOST
  }

  /**
   * A message to send.
   *
   * @param message the DHCP message, as the UDP payload from port 68 to port 67
   * @param destination {@link Ipv4Address#BROADCAST} or the server's address (unicast)
   */
  public record Transmission(DhcpMessage message, Ipv4Address destination) {
    /**
     * Checks the components.
     *
     * @param message the message
     * @param destination the destination address
     */
    public Transmission {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(destination, "destination");
    }

    /**
     * Returns whether the message goes to the limited broadcast address.
     *
     * @return true if broadcast
     */
    public boolean isBroadcast() {
      return destination.equals(Ipv4Address.BROADCAST);
    }
  }

  /**
   * The outcome of one call: the state after it, what to send now, when to call {@link
   * #timerExpired()} next, and the lease change.
   *
   * @param state the state after the call
   * @param transmissions the messages to send now, in order (often none or one)
   * @param timer when to call {@link #timerExpired()}; empty when no timer is armed
   * @param change what happened to the lease
   */
  public record Step(
      State state, List<Transmission> transmissions, Optional<Instant> timer,
      LeaseChange change) {
    /**
     * Copies the list.
     *
     * @param state the state
     * @param transmissions the messages to send
     * @param timer the next timer
     * @param change the lease change
     */
    public Step {
      Objects.requireNonNull(state, "state");
      transmissions = List.copyOf(transmissions);
      Objects.requireNonNull(timer, "timer");
      Objects.requireNonNull(change, "change");
    }
  }

  /**
   * A lease the client holds.
   *
   * @param address the leased address (yiaddr of the DHCPACK)
   * @param server the server identifier (option 54)
   * @param start when the answered DHCPREQUEST was first sent; lease times count from here
   * @param leaseSeconds the lease time (option 51), {@link #INFINITE} for an infinite lease
   * @param renewalSeconds T1, from option 58 or 0.5 of the lease
   * @param rebindingSeconds T2, from option 59 or 0.875 of the lease
   * @param ack the DHCPACK, for the rest of the configuration (mask, routers, DNS, ...)
   */
  public record Lease(
      Ipv4Address address, Ipv4Address server, Instant start, long leaseSeconds,
      long renewalSeconds, long rebindingSeconds, DhcpMessage ack) {

    /** The lease time meaning "infinite" (RFC 2131 §3.3). */
    public static final long INFINITE = 0xffff_ffffL;

    /**
     * Checks the components.
     *
     * @param address the address
     * @param server the server identifier
     * @param start the start
     * @param leaseSeconds the lease time
     * @param renewalSeconds T1
     * @param rebindingSeconds T2
     * @param ack the acknowledgement
     * @throws IllegalArgumentException unless 0 ≤ T1 ≤ T2 ≤ lease ≤ 0xffffffff
     */
    public Lease {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(server, "server");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(ack, "ack");
      if (leaseSeconds < 0 || leaseSeconds > INFINITE || renewalSeconds < 0
          || renewalSeconds > rebindingSeconds || rebindingSeconds > leaseSeconds) {
        throw new IllegalArgumentException("lease times must satisfy 0 <= T1 " + renewalSeconds
            + " <= T2 " + rebindingSeconds + " <= lease " + leaseSeconds + " <= 0xffffffff");
      }
    }

    /**
     * Returns whether the lease never ends.
     *
     * @return true for lease time 0xffffffff
     */
    public boolean isInfinite() {
      return leaseSeconds == INFINITE;
    }

    /**
     * Returns when the client starts renewing (T1).
     *
     * @return the instant, empty for an infinite lease
     */
    public Optional<Instant> renewAt() {
      return isInfinite() ? Optional.empty() : Optional.of(start.plusSeconds(renewalSeconds));
    }

    /**
     * Returns when the client starts rebinding (T2).
     *
     * @return the instant, empty for an infinite lease
     */
    public Optional<Instant> rebindAt() {
      return isInfinite() ? Optional.empty() : Optional.of(start.plusSeconds(rebindingSeconds));
    }

    /**
     * Returns when the lease ends.
     *
     * @return the instant, empty for an infinite lease
     */
    public Optional<Instant> expiresAt() {
      return isInfinite() ? Optional.empty() : Optional.of(start.plusSeconds(leaseSeconds));
    }
  }

  /**
   * What the client puts in its messages and how patient it is.
   *
   * @param mac the client's hardware address (chaddr, htype 1)
   * @param clientIdentifier option 61 to send, or empty to send none (the server then keys the
   *     lease on chaddr)
   * @param hostName option 12 to send, or empty
   * @param parameterRequestList option 55 to send in DISCOVER, REQUEST and INFORM; empty to send
   *     none
   * @param broadcastFlag whether to set the BROADCAST flag, asking servers to broadcast their
   *     replies; a client that cannot receive unicast before it has an address needs it
   * @param requestAttempts how many times a DHCPREQUEST is sent in REQUESTING or REBOOTING
   *     before the client gives up and returns to INIT; at least 1
   */
  public record Config(
      MacAddress mac, Optional<ByteString> clientIdentifier, Optional<String> hostName,
      List<DhcpOptionCode> parameterRequestList, boolean broadcastFlag, int requestAttempts) {

    /** The options a typical client asks for: mask, routers, DNS, domain, broadcast, NTP. */
    public static final List<DhcpOptionCode> DEFAULT_PARAMETERS = List.of(
        DhcpOptionCode.SUBNET_MASK, DhcpOptionCode.ROUTER, DhcpOptionCode.DOMAIN_NAME_SERVER,
        DhcpOptionCode.DOMAIN_NAME, DhcpOptionCode.BROADCAST_ADDRESS,
        DhcpOptionCode.NTP_SERVERS);

    /**
     * Checks the components and copies the list.
     *
     * @param mac the hardware address
     * @param clientIdentifier the client identifier
     * @param hostName the host name
     * @param parameterRequestList the requested options
     * @param broadcastFlag the BROADCAST flag
     * @param requestAttempts the REQUEST attempts, at least 1
     */
    public Config {
      Objects.requireNonNull(mac, "mac");
      Objects.requireNonNull(clientIdentifier, "clientIdentifier");
      Objects.requireNonNull(hostName, "hostName");
      parameterRequestList = List.copyOf(parameterRequestList);
      if (requestAttempts < 1) {
        throw new IllegalArgumentException("requestAttempts " + requestAttempts + " < 1");
      }
    }

    /**
     * Returns the usual configuration for a MAC address: client identifier 1 + MAC (RFC 2132
     * §9.14, as dnsmasq and busybox send it), no host name, {@link #DEFAULT_PARAMETERS}, the
     * BROADCAST flag set, and 4 REQUEST attempts (4 + 8 + 16 + 32 s, about a minute).
     *
     * @param mac the client's MAC address
     * @return the configuration
     */
    public static Config of(MacAddress mac) {
      byte[] id = new byte[1 + MacAddress.BYTES];
      id[0] = 1; // hardware type Ethernet
      System.arraycopy(mac.toByteArray(), 0, id, 1, MacAddress.BYTES);
      return new Config(mac, Optional.of(ByteString.copyOf(id)), Optional.empty(),
          DEFAULT_PARAMETERS, true, 4);
    }

    /**
     * Returns a copy with a host name (option 12).
     *
     * @param name the host name
     * @return the configuration
     */
    public Config withHostName(String name) {
      return new Config(mac, clientIdentifier, Optional.of(name), parameterRequestList,
          broadcastFlag, requestAttempts);
    }

    /**
     * Returns a copy with another client identifier (option 61), or none.
     *
     * @param id the identifier, or empty to send none
     * @return the configuration
     */
    public Config withClientIdentifier(Optional<ByteString> id) {
      return new Config(mac, id, hostName, parameterRequestList, broadcastFlag,
          requestAttempts);
    }

    /**
     * Returns a copy with another parameter request list (option 55).
     *
     * @param codes the options to ask for, in order; empty to send no list
     * @return the configuration
     */
    public Config withParameterRequestList(List<DhcpOptionCode> codes) {
      return new Config(mac, clientIdentifier, hostName, codes, broadcastFlag, requestAttempts);
    }

    /**
     * Returns a copy with another number of DHCPREQUEST attempts.
     *
     * @param attempts the attempts in REQUESTING and REBOOTING, at least 1
     * @return the configuration
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public Config withRequestAttempts(int attempts) {
      return new Config(mac, clientIdentifier, hostName, parameterRequestList, broadcastFlag,
          attempts);
    }

    /**
     * Returns a copy with the BROADCAST flag set or clear.
     *
     * @param broadcast whether to set it
     * @return the configuration
     */
    public Config withBroadcastFlag(boolean broadcast) {
      return new Config(mac, clientIdentifier, hostName, parameterRequestList, broadcast,
          requestAttempts);
    }
  }

  private static final Duration FIRST_RETRANSMISSION = Duration.ofSeconds(4);
  private static final Duration MAX_RETRANSMISSION = Duration.ofSeconds(64);
  private static final Duration MIN_RENEW_RETRANSMISSION = Duration.ofSeconds(60);
  private static final Duration DECLINE_WAIT = Duration.ofSeconds(10);

  private final Config config;
  private final InstantSource clock;
  private final RandomGenerator random;

  private State state = State.INIT;
  private Instant timer; // null: none armed
  private Lease lease;
  private DhcpMessage outstanding; // the message being retransmitted
  private Ipv4Address outstandingDestination;
  private int attempts; // transmissions of the outstanding message so far
  private Instant secsStart; // when acquisition or renewal began: the secs field counts from here
  private Instant requestStart; // first transmission of the DHCPREQUEST: the lease counts from here
  private int pinnedSecs = -1; // secs a DHCPREQUEST answering an offer repeats from the DISCOVER
  private int lastSecs; // secs of the last transmission
  private Ipv4Address selectedServer; // server of the accepted offer (REQUESTING)

  /**
   * Creates a client in INIT.
   *
   * @param config what to send
   * @param clock the time source
   * @param random transaction ids and retransmission jitter
   */
  public DhcpClient(Config config, InstantSource clock, RandomGenerator random) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Returns the current state.
   *
   * @return the state
   */
  public State state() {
    return state;
  }

  /**
   * Returns the lease held, if any (in BOUND, RENEWING and REBINDING).
   *
   * @return the lease
   */
  public Optional<Lease> lease() {
    return Optional.ofNullable(lease);
  }

  /**
   * Returns when {@link #timerExpired()} is due.
   *
   * @return the instant, empty when no timer is armed
   */
  public Optional<Instant> timer() {
    return Optional.ofNullable(timer);
  }

  /**
   * Starts acquiring an address from INIT: sends DHCPDISCOVER and enters SELECTING.
   *
   * @return the step
   * @throws IllegalStateException unless in INIT
   */
  public Step start() {
    requireState("start()", State.INIT);
    return discover(LeaseChange.NONE);
  }

  /**
   * Starts from INIT-REBOOT with an address remembered from an earlier lease: broadcasts a
   * DHCPREQUEST for it and enters REBOOTING (RFC 2131 §3.2).
   *
   * @param previous the address the client had
   * @return the step
   * @throws IllegalStateException unless in INIT
   */
  public Step startInitReboot(Ipv4Address previous) {
    Objects.requireNonNull(previous, "previous");
    requireState("startInitReboot()", State.INIT);
    state = State.INIT_REBOOT;
    Instant now = clock.instant();
    secsStart = now;
    requestStart = now;
    pinnedSecs = -1;
    DhcpMessage request = DhcpMessage.requestInitReboot(random.nextInt(), config.mac(),
        previous, requestOptions());
    return send(State.REBOOTING, request, Ipv4Address.BROADCAST, now, LeaseChange.NONE);
  }

  /**
   * Handles a received DHCP message. Messages that are not for this client or not expected in
   * the current state are ignored.
   *
   * @param message the message received on port 68
   * @return the step; with nothing to send and the timer unchanged when ignored
   */
  public Step receive(DhcpMessage message) {
    Objects.requireNonNull(message, "message");
    if (outstanding == null || !isReplyToOutstanding(message)) {
      return idle(LeaseChange.NONE);
    }
    DhcpMessageType type = message.messageType().orElse(null);
    Optional<Ipv4Address> server = message.serverIdentifier();
    switch (state) {
      case SELECTING:
        if (DhcpMessageType.OFFER.equals(type) && server.isPresent()
            && !message.yiaddr().isUnspecified()) {
          selectedServer = server.get();
          Instant now = clock.instant();
          requestStart = now; // §4.4.1: the lease counts from the REQUEST
          pinnedSecs = lastSecs; // §4.4.1: and it repeats the DISCOVER's secs
          DhcpMessage request = DhcpMessage.requestSelecting(message, requestOptions());
          return send(State.REQUESTING, request, Ipv4Address.BROADCAST, now, LeaseChange.NONE);
        }
        return idle(LeaseChange.NONE);
      case REQUESTING:
        if (server.isPresent() && !server.get().equals(selectedServer)) {
          return idle(LeaseChange.NONE); // another server's answer to a REQUEST not meant for it
        }
        return acknowledged(message, type, LeaseChange.BOUND);
      case REBOOTING:
        return acknowledged(message, type, LeaseChange.BOUND);
      case RENEWING:
      case REBINDING:
        return acknowledged(message, type, LeaseChange.RENEWED);
      default:
        return idle(LeaseChange.NONE);
    }
  }

  /**
   * Handles the timer: a retransmission, T1, T2, the end of the lease, or the wait after a
   * decline. Calling it before the timer is due (or with none armed) does nothing.
   *
   * @return the step
   */
  public Step timerExpired() {
    Instant now = clock.instant();
    if (timer == null || now.isBefore(timer)) {
      return idle(LeaseChange.NONE);
    }
    switch (state) {
      case INIT:
        timer = null;
        return discover(LeaseChange.NONE); // the 10 s after a DECLINE have passed
      case SELECTING:
        return retransmit(now);
      case REQUESTING:
      case REBOOTING:
        if (attempts >= config.requestAttempts()) {
          return discover(LeaseChange.NONE); // no answer: start over (§3.1 step 5, §3.2 step 5)
        }
        return retransmit(now);
      case BOUND:
      case RENEWING:
      case REBINDING:
        // A caller that was late (a suspended laptop) may have passed several deadlines.
        if (reached(lease.expiresAt(), now)) {
          lease = null;
          return discover(LeaseChange.LOST); // §4.4.5: back to INIT, start over at once
        }
        if (state != State.REBINDING && reached(lease.rebindAt(), now)) {
          return rebind(now);
        }
        return state == State.BOUND ? renew(now) : retransmit(now);
      default:
        throw new AssertionError(state);
    }
  }

  /**
   * Declines the address just bound, because the caller's ARP probe found it in use (RFC 2131
   * §4.4.1): broadcasts DHCPDECLINE and waits 10 seconds in INIT before discovering again.
   *
   * @return the step, with {@link LeaseChange#LOST}
   * @throws IllegalStateException unless in BOUND
   */
  public Step decline() {
    requireState("decline()", State.BOUND);
    DhcpMessage decline = DhcpMessage.decline(random.nextInt(), config.mac(), lease.address(),
        lease.server(), identifyingOptions());
    lease = null;
    outstanding = null;
    state = State.INIT;
    timer = clock.instant().plus(DECLINE_WAIT);
    return new Step(state, List.of(new Transmission(decline, Ipv4Address.BROADCAST)),
        Optional.of(timer), LeaseChange.LOST);
  }

  /**
   * Gives the lease back (RFC 2131 §4.4.6): unicasts DHCPRELEASE to the server and stays idle
   * in INIT with no timer, until {@link #start()}.
   *
   * @return the step, with {@link LeaseChange#LOST}
   * @throws IllegalStateException unless in BOUND, RENEWING or REBINDING
   */
  public Step release() {
    if (lease == null) {
      throw new IllegalStateException("release() needs a lease; the client is in " + state);
    }
    DhcpMessage release = DhcpMessage.release(random.nextInt(), config.mac(), lease.address(),
        lease.server(), identifyingOptions());
    Ipv4Address server = lease.server();
    lease = null;
    outstanding = null;
    state = State.INIT;
    timer = null;
    return new Step(state, List.of(new Transmission(release, server)), Optional.empty(),
        LeaseChange.LOST);
  }

  // ------------------------------------------------------------------------------ transitions

  private Step discover(LeaseChange change) {
    Instant now = clock.instant();
    secsStart = now;
    pinnedSecs = -1;
    selectedServer = null;
    DhcpMessage discover = DhcpMessage.discover(random.nextInt(), config.mac(),
        requestOptions());
    return send(State.SELECTING, discover, Ipv4Address.BROADCAST, now, change);
  }

  private Step renew(Instant now) {
    secsStart = now;
    requestStart = now;
    pinnedSecs = -1;
    DhcpMessage request = DhcpMessage.requestRenewing(random.nextInt(), config.mac(),
        lease.address(), requestOptions());
    return send(State.RENEWING, request, lease.server(), now, LeaseChange.NONE);
  }

  private Step rebind(Instant now) {
    if (state != State.RENEWING) {
      secsStart = now; // a late caller that skipped RENEWING: the renewal begins here
    }
    requestStart = now;
    pinnedSecs = -1;
    DhcpMessage request = DhcpMessage.requestRebinding(random.nextInt(), config.mac(),
        lease.address(), requestOptions());
    return send(State.REBINDING, request, Ipv4Address.BROADCAST, now, LeaseChange.NONE);
  }

  /** Sends the first transmission of a new exchange and arms its retransmission timer. */
  private Step send(State next, DhcpMessage message, Ipv4Address destination, Instant now,
      LeaseChange change) {
    state = next;
    outstanding = withFlags(message);
    outstandingDestination = destination;
    attempts = 0;
    return transmit(now, change);
  }

  private Step retransmit(Instant now) {
    return transmit(now, LeaseChange.NONE);
  }

  private Step transmit(Instant now, LeaseChange change) {
    attempts++;
    lastSecs = pinnedSecs >= 0 ? pinnedSecs
        : (int) Math.min(0xffff, Duration.between(secsStart, now).getSeconds());
    DhcpMessage message = outstanding.toBuilder().secs(lastSecs).build();
    timer = nextTimer(now);
    return new Step(state, List.of(new Transmission(message, outstandingDestination)),
        Optional.ofNullable(timer), change);
  }

  private Instant nextTimer(Instant now) {
    switch (state) {
      case RENEWING:
        return halfwayWithFloor(now, lease.rebindAt().orElseThrow());
      case REBINDING:
        return halfwayWithFloor(now, lease.expiresAt().orElseThrow());
      default:
        // §4.1: 4 s doubling to 64 s, each ±1 s at random.
        Duration base = FIRST_RETRANSMISSION.multipliedBy(1L << Math.min(attempts - 1, 4));
        if (base.compareTo(MAX_RETRANSMISSION) > 0) {
          base = MAX_RETRANSMISSION;
        }
        return now.plus(base).plusMillis(random.nextLong(-1000, 1001));
    }
  }

  /** §4.4.5: half the time left to the deadline, at least 60 s, but never past the deadline. */
  private static Instant halfwayWithFloor(Instant now, Instant deadline) {
    Duration half = Duration.between(now, deadline).dividedBy(2);
    if (half.compareTo(MIN_RENEW_RETRANSMISSION) < 0) {
      half = MIN_RENEW_RETRANSMISSION;
    }
    Instant t = now.plus(half);
    return t.isAfter(deadline) ? deadline : t;
  }

  private Step acknowledged(DhcpMessage message, DhcpMessageType type, LeaseChange onAck) {
    if (DhcpMessageType.NAK.equals(type)) {
      boolean hadLease = lease != null;
      lease = null;
      return discover(hadLease ? LeaseChange.LOST : LeaseChange.NONE);
    }
    if (!DhcpMessageType.ACK.equals(type) || message.yiaddr().isUnspecified()
        || message.leaseTime().isEmpty()) {
      return idle(LeaseChange.NONE);
    }
    Optional<Ipv4Address> server = message.serverIdentifier();
    Ipv4Address granting = server.orElse(lease != null ? lease.server() : selectedServer);
    if (granting == null) {
      return idle(LeaseChange.NONE); // an ACK without server identifier for an INIT-REBOOT
    }
    LeaseChange change = onAck;
    if (onAck == LeaseChange.RENEWED && !message.yiaddr().equals(lease.address())) {
      change = LeaseChange.BOUND; // the server moved us to another address
    }
    lease = newLease(message, granting, requestStart);
    state = State.BOUND;
    outstanding = null;
    timer = lease.renewAt().orElse(null);
    return new Step(state, List.of(), Optional.ofNullable(timer), change);
  }

  /** T1 and T2 as given when they are consistent, else the §4.4.5 defaults. */
  static Lease newLease(DhcpMessage ack, Ipv4Address server, Instant start) {
    long leaseTime = ack.leaseTime().getAsLong();
    if (leaseTime == Lease.INFINITE) {
      return new Lease(ack.yiaddr(), server, start, leaseTime, leaseTime, leaseTime, ack);
    }
    long t1 = ack.renewalTime().orElse(leaseTime / 2);
    long t2 = ack.rebindingTime().orElse(leaseTime * 7 / 8);
    if (!(t1 <= t2 && t2 <= leaseTime)) {
      t1 = leaseTime / 2;
      t2 = leaseTime * 7 / 8;
    }
    return new Lease(ack.yiaddr(), server, start, leaseTime, t1, t2, ack);
  }

  private static boolean reached(Optional<Instant> deadline, Instant now) {
    return deadline.isPresent() && !now.isBefore(deadline.get());
  }

  private Step idle(LeaseChange change) {
    return new Step(state, List.of(), Optional.ofNullable(timer), change);
  }

  private boolean isReplyToOutstanding(DhcpMessage m) {
    return m.op().equals(DhcpOp.BOOTREPLY) && m.xid() == outstanding.xid()
        && m.clientMac().filter(config.mac()::equals).isPresent();
  }

  private DhcpMessage withFlags(DhcpMessage m) {
    // A renewing client has its address and can take unicast replies (RFC 2131 §4.1).
    boolean broadcast = config.broadcastFlag() && state != State.RENEWING
        && state != State.REBINDING;
    return broadcast ? m.toBuilder().broadcast(true).build() : m;
  }

  private void requireState(String call, State expected) {
    if (state != expected) {
      throw new IllegalStateException(call + " needs state " + expected + ", not " + state);
    }
  }

  // ---------------------------------------------------------------------------------- options

  private DhcpOption[] identifyingOptions() {
    List<DhcpOption> options = new ArrayList<>(1);
    config.clientIdentifier().ifPresent(id -> options.add(new DhcpOption.ClientIdentifier(id)));
    return options.toArray(new DhcpOption[0]);
  }

  private DhcpOption[] requestOptions() {
    List<DhcpOption> options = new ArrayList<>(4);
    config.clientIdentifier().ifPresent(id -> options.add(new DhcpOption.ClientIdentifier(id)));
    config.hostName().ifPresent(name -> options.add(new DhcpOption.HostName(name)));
    if (!config.parameterRequestList().isEmpty()) {
      options.add(new DhcpOption.ParameterRequestList(config.parameterRequestList()));
    }
    return options.toArray(new DhcpOption[0]);
  }
}
