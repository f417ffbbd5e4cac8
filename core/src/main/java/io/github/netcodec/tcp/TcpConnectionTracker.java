package io.github.netcodec.tcp;

import io.github.netcodec.address.IpAddress;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ip.IpProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Watches both directions of TCP traffic, as a capture shows it, and follows each connection's
 * state on both of its endpoints with {@link TcpStateMachine}, as {@code netstat} on each host
 * would show it.
 *
 * <p>Connections are keyed by a canonical bidirectional 5-tuple ({@link FlowKey}): a segment
 * and its reply find the same connection. The endpoint that sends the first SYN is the client;
 * the other is taken to have been listening. A connection first seen without a SYN (a capture
 * that started mid-stream) is taken as established on both sides.
 *
 * <p>Time comes only from the caller: every observation carries its capture timestamp, and an
 * endpoint in TIME-WAIT moves to CLOSED once a later observation or {@link #advanceTo(Instant)}
 * is 2 MSL past its entry (2 MSL is a constructor argument; RFC 9293 suggests MSL = 2 minutes,
 * Linux uses 60 s for TIME-WAIT).
 *
 * <pre>{@code
 * TcpConnectionTracker tracker = new TcpConnectionTracker(Duration.ofSeconds(60));
 * tracker.observe(time, ip.source(), ip.destination(), TcpSegment.parse(ip.payload()));
 * for (TcpConnectionTracker.Connection c : tracker.connections()) {
 *   System.out.println(c);   // tcp 192.0.2.1:43716 192.0.2.2:443 ESTABLISHED/ESTABLISHED
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class TcpConnectionTracker {

  /**
   * A canonical bidirectional 5-tuple: the endpoint that sorts first (by address, then port) is
   * {@code a}, so both directions of a connection give equal keys.
   *
   * @param protocol the transport protocol
   * @param addressA the lower endpoint's address
   * @param portA the lower endpoint's port
   * @param addressB the higher endpoint's address
   * @param portB the higher endpoint's port
   */
  public record FlowKey(IpProtocol protocol, IpAddress addressA, int portA, IpAddress addressB,
      int portB) {
    /**
     * Checks that the endpoints are in canonical order and of the same family.
     *
     * @param protocol the protocol
     * @param addressA the lower endpoint's address
     * @param portA 0..65535
     * @param addressB the higher endpoint's address
     * @param portB 0..65535
     * @throws IllegalArgumentException if not canonical, families differ or a port is out of
     *     range
     */
    public FlowKey {
      Objects.requireNonNull(protocol, "protocol");
      Objects.requireNonNull(addressA, "addressA");
      Objects.requireNonNull(addressB, "addressB");
      if (portA < 0 || portA > 0xffff || portB < 0 || portB > 0xffff) {
        throw new IllegalArgumentException("ports " + portA + ", " + portB
            + " are not in 0..65535");
      }
      if (addressA.version() != addressB.version()) {
        throw new IllegalArgumentException("addresses " + addressA + " and " + addressB
            + " are not of the same IP version");
      }
      if (compare(addressA, portA, addressB, portB) > 0) {
        throw new IllegalArgumentException("endpoint " + addressA + " port " + portA
            + " sorts after " + addressB + " port " + portB + "; use FlowKey.of");
      }
    }

    /**
     * Returns the key of a packet from one endpoint to another, in either direction.
     *
     * @param protocol the protocol
     * @param source the source address
     * @param sourcePort the source port
     * @param destination the destination address
     * @param destinationPort the destination port
     * @return the canonical key
     */
    public static FlowKey of(IpProtocol protocol, IpAddress source, int sourcePort,
        IpAddress destination, int destinationPort) {
      return compare(source, sourcePort, destination, destinationPort) <= 0
          ? new FlowKey(protocol, source, sourcePort, destination, destinationPort)
          : new FlowKey(protocol, destination, destinationPort, source, sourcePort);
    }

    private static int compare(IpAddress a, int portA, IpAddress b, int portB) {
      int c;
      if (a instanceof Ipv4Address x && b instanceof Ipv4Address y) {
        c = Integer.compareUnsigned(x.value(), y.value());
      } else if (a instanceof Ipv6Address x && b instanceof Ipv6Address y) {
        c = x.compareTo(y);
      } else {
        c = Integer.compare(a.version(), b.version());
      }
      return c != 0 ? c : Integer.compare(portA, portB);
    }

    /**
     * Returns {@code tcp 192.0.2.1:43716 <-> 192.0.2.2:443}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return protocol.name().toLowerCase(java.util.Locale.ROOT) + " " + endpoint(addressA, portA)
          + " <-> " + endpoint(addressB, portB);
    }
  }

  static String endpoint(IpAddress address, int port) {
    return (address instanceof Ipv6Address ? "[" + address + "]" : address.toString()) + ":"
        + port;
  }

  /** One connection: its endpoints and the state of each. */
  public static final class Connection {
    private final FlowKey key;
    private final IpAddress clientAddress;
    private final int clientPort;
    private final IpAddress serverAddress;
    private final int serverPort;
    private TcpState clientState;
    private TcpState serverState;
    private long clientFinSequence = -1;
    private long serverFinSequence = -1;
    private Instant clientTimeWaitSince;
    private Instant serverTimeWaitSince;
    private Instant lastSeen;

    Connection(FlowKey key, IpAddress clientAddress, int clientPort, IpAddress serverAddress,
        int serverPort, TcpState initial) {
      this.key = key;
      this.clientAddress = clientAddress;
      this.clientPort = clientPort;
      this.serverAddress = serverAddress;
      this.serverPort = serverPort;
      this.clientState = initial == TcpState.ESTABLISHED ? initial : TcpState.CLOSED;
      this.serverState = initial == TcpState.ESTABLISHED ? initial : TcpState.LISTEN;
    }

    /**
     * Returns the connection's key.
     *
     * @return the canonical 5-tuple
     */
    public FlowKey key() {
      return key;
    }

    /**
     * Returns the address of the endpoint that sent the first SYN (or the first segment seen).
     *
     * @return the client address
     */
    public IpAddress clientAddress() {
      return clientAddress;
    }

    /**
     * Returns the client's port.
     *
     * @return the port
     */
    public int clientPort() {
      return clientPort;
    }

    /**
     * Returns the address of the other endpoint.
     *
     * @return the server address
     */
    public IpAddress serverAddress() {
      return serverAddress;
    }

    /**
     * Returns the server's port.
     *
     * @return the port
     */
    public int serverPort() {
      return serverPort;
    }

    /**
     * Returns the client's state, as {@code netstat} on the client would show it.
     *
     * @return the state
     */
    public TcpState clientState() {
      return clientState;
    }

    /**
     * Returns the server's state, as {@code netstat} on the server would show it.
     *
     * @return the state
     */
    public TcpState serverState() {
      return serverState;
    }

    /**
     * Returns the timestamp of the last segment seen.
     *
     * @return the time
     */
    public Instant lastSeen() {
      return lastSeen;
    }

    /**
     * Returns {@code tcp 192.0.2.1:43716 192.0.2.2:443 ESTABLISHED/ESTABLISHED}: client,
     * server, and their netstat states.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "tcp " + endpoint(clientAddress, clientPort) + " "
          + endpoint(serverAddress, serverPort) + " " + clientState.netstatName() + "/"
          + serverState.netstatName();
    }
  }

  private final Duration timeWait;
  private final Map<FlowKey, Connection> connections = new LinkedHashMap<>();

  /**
   * Creates a tracker.
   *
   * @param timeWait how long an endpoint stays in TIME-WAIT (2 MSL)
   * @throws IllegalArgumentException if negative
   */
  public TcpConnectionTracker(Duration timeWait) {
    if (timeWait.isNegative()) {
      throw new IllegalArgumentException("timeWait " + timeWait + " is negative");
    }
    this.timeWait = timeWait;
  }

  /**
   * Observes one segment, updating (or creating) its connection.
   *
   * @param time the capture timestamp; not before earlier observations
   * @param source the IP source address
   * @param destination the IP destination address
   * @param segment the segment
   * @return the connection
   */
  public Connection observe(Instant time, IpAddress source, IpAddress destination,
      TcpSegment segment) {
    advanceTo(time);
    FlowKey key = FlowKey.of(IpProtocol.TCP, source, segment.sourcePort(), destination,
        segment.destinationPort());
    Connection c = connections.get(key);
    if (c == null || (segment.isSyn() && !segment.isAck() && c.clientState == TcpState.CLOSED
        && c.serverState != TcpState.ESTABLISHED)) {
      boolean opening = segment.isSyn() && !segment.isAck();
      c = new Connection(key, source, segment.sourcePort(), destination,
          segment.destinationPort(), opening ? TcpState.CLOSED : TcpState.ESTABLISHED);
      connections.put(key, c);
    }
    c.lastSeen = time;
    boolean fromClient = source.equals(c.clientAddress) && segment.sourcePort() == c.clientPort;
    int flags = segment.flags();
    long finSequence = segment.isFin()
        ? SequenceNumber.add(segment.sequenceNumber(), segment.payloadLength()
            + (segment.isSyn() ? 1 : 0))
        : -1;
    if (fromClient) {
      if (finSequence >= 0) {
        c.clientFinSequence = finSequence;
      }
      TcpState before = c.serverState;
      c.clientState = TcpStateMachine.next(c.clientState, TcpEvent.sent(flags));
      c.serverState = TcpStateMachine.next(c.serverState,
          TcpEvent.received(flags, acksFin(segment, c.serverFinSequence)));
      c.serverTimeWaitSince = since(before, c.serverState, c.serverTimeWaitSince, time);
    } else {
      if (finSequence >= 0) {
        c.serverFinSequence = finSequence;
      }
      TcpState before = c.clientState;
      c.serverState = TcpStateMachine.next(c.serverState, TcpEvent.sent(flags));
      c.clientState = TcpStateMachine.next(c.clientState,
          TcpEvent.received(flags, acksFin(segment, c.clientFinSequence)));
      c.clientTimeWaitSince = since(before, c.clientState, c.clientTimeWaitSince, time);
    }
    return c;
  }

  private static Instant since(TcpState before, TcpState after, Instant old, Instant now) {
    if (after != TcpState.TIME_WAIT) {
      return null;
    }
    return before == TcpState.TIME_WAIT ? old : now;
  }

  private static boolean acksFin(TcpSegment segment, long finSequence) {
    return segment.isAck() && finSequence >= 0
        && !SequenceNumber.isBefore(segment.acknowledgmentNumber(),
            SequenceNumber.add(finSequence, 1));
  }

  /**
   * Moves the clock forward: endpoints in TIME-WAIT for 2 MSL or more become CLOSED.
   *
   * @param time the current capture time
   */
  public void advanceTo(Instant time) {
    for (Connection c : connections.values()) {
      if (c.clientTimeWaitSince != null
          && !time.isBefore(c.clientTimeWaitSince.plus(timeWait))) {
        c.clientState = TcpStateMachine.next(c.clientState, TcpEvent.timeout());
        c.clientTimeWaitSince = null;
      }
      if (c.serverTimeWaitSince != null
          && !time.isBefore(c.serverTimeWaitSince.plus(timeWait))) {
        c.serverState = TcpStateMachine.next(c.serverState, TcpEvent.timeout());
        c.serverTimeWaitSince = null;
      }
    }
  }

  /**
   * Returns the connection with this key.
   *
   * @param key the key
   * @return the connection, or empty
   */
  public Optional<Connection> connection(FlowKey key) {
    return Optional.ofNullable(connections.get(key));
  }

  /**
   * Returns every connection seen, in order of first appearance.
   *
   * @return an unmodifiable view
   */
  public Collection<Connection> connections() {
    return Collections.unmodifiableCollection(connections.values());
  }

  /**
   * Removes connections closed on both sides and returns them.
   *
   * @return the removed connections
   */
  public List<Connection> removeClosed() {
    List<Connection> removed = new ArrayList<>();
    connections.values().removeIf(c -> {
      boolean closed = c.clientState == TcpState.CLOSED
          && (c.serverState == TcpState.CLOSED || c.serverState == TcpState.LISTEN);
      if (closed) {
        removed.add(c);
      }
      return closed;
    });
    return removed;
  }
}
