package io.github.netcodec.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A longest-prefix-match table from IPv4 and IPv6 prefixes to values, as a router's forwarding
 * table or the "if I receive data for… send it to…" table of the lecture:
 *
 * <pre>{@code
 * RoutingTable<String> table = new RoutingTable<>();
 * table.put(Ipv4Prefix.parse("128.143.0.0/16"), "network 1, 11.4.3.2");
 * table.put(Ipv4Prefix.parse("4.0.0.0/6"), "network 2, 12.4.6.4");
 * table.put(Ipv4Prefix.ALL, "network 3, 199.44.33.1");            // the default route
 * table.lookup(Ipv4Address.parse("128.143.67.11"));                // "network 1, 11.4.3.2"
 * table.lookup(Ipv4Address.parse("8.8.8.8"));                      // "network 3, 199.44.33.1"
 * }</pre>
 *
 * <p>{@code 0.0.0.0/0} and {@code ::/0} are ordinary entries that match every address of their
 * version, so they act as default routes.
 *
 * <p>Structure: IPv4 uses a three-level 16-8-8 multibit trie with leaf pushing in one {@code
 * int[]} (a lookup is at most three array reads and allocates nothing); IPv6 uses a
 * path-compressed binary trie in parallel arrays. Neither stores an object per route besides
 * the value.
 *
 * <p>The table is mutable and not thread-safe: confine it to one thread or publish a table that
 * is no longer modified. Values must not be null.
 *
 * @param <V> the value type
 */
public final class RoutingTable<V> implements Iterable<Route<V>> {
  private final Ipv4Lpm v4 = new Ipv4Lpm();
  private final Ipv6Lpm v6 = new Ipv6Lpm();

  /** Creates an empty table. */
  public RoutingTable() {}

