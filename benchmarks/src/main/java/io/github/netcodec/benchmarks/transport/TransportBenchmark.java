package io.github.netcodec.benchmarks.transport;

import io.github.netcodec.Hex;
import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.tcp.TcpSegment;
import io.github.netcodec.udp.UdpDatagram;
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
import org.openjdk.jmh.infra.Blackhole;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IllegalRawDataException;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.UdpPacket;

/**
 * Parsing a frame down to the transport layer and verifying its TCP or UDP checksum, side by
 * side with pcap4j ({@code EthernetPacket.newPacket} with {@code pcap4j-packetfactory-static},
 * then {@code TcpPacket/UdpPacket.hasValidChecksum}) on the same bytes.
 *
 * <p>Each benchmark returns whether the checksum verified (true for both frames), so that the
 * whole parse and the verification must run. The UDP frame uses port 9999 so that pcap4j stops at
 * UDP as netcodec does.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Transport -prof gc -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TransportBenchmark {

  /**
   * The seed lecture's frame made whole (the slide shows 80 of its 96 IP bytes; the 16 missing
   * TLS bytes are zeros), with the TCP checksum recomputed in {@link #setUp()} so that it
   * verifies. 110 bytes: Ethernet, IPv4, TCP 443 &gt; 43716 with NOP, NOP, timestamps, 44 bytes.
   */
  private static final byte[] SEED_FRAME = Hex.parse("""
      4c cc 6a ba 1c b9 d8 07 b6 d9 ae 50 08 00
      45 00 00 60 db 89 40 00 f2 06 cf cd 34 60 e6 a2
      c0 a8 01 95 01 bb aa c4 40 2b d6 46 7c 9d 15 e4
      80 18 40 02 65 fe 00 00 01 01 08 0a 03 83 98 62
      19 70 27 9e 17 03 03 00 27 00 00 00 00 00 00 00
      c8 b9 ab 81 50 e0 ef 1a d8 97 73 76 9a ee 33 d4
      00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
      """);

  /**
   * scapy 2.5: {@code Ether(dst='33:33:00:00:00:fb', src='d8:07:b6:d9:ae:50') /
   * IPv6(src='2001:db8::1', dst='2001:db8::53') / UDP(sport=50000, dport=9999) /
   * bytes(range(48))}, 110 bytes.
   */
  private static final byte[] IPV6_UDP_FRAME = Hex.parse(
      "3333000000fbd807b6d9ae5086dd600000000038114020010db8000000000000000000000001"
          + "20010db8000000000000000000000053c350270f00388f16000102030405060708090a0b0c0d0e0f"
          + "101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f");

  private byte[] tcpFrame;
  private byte[] udpFrame;
  private ByteBuffer tcpBytes;
  private TcpSegment tcpSegment;
  private Ipv4Packet ipv4Packet;

  /** Fixes the seed frame's TCP checksum and checks that every side verifies both frames. */
  @Setup
  public void setUp() throws IllegalRawDataException {
    tcpFrame = SEED_FRAME.clone();
    Ipv4Packet ip = Ipv4Packet.parse(EthernetFrame.parse(tcpFrame).payload());
    int checksum = TcpSegment.parse(ip.payload()).computeChecksum(ip.source(), ip.destination());
    tcpFrame[14 + 20 + 16] = (byte) (checksum >>> 8);
    tcpFrame[14 + 20 + 17] = (byte) checksum;
    udpFrame = IPV6_UDP_FRAME.clone();
    ipv4Packet = Ipv4Packet.parse(EthernetFrame.parse(tcpFrame).payload());
    tcpBytes = ipv4Packet.payload();
    tcpSegment = TcpSegment.parse(tcpBytes);
    if (!netcodecIpv4Tcp() || !pcap4jIpv4Tcp() || !netcodecIpv6Udp() || !pcap4jIpv6Udp()) {
      throw new IllegalStateException("a checksum does not verify");
    }
  }

  /**
   * netcodec: Ethernet, IPv4 (header checksum checked), TCP with its options, TCP checksum
   * over the IPv4 pseudo-header.
   *
   * @return whether both checksums verified
   */
  @Benchmark
  public boolean netcodecIpv4Tcp() {
    Ipv4Packet ip = Ipv4Packet.parse(EthernetFrame.parse(tcpFrame).payload());
    TcpSegment tcp = TcpSegment.parse(ip.payload());
    return ip.hasValidHeaderChecksum() && tcp.hasValidChecksum(ip.source(), ip.destination());
  }

  /**
   * pcap4j: {@code EthernetPacket.newPacket} (Ethernet, IPv4, TCP with options) and {@code
   * TcpPacket.hasValidChecksum}.
   *
   * @return whether both checksums verified
   * @throws IllegalRawDataException never, for this frame
   */
  @Benchmark
  public boolean pcap4jIpv4Tcp() throws IllegalRawDataException {
    Packet frame = EthernetPacket.newPacket(tcpFrame, 0, tcpFrame.length);
    IpV4Packet ip = frame.get(IpV4Packet.class);
    TcpPacket tcp = frame.get(TcpPacket.class);
    return ip.getHeader().hasValidChecksum(false) && tcp.hasValidChecksum(
        ip.getHeader().getSrcAddr(), ip.getHeader().getDstAddr(), false);
  }

  /**
   * netcodec: Ethernet, IPv6, UDP, UDP checksum over the IPv6 pseudo-header.
   *
   * @return whether the checksum verified
   */
  @Benchmark
  public boolean netcodecIpv6Udp() {
    Ipv6Packet ip = Ipv6Packet.parse(EthernetFrame.parse(udpFrame).payload());
    ByteBuffer payload = ip.payload();
    return UdpDatagram.parse(payload).hasValidChecksum(ip.source(), ip.finalDestination());
  }

  /**
   * pcap4j: {@code EthernetPacket.newPacket} (Ethernet, IPv6, UDP) and {@code
   * UdpPacket.hasValidChecksum}.
   *
   * @return whether the checksum verified
   * @throws IllegalRawDataException never, for this frame
   */
  @Benchmark
  public boolean pcap4jIpv6Udp() throws IllegalRawDataException {
    Packet frame = EthernetPacket.newPacket(udpFrame, 0, udpFrame.length);
    IpV6Packet ip = frame.get(IpV6Packet.class);
    return frame.get(UdpPacket.class).hasValidChecksum(ip.getHeader().getSrcAddr(),
        ip.getHeader().getDstAddr(), false);
  }

  /**
   * Breakdown of {@link #netcodecIpv4Tcp()}: Ethernet and IPv4 with its header checksum only.
   *
   * @return whether the header checksum verified
   */
  @Benchmark
  public boolean netcodecPartEthernetIpv4() {
    return Ipv4Packet.parse(EthernetFrame.parse(tcpFrame).payload()).hasValidHeaderChecksum();
  }

  /**
   * Breakdown of {@link #netcodecIpv4Tcp()}: {@code TcpSegment.parse} alone, on the TCP bytes.
   *
   * @return the segment
   */
  @Benchmark
  public TcpSegment netcodecPartTcpParse() {
    return TcpSegment.parse(tcpBytes);
  }

  /**
   * Breakdown of {@link #netcodecIpv4Tcp()}: the TCP checksum verification of a parsed segment.
   *
   * @return whether it verified
   */
  @Benchmark
  public boolean netcodecPartTcpChecksum() {
    return tcpSegment.hasValidChecksum(ipv4Packet.source(), ipv4Packet.destination());
  }

  /**
   * A lower bound, not a parser: only the six read-only views that the record contract makes for
   * the TCP frame (the wrapper of the array, the Ethernet data view, then per layer the view each
   * record keeps and the one its {@code payload()} accessor returns), each handed to the
   * blackhole so that none is optimised away. No field is read and no record is built; whatever
   * this costs, {@link #netcodecIpv4Tcp()} cannot cost less.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void floorViewsIpv4Tcp(Blackhole bh) {
    ByteBuffer wrapper = ByteBuffer.wrap(tcpFrame);
    ByteBuffer data = wrapper.asReadOnlyBuffer().position(14);
    ByteBuffer ethernetPayload = data.slice();
    ByteBuffer ipKept = ethernetPayload.slice(20, ethernetPayload.remaining() - 20);
    ByteBuffer ipPayload = ipKept.duplicate();
    ByteBuffer tcpKept = ipPayload.slice(32, ipPayload.remaining() - 32);
    bh.consume(wrapper);
    bh.consume(data);
    bh.consume(ethernetPayload);
    bh.consume(ipKept);
    bh.consume(ipPayload);
    bh.consume(tcpKept);
  }

  /**
   * As {@link #floorViewsIpv4Tcp}, for the IPv6 and UDP frame: the same six views.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void floorViewsIpv6Udp(Blackhole bh) {
    ByteBuffer wrapper = ByteBuffer.wrap(udpFrame);
    ByteBuffer data = wrapper.asReadOnlyBuffer().position(14);
    ByteBuffer ethernetPayload = data.slice();
    ByteBuffer ipKept = ethernetPayload.slice(40, ethernetPayload.remaining() - 40);
    ByteBuffer ipPayload = ipKept.duplicate();
    ByteBuffer udpKept = ipPayload.slice(8, ipPayload.remaining() - 8);
    bh.consume(wrapper);
    bh.consume(data);
    bh.consume(ethernetPayload);
    bh.consume(ipKept);
    bh.consume(ipPayload);
    bh.consume(udpKept);
  }
}
