package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PrefixProperties {

  @Provide
  Arbitrary<Ipv4Prefix> v4prefixes() {
    return Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(0, 32))
        .as((a, len) -> Ipv4Prefix.containing(Ipv4Address.of(a), len));
  }

  @Provide
  Arbitrary<Ipv6Prefix> v6prefixes() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs(),
            Arbitraries.integers().between(0, 128))
        .as((h, l, len) -> Ipv6Prefix.containing(Ipv6Address.of(h, l), len));
  }

  @Property
  void textRoundTrips(@ForAll("v4prefixes") Ipv4Prefix p, @ForAll("v6prefixes") Ipv6Prefix q) {
    assertEquals(p, Ipv4Prefix.parse(p.toString()));
    assertEquals(p, IpPrefix.parse(p.toString()));
    assertEquals(p, Ipv4Prefix.parse(p.address() + "/" + p.netmask()));
    assertEquals(q, Ipv6Prefix.parse(q.toString()));
    assertEquals(q, IpPrefix.parse(q.toString()));
  }

  @Property
  void lenientParseMasksLikeContaining(@ForAll int a, @ForAll @IntRange(max = 32) int len) {
    Ipv4Address addr = Ipv4Address.of(a);
    Ipv4Prefix p = Ipv4Prefix.parseLenient(addr + "/" + len);
    assertEquals(Ipv4Prefix.containing(addr, len), p);
    assertTrue(p.contains(addr));
    assertEquals(p.equals(Ipv4Prefix.tryParse(addr + "/" + len).orElse(null)),
        p.address().equals(addr));
  }

  @Property
  void containsMatchesTheRange(@ForAll("v4prefixes") Ipv4Prefix p, @ForAll int a) {
    Ipv4Address x = Ipv4Address.of(a);
    boolean inRange = x.compareTo(p.first()) >= 0 && x.compareTo(p.last()) <= 0;
    assertEquals(inRange, p.contains(x));
    assertEquals(p.size(), p.last().toUnsignedLong() - p.first().toUnsignedLong() + 1);
  }

  @Property
  void ipv6ContainsMatchesTheRange(@ForAll("v6prefixes") Ipv6Prefix p, @ForAll long h,
      @ForAll long l) {
    Ipv6Address x = Ipv6Address.of(h, l);
    boolean inRange = x.compareTo(p.first()) >= 0 && x.compareTo(p.last()) <= 0;
    assertEquals(inRange, p.contains(x));
    assertTrue(p.contains(p.first()) && p.contains(p.last()));
    assertEquals(p.size(),
        p.last().toBigInteger().subtract(p.first().toBigInteger()).add(BigInteger.ONE));
  }

  /** covering(): contiguous, exact, aligned and minimal (no two neighbours are siblings). */
  @Property
  void coveringIsExactAndMinimal(@ForAll int x, @ForAll int y) {
    Ipv4Address a = Ipv4Address.of(x);
    Ipv4Address b = Ipv4Address.of(y);
    Ipv4Address first = a.compareTo(b) <= 0 ? a : b;
    Ipv4Address last = a.compareTo(b) <= 0 ? b : a;
    List<Ipv4Prefix> cover = Ipv4Prefix.covering(first, last);
    assertEquals(first, cover.get(0).first());
    assertEquals(last, cover.get(cover.size() - 1).last());
    for (int i = 1; i < cover.size(); i++) {
      assertEquals(cover.get(i - 1).last().next(), cover.get(i).first());
      Ipv4Prefix l = cover.get(i - 1);
      Ipv4Prefix r = cover.get(i);
      boolean siblings = l.length() == r.length() && l.length() > 0
          && l.supernet().equals(r.supernet());
      assertFalse(siblings, cover.toString());
    }
    assertTrue(cover.size() <= 62);
    assertEquals(cover, Ipv4Prefix.merge(cover));
  }

  @Property
  void ipv6CoveringIsExact(@ForAll("v6prefixes") Ipv6Prefix p, @ForAll long delta) {
    Ipv6Address first = p.first();
    Ipv6Address last;
    try {
      last = first.plus(Math.abs(delta % 1_000_000_007L));
    } catch (ArithmeticException e) {
      last = Ipv6Address.of(-1, -1);
    }
    List<Ipv6Prefix> cover = Ipv6Prefix.covering(first, last);
    assertEquals(first, cover.get(0).first());
    assertEquals(last, cover.get(cover.size() - 1).last());
    for (int i = 1; i < cover.size(); i++) {
      assertEquals(cover.get(i - 1).last().next(), cover.get(i).first());
    }
    assertEquals(cover, Ipv6Prefix.merge(cover));
  }

  /** merge() covers exactly the union, is sorted, disjoint and cannot be merged further. */
  @Property
  void mergeKeepsTheUnion(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 255) Integer> starts,
      @ForAll @Size(max = 12) List<@IntRange(min = 22, max = 30) Integer> lengths) {
    List<Ipv4Prefix> in = new ArrayList<>();
    for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
      in.add(Ipv4Prefix.containing(Ipv4Address.of(0x0a00_0000 | starts.get(i) << 6), lengths.get(i)));
    }
    List<Ipv4Prefix> out = Ipv4Prefix.merge(in);
    for (int a = 0x0a00_0000 - 16; a < 0x0a00_0000 + (1 << 14) + 16; a++) {
      Ipv4Address x = Ipv4Address.of(a);
      assertEquals(in.stream().anyMatch(p -> p.contains(x)),
          out.stream().anyMatch(p -> p.contains(x)));
    }
    for (int i = 1; i < out.size(); i++) {
      assertTrue(out.get(i - 1).last().compareTo(out.get(i).first()) < 0);
    }
    assertEquals(out, Ipv4Prefix.merge(out));
  }
}
