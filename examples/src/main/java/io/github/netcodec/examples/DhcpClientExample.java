package io.github.netcodec.examples;

import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dhcp.DhcpClient;
import io.github.netcodec.dhcp.DhcpClient.LeaseChange;
import io.github.netcodec.dhcp.DhcpClient.Step;
import io.github.netcodec.dhcp.DhcpClient.Transmission;
import io.github.netcodec.dhcp.DhcpMessage;
import io.github.netcodec.dhcp.DhcpOptionCode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A DHCP client in the manner of busybox {@code udhcpc}: it drives {@link DhcpClient}, the RFC
 * 2131 §4.4 state machine of the core library, over a plain {@link DatagramSocket} on port 68,
 * and runs a script on every lease change so that the script, not Java, configures the
 * interface.
 *
 * <pre>
 * ip netns exec NS java -cp core/target/classes:examples/target/classes \
 *     io.github.netcodec.examples.DhcpClientExample --interface veth0 --script ./dhcp-script \
 *     --renewals 1 --timeout 60
 * </pre>
 *
 * <p><b>Flags.</b> {@code --interface IF} (required; the MAC address is read from {@code
 * /sys/class/net/IF/address}), {@code --script PATH} (run as {@code PATH deconfig|bound|renew}
 * like udhcpc's, with the environment variables {@code interface ip subnet mask broadcast
 * router dns domain lease serverid}), {@code --renewals N} (stay bound until N renewals
 * succeeded, then release the lease and exit 0; 0 releases right after binding; without it the
 * client runs until killed), {@code --timeout SECONDS} (exit 1 if not done by then), {@code
 * --hostname NAME} (option 12).
 *
 * <p><b>The socket and what the kernel needs.</b> Unlike udhcpc, which uses a packet socket
 * until it has an address, this client sends from an ordinary UDP socket bound to
 * 0.0.0.0:68 with SO_BROADCAST. That works on Linux with two conditions:
 *
 * <ul>
 *   <li>a route for the limited broadcast address on the interface, or the first DHCPDISCOVER
 *       fails with "Network is unreachable": {@code ip route add 255.255.255.255/32 dev IF};
 *   <li>the BROADCAST flag in DISCOVER and REQUEST (set by {@link DhcpClient.Config#of}), so
 *       that the server broadcasts its OFFER and ACK: a unicast to the offered address would be
 *       dropped by a kernel that does not have that address yet.
 * </ul>
 *
 * <p>The renewal at T1 is a unicast from the leased address to the server, so the {@code
 * bound} script must have configured the address by then (udhcpc's scripts do). The socket is
 * not bound to the interface (Java has no SO_BINDTODEVICE), so run it where the interface is
 * the only one, such as a network namespace. Killing the client does not release the lease.
 */
public final class DhcpClientExample {

  /** How long the script may run before the client gives up on it. */
  private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

  private final String iface;
  private final Optional<Path> script;
  private final PrintStream out;
  private final DhcpClient client;
  private int renewals;

  private DhcpClientExample(String iface, Optional<Path> script, DhcpClient client,
      PrintStream out) {
    this.iface = iface;
    this.script = script;
    this.client = client;
    this.out = out;
  }

  /**
   * Runs the client; see the class comment for the flags.
   *
   * @param args the flags
   * @throws IOException if the socket cannot be opened or a message cannot be sent
   * @throws InterruptedException if interrupted while a script runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> flags = parseFlags(args, List.of("--interface", "--script",
        "--renewals", "--timeout", "--hostname"));
    String iface = flags.get("--interface");
    if (iface == null) {
      System.err.println("usage: DhcpClientExample --interface IF [--script PATH] "
          + "[--renewals N] [--timeout SECONDS] [--hostname NAME]");
      System.exit(2);
    }
    MacAddress mac = readMac(iface);
    DhcpClient.Config config = DhcpClient.Config.of(mac);
    // Ask for T1 and T2 as well: servers such as dnsmasq send them anyway, but a client that
    // uses them should say so (RFC 2132 §9.8).
    List<DhcpOptionCode> parameters = new ArrayList<>(config.parameterRequestList());
    parameters.add(DhcpOptionCode.RENEWAL_TIME);
    parameters.add(DhcpOptionCode.REBINDING_TIME);
    config = config.withParameterRequestList(parameters);
    if (flags.containsKey("--hostname")) {
      config = config.withHostName(flags.get("--hostname"));
    }
    DhcpClientExample example = new DhcpClientExample(iface,
        Optional.ofNullable(flags.get("--script")).map(Path::of),
        new DhcpClient(config, InstantSource.system(), new SecureRandom()), System.out);
    int renewals = flags.containsKey("--renewals")
        ? Integer.parseInt(flags.get("--renewals")) : -1;
    Optional<Instant> deadline = Optional.ofNullable(flags.get("--timeout"))
        .map(s -> Instant.now().plusSeconds(Long.parseLong(s)));
    System.exit(example.run(renewals, deadline));
  }

  /** Returns {@code --flag value} pairs, rejecting unknown flags. */
  static Map<String, String> parseFlags(String[] args, List<String> known) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!known.contains(args[i]) || i + 1 == args.length) {
        throw new IllegalArgumentException("unknown flag or missing value: " + args[i]
            + " (known: " + known + ")");
      }
      flags.put(args[i], args[++i]);
    }
    return flags;
  }

  /** Reads the interface's MAC address from sysfs, as {@code 02:00:5e:10:00:01}. */
  static MacAddress readMac(String iface) throws IOException {
    Path p = Path.of("/sys/class/net", iface, "address");
    return MacAddress.parse(Files.readString(p, StandardCharsets.US_ASCII).strip());
  }

  /**
   * The main loop: send what the state machine says, wait for a reply up to its next timer,
   * feed replies and timer expiries back.
   *
   * @return the exit status: 0 when released after the renewals, 1 on timeout
   */
  private int run(int renewalsWanted, Optional<Instant> deadline)
      throws IOException, InterruptedException {
    try (DatagramSocket socket = new DatagramSocket(null)) {
      socket.setReuseAddress(true);
      socket.setBroadcast(true);
      socket.bind(new InetSocketAddress(DhcpMessage.CLIENT_PORT));
      out.println("DhcpClientExample on " + iface + " (chaddr " + readMac(iface) + ")");
      runScript("deconfig", null); // like udhcpc: start from an interface without address
      Step step = client.start();
      byte[] buf = new byte[65535];
      while (true) {
        handle(socket, step);
        if (step.change() == LeaseChange.LOST && client.state() == DhcpClient.State.INIT
            && client.timer().isEmpty()) {
          out.println("released; exiting");
          return 0;
        }
        if (step.change() == LeaseChange.RENEWED) {
          renewals++;
        }
        if (client.lease().isPresent() && renewalsWanted >= 0 && renewals >= renewalsWanted
            && client.state() == DhcpClient.State.BOUND) {
          step = client.release();
          continue;
        }
        step = null;
        while (step == null) {
          Instant now = Instant.now();
          if (deadline.isPresent() && !now.isBefore(deadline.get())) {
            out.println("timeout in state " + client.state() + "; exiting");
            return 1;
          }
          Instant wake = client.timer().orElse(Instant.MAX);
          if (deadline.isPresent() && deadline.get().isBefore(wake)) {
            wake = deadline.get();
          }
          if (!now.isBefore(wake)) {
            step = client.timerExpired();
            break;
          }
          // no timer (an infinite lease) and no deadline: block until a datagram comes
          socket.setSoTimeout(wake.equals(Instant.MAX) ? 0 : (int) Math.max(1,
              Math.min(Integer.MAX_VALUE, Duration.between(now, wake).toMillis() + 1)));
          DatagramPacket p = new DatagramPacket(buf, buf.length);
          try {
            socket.receive(p);
          } catch (SocketTimeoutException e) {
            continue; // the loop head sees the timer due
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
          step = client.receive(m);
        }
      }
    }
  }

  /** Sends the step's messages, then tells the script what changed. */
  private void handle(DatagramSocket socket, Step step) throws IOException, InterruptedException {
    for (Transmission t : step.transmissions()) {
      byte[] wire = t.message().toByteArray();
      InetSocketAddress to = new InetSocketAddress(t.destination().toInetAddress(),
          DhcpMessage.SERVER_PORT);
      out.println(DhcpLines.line("send", "to", t.destination() + ":" + DhcpMessage.SERVER_PORT,
          t.message()));
      try {
        socket.send(new DatagramPacket(wire, wire.length, to));
      } catch (IOException e) {
        throw new IOException("cannot send to " + to + " (" + e.getMessage() + "); without an"
            + " address the interface needs: ip route add 255.255.255.255/32 dev " + iface, e);
      }
    }
    switch (step.change()) {
      case BOUND:
        out.println("bound " + client.lease().orElseThrow().address() + " in state "
            + step.state() + ", next timer " + step.timer().map(Object::toString).orElse("none"));
        runScript("bound", client.lease().orElseThrow());
        break;
      case RENEWED:
        out.println("renewed " + client.lease().orElseThrow().address() + ", next timer "
            + step.timer().map(Object::toString).orElse("none"));
        runScript("renew", client.lease().orElseThrow());
        break;
      case LOST:
        out.println("lease lost or given back; state " + step.state());
        runScript("deconfig", null);
        break;
      default:
        break;
    }
  }

  private void runScript(String event, DhcpClient.Lease lease)
      throws IOException, InterruptedException {
    if (script.isEmpty()) {
      return;
    }
    ProcessBuilder pb = new ProcessBuilder(script.get().toString(), event).inheritIO();
    pb.environment().putAll(scriptEnvironment(iface, lease));
    Process p = pb.start();
    if (!p.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      out.println("script " + script.get() + " " + event + " did not finish in "
          + SCRIPT_TIMEOUT.toSeconds() + " s; killed");
    } else if (p.exitValue() != 0) {
      out.println("script " + script.get() + " " + event + " exited with " + p.exitValue());
    }
  }

  /**
   * Returns the variables udhcpc gives its script: {@code interface}, and with a lease {@code
   * ip subnet mask broadcast router dns domain lease serverid} (lists space-separated, {@code
   * mask} the prefix length).
   *
   * @param iface the interface name
   * @param lease the lease, or null for {@code deconfig}
   * @return the variables
   */
  static Map<String, String> scriptEnvironment(String iface, DhcpClient.Lease lease) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("interface", iface);
    if (lease == null) {
      return env;
    }
    DhcpMessage ack = lease.ack();
    env.put("ip", lease.address().toString());
    ack.subnetMask().ifPresent(m -> {
      env.put("subnet", m.toString());
      env.put("mask", Integer.toString(Integer.bitCount(m.value())));
    });
    ack.broadcastAddress().ifPresent(b -> env.put("broadcast", b.toString()));
    ack.routers().ifPresent(r -> env.put("router", spaced(r)));
    ack.dnsServers().ifPresent(r -> env.put("dns", spaced(r)));
    ack.domainName().ifPresent(d -> env.put("domain", d));
    env.put("lease", Long.toString(lease.leaseSeconds()));
    env.put("serverid", lease.server().toString());
    return env;
  }

  private static String spaced(List<Ipv4Address> addresses) {
    return String.join(" ", addresses.stream().map(Ipv4Address::toString).toList());
  }
}
