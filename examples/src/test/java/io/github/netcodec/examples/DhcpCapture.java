package io.github.netcodec.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.dhcp.DhcpMessage;
import io.github.netcodec.dhcp.DhcpMessageType;
import io.github.netcodec.ethernet.EtherType;
import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.udp.UdpDatagram;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DHCP messages of a tcpdump capture ({@code -w}, linktype Ethernet), each decoded
 * Ethernet → IPv4 → UDP → DHCP with the core codecs and checked on the way: the IPv4 header
 * checksum and the UDP checksum are present and valid, and every layer re-encodes to the bytes
 * it was parsed from (the codecs are lossless).
 */
final class DhcpCapture {

  /**
   * One captured DHCP message.
   *
   * @param ip the IPv4 packet
   * @param udp the UDP datagram
   * @param message the DHCP message
   */
  record Captured(Ipv4Packet ip, UdpDatagram udp, DhcpMessage message) {
    /** Whether a server sent it (source port 67). */
    boolean fromServer() {
      return udp.sourcePort() == DhcpMessage.SERVER_PORT;
    }

    String type() {
      return message.messageType().map(DhcpMessageType::name).orElse("(none)");
    }

    @Override
    public String toString() {
      return (fromServer() ? "server " : "client ") + ip.source() + ":" + udp.sourcePort()
          + " -> " + ip.destination() + ":" + udp.destinationPort() + " " + type()
          + String.format(" xid=0x%08x", message.xid());
    }
  }

  private DhcpCapture() {}

  /** Decodes and checks every frame of a classic pcap file (24-byte header, 16-byte records). */
  static List<Captured> decode(byte[] file) {
    assertTrue(file.length >= 24, "the capture has no pcap header: " + file.length + " bytes");
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int magic = b.getInt(0);
    if (magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1) {
      b.order(ByteOrder.BIG_ENDIAN);
      magic = b.getInt(0);
    }
    assertTrue(magic == 0xa1b2c3d4 || magic == 0xa1b23c4d,
        "not a pcap file: magic " + Integer.toHexString(magic));
    assertEquals(1, b.getInt(20), "linktype Ethernet");
    List<Captured> out = new ArrayList<>();
    int at = 24;
    int index = 0;
    while (at + 16 <= file.length) {
      int captured = b.getInt(at + 8);
      int original = b.getInt(at + 12);
      assertTrue(at + 16 + captured <= file.length, "record " + index + " is cut short");
      assertEquals(original, captured, "record " + index + " was truncated by the snap length");
      byte[] frame = new byte[captured];
      System.arraycopy(file, at + 16, frame, 0, captured);
      out.add(decodeFrame(frame, index));
      at += 16 + captured;
      index++;
    }
    assertEquals(file.length, at, "trailing bytes after the last record");
    return out;
  }

  private static Captured decodeFrame(byte[] frame, int index) {
    String where = "frame " + index + ": ";
    EthernetFrame eth = EthernetFrame.parse(frame);
    assertArrayEquals(frame, eth.toByteArray(), where + "Ethernet re-encodes byte for byte");
    assertEquals(EtherType.IPV4, eth.etherType(), where + "EtherType");
    byte[] ipBytes = bytes(eth.payload());
    Ipv4Packet ip = Ipv4Packet.parse(ipBytes);
    assertTrue(ip.hasValidHeaderChecksum(), where + "IPv4 header checksum " + ip);
    assertEquals(IpProtocol.UDP, ip.protocol(), where + "protocol");
    byte[] ipExact = new byte[ip.totalLength()];
    System.arraycopy(ipBytes, 0, ipExact, 0, ip.totalLength());
    assertArrayEquals(ipExact, ip.toByteArray(), where + "IPv4 re-encodes byte for byte");
    byte[] udpBytes = bytes(ip.payload());
    UdpDatagram udp = UdpDatagram.parse(udpBytes);
    assertTrue(udp.hasChecksum(), where + "UDP checksum present");
    assertTrue(udp.hasValidChecksum(ip.source(), ip.destination()),
        where + "UDP checksum valid: " + udp);
    assertArrayEquals(udpBytes, udp.toByteArray(), where + "UDP re-encodes byte for byte");
    byte[] dhcpBytes = bytes(udp.payload());
    DhcpMessage m = DhcpMessage.parse(dhcpBytes);
    assertTrue(m.messageType().isPresent(), where + "a DHCP message type: " + m);
    assertArrayEquals(dhcpBytes, m.toByteArray(), where + "DHCP re-encodes byte for byte");
    assertEquals(m, DhcpMessage.parse(m.toByteArray()), where + "DHCP round trip");
    return new Captured(ip, udp, m);
  }

  /** Message type names in capture order, repeats (retransmissions) collapsed. */
  static List<String> exchange(List<Captured> messages) {
    List<String> out = new ArrayList<>();
    for (Captured c : messages) {
      if (out.isEmpty() || !Objects.equals(out.get(out.size() - 1), c.type())) {
        out.add(c.type());
      }
    }
    return out;
  }

  /** How many messages of each type, in order of first appearance. */
  static Map<String, Integer> counts(List<Captured> messages) {
    Map<String, Integer> out = new LinkedHashMap<>();
    messages.forEach(c -> out.merge(c.type(), 1, Integer::sum));
    return out;
  }

  private static byte[] bytes(ByteBuffer buf) {
    byte[] a = new byte[buf.remaining()];
    buf.duplicate().get(a);
    return a;
  }
}
