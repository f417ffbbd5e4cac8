package io.github.netcodec.tcp;

/**
 * The states of a TCP connection endpoint (RFC 9293 §3.3.2), with the names {@code netstat}
 * prints.
 */
public enum TcpState {
  /** No connection. */
  CLOSED,
  /** Waiting for a connection request from any remote TCP peer. */
  LISTEN,
  /** Sent a SYN, waiting for a matching one. */
  SYN_SENT,
  /** Received and sent a SYN, waiting for the acknowledgment of ours. */
  SYN_RECEIVED,
  /** Open: data can flow both ways. */
  ESTABLISHED,
  /** Sent a FIN, waiting for its acknowledgment or the peer's FIN. */
  FIN_WAIT_1,
  /** Our FIN is acknowledged; waiting for the peer's FIN. */
  FIN_WAIT_2,
  /** Received the peer's FIN; waiting for the local application to close. */
  CLOSE_WAIT,
  /** Both sides sent FIN at once; waiting for the acknowledgment of ours. */
  CLOSING,
  /** Received the peer's FIN and sent ours; waiting for its acknowledgment. */
  LAST_ACK,
  /** Waiting 2 MSL so that the peer surely received the acknowledgment of its FIN. */
  TIME_WAIT;

  /**
   * Returns the name {@code netstat} and {@code ss} print, e.g. {@code SYN_RECV}, {@code
   * TIME_WAIT}.
   *
   * @return the netstat name
   */
  public String netstatName() {
    return switch (this) {
      case SYN_RECEIVED -> "SYN_RECV";
      case CLOSED -> "CLOSE";
      default -> name();
    };
  }

  /**
   * Returns whether the state is synchronized (RFC 9293 §3.5.2): ESTABLISHED and every state
   * after it.
   *
   * @return {@code true} if the endpoint has completed the handshake
   */
  public boolean isSynchronized() {
    return ordinal() >= ESTABLISHED.ordinal();
  }
}
