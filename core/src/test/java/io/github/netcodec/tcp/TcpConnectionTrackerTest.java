package io.github.netcodec.tcp;

import static io.github.netcodec.tcp.TcpSegment.ACK;
import static io.github.netcodec.tcp.TcpSegment.FIN;
import static io.github.netcodec.tcp.TcpSegment.PSH;
import static io.github.netcodec.tcp.TcpSegment.RST;
import static io.github.netcodec.tcp.TcpSegment.SYN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.netcodec.address.IpAddress;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ip.IpProtocol;
import io.github.netcodec.tcp.TcpConnectionTracker.Connection;
import io.github.netcodec.tcp.TcpConnectionTracker.FlowKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class TcpConnectionTrackerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static TcpSegment seg(int sport, int dport, long seq, long ack, int flags,
      String data) {
    return TcpSegment.builder().sourcePort(sport).destinationPort(dport).sequenceNumber(seq)
        .acknowledgmentNumber(ack).flags(flags).window(65535)
        .payload(data.getBytes(StandardCharsets.US_ASCII)).build();
  }

  /** A whole conversation, the client closing first; sequence numbers wrap on the client. */
  private static void conversation(IpAddress client, IpAddress server) {
    TcpConnectionTracker t = new TcpConnectionTracker(Duration.ofSeconds(60));
    long c = 0xffff_fffeL;
    long s = 1000;
    Connection conn = t.observe(T0, client, server, seg(43716, 443, c, 0, SYN, ""));
    assertEquals("SYN_SENT/SYN_RECV", states(conn));
    t.observe(T0, server, client, seg(443, 43716, s, c + 1, SYN | ACK, ""));
    assertEquals("ESTABLISHED/SYN_RECV", states(conn));
    c = SequenceNumber.add(c, 1);
    s += 1;
    t.observe(T0, client, server, seg(43716, 443, c, s, ACK, ""));
    assertEquals("ESTABLISHED/ESTABLISHED", states(conn));
    t.observe(T0, client, server, seg(43716, 443, c, s, PSH | ACK, "GET /"));
    c = SequenceNumber.add(c, 5);
    t.observe(T0, server, client, seg(443, 43716, s, c, PSH | ACK, "200 OK"));
    s += 6;
    t.observe(T0, client, server, seg(43716, 443, c, s, FIN | ACK, ""));
    assertEquals("FIN_WAIT1/CLOSE_WAIT", states(conn));
    t.observe(T0, server, client, seg(443, 43716, s, SequenceNumber.add(c, 1), ACK, ""));
    assertEquals("FIN_WAIT2/CLOSE_WAIT", states(conn));
    t.observe(T0, server, client, seg(443, 43716, s, SequenceNumber.add(c, 1), FIN | ACK, ""));
    assertEquals("TIME_WAIT/LAST_ACK", states(conn));
    t.observe(T0.plusSeconds(1), client, server,
        seg(43716, 443, SequenceNumber.add(c, 1), s + 1, ACK, ""));
    assertEquals("TIME_WAIT/CLOSE", states(conn));
    t.advanceTo(T0.plusSeconds(59));
    assertEquals("TIME_WAIT/CLOSE", states(conn)); // entered TIME-WAIT at T0, 2 MSL = 60 s
    t.advanceTo(T0.plusSeconds(60));
    assertEquals("CLOSE/CLOSE", states(conn));
    assertEquals(List.of(conn), t.removeClosed());
    assertEquals(0, t.connections().size());
  }

  private static String states(Connection c) {
    return fix(c.clientState()) + "/" + fix(c.serverState());
  }

  private static String fix(TcpState s) {
    // netstat prints FIN_WAIT1 and FIN_WAIT2 without the underscore before the digit
    return s.netstatName().replace("FIN_WAIT_", "FIN_WAIT");
  }

  @Test
  void followsAConversationToTimeWaitAndClosedOverIpv4() {
    conversation(Ipv4Address.parse("192.168.1.149"), Ipv4Address.parse("52.96.230.162"));
  }

  @Test
  void followsAConversationOverIpv6() {
    conversation(Ipv6Address.parse("2001:db8::2"), Ipv6Address.parse("2001:db8::1"));
  }

  @Test
  void resetClosesAndMidStreamPickupIsEstablished() {
    TcpConnectionTracker t = new TcpConnectionTracker(Duration.ofSeconds(60));
    Ipv4Address a = Ipv4Address.parse("10.0.0.1");
    Ipv4Address b = Ipv4Address.parse("10.0.0.2");
    Connection c = t.observe(T0, a, b, seg(5000, 80, 7, 9, PSH | ACK, "data"));
    assertEquals("ESTABLISHED/ESTABLISHED", states(c));
    t.observe(T0, b, a, seg(80, 5000, 9, 11, RST | ACK, ""));
    assertEquals("CLOSE/CLOSE", states(c));
    assertEquals("tcp 10.0.0.1:5000 10.0.0.2:80 CLOSE/CLOSE", c.toString());
  }

  @Test
  void flowKeysAreCanonicalBothWays() {
    Ipv4Address a = Ipv4Address.parse("10.0.0.1");
    Ipv4Address b = Ipv4Address.parse("10.0.0.2");
    FlowKey k = FlowKey.of(IpProtocol.TCP, b, 80, a, 5000);
    assertEquals(k, FlowKey.of(IpProtocol.TCP, a, 5000, b, 80));
    assertEquals(a, k.addressA());
    assertEquals("tcp 10.0.0.1:5000 <-> 10.0.0.2:80", k.toString());
    assertEquals(FlowKey.of(IpProtocol.TCP, a, 2, a, 1), FlowKey.of(IpProtocol.TCP, a, 1, a, 2));
    assertThrows(IllegalArgumentException.class,
        () -> new FlowKey(IpProtocol.TCP, b, 1, a, 1));
    assertThrows(IllegalArgumentException.class,
        () -> FlowKey.of(IpProtocol.TCP, a, 1, Ipv6Address.LOOPBACK, 1));
    EqualsVerifier.forClass(FlowKey.class)
        .withNonnullFields("protocol", "addressA", "addressB")
        .withPrefabValuesForField("addressA", a, b)
        .withPrefabValuesForField("addressB", Ipv4Address.parse("10.0.0.3"),
            Ipv4Address.parse("10.0.0.4"))
        .withPrefabValuesForField("portA", 1, 2)
        .withPrefabValuesForField("portB", 3, 4)
        .suppress(nl.jqno.equalsverifier.Warning.ZERO_FIELDS)
        .verify();
  }
}
