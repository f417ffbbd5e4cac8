package io.github.netcodec.benchmarks.address;

import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressTrie;
import inet.ipaddr.ipv6.IPv6Address;
import inet.ipaddr.ipv6.IPv6AddressTrie;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.address.Ipv6Prefix;
import io.github.netcodec.address.RoutingTable;

/**
 * Prints the heap retained per prefix by netcodec's {@link RoutingTable} and by IPAddress's
 * tries for the benchmark tables, measured as the used-heap difference after full GCs. All
 * netcodec routes share one value object, so only the structure is counted. Run with {@code java
 * -cp benchmarks/target/benchmarks.jar io.github.netcodec.benchmarks.address.RoutingMemory}.
 */
public final class RoutingMemory {
  private RoutingMemory() {}

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Measures one structure, or all four in turn, and prints bytes per prefix.
   *
   * @param args {@code netcodec-v4}, {@code ipaddress-v4}, {@code netcodec-v6}, {@code
   *     ipaddress-v6}, or nothing for all four
   */
  public static void main(String[] args) {
    String which = args.length > 0 ? args[0] : "all";
    if (which.equals("all")) {
      for (String w : new String[] {"netcodec-v4", "ipaddress-v4", "netcodec-v6", "ipaddress-v6"}) {
        main(new String[] {w});
      }
      return;
    }
    Ipv4Prefix[] v4 = which.endsWith("v4") ? RoutingData.ipv4Prefixes() : new Ipv4Prefix[0];
    Ipv6Prefix[] v6 = which.endsWith("v6") ? RoutingData.ipv6Prefixes() : new Ipv6Prefix[0];
    Integer value = 1;
    long before = used();
    Object keep;
    long estimate = -1;
    switch (which) {
      case "netcodec-v4" -> {
        RoutingTable<Integer> t = new RoutingTable<>();
        for (Ipv4Prefix p : v4) {
          t.put(p, value);
        }
        keep = t;
        estimate = t.footprintBytes();
      }
      case "ipaddress-v4" -> {
        IPv4AddressTrie t = new IPv4AddressTrie();
        for (Ipv4Prefix p : v4) {
          t.add(new IPv4Address(p.address().value(), p.length()).toPrefixBlock());
        }
        keep = t;
      }
      case "netcodec-v6" -> {
        RoutingTable<Integer> t = new RoutingTable<>();
        for (Ipv6Prefix p : v6) {
          t.put(p, value);
        }
        keep = t;
        estimate = t.footprintBytes();
      }
      case "ipaddress-v6" -> {
        IPv6AddressTrie t = new IPv6AddressTrie();
        for (Ipv6Prefix p : v6) {
          t.add(new IPv6Address(p.address().high(), p.address().low(), p.length())
              .toPrefixBlock());
        }
        keep = t;
      }
      default -> throw new IllegalArgumentException(
          "expected netcodec-v4, ipaddress-v4, netcodec-v6, ipaddress-v6 or all");
    }
    long after = used();
    report(which, after - before, Math.max(v4.length, v6.length), estimate);
    if (keep.hashCode() == 42) {
      System.out.println(); // keeps the structure reachable until after the measurement
    }
  }

  private static void report(String what, long bytes, int prefixes, long estimate) {
    System.out.printf("%-28s %,12d bytes for %,9d prefixes: %6.1f B/prefix%s%n", what, bytes,
        prefixes, (double) bytes / prefixes,
        estimate < 0 ? "" : String.format(" (array estimate %.1f)", (double) estimate / prefixes));
  }
}
