package io.github.netcodec.tcp;

import static io.github.netcodec.tcp.TcpSegment.ACK;
import static io.github.netcodec.tcp.TcpSegment.FIN;
import static io.github.netcodec.tcp.TcpSegment.RST;
import static io.github.netcodec.tcp.TcpSegment.SYN;

/**
 * The TCP connection state diagram of RFC 9293 §3.3.2 as a pure function: a state and an event
 * give the next state. No clock, thread or buffer is inside; the caller (an endpoint, or the
 * passive {@link TcpConnectionTracker}) supplies the events, including the 2 MSL timeout.
 *
 * <pre>
 *                             +---------+ ---------\      active OPEN
 *                             |  CLOSED |            \    -----------
 *                             +---------+&lt;---------\   \   create TCB
 *                               |     ^              \   \  snd SYN
 *                  passive OPEN |     |   CLOSE        \   \
 *                  ------------ |     | ----------       \   \
 *                   create TCB  |     | delete TCB         \   \
 *                               V     |                      \   \
 *           rcv RST (note 1)  +---------+            CLOSE    |    \
 *        --------------------&gt;|  LISTEN |          ---------- |     |
 *       /                     +---------+          delete TCB |     |
 *      /           rcv SYN      |     |     SEND              |     |
 *     /           -----------   |     |    -------            |     V
 * +--------+      snd SYN,ACK  /       \   snd SYN          +--------+
 * |        |&lt;-----------------           ------------------&gt;|        |
 * |  SYN   |                    rcv SYN                     |  SYN   |
 * |  RCVD  |&lt;-----------------------------------------------|  SENT  |
 * |        |                  snd SYN,ACK                   |        |
 * |        |------------------           -------------------|        |
 * +--------+   rcv ACK of SYN  \       /  rcv SYN,ACK       +--------+
 *    |         --------------   |     |   -----------
 *    |                x         |     |     snd ACK
 *    |                          V     V
 *    |  CLOSE                 +---------+
 *    | -------                |  ESTAB  |
 *    | snd FIN                +---------+
 *    |                 CLOSE    |     |    rcv FIN
 *    V                -------   |     |    -------
 * +---------+         snd FIN  /       \   snd ACK         +---------+
 * |  FIN    |&lt;----------------          ------------------&gt;|  CLOSE  |
 * | WAIT-1  |------------------                            |   WAIT  |
 * +---------+          rcv FIN  \                          +---------+
 *   | rcv ACK of FIN   -------   |                          CLOSE  |
 *   | --------------   snd ACK   |                         ------- |
 *   V        x                   V                         snd FIN V
 * +---------+               +---------+                    +---------+
 * |FINWAIT-2|               | CLOSING |                    | LAST-ACK|
 * +---------+               +---------+                    +---------+
 *   |              rcv ACK of FIN |                 rcv ACK of FIN |
 *   |  rcv FIN     -------------- |    Timeout=2MSL -------------- |
 *   |  -------            x       V    ------------        x       V
 *    \ snd ACK              +---------+delete TCB          +---------+
 *      -------------------&gt;|TIME-WAIT|-------------------&gt;| CLOSED  |
 *                           +---------+                    +---------+
 * </pre>
 *
 * <p>(RFC 9293 Figure 5.) Note 1: an endpoint in SYN-RECEIVED that was opened passively returns
 * to LISTEN on a RST; this function does not know how the endpoint was opened and returns
 * CLOSED, as for an active open. A RST received in any synchronized state, and a RST sent in
 * any state, close the connection (RFC 9293 §3.5.2). FIN-WAIT-1 receiving a FIN that also
 * acknowledges its own FIN goes straight to TIME-WAIT. Events the diagram has no arc for leave
 * the state unchanged.
 */
public final class TcpStateMachine {
  private TcpStateMachine() {}

  /**
   * Returns the state after an event.
   *
   * @param state the current state
   * @param event what happened
   * @return the next state (the same one when the diagram has no arc for the event)
   */
  public static TcpState next(TcpState state, TcpEvent event) {
    return switch (event.kind()) {
      case PASSIVE_OPEN -> state == TcpState.CLOSED ? TcpState.LISTEN : state;
      case ACTIVE_OPEN -> state == TcpState.CLOSED || state == TcpState.LISTEN
          ? TcpState.SYN_SENT : state;
      case CLOSE -> close(state);
      case TIMEOUT -> state == TcpState.TIME_WAIT ? TcpState.CLOSED : state;
      case SENT -> sent(state, event.flags());
      case RECEIVED -> received(state, event.flags(), event.acknowledgesFin());
    };
  }

  private static TcpState close(TcpState state) {
    return switch (state) {
      case LISTEN, SYN_SENT -> TcpState.CLOSED;
      case SYN_RECEIVED, ESTABLISHED -> TcpState.FIN_WAIT_1;
      case CLOSE_WAIT -> TcpState.LAST_ACK;
      default -> state;
    };
  }

  private static TcpState sent(TcpState state, int flags) {
    if ((flags & RST) != 0) {
      return TcpState.CLOSED;
    }
    boolean syn = (flags & SYN) != 0;
    boolean ack = (flags & ACK) != 0;
    if (syn) {
      return switch (state) {
        case CLOSED -> ack ? TcpState.SYN_RECEIVED : TcpState.SYN_SENT;
        case LISTEN -> ack ? TcpState.SYN_RECEIVED : TcpState.SYN_SENT;
        case SYN_SENT -> ack ? TcpState.SYN_RECEIVED : state;
        default -> state;
      };
    }
    if ((flags & FIN) != 0) {
      return close(state);
    }
    return state;
  }

  private static TcpState received(TcpState state, int flags, boolean acknowledgesFin) {
    boolean syn = (flags & SYN) != 0;
    boolean ack = (flags & ACK) != 0;
    boolean fin = (flags & FIN) != 0;
    if ((flags & RST) != 0) {
      return state == TcpState.LISTEN ? state : TcpState.CLOSED;
    }
    switch (state) {
      case LISTEN:
        return syn && !ack ? TcpState.SYN_RECEIVED : state;
      case SYN_SENT:
        if (syn) {
          return ack ? TcpState.ESTABLISHED : TcpState.SYN_RECEIVED;
        }
        return state;
      case SYN_RECEIVED:
        if (ack && !syn) {
          return fin ? TcpState.CLOSE_WAIT : TcpState.ESTABLISHED;
        }
        return state;
      case ESTABLISHED:
        return fin ? TcpState.CLOSE_WAIT : state;
      case FIN_WAIT_1:
        if (fin) {
          return ack && acknowledgesFin ? TcpState.TIME_WAIT : TcpState.CLOSING;
        }
        return ack && acknowledgesFin ? TcpState.FIN_WAIT_2 : state;
      case FIN_WAIT_2:
        return fin ? TcpState.TIME_WAIT : state;
      case CLOSING:
        return ack && acknowledgesFin ? TcpState.TIME_WAIT : state;
      case LAST_ACK:
        return ack && acknowledgesFin ? TcpState.CLOSED : state;
      default:
        return state;
    }
  }
}
