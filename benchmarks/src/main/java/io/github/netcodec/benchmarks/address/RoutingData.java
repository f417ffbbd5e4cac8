package io.github.netcodec.benchmarks.address;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.Ipv6Prefix;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic routing tables with an Internet-like prefix-length mix, shared by the
 * lookup benchmarks and {@link RoutingMemory}.
 */
public final class RoutingData {
  /** Number of IPv4 prefixes, as the issue asks. */
  public static final int V4_PREFIXES = 1_000_000;
  /** Number of IPv6 prefixes, as the issue asks. */
  public static final int V6_PREFIXES = 200_000;
  /** Number of query addresses (a power of two) cycled through by the lookups. */
  public static final int QUERIES = 1 << 16;

  // Lengths and weights (per mille): mostly /24, then /16-/23, a few shorter and longer.
  private static final int[] V4_LENGTHS = {8, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28, 32};
  private static final int[] V4_WEIGHTS = {1, 2, 3, 4, 15, 10, 15, 25, 40, 50, 100, 110, 615, 3, 3, 4};
  private static final int[] V6_LENGTHS = {19, 24, 28, 29, 32, 36, 40, 44, 46, 47, 48, 52, 56, 60, 64};
  private static final int[] V6_WEIGHTS = {1, 2, 5, 30, 110, 40, 70, 80, 20, 30, 500, 20, 50, 12, 30};

  private RoutingData() {}

  private static int pick(Random r, int[] lengths, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < lengths.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return lengths[i];
      }
    }
    throw new AssertionError();
  }

  /** Distinct IPv4 prefixes in unicast space 1.0.0.0–223.255.255.255. */
  public static Ipv4Prefix[] ipv4Prefixes() {
    Random r = new Random(42);
    Set<Ipv4Prefix> out = new LinkedHashSet<>();
    while (out.size() < V4_PREFIXES) {
      int a = (1 + r.nextInt(223)) << 24 | r.nextInt(1 << 24);
      out.add(Ipv4Prefix.containing(Ipv4Address.of(a), pick(r, V4_LENGTHS, V4_WEIGHTS)));
    }
    return out.toArray(new Ipv4Prefix[0]);
  }

  /** Query addresses: half inside a random table prefix, half uniformly random. */
  public static Ipv4Address[] ipv4Queries(Ipv4Prefix[] prefixes) {
    Random r = new Random(7);
    Ipv4Address[] q = new Ipv4Address[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      if (r.nextBoolean()) {
        Ipv4Prefix p = prefixes[r.nextInt(prefixes.length)];
        q[i] = p.first().plus(r.nextLong() >>> 1 & (p.size() - 1));
      } else {
        q[i] = Ipv4Address.of(r.nextInt());
      }
    }
    return q;
  }

  /** Distinct IPv6 prefixes in 2000::/3. */
  public static Ipv6Prefix[] ipv6Prefixes() {
    Random r = new Random(43);
    Set<Ipv6Prefix> out = new LinkedHashSet<>();
    while (out.size() < V6_PREFIXES) {
      long hi = 0x2000_0000_0000_0000L | (r.nextLong() >>> 3);
      out.add(Ipv6Prefix.containing(Ipv6Address.of(hi, 0), pick(r, V6_LENGTHS, V6_WEIGHTS)));
    }
    return out.toArray(new Ipv6Prefix[0]);
  }

  /** Query addresses: half inside a random table prefix, half random in 2000::/3. */
  public static Ipv6Address[] ipv6Queries(Ipv6Prefix[] prefixes) {
    Random r = new Random(8);
    Ipv6Address[] q = new Ipv6Address[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      if (r.nextBoolean()) {
        Ipv6Prefix p = prefixes[r.nextInt(prefixes.length)];
        int host = 128 - p.length();
        long hiBits = host >= 128 ? -1 : host > 64 ? (1L << (host - 64)) - 1 : 0;
        q[i] = Ipv6Address.of(p.address().high() | (r.nextLong() & hiBits), r.nextLong());
      } else {
        q[i] = Ipv6Address.of(0x2000_0000_0000_0000L | (r.nextLong() >>> 3), r.nextLong());
      }
    }
    return q;
  }
}
