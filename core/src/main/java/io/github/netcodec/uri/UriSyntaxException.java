package io.github.netcodec.uri;

import java.util.Objects;

/**
 * Thrown when text is not a URI reference as RFC 3986 defines it, or when a component handed
 * to a constructor does not match its grammar. It is the only exception {@link Uri#parse}
 * throws on any input.
 *
 * <p>The message is one sentence that names the component, the character index and what was
 * expected:
 *
 * <pre>{@code
 * URI: host at index 9 has '<', expected an unreserved, percent-encoded or sub-delims character
 * URI: port at index 14 has 'x', expected a decimal digit
 * }</pre>
 *
 * <p>The index counts UTF-16 chars from the start of {@link #input()}: the whole text given to
 * {@code parse}, or the single component value given to a constructor.
 */
public class UriSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text the index refers to. */
  private final String input;
  /** The component at fault. */
  private final UriComponent component;
  /** The index of the offending character in {@link #input}. */
  private final int index;
  /** What was found and expected, the end of the message's sentence. */
  private final String expectation;

  /**
   * Creates an exception whose message reads {@code "URI: <component> at index <index>
   * <expectation>"}.
   *
   * @param input the text the index refers to
   * @param component the component at fault
   * @param index the index of the offending character in {@code input}
   * @param expectation what was found and expected, e.g. {@code "has 'x', expected a decimal
   *     digit"}
   */
  public UriSyntaxException(
      String input, UriComponent component, int index, String expectation) {
    super(
        "URI: "
            + Objects.requireNonNull(component, "component")
            + " at index "
            + index
            + " "
            + Objects.requireNonNull(expectation, "expectation"));
    this.input = Objects.requireNonNull(input, "input");
    this.component = component;
    this.index = index;
    this.expectation = expectation;
  }

  /**
   * Returns the text the index refers to.
   *
   * @return the parsed text, or the component value given to a constructor
   */
  public String input() {
    return input;
  }

  /**
   * Returns the component at fault.
   *
   * @return the component
   */
  public UriComponent component() {
    return component;
  }

  /**
   * Returns the index of the offending character, counted in UTF-16 chars from the start of
   * {@link #input()}; it equals the input's length when the text ended too early.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns what was found and expected, the end of the message's sentence.
   *
   * @return the expectation, e.g. {@code "has 'x', expected a decimal digit"}
   */
  public String expectation() {
    return expectation;
  }
}
