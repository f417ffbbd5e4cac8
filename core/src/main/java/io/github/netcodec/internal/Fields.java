package io.github.netcodec.internal;

/** The range check every record's compact constructor makes, with one wording of the error. */
public final class Fields {
  private Fields() {}

  /**
   * Checks that a field is in {@code 0..max}.
   *
   * @param value the value
   * @param max the largest value allowed
   * @param field the field's name, for the message
   * @throws IllegalArgumentException naming the field, e.g. {@code "ttl 300 is not in 0..255"}
   */
  public static void checkRange(long value, long max, String field) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(field + " " + value + " is not in 0.." + max);
    }
  }
}
