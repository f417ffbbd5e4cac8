package io.github.netcodec.examples;

import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.dhcp.DhcpMessage;
import io.github.netcodec.dhcp.DhcpMessageType;
import io.github.netcodec.dhcp.DhcpOp;
import io.github.netcodec.dhcp.DhcpOption;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A small DHCP server written with the codec: one subnet, an address pool, leases in memory
 * keyed by client identifier (option 61) or else by chaddr, and the server side of RFC 2131
 * §4.3.
 *
 * <pre>
 * ip netns exec NS java -cp core/target/classes:examples/target/classes \
 *     io.github.netcodec.examples.DhcpServerExample --address 10.213.0.1/24 \
 *     --pool 10.213.0.100-10.213.0.149 --lease 120 --t1 60 --t2 105
 * </pre>
 *
 * <table>
 *   <caption>What it answers</caption>
 *   <tr><th>received</th><th>answer</th></tr>
 *   <tr><td>DHCPDISCOVER</td><td>DHCPOFFER of the client's current address, else the requested
 *       address if free, else the first free one; the offer is held for 60 s</td></tr>
 *   <tr><td>DHCPREQUEST with our server identifier (SELECTING)</td><td>DHCPACK for the offered
 *       address, DHCPNAK for any other</td></tr>
 *   <tr><td>DHCPREQUEST with another server identifier</td><td>nothing: the client took
 *       another server's offer, ours is withdrawn (§4.3.2)</td></tr>
 *   <tr><td>DHCPREQUEST without server identifier (INIT-REBOOT, RENEWING, REBINDING)</td>
 *       <td>DHCPACK if it is the client's lease, DHCPNAK if the address is on another network
 *       or not the client's, nothing if we have no record of the client (§4.3.2)</td></tr>
 *   <tr><td>DHCPRELEASE</td><td>frees the lease; no answer</td></tr>
 *   <tr><td>DHCPDECLINE</td><td>marks the address as in use by someone else; it is never
 *       offered again; no answer</td></tr>
 *   <tr><td>DHCPINFORM</td><td>DHCPACK with the configuration and no lease (§4.3.5)</td></tr>
 * </table>
 *
 * <p>Replies go to the relay (giaddr, port 67) when there is one, else by unicast to ciaddr
 * when the client has an address (renewal, INFORM), else to 255.255.255.255:68. A Java
 * program cannot insert the ARP entry that a unicast to an address-less client needs, and RFC
 * 2131 §4.1 allows the broadcast; DHCPNAK is always broadcast. As for the client, sending to
 * 255.255.255.255 needs a route: {@code ip route add 255.255.255.255/32 dev IF}.
 *
 * <p>Flags: {@code --address A/LEN} (our address and subnet; the server identifier), {@code
 * --pool FIRST-LAST}, {@code --lease SECONDS} (default 3600), {@code --t1}, {@code --t2}
 * (default half and 7/8 of the lease), {@code --router A} and {@code --dns A} (default our
 * address), {@code --timeout SECONDS} (exit after that long; default never).
 */
public final class DhcpServerExample {

  /** How long an offered address is held for the client it was offered to. */
  static final Duration OFFER_HOLD = Duration.ofSeconds(60);

  /**
   * The server's configuration.
   *
   * @param address our address: the server identifier
   * @param prefixLength the subnet's prefix length
   * @param poolFirst the first address of the pool
   * @param poolLast the last address of the pool
   * @param leaseSeconds the lease time
   * @param t1 the renewal time T1
   * @param t2 the rebinding time T2
   * @param router the router to announce
   * @param dns the DNS server to announce
   */
  record Config(Ipv4Address address, int prefixLength, Ipv4Address poolFirst,
      Ipv4Address poolLast, long leaseSeconds, long t1, long t2, Ipv4Address router,
      Ipv4Address dns) {
    Config {
      Objects.requireNonNull(address, "address");
      if (prefixLength < 1 || prefixLength > 30) {
        throw new IllegalArgumentException("prefix length " + prefixLength + " not in 1..30");
      }
      if (poolFirst.compareTo(poolLast) > 0 || !sameSubnet(address, poolFirst, prefixLength)
          || !sameSubnet(address, poolLast, prefixLength)) {
        throw new IllegalArgumentException("pool " + poolFirst + "-" + poolLast
            + " is not a range inside " + address + "/" + prefixLength);
      }
      if (!(0 < t1 && t1 <= t2 && t2 <= leaseSeconds)) {
        throw new IllegalArgumentException("need 0 < T1 " + t1 + " <= T2 " + t2 + " <= lease "
            + leaseSeconds);
      }
    }

    Ipv4Address mask() {
      return Ipv4Address.of(-1 << (32 - prefixLength));
    }

    boolean inSubnet(Ipv4Address a) {
      return sameSubnet(address, a, prefixLength);
    }

    boolean inPool(Ipv4Address a) {
      return a.compareTo(poolFirst) >= 0 && a.compareTo(poolLast) <= 0 && !a.equals(address);
    }

    private static boolean sameSubnet(Ipv4Address a, Ipv4Address b, int prefixLength) {
      int mask = -1 << (32 - prefixLength);
      return (a.value() & mask) == (b.value() & mask);
    }
  }

