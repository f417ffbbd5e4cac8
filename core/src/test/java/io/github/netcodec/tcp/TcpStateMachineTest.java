package io.github.netcodec.tcp;

import static io.github.netcodec.tcp.TcpSegment.ACK;
import static io.github.netcodec.tcp.TcpSegment.FIN;
import static io.github.netcodec.tcp.TcpSegment.RST;
import static io.github.netcodec.tcp.TcpSegment.SYN;
import static io.github.netcodec.tcp.TcpState.CLOSED;
import static io.github.netcodec.tcp.TcpState.CLOSE_WAIT;
import static io.github.netcodec.tcp.TcpState.CLOSING;
import static io.github.netcodec.tcp.TcpState.ESTABLISHED;
import static io.github.netcodec.tcp.TcpState.FIN_WAIT_1;
import static io.github.netcodec.tcp.TcpState.FIN_WAIT_2;
import static io.github.netcodec.tcp.TcpState.LAST_ACK;
import static io.github.netcodec.tcp.TcpState.LISTEN;
import static io.github.netcodec.tcp.TcpState.SYN_RECEIVED;
import static io.github.netcodec.tcp.TcpState.SYN_SENT;
import static io.github.netcodec.tcp.TcpState.TIME_WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every arc of RFC 9293 Figure 5 (§3.3.2), plus the RST rules of §3.5.2. */
class TcpStateMachineTest {

  static Stream<Arguments> arcs() {
    return Stream.of(
        Arguments.of(CLOSED, TcpEvent.passiveOpen(), LISTEN),
        Arguments.of(CLOSED, TcpEvent.activeOpen(), SYN_SENT),
        Arguments.of(CLOSED, TcpEvent.sent(SYN), SYN_SENT),
        Arguments.of(LISTEN, TcpEvent.close(), CLOSED),
        Arguments.of(LISTEN, TcpEvent.received(SYN, false), SYN_RECEIVED),
        Arguments.of(LISTEN, TcpEvent.sent(SYN), SYN_SENT),
        Arguments.of(LISTEN, TcpEvent.sent(SYN | ACK), SYN_RECEIVED),
        Arguments.of(SYN_SENT, TcpEvent.received(SYN | ACK, false), ESTABLISHED),
        Arguments.of(SYN_SENT, TcpEvent.received(SYN, false), SYN_RECEIVED),
        Arguments.of(SYN_SENT, TcpEvent.close(), CLOSED),
        Arguments.of(SYN_RECEIVED, TcpEvent.received(ACK, false), ESTABLISHED),
        Arguments.of(SYN_RECEIVED, TcpEvent.close(), FIN_WAIT_1),
        Arguments.of(SYN_RECEIVED, TcpEvent.received(RST, false), CLOSED),
        Arguments.of(ESTABLISHED, TcpEvent.close(), FIN_WAIT_1),
        Arguments.of(ESTABLISHED, TcpEvent.sent(FIN | ACK), FIN_WAIT_1),
        Arguments.of(ESTABLISHED, TcpEvent.received(FIN | ACK, false), CLOSE_WAIT),
        Arguments.of(ESTABLISHED, TcpEvent.received(ACK, false), ESTABLISHED),
        Arguments.of(FIN_WAIT_1, TcpEvent.received(ACK, true), FIN_WAIT_2),
        Arguments.of(FIN_WAIT_1, TcpEvent.received(ACK, false), FIN_WAIT_1),
        Arguments.of(FIN_WAIT_1, TcpEvent.received(FIN | ACK, false), CLOSING),
        Arguments.of(FIN_WAIT_1, TcpEvent.received(FIN | ACK, true), TIME_WAIT),
        Arguments.of(FIN_WAIT_2, TcpEvent.received(FIN | ACK, false), TIME_WAIT),
        Arguments.of(CLOSE_WAIT, TcpEvent.close(), LAST_ACK),
        Arguments.of(CLOSE_WAIT, TcpEvent.sent(FIN | ACK), LAST_ACK),
        Arguments.of(CLOSING, TcpEvent.received(ACK, true), TIME_WAIT),
        Arguments.of(CLOSING, TcpEvent.received(ACK, false), CLOSING),
        Arguments.of(LAST_ACK, TcpEvent.received(ACK, true), CLOSED),
        Arguments.of(TIME_WAIT, TcpEvent.timeout(), CLOSED),
        Arguments.of(TIME_WAIT, TcpEvent.received(FIN | ACK, false), TIME_WAIT),
        Arguments.of(ESTABLISHED, TcpEvent.received(RST, false), CLOSED),
        Arguments.of(FIN_WAIT_2, TcpEvent.received(RST | ACK, false), CLOSED),
        Arguments.of(ESTABLISHED, TcpEvent.sent(RST), CLOSED),
        Arguments.of(LISTEN, TcpEvent.received(RST, false), LISTEN),
        Arguments.of(ESTABLISHED, TcpEvent.timeout(), ESTABLISHED));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @MethodSource("arcs")
  void followsTheDiagram(TcpState from, TcpEvent event, TcpState to) {
    assertEquals(to, TcpStateMachine.next(from, event));
  }

  @Test
  void netstatNamesAndSynchronizedStates() {
    assertEquals("SYN_RECV", SYN_RECEIVED.netstatName());
    assertEquals("TIME_WAIT", TIME_WAIT.netstatName());
    assertEquals("ESTABLISHED", ESTABLISHED.netstatName());
    assertTrue(FIN_WAIT_2.isSynchronized());
    assertFalse(SYN_SENT.isSynchronized());
    assertThrows(IllegalArgumentException.class, () -> TcpEvent.sent(0x1000));
    EqualsVerifier.forClass(TcpEvent.class).withNonnullFields("kind").verify();
  }
}
