package io.github.netcodec.benchmarks.ipv4;

import io.github.netcodec.Hex;
import io.github.netcodec.ipv4.Ipv4Packet;
import java.nio.ByteBuffer;
import java.util.Arrays;
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
import org.pcap4j.packet.IpV4Packet;

/**
 * Decoding one IPv4 packet: netcodec's {@link Ipv4Packet#parse(ByteBuffer)} (with and without
 * the header checksum check, with and without options) side by side with pcap4j's {@code
 * IpV4Packet.newPacket} on the same bytes, and the RFC 1624 rewrite a NAT does per packet.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Ipv4Benchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Ipv4Benchmark {

  /** The seed lecture's IPv4 packet (issue 2), made whole with 16 zero bytes: 96 bytes, TCP. */
  private static final byte[] SEED = Arrays.copyOf(Hex.parse(
      "4500 0060 db89 4000 f206 cfcd 3460 e6a2 c0a8 0195 01bb aac4 402b d646 7c9d 15e4"
          + "8018 4002 65fe 0000 0101 080a 0383 9862 1970 279e 1703 0300 2700 0000 0000 0000"
          + "c8b9 ab81 50e0 ef1a d897 7376 9aee 33d4"), 96);

  /**
   * scapy: IP(src='10.0.0.1', dst='10.0.0.2', id=0x1234, ttl=17, tos=0xb9, flags='DF', proto=17,
   * options=[RR(2 routers), NOP, Router Alert, Timestamp(flag 1)]) / b'hello'.
   */
  private static final byte[] OPTIONS = Hex.parse(
      "4cb90035123440001111b9770a0000010a000002070b0801020304000000000194040000"
          + "440c0921050607088000000168656c6c6f");

  private ByteBuffer seed;
  private ByteBuffer options;
  private Ipv4Packet parsed;

  /** Wraps the test packets. */
  @Setup
  public void setUp() {
    seed = ByteBuffer.wrap(SEED);
    options = ByteBuffer.wrap(OPTIONS);
    parsed = Ipv4Packet.parse(seed);
  }

  /**
   * netcodec: parse the seed packet.
   *
   * @return the packet
   */
  @Benchmark
  public Ipv4Packet netcodecParse() {
    return Ipv4Packet.parse(seed);
  }

  /**
   * netcodec: parse the seed packet and verify its header checksum.
   *
   * @return whether the checksum is valid
   */
  @Benchmark
  public boolean netcodecParseAndVerify() {
    return Ipv4Packet.parse(seed).hasValidHeaderChecksum();
  }

  /**
   * netcodec: parse a packet with four options and verify its checksum.
   *
   * @return whether the checksum is valid
   */
  @Benchmark
  public boolean netcodecParseOptionsAndVerify() {
    return Ipv4Packet.parse(options).hasValidHeaderChecksum();
  }

  /**
   * netcodec: the NAT rewrite of the destination and TTL, checksum updated incrementally.
   *
   * @return the rewritten packet
   */
  @Benchmark
  public Ipv4Packet netcodecNatRewrite() {
    return parsed.withDestination(parsed.source()).withTtl(parsed.ttl() - 1);
  }

  /**
   * pcap4j: parse the seed packet (its TCP payload is decoded too, as pcap4j always does).
   *
   * @return the packet
   * @throws IllegalRawDataException never, for these bytes
   */
  @Benchmark
  public IpV4Packet pcap4jParse() throws IllegalRawDataException {
    return IpV4Packet.newPacket(SEED, 0, SEED.length);
  }

  /**
   * pcap4j: parse the packet with options.
   *
   * @return the packet
   * @throws IllegalRawDataException never, for these bytes
   */
  @Benchmark
  public IpV4Packet pcap4jParseOptions() throws IllegalRawDataException {
    return IpV4Packet.newPacket(OPTIONS, 0, OPTIONS.length);
  }
}
