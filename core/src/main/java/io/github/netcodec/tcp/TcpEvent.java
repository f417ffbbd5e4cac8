package io.github.netcodec.tcp;

/**
 * What happens to a TCP endpoint, as the state diagram of RFC 9293 §3.3.2 labels its arcs: a
 * user call (OPEN, CLOSE), a segment sent or received, or the 2 MSL timeout.
 *
 * <pre>{@code
 * TcpState s = TcpStateMachine.next(TcpState.CLOSED, TcpEvent.activeOpen());  // SYN_SENT
 * s = TcpStateMachine.next(s, TcpEvent.received(TcpSegment.SYN | TcpSegment.ACK, false));
 * // ESTABLISHED
 * }</pre>
 *
 * @param kind what happened
 * @param flags the segment's flags for {@link Kind#SENT} and {@link Kind#RECEIVED}, else 0
 * @param acknowledgesFin for {@link Kind#RECEIVED}: whether the segment's acknowledgment
 *     number covers the FIN this endpoint sent
 */
public record TcpEvent(Kind kind, int flags, boolean acknowledgesFin) {

  /** The kinds of event. */
  public enum Kind {
    /** The application listens (passive OPEN). */
    PASSIVE_OPEN,
    /** The application connects (active OPEN): a SYN is sent. */
    ACTIVE_OPEN,
    /** The application closes: a FIN is sent where the state calls for one. */
    CLOSE,
    /** The endpoint sent a segment. */
    SENT,
    /** The endpoint received a segment. */
    RECEIVED,
    /** The 2 MSL timer of TIME-WAIT expired. */
    TIMEOUT
  }

  /**
   * Checks the fields.
   *
   * @param kind what happened
   * @param flags the segment's flags, 0..0xfff
   * @param acknowledgesFin whether a received segment acknowledges our FIN
   * @throws IllegalArgumentException if the flags are out of range
   */
  public TcpEvent {
    java.util.Objects.requireNonNull(kind, "kind");
    if (flags < 0 || flags > 0xfff) {
      throw new IllegalArgumentException("flags " + flags + " is not in 0..4095");
    }
  }

  /**
   * Returns a passive OPEN.
   *
   * @return the event
   */
  public static TcpEvent passiveOpen() {
    return new TcpEvent(Kind.PASSIVE_OPEN, 0, false);
  }

  /**
   * Returns an active OPEN.
   *
   * @return the event
   */
  public static TcpEvent activeOpen() {
    return new TcpEvent(Kind.ACTIVE_OPEN, 0, false);
  }

  /**
   * Returns a CLOSE call.
   *
   * @return the event
   */
  public static TcpEvent close() {
    return new TcpEvent(Kind.CLOSE, 0, false);
  }

  /**
   * Returns the expiry of the TIME-WAIT timer.
   *
   * @return the event
   */
  public static TcpEvent timeout() {
    return new TcpEvent(Kind.TIMEOUT, 0, false);
  }

  /**
   * Returns the sending of a segment with these flags.
   *
   * @param flags e.g. {@code TcpSegment.FIN | TcpSegment.ACK}
   * @return the event
   */
  public static TcpEvent sent(int flags) {
    return new TcpEvent(Kind.SENT, flags, false);
  }

  /**
   * Returns the arrival of a segment with these flags.
   *
   * @param flags e.g. {@code TcpSegment.ACK}
   * @param acknowledgesFin whether its acknowledgment number covers the FIN this endpoint sent
   * @return the event
   */
  public static TcpEvent received(int flags, boolean acknowledgesFin) {
    return new TcpEvent(Kind.RECEIVED, flags, acknowledgesFin);
  }
}
