package io.github.netcodec.address;

import java.util.Objects;

/**
 * One entry of a {@link RoutingTable}: a destination prefix and what to do with packets for it
 * (a next hop, an interface, an index...).
 *
 * @param prefix the destination prefix
 * @param value the value stored for it, never null
 * @param <V> the value type
 */
public record Route<V>(IpPrefix prefix, V value) {

  /**
   * Validates that neither component is null.
   *
   * @param prefix the destination prefix
   * @param value the value
   * @throws NullPointerException if a component is null
   */
  public Route {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns "prefix -&gt; value", such as {@code 128.143.0.0/16 -> network 1}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return prefix + " -> " + value;
  }
}
