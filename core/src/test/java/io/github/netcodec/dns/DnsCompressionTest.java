package io.github.netcodec.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The encoder's compression table (an open-addressing hash table of suffixes keyed by the name
 * hash) against a plain model: a {@code HashMap} from the lowercased suffix to its offset, with
 * the same decisions (whole name first, then the longest suffix found growing from the shortest;
 * only offsets up to 0x3fff remembered, the first one kept). Both must write the same bytes.
 */
class DnsCompressionTest {

  /** The model: the bytes {@link DnsWriter#name} must produce after {@code pad} zero bytes. */
  private static byte[] model(List<DnsName> names, int pad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[pad], 0, pad);
    Map<String, Integer> seen = new HashMap<>();
    for (DnsName name : names) {
      byte[] w = name.toWire().toByteArray();
      List<Integer> starts = new ArrayList<>();
      for (int p = 0; w[p] != 0; p += 1 + w[p]) {
        starts.add(p);
      }
      int n = starts.size();
      if (n == 0) {
        out.write(0);
        continue;
      }
      int match = -1;
      int matchLabel = n;
      Integer whole = seen.get(key(w, 0));
      if (whole != null) {
        match = whole;
        matchLabel = 0;
      } else {
        for (int k = n - 1; k > 0; k--) {
          Integer m = seen.get(key(w, starts.get(k)));
          if (m == null) {
            break;
          }
          match = m;
          matchLabel = k;
        }
      }
      int at = out.size();
      for (int k = 0; k < matchLabel; k++) {
        int offset = at + starts.get(k);
        if (offset > 0x3fff) {
          break;
        }
        seen.putIfAbsent(key(w, starts.get(k)), offset);
      }
      if (match >= 0) {
        out.write(w, 0, starts.get(matchLabel));
        out.write(0xc0 | match >>> 8);
        out.write(match & 0xff);
      } else {
        out.write(w, 0, w.length);
      }
    }
    return out.toByteArray();
  }

  /** The suffix with ASCII capitals lowered (only those: DNS folds no other octet). */
  private static String key(byte[] w, int from) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < w.length; i++) {
      int c = w[i] & 0xff;
      sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    return sb.toString();
  }

  private static byte[] written(List<DnsName> names, int pad) {
    byte[] buf = new byte[pad + 300 * names.size()];
    DnsWriter w = new DnsWriter(ByteBuffer.wrap(buf), true);
    w.bytes(new byte[pad], 0, pad);
    for (DnsName n : names) {
      w.name(n, true);
    }
    DnsWriter counting = new DnsWriter(null, true);
    counting.bytes(new byte[pad], 0, pad);
    for (DnsName n : names) {
      counting.name(n, true);
    }
    assertEquals(w.pos, counting.pos, "counting and writing agree");
    return java.util.Arrays.copyOf(buf, w.pos);
  }

  private static void assertSameAsModel(List<DnsName> names, int pad) {
    assertEquals(Hex.toHex(model(names, pad)), Hex.toHex(written(names, pad)), names.toString());
  }

  private static DnsName name(int... labelBytes) {
    List<ByteString> labels = new ArrayList<>();
    for (int b : labelBytes) {
      labels.add(ByteString.of(b));
    }
    return DnsName.fromLabels(labels);
  }

  @Test
  void hashCollisionsAreNotTakenForMatches() {
    // '@' (0x40) and '`' (0x60), '[' and '{', a length 3 and a length 35 octet: each pair
    // differs only in bit 0x20, which the hash ignores, but they are not equal ignoring case
    DnsName at = name('@', 'x');
    DnsName grave = name('`', 'x');
    assertEquals(at.hashCode(), grave.hashCode());
    assertNotEquals(at, grave);
    DnsName three = DnsName.of("abc.example.");
    DnsName longLabel = DnsName.of("ABC" + "a".repeat(32) + ".example.");
    assertSameAsModel(List.of(at, grave, at, grave, name('[', 'x'), name('{', 'x'),
        name('{', 'x'), three, longLabel, three, longLabel), 12);
  }

  @Test
  void caseVariantsCompressOntoEachOther() {
    DnsName lower = DnsName.of("www.example.com.");
    DnsName upper = DnsName.of("WWW.EXAMPLE.COM.");
    assertEquals(lower, upper);
    assertEquals(lower.hashCode(), upper.hashCode());
    byte[] out = written(List.of(lower, upper, DnsName.of("Mail.Example.Com.")), 12);
    assertEquals(12 + 17 + 2 + 5 + 2, out.length);
    assertSameAsModel(List.of(lower, upper, DnsName.of("Mail.Example.Com.")), 12);
  }

  @Test
  void hashIsTheSameForEveryWayToMakeAName() {
    DnsName text = DnsName.of("Www.Example.COM");
    DnsName labels = DnsName.fromLabels(List.of(ByteString.of('w', 'w', 'w'),
        ByteString.of('e', 'x', 'a', 'm', 'p', 'l', 'e'), ByteString.of('c', 'o', 'm')));
    DnsName parsed = DnsName.parse(ByteBuffer.wrap(Hex.parse(
        "03575757076578616d706c6503636f6d00")));
    DnsName lowered = text.toLowerCase();
    DnsName child = DnsName.of("example.com").child("WWW");
    for (DnsName n : List.of(labels, parsed, lowered, child)) {
      assertEquals(text, n);
      assertEquals(text.hashCode(), n.hashCode(), n.toString());
    }
  }

  @Test
  void manyRandomNamesGrowTheTableAndMatchTheModel() {
    Random r = new Random(6);
    for (int round = 0; round < 200; round++) {
      List<DnsName> names = new ArrayList<>();
      int count = 1 + r.nextInt(round < 20 ? 400 : 40);
      for (int i = 0; i < count; i++) {
        DnsName n = RandomDns.name(r);
        names.add(r.nextBoolean() ? n : n.toLowerCase());
        if (r.nextInt(4) == 0 && !names.isEmpty()) {
          names.add(names.get(r.nextInt(names.size()))); // the same instance again
        }
      }
      assertSameAsModel(names, 12);
    }
  }

  @Test
  void suffixesBeyondThePointerRangeAreNotRemembered() {
    Random r = new Random(7);
    for (int pad : new int[] {0x3fff - 40, 0x3fff - 5, 0x3fff, 0x4000, 0x4010}) {
      List<DnsName> names = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        names.add(RandomDns.name(r));
      }
      names.add(DnsName.of("a.long-enough-label.example.com."));
      names.add(DnsName.of("a.long-enough-label.example.com."));
      names.add(DnsName.of("b.long-enough-label.example.com."));
      assertSameAsModel(names, pad);
    }
  }

  @Test
  void parsedBackAfterEncoding() {
    Random r = new Random(8);
    for (int round = 0; round < 100; round++) {
      List<DnsRecord> rrs = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(30); i++) {
        rrs.add(new DnsRecord(RandomDns.name(r), DnsClass.IN, 60,
            Rdata.NameRdata.cname(RandomDns.name(r))));
      }
      DnsMessage m = new DnsMessage(round, 0x8180, List.of(), rrs, List.of(), List.of());
      byte[] wire = m.toByteArray();
      assertEquals(m, DnsMessage.parse(wire));
      assertEquals(wire.length, m.encodedLength());
    }
  }
}
