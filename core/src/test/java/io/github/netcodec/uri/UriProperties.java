package io.github.netcodec.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class UriProperties {

  private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String UNRESERVED = ALPHA + "0123456789-._~";
  private static final String SUB_DELIMS = "!$&'()*+,;=";
  private static final String REG_NAME = UNRESERVED + SUB_DELIMS;
  private static final String USER_INFO = REG_NAME + ":";
  private static final String PCHAR = USER_INFO + "@";
  private static final String QUERY = PCHAR + "/?";
  /** Every character that matters to the grammar, and a few that it rejects. */
  private static final String URI_ALPHABET =
      "aZv09-._~!$&'()*+,;=:@/?#[]%25fF \\<>\"{}|^`\u00e9\u20ac";

  private static final Uri BASE = Uri.parse("http://a/b/c/d;p?q");

  // ---------------------------------------------------------------- generators

  private static Arbitrary<String> component(String chars, int maxPieces) {
    Arbitrary<String> plain = Arbitraries.strings().withChars(chars).ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> triplet =
        Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(2).map(h -> "%" + h);
    return Arbitraries.frequencyOf(Tuple.of(5, plain), Tuple.of(1, triplet))
        .list()
        .ofMaxSize(maxPieces)
        .map(pieces -> String.join("", pieces));
  }

  private static Arbitrary<String> ipv4() {
    return Arbitraries.integers().between(0, 255).list().ofSize(4)
        .map(octets -> octets.get(0) + "." + octets.get(1) + "." + octets.get(2) + "." + octets.get(3));
  }

  /** IPv6 text in every legal shape: full, "::"-compressed anywhere, with an IPv4 tail. */
  private static Arbitrary<String> ipv6() {
    Arbitrary<String> group =
        Arbitraries.integers().between(0, 0xffff).flatMap(v -> Arbitraries.of(
            Integer.toHexString(v), Integer.toHexString(v).toUpperCase(), String.format("%04x", v)));
    return Combinators.combine(
            group.list().ofSize(8),
            Arbitraries.of(true, false),
            ipv4(),
            Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 8))
        .as((groups, v4Tail, v4, a, b) -> {
          int hexGroups = v4Tail ? 6 : 8;
          List<String> elements = new ArrayList<>(groups.subList(0, hexGroups));
          boolean compress = a <= hexGroups && b > 0;
          int start = Math.min(a, hexGroups);
          int length = compress ? Math.max(1, Math.min(b, hexGroups - start)) : 0;
          if (compress && start + length > hexGroups) {
            compress = false;
          }
          StringBuilder out = new StringBuilder();
          if (compress) {
            out.append(String.join(":", elements.subList(0, start))).append("::");
            List<String> rest = new ArrayList<>(elements.subList(start + length, hexGroups));
            if (v4Tail) {
              rest.add(v4);
            }
            out.append(String.join(":", rest));
          } else {
            if (v4Tail) {
              elements.add(v4);
            }
            out.append(String.join(":", elements));
          }
          return out.toString();
        });
  }

  private static Arbitrary<String> host() {
    Arbitrary<String> zone = Arbitraries.strings().withChars(UNRESERVED).ofMinLength(1).ofMaxLength(5);
    return Arbitraries.oneOf(
        component(REG_NAME, 6),
        ipv4(),
        ipv6().map(a -> "[" + a + "]"),
        Combinators.combine(ipv6(), zone).as((a, z) -> "[" + a + "%25" + z + "]"),
        Combinators.combine(
                Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMinLength(1).ofMaxLength(2),
                Arbitraries.strings().withChars(USER_INFO).ofMinLength(1).ofMaxLength(6))
            .as((v, t) -> "[v" + v + "." + t + "]"));
  }

  private static <T> Arbitrary<T> maybe(Arbitrary<T> a) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)), Tuple.of(3, a));
  }

  /** Components of a valid URI reference: scheme, userInfo, host, port, path, query, fragment. */
  @Provide
  Arbitrary<String[]> parts() {
    Arbitrary<String> scheme =
        Combinators.combine(
                Arbitraries.strings().withChars(ALPHA).ofLength(1),
                Arbitraries.strings().withChars(ALPHA + "0123456789+-.").ofMaxLength(6))
            .as(String::concat);
    Arbitrary<String> port =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.integers().between(0, 65535).map(String::valueOf),
            Arbitraries.integers().between(0, 999).map(p -> "0" + p));
    Arbitrary<String> segments = component(PCHAR, 3).list().ofMaxSize(4).map(s -> String.join("/", s));
    Arbitrary<String[]> authority =
        maybe(Combinators.combine(maybe(component(USER_INFO, 3)), host(), maybe(port))
            .as((u, h, p) -> new String[] {u, h, p}));
    return Combinators.combine(
            maybe(scheme),
            authority,
            Arbitraries.of(true, false),
            segments,
            maybe(component(QUERY, 4)),
            maybe(component(QUERY, 4)))
        .as((s, auth, absolute, segs, q, f) -> {
          String path = absolute ? "/" + segs : segs;
          if (auth != null && !absolute && !segs.isEmpty()) {
            path = "/" + segs;
          }
          return new String[] {
            s, auth == null ? null : auth[0], auth == null ? null : auth[1],
            auth == null ? null : auth[2], path, q, f
          };
        })
        .filter(p -> {
          String path = p[4];
          if (p[2] == null && path.startsWith("//")) {
            return false;
          }
          if (p[0] == null && p[2] == null) {
            int slash = path.indexOf('/');
            String first = slash < 0 ? path : path.substring(0, slash);
            return first.indexOf(':') < 0;
          }
          return true;
        });
  }

  static String compose(String[] p) {
    StringBuilder out = new StringBuilder();
    if (p[0] != null) {
      out.append(p[0]).append(':');
    }
    if (p[2] != null) {
      out.append("//");
      if (p[1] != null) {
        out.append(p[1]).append('@');
      }
      out.append(p[2]);
      if (p[3] != null) {
        out.append(':').append(p[3]);
      }
    }
    out.append(p[4]);
    if (p[5] != null) {
      out.append('?').append(p[5]);
    }
    if (p[6] != null) {
      out.append('#').append(p[6]);
    }
    return out.toString();
  }

  @Provide
  Arbitrary<Uri> uris() {
    return parts().map(p -> Uri.parse(compose(p)));
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> mutated =
        Combinators.combine(
                parts().map(UriProperties::compose),
                Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.strings().withChars(URI_ALPHABET).ofLength(3))
            .as((text, positions, chars) -> {
              StringBuilder s = new StringBuilder(text);
              for (int i = 0; i < positions.size(); i++) {
                int at = s.length() == 0 ? 0 : positions.get(i) % (s.length() + 1);
                switch (positions.get(i) % 3) {
                  case 0:
                    s.insert(at, chars.charAt(i));
                    break;
                  case 1:
                    if (at < s.length()) {
                      s.deleteCharAt(at);
                    }
                    break;
                  default:
                    if (at < s.length()) {
                      s.setCharAt(at, chars.charAt(i));
                    }
                    break;
                }
              }
              return s.toString();
            });
    return Arbitraries.oneOf(
        Arbitraries.strings(),
        Arbitraries.strings().withChars(URI_ALPHABET).ofMaxLength(40),
        Combinators.combine(
                Arbitraries.of("http://", "//", "a:", "a://", "http://[", "http://[v", "//u@[", ""),
                Arbitraries.strings().withChars(URI_ALPHABET).ofMaxLength(30))
            .as(String::concat),
        mutated);
  }

  @Provide
  Arbitrary<String> wellFormed() {
    return Arbitraries.integers()
        .between(0, 0x10ffff)
        .filter(cp -> cp < 0xd800 || cp > 0xdfff)
        .list()
        .ofMaxSize(12)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
  }

  // ---------------------------------------------------------------- parsing

  @Property(tries = 1500)
  void generatedUrisRoundTripTextToRecordToText(@ForAll("parts") String[] p) {
    String text = compose(p);
    Uri uri = Uri.parse(text);
    assertEquals(text, uri.toString());
    assertEquals(p[0], uri.scheme());
    assertEquals(p[1], uri.userInfo());
    assertEquals(p[2], uri.host() == null ? null : uri.host().text());
    assertEquals(p[3], uri.port());
    assertEquals(p[4], uri.path());
    assertEquals(p[5], uri.query());
    assertEquals(p[6], uri.fragment());
    assertEquals(uri, new Uri(p[0], p[1], p[2] == null ? null : new Host(p[2]), p[3], p[4], p[5], p[6]));
  }

  /**
   * The parse contract: on any text, parse either returns a URI that writes back the same text
   * and whose accessors and operations do not throw, or throws UriSyntaxException with an index
   * inside the text. Anything else escapes and fails the property.
   */
  @Property(tries = 3000)
  void parseThrowsNothingButUriSyntaxException(@ForAll("anyText") String text) {
    Uri uri;
    try {
      uri = Uri.parse(text);
    } catch (UriSyntaxException e) {
      assertEquals(text, e.input());
      assertTrue(e.index() >= 0 && e.index() <= text.length(), e.getMessage());
      return;
    }
    assertEquals(text, uri.toString());
    // The parser builds records on its trusted path; the checking constructor must agree.
    Host host = uri.host() == null ? null : new Host(uri.host().text());
    assertEquals(uri, new Uri(uri.scheme(), uri.userInfo(), host, uri.port(), uri.path(),
        uri.query(), uri.fragment()));
    exerciseAccessors(uri);
  }

  @Property(tries = 2000)
  void lenientParseThrowsNothingButUriSyntaxException(@ForAll("anyText") String text) {
    Uri uri;
    try {
      uri = Uri.parseLenient(text);
    } catch (UriSyntaxException e) {
      assertTrue(e.index() >= 0 && e.index() <= e.input().length(), e.getMessage());
      return;
    }
    assertEquals(uri, Uri.parse(uri.toString()));
    exerciseAccessors(uri);
  }

  @Property(tries = 500)
  void lenientParseKeepsStrictUris(@ForAll("uris") Uri uri) {
    Assume.that(!uri.toString().contains("\\"));
    assertEquals(uri, Uri.parseLenient(uri.toString()));
  }

  private static void exerciseAccessors(Uri uri) {
    assertNotNull(uri.hostHeader());
    assertNotNull(uri.hostHeaderOmittingDefaultPort());
    uri.authority();
    uri.effectivePort();
    uri.pathSegments();
    uri.queryParameters();
    if (uri.host() != null) {
      uri.host().kind();
      uri.host().hostname();
      uri.host().zoneId();
      uri.host().ipAddress();
    }
    Uri normal = uri.normalize();
    assertEquals(normal, Uri.parse(normal.toString()));
    Uri target = BASE.resolve(uri);
    assertEquals(target, Uri.parse(target.toString()));
    assertEquals(target, checked(target));
  }

  /** The same URI built by the checking constructor (not the parser's trusted path). */
  static Uri checked(Uri u) {
    Host host = u.host() == null ? null : new Host(u.host().text());
    return new Uri(u.scheme(), u.userInfo(), host, u.port(), u.path(), u.query(), u.fragment());
  }

  /** Every IP host the grammar accepts converts to the address package's values and back. */
  @Property(tries = 1000)
  void ipHostsConvertToAddressesAndBack(@ForAll("uris") Uri uri) {
    Host host = uri.host();
    Assume.that(host != null && (host.kind() == Host.Kind.IPV4 || host.kind() == Host.Kind.IPV6));
    assertEquals(host.ipAddress(), Host.of(host.ipAddress()).ipAddress());
    if (host.zoneId() != null) {
      assertEquals(host.zonedIpv6Address(), Host.of(host.zonedIpv6Address()).zonedIpv6Address());
    } else {
      assertEquals(Normalization.normalizeHost(host), Host.of(host.ipAddress()));
    }
  }

  // ---------------------------------------------------------------- normalisation

  @Property(tries = 1500)
  void normalisingTwiceChangesNothing(@ForAll("uris") Uri uri) {
    Uri normal = uri.normalize();
    assertEquals(normal, normal.normalize());
    assertEquals(normal, Uri.parse(normal.toString()));
    assertTrue(uri.isEquivalentTo(normal));
  }

  @Property(tries = 500)
  void normalisationIgnoresCaseOfSchemeAndTripletsAndUnreservedEncoding(@ForAll("uris") Uri uri) {
    Assume.that(uri.scheme() != null);
    Uri shouted = uri.withPath(upperCaseTriplets(uri.path())).normalize();
    Uri upperScheme = new Uri(uri.scheme().toUpperCase(), uri.userInfo(), uri.host(), uri.port(),
        uri.path(), uri.query(), uri.fragment());
    assertEquals(uri.normalize(), upperScheme.normalize());
    assertEquals(uri.normalize(), shouted);
  }

  private static String upperCaseTriplets(String s) {
    StringBuilder out = new StringBuilder(s);
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '%') {
        out.setCharAt(i + 1, Character.toUpperCase(out.charAt(i + 1)));
        out.setCharAt(i + 2, Character.toUpperCase(out.charAt(i + 2)));
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- resolution

  /** RFC 3986 §5.2.4 as written: string buffers, one rule at a time. The oracle. */
  static String removeDotSegmentsAsWritten(String path) {
    String in = path;
    StringBuilder out = new StringBuilder();
    while (!in.isEmpty()) {
      if (in.startsWith("../")) {
        in = in.substring(3);
      } else if (in.startsWith("./")) {
        in = in.substring(2);
      } else if (in.startsWith("/./")) {
        in = in.substring(2);
      } else if (in.equals("/.")) {
        in = "/";
      } else if (in.startsWith("/../")) {
        in = in.substring(3);
        out.setLength(Math.max(out.lastIndexOf("/"), 0));
      } else if (in.equals("/..")) {
        in = "/";
        out.setLength(Math.max(out.lastIndexOf("/"), 0));
      } else if (in.equals(".") || in.equals("..")) {
        in = "";
      } else {
        int end = in.indexOf('/', in.startsWith("/") ? 1 : 0);
        end = end < 0 ? in.length() : end;
        out.append(in, 0, end);
        in = in.substring(end);
      }
    }
    return out.toString();
  }

  @Property(tries = 3000)
  void removeDotSegmentsAgreesWithTheRfcText(
      @ForAll("dotPaths") String path) {
    assertEquals(removeDotSegmentsAsWritten(path), Resolution.removeDotSegments(path));
  }

  @Property(tries = 2000)
  void mergingAgreesWithTheRfcText(@ForAll("uris") Uri base, @ForAll("dotPaths") String relative) {
    Assume.that(!relative.isEmpty() && !relative.startsWith("/"));
    String merged;
    if (base.host() != null && base.path().isEmpty()) {
      merged = "/" + relative;
    } else {
      int slash = base.path().lastIndexOf('/');
      merged = slash < 0 ? relative : base.path().substring(0, slash + 1) + relative;
    }
    assertEquals(
        removeDotSegmentsAsWritten(merged), Resolution.mergeAndRemoveDotSegments(base, relative));
  }

  @Provide
  Arbitrary<String> dotPaths() {
    return Arbitraries.of("/", ".", "..", "a", "b.", ".c", "/.", "/..", "./", "../", "//", "g")
        .list()
        .ofMaxSize(10)
        .map(parts -> String.join("", parts));
  }

  /** Resolving a reference that has a scheme returns it with its dot segments removed. */
  @Property(tries = 1500)
  void resolvingAnAbsoluteReferenceReturnsItNormalised(
      @ForAll("uris") Uri reference, @ForAll("uris") Uri base) {
    Assume.that(reference.isAbsolute() && base.isAbsolute());
    String path = removeDotSegmentsAsWritten(reference.path());
    if (reference.host() == null && path.startsWith("//")) {
      path = "/." + path;
    }
    assertEquals(reference.withPath(path), base.resolve(reference));
    assertEquals(base.resolve(reference), base.resolve(base.resolve(reference)));
  }

  @Property(tries = 1500)
  void resolvedTargetsAreAbsoluteAndFreeOfDotSegments(
      @ForAll("uris") Uri reference, @ForAll("uris") Uri base) {
    Assume.that(base.isAbsolute());
    Uri target = base.resolve(reference);
    assertEquals(target, checked(target));
    assertTrue(target.isAbsolute());
    assertEquals(reference.isAbsolute() ? reference.scheme() : base.scheme(), target.scheme());
    assertEquals(reference.fragment(), target.fragment());
    assertEquals(target, Uri.parse(target.toString()));
    String path = target.path().startsWith("/.//") ? target.path().substring(2) : target.path();
    if (!reference.path().isEmpty() || reference.isAbsolute() || reference.hasAuthority()) {
      assertEquals(removeDotSegmentsAsWritten(path), path);
    }
  }

  @Property(tries = 1000)
  void anEmptyReferenceGivesTheBaseWithoutFragment(@ForAll("uris") Uri base) {
    Assume.that(base.isAbsolute());
    assertEquals(base.withFragment(null), base.resolve(""));
    assertEquals(base.withFragment("x"), base.resolve("#x"));
  }

  // ---------------------------------------------------------------- encoding

  @Property(tries = 1000)
  void percentEncodingRoundTripsAndYieldsValidComponents(@ForAll("wellFormed") String text) {
    for (UriComponent c : List.of(UriComponent.USER_INFO, UriComponent.HOST, UriComponent.PATH,
        UriComponent.QUERY, UriComponent.FRAGMENT)) {
      assertEquals(text, PercentEncoding.decode(PercentEncoding.encode(text, c)), c.toString());
    }
    assertEquals(text, PercentEncoding.decode(PercentEncoding.encodePathSegment(text)));
    String segment = PercentEncoding.encodePathSegment(text);
    assertTrue(segment.indexOf('/') < 0);
    Uri uri = new Uri("x", PercentEncoding.encode(text, UriComponent.USER_INFO),
        new Host(PercentEncoding.encode(text, UriComponent.HOST)), null, "/" + segment,
        PercentEncoding.encode(text, UriComponent.QUERY),
        PercentEncoding.encode(text, UriComponent.FRAGMENT));
    assertEquals(uri, Uri.parse(uri.toString()));
  }

  @Property(tries = 1000)
  void formParametersRoundTrip(
      @ForAll("formEntries") List<FormParameter> entries) {
    FormParameters p = new FormParameters(entries);
    String text = p.toString();
    assertEquals(p, FormParameters.parse(text));
    assertEquals(text, FormParameters.parse(text).toString());
    assertEquals(p, Uri.parse("http://h/?" + text).queryParameters());
  }

  @Provide
  Arbitrary<List<FormParameter>> formEntries() {
    Arbitrary<FormParameter> entry =
        Combinators.combine(wellFormed(), maybe(wellFormed())).as(FormParameter::new)
            // A piece with neither name nor '=' is empty, and empty pieces are dropped.
            .filter(e -> !(e.name().isEmpty() && e.value() == null));
    return entry.list().ofMaxSize(6);
  }
}
