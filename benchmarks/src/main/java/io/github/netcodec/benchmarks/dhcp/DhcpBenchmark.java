package io.github.netcodec.benchmarks.dhcp;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dhcp.DhcpMessage;
import io.github.netcodec.dhcp.DhcpOp;
import io.github.netcodec.dhcp.DhcpOption;
import io.github.netcodec.dhcp.DhcpMessageType;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.dhcp4java.DHCPConstants;
import org.dhcp4java.DHCPPacket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing and encoding a typical DHCPACK: netcodec's {@link DhcpMessage} side by side with
 * dhcp4java 1.1.0 ({@code DHCPPacket.getPacket(...)}, {@code serialize()}), on the same 324
 * bytes: an Ethernet client, twelve options (message type, server identifier, lease time, T1,
 * T2, subnet mask, router, two DNS servers, domain name, broadcast address, NTP server, host
 * name), End, no padding.
 *
 * <p>Each parse returns the lease time read from the parsed message, so the work cannot be
 * eliminated. dhcp4java decodes every option into a map when parsing; netcodec validates the
 * option framing and reads an option when asked, so {@code parseNetcodecAllOptions} also
 * decodes the full typed list, for the case that needs every option. dhcp4java's {@code
 * serialize()} pads to 300 bytes, which this message already exceeds: both write 324 bytes.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Dhcp -prof gc -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DhcpBenchmark {

  private byte[] bytes;
  private DhcpMessage message;
  private DHCPPacket packet;
  private ByteBuffer out;

  /** The DHCPACK every library reads, built with netcodec's builder. */
  static DhcpMessage typicalAck() {
    Ipv4Address server = Ipv4Address.parse("192.168.0.1");
    return DhcpMessage.builder().op(DhcpOp.BOOTREPLY).xid(0x3903f326)
        .yiaddr(Ipv4Address.parse("192.168.0.10")).siaddr(server)
        .clientMac(MacAddress.parse("00:0b:82:01:fc:42"))
        .option(new DhcpOption.MessageType(DhcpMessageType.ACK))
        .option(new DhcpOption.ServerIdentifier(server))
        .option(new DhcpOption.LeaseTime(3600))
        .option(new DhcpOption.RenewalTime(1800))
        .option(new DhcpOption.RebindingTime(3150))
        .option(DhcpOption.SubnetMask.ofLength(24))
        .option(DhcpOption.Routers.of(server))
        .option(DhcpOption.DnsServers.of(Ipv4Address.parse("8.8.8.8"),
            Ipv4Address.parse("8.8.4.4")))
        .option(new DhcpOption.DomainName("example.org"))
        .option(new DhcpOption.BroadcastAddress(Ipv4Address.parse("192.168.0.255")))
        .option(new DhcpOption.NtpServers(java.util.List.of(server)))
        .option(new DhcpOption.HostName("client1"))
        .build();
  }

  /** Builds the message once; both libraries then read the same bytes. */
  @Setup
  public void setUp() {
    message = typicalAck();
    bytes = message.toByteArray();
    packet = DHCPPacket.getPacket(bytes, 0, bytes.length, true);
    if (packet.getOptionAsInteger(DHCPConstants.DHO_DHCP_LEASE_TIME) != 3600
        || packet.serialize().length != bytes.length) {
      throw new IllegalStateException("dhcp4java reads the message differently");
    }
    out = ByteBuffer.allocate(1024);
  }

  /** netcodec: parse, then read the lease time. */
  @Benchmark
  public long parseNetcodec() {
    return DhcpMessage.parse(bytes).leaseTime().getAsLong();
  }

  /** netcodec: parse, then decode every option into its typed record. */
  @Benchmark
  public int parseNetcodecAllOptions() {
    return DhcpMessage.parse(bytes).options().size();
  }

  /** dhcp4java: {@code DHCPPacket.getPacket} (strict), then read the lease time. */
  @Benchmark
  public int parseDhcp4java() {
    return DHCPPacket.getPacket(bytes, 0, bytes.length, true)
        .getOptionAsInteger(DHCPConstants.DHO_DHCP_LEASE_TIME);
  }

  /** netcodec: encode into a new array. */
  @Benchmark
  public byte[] encodeNetcodec() {
    return message.toByteArray();
  }

  /** netcodec: encode into a reused buffer. */
  @Benchmark
  public int encodeNetcodecIntoBuffer() {
    out.clear();
    message.encode(out);
    return out.position();
  }

  /** dhcp4java: {@code serialize()} into a new array. */
  @Benchmark
  public byte[] encodeDhcp4java() {
    return packet.serialize();
  }
}
