package io.github.netcodec.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.testing.CodecAssertions;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class DnsNameTest {

  @Test
  void presentationAndWireForms() {
    DnsName www = DnsName.of("www.example.com");
    assertEquals("www.example.com.", www.toString());
    assertEquals("03777777076578616d706c6503636f6d00", www.toWire().hex());
    assertEquals(3, www.labelCount());
    assertEquals(DnsName.ROOT, DnsName.of("."));
    assertEquals(DnsName.ROOT, DnsName.of(""));
    assertEquals(".", DnsName.ROOT.toString());
    assertEquals(1, DnsName.ROOT.wireLength());
  }

  @Test
  void escapesRoundTrip() {
    // RFC 1035 §5.1: \X is X itself, \DDD the octet DDD
    DnsName n = DnsName.of("a\\.b.\\000\\255\\\\.c");
    assertEquals("03612e6203 00ff5c 016300".replace(" ", "").replace("03612e6203", "03612e6203"),
        n.toWire().hex());
    assertEquals("a\\.b.\\000\\255\\\\.c.", n.toString());
    assertEquals(n, DnsName.of(n.toString()));
    assertEquals("\\\"\\(\\)\\;\\@\\$\\032x.", DnsName.of("\\\"\\(\\)\\;\\@\\$\\ x").toString());
  }

  @Test
  void rejectsInvalidPresentation() {
    assertThrows(IllegalArgumentException.class, () -> DnsName.of("a..b"));
    assertThrows(IllegalArgumentException.class, () -> DnsName.of(".a"));
    assertThrows(IllegalArgumentException.class, () -> DnsName.of("a\\25"));
    assertThrows(IllegalArgumentException.class, () -> DnsName.of("a\\256"));
    assertThrows(IllegalArgumentException.class, () -> DnsName.of("a\\"));
    assertThrows(IllegalArgumentException.class, () -> DnsName.of("bücher.example"));
  }

  @Test
  void enforcesLabelAndNameLimits() {
    String l63 = "a".repeat(63);
    assertEquals(64 + 1, DnsName.of(l63).wireLength());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DnsName.of("a".repeat(64)));
    assertTrue(e.getMessage().contains("longer than 63"), e.getMessage());
    // 3 labels of 63 + one of 61: 4 * 64 - 2 + 1 = 255 octets, the maximum
    String max = l63 + "." + l63 + "." + l63 + "." + "b".repeat(61);
    assertEquals(255, DnsName.of(max).wireLength());
    assertThrows(IllegalArgumentException.class, () -> DnsName.of(max + "b"));
    assertThrows(IllegalArgumentException.class, () -> DnsName.of("x." + max));
  }

  @Test
  void equalityIgnoresCaseButOutputKeepsIt() {
    DnsName a = DnsName.of("www.cs.Virginia.EDU.");
    DnsName b = DnsName.of("WWW.cs.virginia.edu");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("www.cs.Virginia.EDU.", a.toString());
    assertEquals("www.cs.virginia.edu.", a.toLowerCase().toString());
    assertNotEquals(DnsName.of("a\\091.b"), DnsName.of("a\\123.b")); // '[' vs '{' differ by 32
  }

  @Test
  void canonicalOrderOfRfc4034Section61() {
    // RFC 4034 §6.1, the example list in canonical order
    List<DnsName> expected = new ArrayList<>();
    for (String s : List.of("example", "a.example", "yljkjljk.a.example", "Z.a.example",
        "zABC.a.EXAMPLE", "z.example", "\\001.z.example", "*.z.example", "\\200.z.example")) {
      expected.add(DnsName.of(s));
    }
    List<DnsName> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected.toString(), shuffled.toString());
  }

  @Test
  void parentChildAndSubdomain() {
    DnsName www = DnsName.of("www.example.com");
    DnsName example = DnsName.of("EXAMPLE.com");
    assertEquals(example, www.parent());
    assertEquals(DnsName.ROOT, DnsName.of("com").parent());
    assertThrows(IllegalStateException.class, DnsName.ROOT::parent);
    assertEquals(www, example.child("www"));
    assertTrue(www.isSubdomainOf(example));
    assertTrue(www.isSubdomainOf(www));
    assertTrue(www.isSubdomainOf(DnsName.ROOT));
    assertFalse(example.isSubdomainOf(www));
    assertFalse(DnsName.of("www.xexample.com").isSubdomainOf(example));
    assertTrue(www.isChildOf(example));
    assertFalse(www.isChildOf(DnsName.of("com")));
    assertEquals(ByteString.of('w', 'w', 'w'), www.label(0));
    assertEquals(3, www.labels().size());
  }

  @Test
  void idnaForDisplay() {
    DnsName n = DnsName.ofUnicode("bücher.example");
    assertEquals("xn--bcher-kva.example.", n.toString());
    assertEquals("bücher.example.", n.toUnicode());
  }

  @Test
  void decompressesRfc1035Section414Example() {
    // RFC 1035 §4.1.4: F.ISI.ARPA at 20, FOO.F.ISI.ARPA at 40 (pointer to 20), ARPA at 64
    // (pointer to 26), the root at 92; other bytes are zero.
    byte[] msg = new byte[93];
    byte[] f = Hex.parse("01 46 03 49 53 49 04 41 52 50 41 00");
    System.arraycopy(f, 0, msg, 20, f.length);
    System.arraycopy(Hex.parse("03 46 4f 4f c0 14"), 0, msg, 40, 6);
    System.arraycopy(Hex.parse("c0 1a"), 0, msg, 64, 2);
    DnsReader r = new DnsReader(msg, 0, msg.length);
    assertEquals(DnsName.of("F.ISI.ARPA"), r.readName(20, "name"));
    assertEquals(32, r.nameEnd);
    assertEquals("FOO.F.ISI.ARPA.", r.readName(40, "name").toString());
    assertEquals(46, r.nameEnd);
    assertEquals(DnsName.of("ARPA"), r.readName(64, "name"));
    assertEquals(66, r.nameEnd);
    assertEquals(DnsName.ROOT, r.readName(92, "name"));
  }

  private static MalformedPacketException decodeAt(String hex, int at) {
    byte[] b = Hex.parse(hex);
    return assertThrows(MalformedPacketException.class,
        () -> new DnsReader(b, 0, b.length).readName(at, "name"));
  }

  @Test
  void rejectsHostilePointers() {
    // named table: input, offset, expected message
    assertEquals("DNS: name at offset 2 has a pointer to offset 4, not before it",
        decodeAt("0000 c004 0161 00", 2).getMessage());
    assertEquals("DNS: name at offset 0 has a pointer to offset 0, not before it",
        decodeAt("c000", 0).getMessage());
    // a label then a pointer back to that label: a loop that "points backwards"
    assertEquals("DNS: name at offset 2 has a pointer to offset 0, not before its labels, which"
        + " start at 0", decodeAt("0161 c000", 0).getMessage());
    // 2 points to 0, where a pointer leads forward to 2 again
    assertEquals("DNS: name at offset 0 has a pointer to offset 2, not before it",
        decodeAt("c002 c000", 2).getMessage());
    assertEquals("DNS: name at offset 0 has label type 0x40, not a length (0x00) or a pointer"
        + " (0xc0)", decodeAt("4100", 0).getMessage());
    assertEquals("DNS: name at offset 0 needs 2 bytes, but only 1 are present",
        decodeAt("c0", 0).getMessage());
    assertEquals("DNS: name label at offset 0 needs 4 bytes, but only 3 are present",
        decodeAt("036162", 0).getMessage());
    assertEquals("DNS: name at offset 2 needs 1 bytes, but only 0 are present",
        decodeAt("0161", 0).getMessage());
  }

  @Test
  void capsPointerHops() {
    // a chain of pointers, each two bytes back: 200 hops, strictly backwards, no loop
    byte[] msg = new byte[2 + 2 * 200];
    msg[0] = 0; // root at 0
    msg[1] = 0;
    for (int i = 1; i <= 200; i++) {
      int at = 2 * i;
      int target = at - 2;
      msg[at] = (byte) (0xc0 | target >> 8);
      msg[at + 1] = (byte) target;
    }
    DnsReader r = new DnsReader(msg, 0, msg.length);
    assertEquals(DnsName.ROOT, r.readName(2 * 100, "name")); // 100 hops are fine
    MalformedPacketException e = assertThrows(MalformedPacketException.class,
        () -> r.readName(2 * 200, "name"));
    assertTrue(e.getMessage().endsWith("follows more than 126 compression pointers"),
        e.getMessage());
  }

  @Test
  void rejectsExpansionBeyond255Octets() {
    // labels of 63 'a' chained backwards by pointers: each pointer adds 64 octets
    byte[] msg = new byte[5 * 66];
    int prev = -1;
    for (int i = 0; i < 5; i++) {
      int at = i * 66;
      msg[at] = 63;
      for (int k = 1; k <= 63; k++) {
        msg[at + k] = 'a';
      }
      if (prev < 0) {
        msg[at + 64] = 0;
      } else {
        msg[at + 64] = (byte) (0xc0 | prev >> 8);
        msg[at + 65] = (byte) prev;
      }
      prev = at;
    }
    DnsReader r = new DnsReader(msg, 0, msg.length);
    assertEquals(3 * 64 + 1, r.readName(2 * 66, "name").wireLength()); // 193 octets
    MalformedPacketException e = assertThrows(MalformedPacketException.class,
        () -> r.readName(3 * 66, "name")); // 257 octets
    assertEquals("DNS: name at offset 198 expands to more than 255 octets", e.getMessage());
  }

  @Test
  void parsesAStandaloneNameOnEveryBufferKind() {
    byte[] wire = DnsName.of("Mail.Example.").toByteArray();
    DnsName n = CodecAssertions.assertLosslessOnEveryBufferKind(wire, DnsName::parse);
    assertEquals("Mail.Example.", n.toString());
    CodecAssertions.assertMalformed(
        "DNS: name at offset 14 is followed by 1 bytes that are not part of it",
        Hex.parse("044d61696c074578616d706c6500 00"), DnsName::parse);
    assertEquals(n, DnsName.parse(ByteBuffer.wrap(wire)));
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(DnsName.class)
        .withCachedHashCode("hash", "calcHashCode", DnsName.of("example."))
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }
}
