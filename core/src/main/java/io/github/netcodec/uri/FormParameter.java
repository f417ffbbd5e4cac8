package io.github.netcodec.uri;

import java.util.Objects;

/**
 * One name and value of an {@code application/x-www-form-urlencoded} list, decoded.
 *
 * @param name the decoded name, possibly empty
 * @param value the decoded value, possibly empty, or {@code null} when the pair had no {@code
 *     '='} (as {@code flag} in {@code ?flag&x=1}), so that it is written back without one
 */
public record FormParameter(String name, String value) {

  /**
   * Checks the name.
   *
   * @param name the decoded name
   * @param value the decoded value, or {@code null} for a pair without {@code '='}
   * @throws NullPointerException if the name is null
   */
  public FormParameter {
    Objects.requireNonNull(name, "name");
  }
}
