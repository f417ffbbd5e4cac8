package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The tables against a brute-force reference: a map of prefixes scanned for each lookup. */
class RoutingTableProperties {

  /** Prefixes clustered in a few /8s and /16s, every length 0..32, so routes nest and cross strides. */
  private static Ipv4Prefix randomV4(Random r) {
    int a = switch (r.nextInt(4)) {
      case 0 -> 0x0a00_0000 | r.nextInt(1 << 12) << 8 | r.nextInt(4);
      case 1 -> 0x0a01_0000 | r.nextInt(1 << 16);
      case 2 -> r.nextInt();
      default -> 0x0a01_0200 | r.nextInt(256);
    };
    return Ipv4Prefix.containing(Ipv4Address.of(a), r.nextInt(33));
  }

  private static Ipv4Address randomV4Address(Random r) {
    return r.nextBoolean() ? Ipv4Address.of(r.nextInt())
        : Ipv4Address.of(randomV4(r).first().value() + r.nextInt(3) - 1);
  }

  @Property(tries = 300)
  void ipv4MatchesBruteForce(@ForAll long seed) {
    Random r = new Random(seed);
    RoutingTable<Integer> t = new RoutingTable<>();
    Map<Ipv4Prefix, Integer> ref = new HashMap<>();
    int ops = 1 + r.nextInt(200);
    for (int i = 0; i < ops; i++) {
      Ipv4Prefix p = r.nextInt(4) == 0 && !ref.isEmpty()
          ? new ArrayList<>(ref.keySet()).get(r.nextInt(ref.size()))
          : randomV4(r);
      if (r.nextInt(3) == 0) {
        assertEquals(Optional.ofNullable(ref.remove(p)), t.remove(p));
      } else {
        assertEquals(Optional.ofNullable(ref.put(p, i)), t.put(p, i));
      }
      assertEquals(ref.size(), t.size());
      for (int k = 0; k < 20; k++) {
        Ipv4Address a = k < 2 && !ref.isEmpty()
            ? new ArrayList<>(ref.keySet()).get(r.nextInt(ref.size())).last()
            : randomV4Address(r);
        Optional<Map.Entry<Ipv4Prefix, Integer>> best = ref.entrySet().stream()
            .filter(e -> e.getKey().contains(a))
            .max(Comparator.comparingInt(e -> e.getKey().length()));
        assertEquals(best.map(Map.Entry::getValue).orElse(null), t.lookup(a), a.toString());
        assertEquals(best.map(e -> new Route<>(e.getKey(), e.getValue())), t.longestMatch(a));
      }
      assertEquals(Optional.ofNullable(ref.get(p)), t.get(p));
    }
    List<Ipv4Prefix> sorted = new ArrayList<>(ref.keySet());
    sorted.sort(null);
    assertEquals(sorted, t.routes().stream().map(Route::prefix).toList());
  }

  private static Ipv6Prefix randomV6(Random r) {
    long hi = switch (r.nextInt(3)) {
      case 0 -> 0x2001_0db8_0000_0000L | (r.nextLong() & 0xffff_ffffL) >>> r.nextInt(33);
      case 1 -> 0x2001_0db8_0000_0000L | (r.nextInt(4));
      default -> r.nextLong();
    };
    long lo = r.nextBoolean() ? 0 : r.nextLong() >>> r.nextInt(64);
    return Ipv6Prefix.containing(Ipv6Address.of(hi, lo), r.nextInt(129));
  }

  @Property(tries = 300)
  void ipv6MatchesBruteForce(@ForAll long seed) {
    Random r = new Random(seed);
    RoutingTable<Integer> t = new RoutingTable<>();
    Map<Ipv6Prefix, Integer> ref = new HashMap<>();
    int ops = 1 + r.nextInt(200);
    for (int i = 0; i < ops; i++) {
      Ipv6Prefix p = r.nextInt(4) == 0 && !ref.isEmpty()
          ? new ArrayList<>(ref.keySet()).get(r.nextInt(ref.size()))
          : randomV6(r);
      if (r.nextInt(3) == 0) {
        assertEquals(Optional.ofNullable(ref.remove(p)), t.remove(p));
      } else {
        assertEquals(Optional.ofNullable(ref.put(p, i)), t.put(p, i));
      }
      assertEquals(ref.size(), t.size());
      for (int k = 0; k < 20; k++) {
        Ipv6Address a = k < 3 && !ref.isEmpty()
            ? new ArrayList<>(ref.keySet()).get(r.nextInt(ref.size())).last()
            : randomV6(r).first();
        Optional<Map.Entry<Ipv6Prefix, Integer>> best = ref.entrySet().stream()
            .filter(e -> e.getKey().contains(a))
            .max(Comparator.comparingInt(e -> e.getKey().length()));
        assertEquals(best.map(Map.Entry::getValue).orElse(null), t.lookup(a), a.toString());
        assertEquals(best.map(e -> new Route<>(e.getKey(), e.getValue())), t.longestMatch(a));
      }
      assertEquals(Optional.ofNullable(ref.get(p)), t.get(p));
    }
    List<Ipv6Prefix> sorted = new ArrayList<>(ref.keySet());
    sorted.sort(null);
    assertEquals(sorted, t.routes().stream().map(Route::prefix).toList());
  }
}