  /**
   * Stores a value for a prefix, replacing any value stored for exactly that prefix.
   *
   * @param prefix the destination prefix
   * @param value the value, not null
   * @return the value previously stored for exactly this prefix, or empty
   * @throws IllegalStateException if the table already holds 33,554,431 IPv4 routes (the IPv4
   *     structure's limit, far above a full Internet table)
   */
  public Optional<V> put(IpPrefix prefix, V value) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(value, "value");
    if (prefix instanceof Ipv4Prefix p) {
      return Optional.ofNullable(cast(v4.put(p.address().value(), p.length(), value)));
    }
    Ipv6Prefix p = (Ipv6Prefix) prefix;
    return Optional.ofNullable(
        cast(v6.put(p.address().high(), p.address().low(), p.length(), value)));
  }

  /**
   * Removes the value stored for exactly a prefix; longer and shorter prefixes stay.
   *
   * @param prefix the destination prefix
   * @return the removed value, or empty if there was none
   */
  public Optional<V> remove(IpPrefix prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix instanceof Ipv4Prefix p) {
      return Optional.ofNullable(cast(v4.remove(p.address().value(), p.length())));
    }
    Ipv6Prefix p = (Ipv6Prefix) prefix;
    return Optional.ofNullable(cast(v6.remove(p.address().high(), p.address().low(), p.length())));
  }

  /**
   * Returns the value stored for exactly a prefix (no longest-prefix matching).
   *
   * @param prefix the destination prefix
   * @return the value, or empty
   */
  public Optional<V> get(IpPrefix prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix instanceof Ipv4Prefix p) {
      return Optional.ofNullable(cast(v4.get(p.address().value(), p.length())));
    }
    Ipv6Prefix p = (Ipv6Prefix) prefix;
    return Optional.ofNullable(cast(v6.get(p.address().high(), p.address().low(), p.length())));
  }

  /**
   * Returns the route with the longest prefix that contains an address.
   *
   * @param address the destination address
   * @return the matching route, or empty if no prefix (not even a default route) contains it
   */
  public Optional<Route<V>> longestMatch(IpAddress address) {
    if (address instanceof Ipv4Address a) {
      int r = v4.lookupRoute(a.value());
      if (r < 0) {
        return Optional.empty();
      }
      Ipv4Prefix p = new Ipv4Prefix(Ipv4Address.of(v4.routePrefix(r)), v4.routeLength(r));
      return Optional.of(new Route<>(p, cast(v4.routeValue(r))));
    }
    Ipv6Address a = (Ipv6Address) address;
    int n = v6.lookupNode(a.high(), a.low());
    return n < 0 ? Optional.empty() : Optional.of(route6(n));
  }

  private Route<V> route6(int n) {
    Ipv6Prefix p = new Ipv6Prefix(Ipv6Address.of(v6.nodeHigh(n), v6.nodeLow(n)), v6.nodeLength(n));
    return new Route<>(p, cast(v6.nodeValue(n)));
  }

  /**
   * Returns the value of the longest prefix containing an IPv4 address, without allocating. This
   * is the forwarding fast path; like {@link java.util.Map#get(Object)} it returns null for "no
   * route".
   *
   * @param address the destination address
   * @return the value, or null if no prefix contains the address
   */
  public V lookup(Ipv4Address address) {
    return cast(v4.lookup(address.value()));
  }

  /**
   * Returns the value of the longest prefix containing an IPv4 address given as its 32 bits
   * (as read from a header), without allocating.
   *
   * @param address the destination address bits
   * @return the value, or null if no prefix contains the address
   */
  public V lookupIpv4(int address) {
    return cast(v4.lookup(address));
  }

  /**
   * Returns the value of the longest prefix containing an IPv6 address, without allocating.
   *
   * @param address the destination address
   * @return the value, or null if no prefix contains the address
   */
  public V lookup(Ipv6Address address) {
    return cast(v6.lookup(address.high(), address.low()));
  }

  /**
   * Returns the number of routes, IPv4 and IPv6.
   *
   * @return the number of prefixes with a value
   */
  public int size() {
    return v4.size() + v6.size();
  }

  /**
   * Returns true if the table has no route.
   *
   * @return whether {@link #size()} is zero
   */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** Removes every route. */
  public void clear() {
    v4.clear();
    v6.clear();
  }

  /**
   * Returns every route in prefix order: IPv4 before IPv6, each by address and then by length,
   * so a prefix comes just before the longer prefixes inside it.
   *
   * @return a new list of the routes
   */
  public List<Route<V>> routes() {
    List<Route<V>> out = new ArrayList<>(size());
    int[] r4 = v4.routes();
    long[] keys = new long[r4.length];
    for (int i = 0; i < r4.length; i++) {
      int r = r4[i];
      keys[i] = (Integer.toUnsignedLong(v4.routePrefix(r)) << 6 | v4.routeLength(r)) << 25 | r;
    }
    Arrays.sort(keys);
    for (long k : keys) {
      int r = (int) (k & ((1 << 25) - 1));
      Ipv4Prefix p = new Ipv4Prefix(Ipv4Address.of(v4.routePrefix(r)), v4.routeLength(r));
      out.add(new Route<>(p, cast(v4.routeValue(r))));
    }
    for (int n : v6.routesInOrder()) {
      out.add(route6(n));
    }
    return out;
  }

  /**
   * Iterates over a snapshot of {@link #routes()}.
   *
   * @return an iterator in prefix order
   */
  @Override
  public Iterator<Route<V>> iterator() {
    return routes().iterator();
  }

  /**
   * Returns an estimate of the memory the table's own arrays take, excluding the values: for
   * sizing, and for the benchmarks' bytes-per-prefix figure.
   *
   * @return bytes, assuming 4-byte (compressed) references
   */
  public long footprintBytes() {
    return v4.footprintBytes() + v6.footprintBytes();
  }

  /**
   * Returns the routes, one per line, in prefix order.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Route<V> r : this) {
      sb.append(r).append('\n');
    }
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private V cast(Object o) {
    return (V) o;
  }
}
