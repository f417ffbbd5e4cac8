package io.github.netcodec.internal;

import java.util.Arrays;

/**
 * The named codes of a registry whose codes are numbered per message type (ICMPv4, ICMPv6):
 * for each of 256 types a row as long as its largest named code plus one, filled while the
 * registry's constants are initialised and only read after that.
 *
 * @param <C> the code type
 */
public final class CodeTable<C> {
  private final Object[][] constants = new Object[256][];
  private final String[][] names = new String[256][];

  /** Makes an empty table. */
  public CodeTable() {}

  /**
   * Records a named code.
   *
   * @param type the message type, 0..255
   * @param code the code, 0..255
   * @param constant the shared constant for the pair
   * @param name the registry's name for it
   * @return {@code constant}
   */
  public C register(int type, int code, C constant, String name) {
    if (constants[type] == null || constants[type].length <= code) {
      int length = code + 1;
      constants[type] = constants[type] == null
          ? new Object[length] : Arrays.copyOf(constants[type], length);
      names[type] = names[type] == null ? new String[length] : Arrays.copyOf(names[type], length);
    }
    constants[type][code] = constant;
    names[type][code] = name;
    return constant;
  }

  /**
   * Returns the shared constant of a named pair.
   *
   * @param type the message type, 0..255
   * @param code the code
   * @return the constant, or null when the pair is not named (or the code is out of range)
   */
  @SuppressWarnings("unchecked") // only register puts values in, all of them C
  public C constant(int type, int code) {
    Object[] row = constants[type];
    return row != null && code >= 0 && code < row.length ? (C) row[code] : null;
  }

  /**
   * Returns the registry's name of a pair.
   *
   * @param type the message type, 0..255
   * @param code the code
   * @return the name, or null when the pair is not named
   */
  public String name(int type, int code) {
    String[] row = names[type];
    return row != null && code >= 0 && code < row.length ? row[code] : null;
  }
}
