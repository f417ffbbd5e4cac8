package io.github.netcodec.examples;

import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.arp.ArpPacket;
import io.github.netcodec.ethernet.EtherType;
import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.ipv6.Ipv6Packet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes an Ethernet frame layer by layer from a hex dump in any form {@link Hex#parse} reads
 * (the lecture's tab-separated rows, {@code xxd}, {@code tcpdump -X}, Wireshark). Without an
 * argument it decodes the seed lecture's frame, which the slide prints 16 bytes short of the
 * IPv4 total length: strict parsing says so, and the capture is then decoded as cut short, the
 * way a packet analyser treats a snap length.
 *
 * <pre>
 * java -cp core/target/classes:examples/target/classes \
 *     io.github.netcodec.examples.DecodeFrame [dump-file | -]
 * </pre>
 */
public final class DecodeFrame {
  private DecodeFrame() {}

  /**
   * Decodes the frame in the named file, standard input ({@code -}), or the seed frame.
   *
   * @param args an optional file name or {@code -}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String dump;
    if (args.length == 0) {
      dump = SeedFrameChecksum.SEED_FRAME;
    } else if (args[0].equals("-")) {
      dump = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    } else {
      dump = Files.readString(Path.of(args[0]));
    }
    run(dump, System.out);
  }

  static void run(String dump, PrintStream out) {
    ByteBuffer bytes = Hex.parseBuffer(dump);
    out.println(bytes.remaining() + " bytes");
    try {
      EthernetFrame frame = EthernetFrame.parse(bytes);
      out.println(frame);
      ByteBuffer payload = frame.payload();
      EtherType type = frame.etherType();
      if (type.equals(EtherType.IPV4)) {
        out.println(ipv4(payload, out));
      } else if (type.equals(EtherType.IPV6)) {
        out.println(ipv6(payload, out));
      } else if (type.equals(EtherType.ARP)) {
        out.println(ArpPacket.parse(payload));
      } else {
        out.println("payload: " + payload.remaining() + " bytes of " + type);
      }
    } catch (MalformedPacketException e) {
      out.println("malformed: " + e.getMessage());
    }
  }

  private static Ipv4Packet ipv4(ByteBuffer payload, PrintStream out) {
    try {
      return Ipv4Packet.parse(payload);
    } catch (TruncatedPacketException e) {
      out.println("cut short: " + e.getMessage() + "; decoding the bytes present");
      return Ipv4Packet.parseTruncated(payload);
    }
  }

  private static Ipv6Packet ipv6(ByteBuffer payload, PrintStream out) {
    try {
      return Ipv6Packet.parse(payload);
    } catch (TruncatedPacketException e) {
      out.println("cut short: " + e.getMessage() + "; decoding the bytes present");
      return Ipv6Packet.parseTruncated(payload);
    }
  }
}
