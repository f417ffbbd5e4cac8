package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class AddressProperties {

  // ---------------------------------------------------------------- IPv4

  @Property
  void ipv4TextRoundTripsAndAgreesWithInetAddress(@ForAll int bits) throws Exception {
    Ipv4Address a = Ipv4Address.of(bits);
    String text = a.toString();
    assertEquals(a, Ipv4Address.parse(text));
    // Oracle: java.net formats the same 4 bytes the same way and parses the text to them.
    assertEquals(InetAddress.getByAddress(a.toByteArray()).getHostAddress(), text);
    assertArrayEquals(InetAddress.getByName(text).getAddress(), a.toByteArray());
    assertEquals(a, Ipv4Address.of(a.toInetAddress()));
  }

  @Property
  void ipv4BytesRoundTripInEveryBufferKind(@ForAll int bits) {
    Ipv4Address a = Ipv4Address.of(bits);
    assertEquals(a, Ipv4Address.fromBytes(a.toByteArray()));
    for (IntFunction<ByteBuffer> kind : Buffers.writable()) {
      ByteBuffer b = kind.apply(9);
      a.write(b, 3);
      assertEquals(a, Ipv4Address.read(b, 3));
    }
  }

  @Property
  void ipv4OrderIsNumericOrder(@ForAll int x, @ForAll int y) {
    Ipv4Address a = Ipv4Address.of(x);
    Ipv4Address b = Ipv4Address.of(y);
    assertEquals(Long.signum(a.toUnsignedLong() - b.toUnsignedLong()), Integer.signum(a.compareTo(b)));
  }

  @Provide
  Arbitrary<String> dottedish() {
    Arbitrary<String> octet = Arbitraries.strings().withChars("0123456789").ofMaxLength(4);
    Arbitrary<String> joined = octet.list().ofMinSize(1).ofMaxSize(6)
        .map(parts -> String.join(".", parts));
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789.x:/ ").ofMaxLength(17);
    return Arbitraries.oneOf(joined, noise);
  }

  /** The straight-line fast path accepts exactly what the diagnosing parser accepts. */
  @Property(tries = 5000)
  void fastAndDiagnosingIpv4ParsersAgree(@ForAll("dottedish") String s) {
    long slow = Ipv4Address.parse(s, 0, s.length(), false, -1);
    assertEquals(slow, Ipv4Address.parseFast(s, 0, s.length()), s);
  }

  /**
   * What users call: parse either returns the diagnosing parser's value or throws its message
   * (the fast path only decides which of the two runs).
   */
  @Property(tries = 5000)
  void parseAgreesWithTheDiagnosingParser(@ForAll("dottedish") String s) {
    String expected;
    try {
      expected = "value " + Ipv4Address.parse(s, 0, s.length(), true, -1);
    } catch (IllegalArgumentException e) {
      expected = "message " + e.getMessage();
    }
    String actual;
    try {
      actual = "value " + Ipv4Address.parse(s).toUnsignedLong();
    } catch (IllegalArgumentException e) {
      actual = "message " + e.getMessage();
    }
    assertEquals(expected, actual, s);
  }

  // ---------------------------------------------------------------- IPv6

  /** Groups that are often zero, so that zero runs of every length and position occur. */
  @Provide
  Arbitrary<Ipv6Address> ipv6() {
    Arbitrary<Integer> group = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 0xf)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0xffff)));
    Arbitrary<Ipv6Address> grouped = group.list().ofSize(8).map(gs -> {
      long hi = 0;
      long lo = 0;
      for (int i = 0; i < 4; i++) {
        hi = hi << 16 | gs.get(i);
        lo = lo << 16 | gs.get(i + 4);
      }
      return Ipv6Address.of(hi, lo);
    });
    Arbitrary<Ipv6Address> mapped = Arbitraries.integers()
        .map(v -> Ipv4Address.of(v).toIpv4Mapped());
    Arbitrary<Ipv6Address> any = Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
        .as(Ipv6Address::of);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, grouped),
        net.jqwik.api.Tuple.of(1, mapped),
        net.jqwik.api.Tuple.of(2, any));
  }

  @Property
  void ipv6CanonicalTextMatchesAReferenceFormatter(@ForAll("ipv6") Ipv6Address a) {
    assertEquals(referenceRfc5952(a), a.toString());
  }

  @Property
  void ipv6TextRoundTripsAndAgreesWithInetAddress(@ForAll("ipv6") Ipv6Address a)
      throws Exception {
    assertEquals(a, Ipv6Address.parse(a.toString()));
    assertEquals(a, Ipv6Address.parse(a.toFullString()));
    assertEquals(a, Ipv6Address.parse(a.toFullString().toUpperCase()));
    // Oracle: java.net parses our canonical text to the same bytes (mapped ones to an IPv4).
    assertEquals(a, Ipv6Address.of(InetAddress.getByName(a.toString())));
    assertEquals(a, Ipv6Address.of(a.toInetAddress()));
    assertEquals(a, Ipv6Address.of(a.toBigInteger()));
  }

  /** Any RFC 4291 spelling (case, leading zeros, any "::" choice, dotted tail) parses alike. */
  @Property
  void ipv6AnyRfc4291SpellingParses(
      @ForAll("ipv6") Ipv6Address a, @ForAll long seed) throws Exception {
    String text = randomSpelling(a, new Random(seed));
    assertEquals(a, Ipv6Address.parse(text), text);
    assertEquals(a, Ipv6Address.of(InetAddress.getByName(text)), text);
  }

  @Property
  void ipv6BytesRoundTripInEveryBufferKind(@ForAll("ipv6") Ipv6Address a) {
    assertEquals(a, Ipv6Address.fromBytes(a.toByteArray()));
    for (IntFunction<ByteBuffer> kind : Buffers.writable()) {
      ByteBuffer b = kind.apply(21);
      a.write(b, 5);
      assertEquals(a, Ipv6Address.read(b, 5));
    }
  }

  @Property
  void ipv6ArithmeticMatchesBigInteger(
      @ForAll("ipv6") Ipv6Address a, @ForAll long delta) {
    java.math.BigInteger r = a.toBigInteger().add(java.math.BigInteger.valueOf(delta));
    if (r.signum() < 0 || r.bitLength() > 128) {
      org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> a.plus(delta));
    } else {
      assertEquals(Ipv6Address.of(r), a.plus(delta));
    }
  }

  @Property
  void ipv4ArithmeticMatchesLongs(@ForAll int bits, @ForAll @LongRange(min = -(1L << 33), max = 1L << 33) long delta) {
    Ipv4Address a = Ipv4Address.of(bits);
    long r = a.toUnsignedLong() + delta;
    if (r < 0 || r > 0xffff_ffffL) {
      org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> a.plus(delta));
    } else {
      assertEquals(r, a.plus(delta).toUnsignedLong());
    }
  }

  // ---------------------------------------------------------------- MAC

  @Property
  void macTextAndBytesRoundTrip(@ForAll @LongRange(min = 0, max = (1L << 48) - 1) long v) {
    MacAddress m = MacAddress.of(v);
    assertEquals(m, MacAddress.parse(m.toString()));
    assertEquals(m, MacAddress.parse(m.toIeeeString()));
    assertEquals(m, MacAddress.parse(m.toDottedString()));
    assertEquals(m, MacAddress.fromBytes(m.toByteArray()));
    assertEquals(m, MacAddress.fromModifiedEui64(m.modifiedEui64()));
    for (IntFunction<ByteBuffer> kind : Buffers.writable()) {
      ByteBuffer b = kind.apply(8);
      m.write(b, 1);
      assertEquals(m, MacAddress.read(b, 1));
    }
  }

  // ---------------------------------------------------------------- garbage in

  @Provide
  Arbitrary<String> addressLikeGarbage() {
    return Arbitraries.strings().withChars("0123456789abcdefABCDEFgx:.-%/[] \u0000\u00e9")
        .ofMaxLength(50);
  }

  /** Nothing but IllegalArgumentException escapes, and tryParse agrees with parse. */
  @Property(tries = 3000)
  void parsersThrowOnlyIllegalArgument(@ForAll("addressLikeGarbage") String s) {
    check(s, Ipv4Address::parse, Ipv4Address.tryParse(s));
    check(s, Ipv6Address::parse, Ipv6Address.tryParse(s));
    check(s, MacAddress::parse, MacAddress.tryParse(s));
    check(s, IpAddress::parse, IpAddress.tryParse(s));
    check(s, ZonedIpv6Address::parse, ZonedIpv6Address.tryParse(s));
  }

  /** Mutations of valid IPv6 literals: what we accept, java.net reads to the same bytes. */
  @Property(tries = 3000)
  void acceptedMutantsAgreeWithInetAddress(
      @ForAll("ipv6") Ipv6Address a, @ForAll long seed) throws Exception {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(randomSpelling(a, r));
    int edits = 1 + r.nextInt(3);
    String alphabet = "0123456789abcdef:.";
    for (int e = 0; e < edits && sb.length() > 0; e++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
        default -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
      }
    }
    String text = sb.toString();
    Optional<Ipv6Address> ours = Ipv6Address.tryParse(text);
    if (ours.isPresent()) {
      assertEquals(ours.get(), Ipv6Address.of(InetAddress.getByName(text)), text);
    }
  }

  private static <T> void check(
      String s, java.util.function.Function<String, ?> parse, Optional<?> tried) {
    Object parsed;
    try {
      parsed = parse.apply(s);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
      assertEquals(Optional.empty(), tried, s);
      return;
    }
    assertEquals(Optional.of(parsed), tried, s);
  }

  // ---------------------------------------------------------------- oracles written for tests

  /** RFC 5952 §4 spelled out directly with strings, independent of the production formatter. */
  static String referenceRfc5952(Ipv6Address a) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = a.group(i);
    }
    boolean mixed = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0
        && ((g[4] == 0 && g[5] == 0xffff) || (g[4] == 0xffff && g[5] == 0));
    int n = mixed ? 6 : 8;
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < n; i++) {
      int j = i;
      while (j < n && g[j] == 0) {
        j++;
      }
      if (j - i >= 2 && j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(Integer.toHexString(g[i]));
    }
    if (mixed) {
      parts.add(a.lowIpv4().toString());
    }
    if (bestStart < 0) {
      return String.join(":", parts);
    }
    String head = String.join(":", parts.subList(0, bestStart));
    String tail = String.join(":", parts.subList(bestStart + bestLen, parts.size()));
    return head + "::" + tail;
  }

  /** A random valid RFC 4291 §2.2 spelling of an address. */
  static String randomSpelling(Ipv6Address a, Random r) {
    boolean dotted = r.nextInt(4) == 0;
    int hexGroups = dotted ? 6 : 8;
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < hexGroups; i++) {
      String h = Integer.toHexString(a.group(i));
      int pad = r.nextInt(5 - h.length());
      h = "0".repeat(pad) + h;
      parts.add(r.nextBoolean() ? h.toUpperCase() : h);
    }
    if (dotted) {
      parts.add(a.lowIpv4().toString());
    }
    // Compress a random run of zero groups (at least one), if there is one.
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < hexGroups; i++) {
      for (int j = i; j < hexGroups && a.group(j) == 0; j++) {
        runs.add(new int[] {i, j + 1});
      }
    }
    if (runs.isEmpty() || r.nextInt(4) == 0) {
      return String.join(":", parts);
    }
    int[] run = runs.get(r.nextInt(runs.size()));
    return String.join(":", parts.subList(0, run[0])) + "::"
        + String.join(":", parts.subList(run[1], parts.size()));
  }
}
