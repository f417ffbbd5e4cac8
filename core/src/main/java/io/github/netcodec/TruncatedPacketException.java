package io.github.netcodec;

/**
 * A {@link MalformedPacketException} raised because the input ended before a field did.
 *
 * <p>Callers that read from a stream branch on it: a truncated message may become whole when
 * more bytes arrive, while any other malformed input never will.
 *
 * <pre>{@code
 * TCP: header at offset 0 needs 20 bytes, but only 12 are present
 * }</pre>
 */
public class TruncatedPacketException extends MalformedPacketException {
  private static final long serialVersionUID = 1L;

  /** Bytes the field needed, counted from its offset. */
  private final int needed;
  /** Bytes present from the field's offset to the end of the input. */
  private final int available;

  /**
   * Creates an exception whose message reads {@code "<protocol>: <field> at offset <offset>
   * needs <needed> bytes, but only <available> are present"}.
   *
   * @param protocol the protocol whose parser ran out of input, e.g. {@code "TCP"}
   * @param field the field that did not fit
   * @param offset the byte offset where the field starts
   * @param needed the bytes the field needs from {@code offset}
   * @param available the bytes present from {@code offset} to the end of the input
   */
  public TruncatedPacketException(
      String protocol, String field, int offset, int needed, int available) {
    super(
        protocol,
        field,
        offset,
        "needs " + needed + " bytes, but only " + Math.max(0, available) + " are present");
    this.needed = needed;
    this.available = Math.max(0, available);
  }

  /**
   * Returns how many bytes the field needed, counted from its offset.
   *
   * @return the bytes needed
   */
  public int needed() {
    return needed;
  }

  /**
   * Returns how many bytes were present from the field's offset to the end of the input.
   *
   * @return the bytes available, never negative
   */
  public int available() {
    return available;
  }
}
