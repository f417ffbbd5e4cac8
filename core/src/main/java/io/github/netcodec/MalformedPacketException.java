package io.github.netcodec;

import java.util.Objects;

/**
 * Thrown by every netcodec parser when its input is structurally impossible: too short, a
 * length field that points past the end, a field below its minimum, a compression loop, an
 * option that overruns its area.
 *
 * <p>It is the only exception a {@code parse} method throws on bad bytes. The message is one
 * sentence that names the protocol, the field, the byte offset (relative to the start of the
 * buffer region handed to the parser) and what was expected:
 *
 * <pre>{@code
 * IPv4: IHL at offset 0 is 4, below the minimum 5
 * IPv4: total length at offset 2 is 96, more than the 80 bytes present
 * }</pre>
 *
 * <p>The parts are also available as accessors, so tools can report or group errors without
 * parsing the text. A wrong checksum is <em>not</em> malformed: parsers report it through
 * {@code hasValid...Checksum()} so that bad packets can still be inspected.
 *
 * @see TruncatedPacketException
 */
public class MalformedPacketException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The protocol whose parser rejected the input, for example {@code "IPv4"}. */
  private final String protocol;
  /** The field at fault, for example {@code "IHL"} or {@code "MX.preference"}. */
  private final String field;
  /** Byte offset of the field, relative to the start of the region being parsed. */
  private final int offset;
  /** What was found and expected, for example {@code "is 4, below the minimum 5"}. */
  private final String expectation;

  /**
   * Creates an exception whose message reads {@code "<protocol>: <field> at offset <offset>
   * <expectation>"}.
   *
   * @param protocol the protocol whose parser rejected the input, e.g. {@code "IPv4"}
   * @param field the field at fault, e.g. {@code "IHL"}; nested fields use a dotted path
   * @param offset the byte offset of the field, relative to the parsed region
   * @param expectation what was found and what was expected, as the end of a sentence, e.g.
   *     {@code "is 4, below the minimum 5"}
   */
  public MalformedPacketException(String protocol, String field, int offset, String expectation) {
    this(protocol, field, offset, expectation, null);
  }

  /**
   * Creates an exception as {@link #MalformedPacketException(String, String, int, String)} does,
   * recording the error of a nested parser as the cause.
   *
   * @param protocol the protocol whose parser rejected the input
   * @param field the field at fault
   * @param offset the byte offset of the field, relative to the parsed region
   * @param expectation what was found and what was expected
   * @param cause the nested parser's error, or {@code null}
   */
  public MalformedPacketException(
      String protocol, String field, int offset, String expectation, Throwable cause) {
    super(
        Objects.requireNonNull(protocol, "protocol")
            + ": "
            + Objects.requireNonNull(field, "field")
            + " at offset "
            + offset
            + " "
            + Objects.requireNonNull(expectation, "expectation"),
        cause);
    this.protocol = protocol;
    this.field = field;
    this.offset = offset;
    this.expectation = expectation;
  }

  /**
   * Returns the protocol whose parser rejected the input.
   *
   * @return the protocol name, e.g. {@code "IPv4"}
   */
  public String protocol() {
    return protocol;
  }

  /**
   * Returns the field at fault.
   *
   * @return the field name, a dotted path for nested fields
   */
  public String field() {
    return field;
  }

  /**
   * Returns the byte offset of the field at fault, relative to the start of the region the
   * parser was given.
   *
   * @return the offset in bytes
   */
  public int offset() {
    return offset;
  }

  /**
   * Returns what was found and what was expected, the end of the message's sentence.
   *
   * @return the expectation, e.g. {@code "is 4, below the minimum 5"}
   */
  public String expectation() {
    return expectation;
  }
}
