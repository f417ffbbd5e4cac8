package io.github.netcodec.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.tcp.TcpConnectionTracker.Connection;
import io.github.netcodec.testing.ProcessOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real TCP conversation between two Java sockets on the loopback device, captured with
 * tcpdump (Debian {@code tcpdump}, installed by {@code .ci/run}; the test needs root to capture,
 * as CI has). The tracker must see ESTABLISHED and then TIME-WAIT on the side that closed first,
 * and the reassembled streams must equal what each side wrote: {@code write("a"); write("b")}
 * arrives as the stream "ab", however the kernel cut it into segments.
 *
 * <p>Checksums are not asserted: on {@code lo} the kernel leaves them unfilled (checksum
 * offload), see CAPTURE-NOTES.
 */
class LoopbackCaptureTest {

  @Test
  void tracksAndReassemblesARealConversation() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = server.getLocalPort();
      // the capture comes on tcpdump's standard output, a packet at a time (-U)
      Process tcpdump = new ProcessBuilder("tcpdump", "-i", "lo", "-U", "-n", "-w", "-",
          "tcp port " + port).start();
      try {
        ProcessOutput.awaitLine(tcpdump.getErrorStream(), "listening on",
            "tcpdump (is it installed, are we root?)");
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port);
            Socket accepted = server.accept()) {
          OutputStream out = client.getOutputStream();
          out.write('a');
          out.flush();
          out.write('b');
          out.flush();
          InputStream in = accepted.getInputStream();
          assertEquals('a', in.read());
          assertEquals('b', in.read());
          accepted.getOutputStream().write("ok".getBytes(StandardCharsets.US_ASCII));
          InputStream back = client.getInputStream();
          assertEquals('o', back.read());
          assertEquals('k', back.read());
          client.close();          // the client closes first: it ends in TIME-WAIT
          assertEquals(-1, in.read());
        }
        Result result = awaitClosed(tcpdump.getInputStream());
        assertTrue(result.serverStates.contains(TcpState.ESTABLISHED), result.toString());
        assertTrue(result.clientStates.contains(TcpState.ESTABLISHED), result.toString());
        assertEquals(TcpState.TIME_WAIT, result.connection.clientState(), result.toString());
        assertEquals(TcpState.CLOSED, result.connection.serverState(), result.toString());
        assertEquals("ab", result.clientStream.toString(StandardCharsets.US_ASCII));
        assertEquals("ok", result.serverStream.toString(StandardCharsets.US_ASCII));
        result.tracker.advanceTo(result.last.plusSeconds(60));
        assertEquals(TcpState.CLOSED, result.connection.clientState());
      } finally {
        tcpdump.destroy();
        tcpdump.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static final class Result {
    TcpConnectionTracker tracker;
    Connection connection;
    Instant last;
    Set<TcpState> clientStates = EnumSet.noneOf(TcpState.class);
    Set<TcpState> serverStates = EnumSet.noneOf(TcpState.class);
    ByteArrayOutputStream clientStream = new ByteArrayOutputStream();
    ByteArrayOutputStream serverStream = new ByteArrayOutputStream();
    int segments;

    @Override
    public String toString() {
      return segments + " segments, " + connection;
    }
  }

  /**
   * Reads the capture as tcpdump writes it, replaying what has come after each read, until the
   * server side is closed; blocking reads, so no sleeping and no clock.
   */
  private static Result awaitClosed(InputStream capture) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    byte[] chunk = new byte[4096];
    Result r = null;
    int n;
    while ((n = capture.read(chunk)) > 0) {
      file.write(chunk, 0, n);
      r = replay(file.toByteArray());
      if (r != null && r.connection.serverState() == TcpState.CLOSED) {
        return r;
      }
    }
    throw new AssertionError("tcpdump ended before the capture showed the close: " + r);
  }

  private static Result replay(byte[] file) {
    List<byte[]> frames = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    readPcap(file, frames, times);
    if (frames.isEmpty()) {
      return null;
    }
    Result r = new Result();
    r.tracker = new TcpConnectionTracker(Duration.ofSeconds(60));
    TcpStreamReassembler[] streams = new TcpStreamReassembler[2];
    for (int i = 0; i < frames.size(); i++) {
      Ipv4Packet ip = Ipv4Packet.parse(EthernetFrame.parse(frames.get(i)).payload());
      TcpSegment s = TcpSegment.parse(ip.payload());
      r.connection = r.tracker.observe(times.get(i), ip.source(), ip.destination(), s);
      r.last = times.get(i);
      r.segments++;
      r.clientStates.add(r.connection.clientState());
      r.serverStates.add(r.connection.serverState());
      boolean fromClient = s.sourcePort() == r.connection.clientPort();
      int k = fromClient ? 0 : 1;
      if (s.isSyn()) {
        ByteArrayOutputStream sink = fromClient ? r.clientStream : r.serverStream;
        streams[k] = new TcpStreamReassembler(SequenceNumber.add(s.sequenceNumber(), 1), 1 << 16,
            b -> {
              byte[] bytes = new byte[b.remaining()];
              b.get(bytes);
              sink.write(bytes, 0, bytes.length);
            });
      } else if (streams[k] != null) {
        streams[k].add(s.sequenceNumber(), s.payload());
      }
    }
    return r;
  }

  /** The classic pcap format (tcpdump -w): a 24-byte header, then 16-byte record headers. */
  private static void readPcap(byte[] file, List<byte[]> frames, List<Instant> times) {
    if (file.length < 24) {
      return;
    }
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int magic = b.getInt(0);
    if (magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1) {
      b.order(ByteOrder.BIG_ENDIAN);
      magic = b.getInt(0);
    }
    boolean nanos = magic == 0xa1b23c4d;
    assertEquals(1, b.getInt(20), "linktype Ethernet on lo");
    int at = 24;
    while (at + 16 <= file.length) {
      long seconds = b.getInt(at) & 0xffff_ffffL;
      long fraction = b.getInt(at + 4) & 0xffff_ffffL;
      int captured = b.getInt(at + 8);
      if (at + 16 + captured > file.length) {
        break; // a record tcpdump is still writing
      }
      byte[] frame = new byte[captured];
      System.arraycopy(file, at + 16, frame, 0, captured);
      frames.add(frame);
      times.add(Instant.ofEpochSecond(seconds, nanos ? fraction : fraction * 1000));
      at += 16 + captured;
    }
  }
}
