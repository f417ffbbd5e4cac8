package io.github.netcodec.examples;

import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.dns.DnsMessage;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.dns.DnsStreamDecoder;
import io.github.netcodec.dns.DnsType;
import io.github.netcodec.dns.Edns;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

/**
 * A dig-like stub resolver: sends one query over UDP with a timeout and retries, switches to TCP
 * when the answer comes back truncated (TC), and prints the response the way dig does.
 *
 * <pre>
 * java -cp core/target/classes:examples/target/classes \
 *     io.github.netcodec.examples.DnsLookup www.example.com A @127.0.0.1:53
 * </pre>
 */
public final class DnsLookup {
  private static final SecureRandom IDS = new SecureRandom();

  private DnsLookup() {}

  /** What a lookup returned, and how. */
  record Result(DnsMessage response, boolean overTcp, int size) {}

  /**
   * Runs a lookup: {@code name [type] @server[:port]}.
   *
   * @param args the name, optionally the type (default A), and the server
   * @throws IOException if the server cannot be reached
   */
  public static void main(String[] args) throws IOException {
    String name = null;
    DnsType type = DnsType.A;
    InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), 53);
    for (String a : args) {
      if (a.startsWith("@")) {
        server = parseServer(a.substring(1));
      } else if (name == null) {
        name = a;
      } else {
        type = DnsType.valueOf(a);
      }
    }
    if (name == null) {
      System.err.println("usage: DnsLookup name [type] @server[:port]");
      System.exit(2);
    }
    print(System.out, name, type, server,
        lookup(DnsName.of(name), type, server, Duration.ofSeconds(2), 3));
  }

  static InetSocketAddress parseServer(String s) {
    int colon = s.lastIndexOf(':');
    if (colon > 0 && s.indexOf(':') == colon) {
      return new InetSocketAddress(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1)));
    }
    return new InetSocketAddress(s, 53);
  }

  /**
   * Queries over UDP (EDNS, 1232-octet payload), retrying on timeout, and again over TCP if the
   * answer is truncated.
   */
  static Result lookup(DnsName name, DnsType type, InetSocketAddress server, Duration timeout,
      int tries) throws IOException {
    DnsMessage query = DnsMessage.query(IDS.nextInt(0x10000), name, type)
        .withEdns(Edns.of(1232));
    byte[] wire = query.toByteArray();
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.setSoTimeout((int) timeout.toMillis());
      byte[] buf = new byte[65535];
      for (int attempt = 1; attempt <= tries; attempt++) {
        socket.send(new DatagramPacket(wire, wire.length, server));
        try {
          while (true) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            socket.receive(p);
            DnsMessage response;
            try {
              response = DnsMessage.parseLenient(ByteBuffer.wrap(buf, 0, p.getLength()));
            } catch (MalformedPacketException e) {
              continue; // not a DNS message: keep waiting for the real answer
            }
            if (response.id() != query.id() || !response.questions().equals(query.questions())) {
              continue; // a stray or spoofed datagram
            }
            if (response.isTruncated()) {
              return tcp(query, server, timeout);
            }
            return new Result(response, false, p.getLength());
          }
        } catch (SocketTimeoutException e) {
          if (attempt == tries) {
            throw new IOException("no answer from " + server + " after " + tries + " tries", e);
          }
        }
      }
    }
    throw new IOException("no answer from " + server);
  }

  static Result tcp(DnsMessage query, InetSocketAddress server, Duration timeout)
      throws IOException {
    try (Socket s = new Socket()) {
      s.connect(server, (int) timeout.toMillis());
      s.setSoTimeout((int) timeout.toMillis());
      OutputStream out = s.getOutputStream();
      out.write(DnsStreamDecoder.frame(query));
      out.flush();
      InputStream in = s.getInputStream();
      DnsStreamDecoder decoder = new DnsStreamDecoder();
      byte[] buf = new byte[4096];
      int total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        List<DnsMessage> messages = decoder.feed(ByteBuffer.wrap(buf, 0, n));
        if (!messages.isEmpty()) {
          return new Result(messages.get(0), true, total - 2);
        }
      }
      throw new IOException("connection closed before a whole answer from " + server);
    }
  }

  static void print(PrintStream out, String name, DnsType type, InetSocketAddress server,
      Result r) {
    out.println("; <<>> netcodec DnsLookup <<>> " + name + " " + type + " @"
        + server.getHostString());
    out.println(";; Got answer:");
    out.print(r.response());
    out.println();
    out.println(";; SERVER: " + server.getAddress().getHostAddress() + "#" + server.getPort()
        + "(" + server.getHostString() + ") (" + (r.overTcp() ? "TCP" : "UDP") + ")");
    out.println(";; MSG SIZE  rcvd: " + r.size());
  }
}
