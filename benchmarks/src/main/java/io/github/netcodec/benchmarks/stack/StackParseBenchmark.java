package io.github.netcodec.benchmarks.stack;

import io.github.netcodec.Hex;
import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.icmpv6.Icmpv6Message;
import io.github.netcodec.icmpv6.Icmpv6Type;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.tcp.TcpSegment;
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
import org.pcap4j.packet.IcmpV6CommonPacket;
import org.pcap4j.packet.IllegalRawDataException;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV6ExtHopByHopOptionsPacket;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpPacket;

/**
 * Parsing a captured frame through the link and network layers, side by side with pcap4j's
 * {@code EthernetPacket.newPacket} (with {@code pcap4j-packetfactory-static}, so that pcap4j
 * decodes every layer it knows) on the same bytes.
 *
 * <p>Both sides start from the frame as a {@code byte[]}, as a pcap reader hands it over. pcap4j
 * also decodes the layer above IP (TCP with its options; the ICMPv6 header): {@code netcodecIpv4}
 * and {@code netcodecIpv6} stop at the IP payload as issue 4 asks, while {@code netcodecIpv4Tcp}
 * and {@code netcodecIpv6Icmpv6} go as far as pcap4j does, keeping every layer's record alive
 * as pcap4j's packet chain does, for an equal-work comparison. {@code netcodecEthernetOnly}
 * shows the link layer's share.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StackParse -prof gc -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StackParseBenchmark {

  /**
   * The seed lecture's "an Ethernet frame" (shared/seed/networking-lecture.txt), made whole: the
   * slide shows 80 of the 96 bytes its IPv4 total length announces, so the 16 missing bytes of
   * the TLS record are appended as zeros. The IPv4 header, and so its checksum, is unchanged.
   * 110 bytes: Ethernet, IPv4 52.96.230.162 &gt; 192.168.1.149, TCP 443 with NOP, NOP,
   * timestamps, and 44 bytes of TLS.
   */
  static final byte[] IPV4_FRAME = Hex.parse("""
      4c cc 6a ba 1c b9 d8 07 b6 d9 ae 50 08 00
      45 00 00 60 db 89 40 00 f2 06 cf cd 34 60 e6 a2
      c0 a8 01 95 01 bb aa c4 40 2b d6 46 7c 9d 15 e4
      80 18 40 02 65 fe 00 00 01 01 08 0a 03 83 98 62
      19 70 27 9e 17 03 03 00 27 00 00 00 00 00 00 00
      c8 b9 ab 81 50 e0 ef 1a d8 97 73 76 9a ee 33 d4
      00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
      """);

  /**
   * An MLDv2 report joining ff02::fb, the frame every IPv6 host sends for mDNS: Ethernet, IPv6
   * with one extension header (Hop-by-Hop: Router Alert and PadN), ICMPv6. 90 bytes, from scapy
   * 2.5: {@code Ether(dst='33:33:00:00:00:16', src='d8:07:b6:d9:ae:50') /
   * IPv6(src='fe80::da07:b6ff:fed9:ae50', dst='ff02::16', hlim=1) /
   * IPv6ExtHdrHopByHop(options=[RouterAlert(value=0), PadN(optdata=b'')]) /
   * ICMPv6MLReport2(records=[ICMPv6MLDMultAddrRec(rtype=4, dst='ff02::fb')])}.
   */
  static final byte[] IPV6_FRAME = Hex.parse("""
      33 33 00 00 00 16 d8 07 b6 d9 ae 50 86 dd
      60 00 00 00 00 24 00 01 fe 80 00 00 00 00 00 00
      da 07 b6 ff fe d9 ae 50 ff 02 00 00 00 00 00 00
      00 00 00 00 00 00 00 16 3a 00 05 02 00 00 01 00
      8f 00 30 de 00 00 00 01 04 00 00 00 ff 02 00 00
      00 00 00 00 00 00 00 00 00 00 00 fb
      """);

  private final byte[] ipv4Frame = IPV4_FRAME.clone();
  private final byte[] ipv6Frame = IPV6_FRAME.clone();

  /**
   * Checks that each side decodes what this benchmark says it does, so that a change in either
   * library cannot quietly turn a figure into a measure of less work.
   *
   * @throws IllegalRawDataException if pcap4j rejects a frame
   */
  @Setup
  public void checkBothSidesDecodeEveryLayer() throws IllegalRawDataException {
    Ipv4Packet v4 = netcodecIpv4();
    Ipv6Packet v6 = netcodecIpv6();
    require(v4.totalLength() == 96 && v4.hasValidHeaderChecksum()
        && v4.protocol().equals(IpProtocol.TCP), "netcodec IPv4: " + v4);
    require(v6.extensionHeaders().size() == 1
        && v6.upperLayerProtocol().equals(IpProtocol.ICMPV6), "netcodec IPv6: " + v6);
    TcpSegment tcp = TcpSegment.parse(v4.payload());
    Icmpv6Message icmp = Icmpv6Message.parse(v6.payload());
    require(tcp.sourcePort() == 443 && tcp.options().size() == 3, "netcodec TCP: " + tcp);
    require(icmp.type().equals(Icmpv6Type.MULTICAST_LISTENER_REPORT_V2),
        "netcodec ICMPv6: " + icmp);
    Packet p4 = pcap4jIpv4();
    require(p4.contains(IpV4Packet.class) && p4.contains(TcpPacket.class), "pcap4j IPv4: " + p4);
    Packet p6 = pcap4jIpv6();
    require(p6.contains(IpV6Packet.class) && p6.contains(IpV6ExtHopByHopOptionsPacket.class)
        && p6.contains(IcmpV6CommonPacket.class), "pcap4j IPv6: " + p6);
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark input not decoded as expected: " + what);
    }
  }

  /**
   * netcodec: {@code EthernetFrame.parse} alone, for the link layer's share.
   *
   * @return the frame
   */
  @Benchmark
  public EthernetFrame netcodecEthernetOnly() {
    return EthernetFrame.parse(ipv4Frame);
  }

  /**
   * netcodec: the seed frame through {@code EthernetFrame} and {@code Ipv4Packet}.
   *
   * @return the IPv4 packet
   */
  @Benchmark
  public Ipv4Packet netcodecIpv4() {
    EthernetFrame frame = EthernetFrame.parse(ipv4Frame);
    return Ipv4Packet.parse(frame.payload());
  }

  /**
   * netcodec: the MLDv2 frame through {@code EthernetFrame} and {@code Ipv6Packet}, with its
   * Hop-by-Hop header.
   *
   * @return the IPv6 packet
   */
  @Benchmark
  public Ipv6Packet netcodecIpv6() {
    EthernetFrame frame = EthernetFrame.parse(ipv6Frame);
    return Ipv6Packet.parse(frame.payload());
  }

  /**
   * netcodec, equal work to pcap4j: the seed frame through {@code EthernetFrame}, {@code
   * Ipv4Packet} and {@code TcpSegment} (with its options), every record kept.
   *
   * @param bh consumes the lower layers' records, as pcap4j's packet chain keeps them
   * @return the TCP segment
   */
  @Benchmark
  public TcpSegment netcodecIpv4Tcp(Blackhole bh) {
    EthernetFrame frame = EthernetFrame.parse(ipv4Frame);
    Ipv4Packet ip = Ipv4Packet.parse(frame.payload());
    bh.consume(frame);
    bh.consume(ip);
    return TcpSegment.parse(ip.payload());
  }

  /**
   * netcodec, equal work to pcap4j: the MLDv2 frame through {@code EthernetFrame}, {@code
   * Ipv6Packet} and {@code Icmpv6Message}, every record kept.
   *
   * @param bh consumes the lower layers' records, as pcap4j's packet chain keeps them
   * @return the ICMPv6 message
   */
  @Benchmark
  public Icmpv6Message netcodecIpv6Icmpv6(Blackhole bh) {
    EthernetFrame frame = EthernetFrame.parse(ipv6Frame);
    Ipv6Packet ip = Ipv6Packet.parse(frame.payload());
    bh.consume(frame);
    bh.consume(ip);
    return Icmpv6Message.parse(ip.payload());
  }

  /**
   * pcap4j: the seed frame through {@code EthernetPacket.newPacket} (Ethernet, IPv4, TCP).
   *
   * @return the packet
   * @throws IllegalRawDataException never, for this frame
   */
  @Benchmark
  public Packet pcap4jIpv4() throws IllegalRawDataException {
    return EthernetPacket.newPacket(ipv4Frame, 0, ipv4Frame.length);
  }

  /**
   * pcap4j: the MLDv2 frame through {@code EthernetPacket.newPacket} (Ethernet, IPv6, Hop-by-Hop,
   * ICMPv6).
   *
   * @return the packet
   * @throws IllegalRawDataException never, for this frame
   */
  @Benchmark
  public Packet pcap4jIpv6() throws IllegalRawDataException {
    return EthernetPacket.newPacket(ipv6Frame, 0, ipv6Frame.length);
  }
}