  /**
   * A reply and where it goes.
   *
   * @param message the message
   * @param destination the address to send it to
   * @param port the UDP port: 68 for a client, 67 for a relay
   */
  record Reply(DhcpMessage message, Ipv4Address destination, int port) {}

  /** An address held for a client: offered until {@code expires}, or leased until then. */
  private record Binding(Ipv4Address address, Instant expires, boolean committed) {}

  private final Config config;
  private final InstantSource clock;
  private final PrintStream out;
  private final Map<String, Binding> bindings = new HashMap<>();
  private final Set<Ipv4Address> declined = new HashSet<>();

  DhcpServerExample(Config config, InstantSource clock, PrintStream out) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Runs the server; see the class comment for the flags.
   *
   * @param args the flags
   * @throws IOException if the socket cannot be opened or a reply cannot be sent
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> f = DhcpClientExample.parseFlags(args, List.of("--address", "--pool",
        "--lease", "--t1", "--t2", "--router", "--dns", "--timeout"));
    if (!f.containsKey("--address") || !f.containsKey("--pool")) {
      System.err.println("usage: DhcpServerExample --address A/LEN --pool FIRST-LAST "
          + "[--lease S] [--t1 S] [--t2 S] [--router A] [--dns A] [--timeout S]");
      System.exit(2);
    }
    String[] cidr = f.get("--address").split("/", 2);
    Ipv4Address address = Ipv4Address.parse(cidr[0]);
    int prefix = cidr.length == 2 ? Integer.parseInt(cidr[1]) : 24;
    String[] pool = f.get("--pool").split("-", 2);
    long lease = Long.parseLong(f.getOrDefault("--lease", "3600"));
    long t1 = f.containsKey("--t1") ? Long.parseLong(f.get("--t1")) : lease / 2;
    long t2 = f.containsKey("--t2") ? Long.parseLong(f.get("--t2")) : lease * 7 / 8;
    Config config = new Config(address, prefix, Ipv4Address.parse(pool[0]),
        Ipv4Address.parse(pool[1]), lease, t1, t2,
        Ipv4Address.parse(f.getOrDefault("--router", cidr[0])),
        Ipv4Address.parse(f.getOrDefault("--dns", cidr[0])));
    Optional<Instant> deadline = Optional.ofNullable(f.get("--timeout"))
        .map(s -> Instant.now().plusSeconds(Long.parseLong(s)));
    new DhcpServerExample(config, InstantSource.system(), System.out).serve(deadline);
  }

  private void serve(Optional<Instant> deadline) throws IOException {
    try (DatagramSocket socket = new DatagramSocket(null)) {
      socket.setReuseAddress(true);
      socket.setBroadcast(true);
      socket.bind(new InetSocketAddress(DhcpMessage.SERVER_PORT));
      out.println("DhcpServerExample " + config.address() + "/" + config.prefixLength()
          + " pool " + config.poolFirst() + "-" + config.poolLast() + " lease "
          + config.leaseSeconds() + "s T1 " + config.t1() + "s T2 " + config.t2() + "s");
      byte[] buf = new byte[65535];
      while (true) {
        if (deadline.isPresent()) {
          long left = Duration.between(Instant.now(), deadline.get()).toMillis();
          if (left <= 0) {
            out.println("timeout; exiting");
            return;
          }
          socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
        }
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
          socket.receive(p);
        } catch (SocketTimeoutException e) {
          continue;
        }
        String from = p.getAddress().getHostAddress() + ":" + p.getPort();
        DhcpMessage m;
        try {
          m = DhcpMessage.parse(ByteBuffer.wrap(buf, 0, p.getLength()));
        } catch (MalformedPacketException e) {
          out.println("drop " + p.getLength() + " bytes from " + from + ": " + e.getMessage());
          continue;
        }
        out.println(DhcpLines.line("recv", "from", from, m));
        for (Reply r : handle(m)) {
          byte[] wire = r.message().toByteArray();
          out.println(DhcpLines.line("send", "to", r.destination() + ":" + r.port(),
              r.message()));
          socket.send(new DatagramPacket(wire, wire.length,
              new InetSocketAddress(r.destination().toInetAddress(), r.port())));
        }
      }
    }
  }

  /**
   * Answers one client message: the replies to send (none, or one), after updating the leases.
   *
   * @param m a message received on port 67
   * @return the replies
   */
  List<Reply> handle(DhcpMessage m) {
    if (!m.op().equals(DhcpOp.BOOTREQUEST) || m.messageType().isEmpty()) {
      return List.of(); // a BOOTREPLY, or BOOTP: not for us
    }
    Instant now = clock.instant();
    expire(now);
    String key = key(m);
    DhcpMessageType type = m.messageType().get();
    if (type.equals(DhcpMessageType.DISCOVER)) {
      return discover(m, key, now);
    } else if (type.equals(DhcpMessageType.REQUEST)) {
      return request(m, key, now);
    } else if (type.equals(DhcpMessageType.RELEASE)) {
      Binding b = bindings.get(key);
      if (b != null && b.address().equals(m.ciaddr())
          && m.serverIdentifier().map(config.address()::equals).orElse(true)) {
        bindings.remove(key);
        out.println("note released " + b.address() + " by " + key);
      } else {
        out.println("note ignored RELEASE of " + m.ciaddr() + " by " + key + ": not its lease");
      }
      return List.of();
    } else if (type.equals(DhcpMessageType.DECLINE)) {
      Optional<Ipv4Address> a = m.requestedAddress();
      if (a.isPresent() && config.inPool(a.get())
          && m.serverIdentifier().map(config.address()::equals).orElse(true)) {
        declined.add(a.get());
        bindings.remove(key);
        out.println("note declined " + a.get() + " by " + key + ": never offered again");
      }
      return List.of();
    } else if (type.equals(DhcpMessageType.INFORM)) {
      DhcpMessage ack = DhcpMessage.ackInform(m, config.address(), configurationOptions());
      return List.of(reply(m, ack));
    }
    return List.of();
  }

  private List<Reply> discover(DhcpMessage m, String key, Instant now) {
    Binding b = bindings.get(key);
    Ipv4Address a = b != null ? b.address() : null;
    if (a == null) {
      a = m.requestedAddress().filter(r -> isFree(r, key)).orElseGet(() -> firstFree(key));
    }
    if (a == null) {
      out.println("note pool exhausted; no offer for " + key);
      return List.of();
    }
    if (b == null || !b.committed()) {
      bindings.put(key, new Binding(a, now.plus(OFFER_HOLD), false));
    }
    DhcpMessage offer = DhcpMessage.offer(m, a, config.address(), config.leaseSeconds(),
        leaseOptions());
    return List.of(reply(m, offer));
  }

  private List<Reply> request(DhcpMessage m, String key, Instant now) {
    Binding b = bindings.get(key);
    Optional<Ipv4Address> server = m.serverIdentifier();
    if (server.isPresent()) { // SELECTING
      if (!server.get().equals(config.address())) {
        if (b != null && !b.committed()) {
          bindings.remove(key);
          out.println("note " + key + " chose server " + server.get() + "; offer withdrawn");
        }
        return List.of();
      }
      Optional<Ipv4Address> requested = m.requestedAddress();
      if (b == null || requested.isEmpty() || !requested.get().equals(b.address())) {
        return List.of(nak(m, "requested address " + requested.map(Object::toString)
            .orElse("(none)") + " was not offered to this client"));
      }
      return List.of(commit(m, key, b.address(), now));
    }
    // INIT-REBOOT (requested address, ciaddr 0) or RENEWING/REBINDING (ciaddr set)
    Ipv4Address wanted = m.requestedAddress().orElse(m.ciaddr());
    if (wanted.isUnspecified()) {
      return List.of(nak(m, "no address requested"));
    }
    if (!config.inSubnet(wanted)) {
      return List.of(nak(m, wanted + " is not on network " + config.address() + "/"
          + config.prefixLength()));
    }
    if (b != null && b.committed() && b.address().equals(wanted)) {
      return List.of(commit(m, key, wanted, now));
    }
    if (b != null || owner(wanted).filter(k -> !k.equals(key)).isPresent()) {
      return List.of(nak(m, wanted + " is not leased to this client"));
    }
    out.println("note no record of " + key + "; silent (RFC 2131 §4.3.2)");
    return List.of();
  }

  private Reply commit(DhcpMessage m, String key, Ipv4Address a, Instant now) {
    bindings.put(key, new Binding(a, now.plusSeconds(config.leaseSeconds()), true));
    out.println("note leased " + a + " to " + key + " for " + config.leaseSeconds() + "s");
    return reply(m, DhcpMessage.ack(m, a, config.address(), config.leaseSeconds(),
        leaseOptions()));
  }

  private Reply nak(DhcpMessage m, String why) {
    out.println("note NAK: " + why);
    return reply(m, DhcpMessage.nak(m, config.address(), why));
  }

  /** RFC 2131 §4.1: to the relay, else NAK broadcast, else ciaddr, else broadcast. */
  private static Reply reply(DhcpMessage request, DhcpMessage reply) {
    if (!request.giaddr().isUnspecified()) {
      return new Reply(reply, request.giaddr(), DhcpMessage.SERVER_PORT);
    }
    boolean nak = reply.messageType().filter(DhcpMessageType.NAK::equals).isPresent();
    if (!nak && !request.ciaddr().isUnspecified()) {
      return new Reply(reply, request.ciaddr(), DhcpMessage.CLIENT_PORT);
    }
    return new Reply(reply, Ipv4Address.BROADCAST, DhcpMessage.CLIENT_PORT);
  }

  private DhcpOption[] configurationOptions() {
    return new DhcpOption[] {new DhcpOption.SubnetMask(config.mask()),
        new DhcpOption.Routers(List.of(config.router())),
        new DhcpOption.DnsServers(List.of(config.dns()))};
  }

  private DhcpOption[] leaseOptions() {
    List<DhcpOption> options = new ArrayList<>(List.of(configurationOptions()));
    options.add(new DhcpOption.RenewalTime(config.t1()));
    options.add(new DhcpOption.RebindingTime(config.t2()));
    return options.toArray(new DhcpOption[0]);
  }

  /** The lease key: the client identifier when sent (RFC 2131 §4.2), else chaddr. */
  static String key(DhcpMessage m) {
    return m.clientIdentifier().map(id -> "id:" + id.hex())
        .orElseGet(() -> "chaddr:" + m.clientHardwareAddress().hex());
  }

  private void expire(Instant now) {
    bindings.values().removeIf(b -> !now.isBefore(b.expires()));
  }

  private Optional<String> owner(Ipv4Address a) {
    return bindings.entrySet().stream().filter(e -> e.getValue().address().equals(a))
        .map(Map.Entry::getKey).findFirst();
  }

  private boolean isFree(Ipv4Address a, String key) {
    return config.inPool(a) && !declined.contains(a)
        && owner(a).filter(k -> !k.equals(key)).isEmpty();
  }

  private Ipv4Address firstFree(String key) {
    for (Ipv4Address a = config.poolFirst(); a.compareTo(config.poolLast()) <= 0; a = a.next()) {
      if (isFree(a, key)) {
        return a;
      }
      if (a.equals(Ipv4Address.BROADCAST)) {
        break;
      }
    }
    return null;
  }

  /** The addresses held, offered or leased, for tests. */
  Map<String, Ipv4Address> bindings() {
    Map<String, Ipv4Address> m = new HashMap<>();
    bindings.forEach((k, b) -> m.put(k, b.address()));
    return m;
  }

  /** The declined addresses, for tests. */
  Set<Ipv4Address> declined() {
    return Set.copyOf(declined);
  }
}
