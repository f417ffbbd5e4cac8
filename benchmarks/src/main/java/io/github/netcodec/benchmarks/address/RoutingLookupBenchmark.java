package io.github.netcodec.benchmarks.address;

import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressTrie;
import inet.ipaddr.ipv6.IPv6Address;
import inet.ipaddr.ipv6.IPv6AddressTrie;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.Ipv6Prefix;
import io.github.netcodec.address.Route;
import io.github.netcodec.address.RoutingTable;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Longest-prefix match on 1,000,000 IPv4 prefixes and 200,000 IPv6 prefixes (see {@link
 * RoutingData}), netcodec's {@link RoutingTable} against IPAddress's {@code IPv4AddressTrie} /
 * {@code IPv6AddressTrie}. Each operation is one lookup of the next of 65,536 query addresses.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingLookupBenchmark {
  private static final int MASK = RoutingData.QUERIES - 1;
  private static final Integer VALUE = 1;

  /** netcodec IPv4 table and queries. */
  @State(Scope.Thread)
  public static class NetcodecV4 {
    RoutingTable<Integer> table;
    Ipv4Address[] queries;
    int[] queryBits;
    int i;

    /** Builds the table. */
    @Setup
    public void setUp() {
      Ipv4Prefix[] prefixes = RoutingData.ipv4Prefixes();
      table = new RoutingTable<>();
      for (int k = 0; k < prefixes.length; k++) {
        table.put(prefixes[k], k);
      }
      queries = RoutingData.ipv4Queries(prefixes);
      queryBits = new int[queries.length];
      for (int k = 0; k < queries.length; k++) {
        queryBits[k] = queries[k].value();
      }
    }
  }

  /** IPAddress IPv4 trie and queries. */
  @State(Scope.Thread)
  public static class IpAddressV4 {
    IPv4AddressTrie trie;
    IPv4Address[] queries;
    int i;

    /** Builds the trie. */
    @Setup
    public void setUp() {
      Ipv4Prefix[] prefixes = RoutingData.ipv4Prefixes();
      trie = new IPv4AddressTrie();
      for (Ipv4Prefix p : prefixes) {
        trie.add(new IPv4Address(p.address().value(), p.length()).toPrefixBlock());
      }
      Ipv4Address[] q = RoutingData.ipv4Queries(prefixes);
      queries = new IPv4Address[q.length];
      for (int k = 0; k < q.length; k++) {
        queries[k] = new IPv4Address(q[k].value());
      }
    }
  }

  /** netcodec IPv6 table and queries. */
  @State(Scope.Thread)
  public static class NetcodecV6 {
    RoutingTable<Integer> table;
    Ipv6Address[] queries;
    int i;

    /** Builds the table. */
    @Setup
    public void setUp() {
      Ipv6Prefix[] prefixes = RoutingData.ipv6Prefixes();
      table = new RoutingTable<>();
      for (int k = 0; k < prefixes.length; k++) {
        table.put(prefixes[k], k);
      }
      queries = RoutingData.ipv6Queries(prefixes);
    }
  }

  /** IPAddress IPv6 trie and queries. */
  @State(Scope.Thread)
  public static class IpAddressV6 {
    IPv6AddressTrie trie;
    IPv6Address[] queries;
    int i;

    /** Builds the trie. */
    @Setup
    public void setUp() {
      Ipv6Prefix[] prefixes = RoutingData.ipv6Prefixes();
      trie = new IPv6AddressTrie();
      for (Ipv6Prefix p : prefixes) {
        trie.add(new IPv6Address(p.address().high(), p.address().low(), p.length())
            .toPrefixBlock());
      }
      Ipv6Address[] q = RoutingData.ipv6Queries(prefixes);
      queries = new IPv6Address[q.length];
      for (int k = 0; k < q.length; k++) {
        queries[k] = new IPv6Address(q[k].high(), q[k].low());
      }
    }
  }

  /** netcodec: value of the longest match, IPv4 record argument. */
  @Benchmark
  public Integer v4LookupNetcodec(NetcodecV4 s) {
    return s.table.lookup(s.queries[s.i++ & MASK]);
  }

  /** netcodec: value of the longest match, raw 32-bit argument as read from a header. */
  @Benchmark
  public Integer v4LookupNetcodecBits(NetcodecV4 s) {
    return s.table.lookupIpv4(s.queryBits[s.i++ & MASK]);
  }

  /** netcodec: the matching route (prefix and value), allocating the result. */
  @Benchmark
  public Optional<Route<Integer>> v4LongestMatchNetcodec(NetcodecV4 s) {
    return s.table.longestMatch(s.queries[s.i++ & MASK]);
  }

  /** IPAddress: {@code IPv4AddressTrie.longestPrefixMatch}. */
  @Benchmark
  public IPv4Address v4LongestMatchIpAddress(IpAddressV4 s) {
    return s.trie.longestPrefixMatch(s.queries[s.i++ & MASK]);
  }

  /** netcodec: value of the longest match, IPv6. */
  @Benchmark
  public Integer v6LookupNetcodec(NetcodecV6 s) {
    return s.table.lookup(s.queries[s.i++ & MASK]);
  }

  /** netcodec: the matching IPv6 route, allocating the result. */
  @Benchmark
  public Optional<Route<Integer>> v6LongestMatchNetcodec(NetcodecV6 s) {
    return s.table.longestMatch(s.queries[s.i++ & MASK]);
  }

  /** IPAddress: {@code IPv6AddressTrie.longestPrefixMatch}. */
  @Benchmark
  public IPv6Address v6LongestMatchIpAddress(IpAddressV6 s) {
    return s.trie.longestPrefixMatch(s.queries[s.i++ & MASK]);
  }
}
