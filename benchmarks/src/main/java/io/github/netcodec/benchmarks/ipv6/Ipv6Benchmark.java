package io.github.netcodec.benchmarks.ipv6;

import io.github.netcodec.Hex;
import io.github.netcodec.ipv6.Ipv6Packet;
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
import org.pcap4j.packet.IllegalRawDataException;
import org.pcap4j.packet.IpV6Packet;

/**
 * Decoding one IPv6 packet: netcodec's {@link Ipv6Packet#parse(ByteBuffer)} without and with
 * extension headers, side by side with pcap4j's {@code IpV6Packet.newPacket} on the same bytes.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Ipv6Benchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Ipv6Benchmark {

  /**
   * scapy: IPv6(src='2001:db8::1', dst='2001:db8::2') / UDP(sport=5353, dport=53) /
   * Raw(b'hello'): 53 bytes, no extension header.
   */
  private static final byte[] UDP = Hex.parse(
      "6000000000 0d1140 20010db8000000000000000000000001 20010db8000000000000000000000002"
          + "14e90035000d4b6f 68656c6c6f");

  /**
   * scapy: IPv6(src='2001:db8::1', dst='ff02::16', hlim=1) / IPv6ExtHdrHopByHop(options=
   * [RouterAlert(value=0)]) / ICMPv6MLReport2(records=[ICMPv6MLDMultAddrRec(dst='ff02::fb')]):
   * an MLDv2 report, one extension header.
   */
  private static final byte[] MLD = Hex.parse(
      "6000000000240001 20010db8000000000000000000000001 ff020000000000000000000000000016"
          + "3a00050200000100 8f003fd700000001 04000000ff0200000000000000000000000000fb");

  private ByteBuffer udp;
  private ByteBuffer mld;

  /** Wraps the test packets. */
  @Setup
  public void setUp() {
    udp = ByteBuffer.wrap(UDP);
    mld = ByteBuffer.wrap(MLD);
  }

  /**
   * netcodec: parse the UDP packet.
   *
   * @return the packet
   */
  @Benchmark
  public Ipv6Packet netcodecParse() {
    return Ipv6Packet.parse(udp);
  }

  /**
   * netcodec: parse the packet with a Hop-by-Hop header.
   *
   * @return the packet
   */
  @Benchmark
  public Ipv6Packet netcodecParseHopByHop() {
    return Ipv6Packet.parse(mld);
  }

  /**
   * pcap4j: parse the UDP packet (its UDP payload is decoded too, as pcap4j always does).
   *
   * @return the packet
   * @throws IllegalRawDataException never, for these bytes
   */
  @Benchmark
  public IpV6Packet pcap4jParse() throws IllegalRawDataException {
    return IpV6Packet.newPacket(UDP, 0, UDP.length);
  }

  /**
   * pcap4j: parse the packet with a Hop-by-Hop header (and its ICMPv6 payload).
   *
   * @return the packet
   * @throws IllegalRawDataException never, for these bytes
   */
  @Benchmark
  public IpV6Packet pcap4jParseHopByHop() throws IllegalRawDataException {
    return IpV6Packet.newPacket(MLD, 0, MLD.length);
  }
}
