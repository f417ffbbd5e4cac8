package io.github.netcodec.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ethernet.EthernetFrame;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.tcp.TcpConnectionTracker.Connection;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void tracksAndReassemblesARealConversation(@TempDir Path dir) throws Exception {
    Path pcap = dir.resolve("lo.pcap");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = server.getLocalPort();
      Process tcpdump = new ProcessBuilder("tcpdump", "-i", "lo", "-U", "-n", "-w",
          pcap.toString(), "tcp port " + port).redirectErrorStream(true).start();
      try {
        awaitListening(tcpdump);
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
        Result result = awaitClosed(pcap);
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

  private static void awaitListening(Process tcpdump) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(tcpdump.getInputStream(),
        StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = err.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.contains("listening on")) {
        Thread drain = new Thread(() -> {
          try {
            err.transferTo(java.io.Writer.nullWriter());
          } catch (IOException e) {
            // tcpdump ended
          }
        });
        drain.setDaemon(true);
        drain.start();
        return;
      }
    }
    throw new AssertionError("tcpdump did not start (is it installed, are we root?):\n" + seen);
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

  /** Re-reads the capture until the server side is closed: tcpdump writes packets as it sees them. */
  private static Result awaitClosed(Path pcap) throws IOException, InterruptedException {
    Result r = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      r = replay(Files.readAllBytes(pcap));
      if (r != null && r.connection.serverState() == TcpState.CLOSED) {
        return r;
      }
      Thread.sleep(100); // waiting for tcpdump to write; nothing is timed
    }
    throw new AssertionError("the capture never showed the close: " + r);
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
