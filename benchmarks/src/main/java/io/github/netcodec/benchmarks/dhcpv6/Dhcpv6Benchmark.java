package io.github.netcodec.benchmarks.dhcpv6;

import io.github.netcodec.Hex;
import io.github.netcodec.dhcpv6.Dhcpv6Message;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
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
 * Decoding and encoding one typical DHCPv6 Reply with netcodec's {@link Dhcpv6Message}: client
 * and server identifiers, an IA_NA with one address, two DNS servers and a two-name domain list.
 * No peer library on the JVM decodes DHCPv6 to compare with.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Dhcpv6 -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Dhcpv6Benchmark {

  /**
   * scapy: DHCP6_Reply(trid=0x5a5a5a)/DHCP6OptClientId(duid=DUID_LLT(timeval=0x2d2c2b2a,
   * lladdr='00:11:22:33:44:55'))/DHCP6OptServerId(duid=DUID_LL(lladdr='02:00:5e:00:53:01'))
   * /DHCP6OptIA_NA(iaid=1, T1=3600, T2=5760, ianaopts=[DHCP6OptIAAddress(addr='2001:db8:1::100',
   * preflft=7200, validlft=7500)])/DHCP6OptDNSServers(dnsservers=['2001:db8::53',
   * '2001:db8::153'])/DHCP6OptDNSDomains(dnsdomains=['example.com.', 'corp.example.com.']):
   * 151 bytes.
   */
  private static final byte[] REPLY = Hex.parse(
      "075a5a5a 0001000e 00010001 2d2c2b2a 00112233 4455 0002000a 00030001 02005e00 5301"
          + "00030028 00000001 00000e10 00001680 00050018 20010db8 00010000 00000000 00000100"
          + "00001c20 00001d4c 00170020 20010db8 00000000 00000000 00000053 20010db8 00000000"
          + "00000000 00000153 0018001f 07657861 6d706c65 03636f6d 0004636f 72700765 78616d70"
          + "6c650363 6f6d00");

  private ByteBuffer wire;
  private Dhcpv6Message parsed;
  private ByteBuffer out;

  /** Wraps the message and parses it once for the encode benchmarks. */
  @Setup
  public void setUp() {
    wire = ByteBuffer.wrap(REPLY);
    parsed = Dhcpv6Message.parse(wire);
    out = ByteBuffer.allocate(REPLY.length);
  }

  /**
   * Parses the Reply: every option typed, names and DUIDs decoded.
   *
   * @return the message
   */
  @Benchmark
  public Dhcpv6Message parse() {
    return Dhcpv6Message.parse(wire);
  }

  /**
   * Encodes the Reply into a reused buffer.
   *
   * @return the buffer written
   */
  @Benchmark
  public ByteBuffer encode() {
    out.clear();
    parsed.encode(out);
    return out;
  }

  /**
   * Encodes the Reply into a new array.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] toByteArray() {
    return parsed.toByteArray();
  }
}
