package io.github.netcodec.dns;

import static io.github.netcodec.dns.DnsMessageTest.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's internal structures: sections and TXT strings handed over as {@link FrozenList}
 * or {@code List.of} without a second copy, and decoded names shared between records that
 * point at the same offset.
 */
class DnsParseSharingTest {

  @Test
  void frozenListBehavesAsAnUnmodifiableList() {
    List<String> f = FrozenList.wrapTrusted(new Object[] {"a", "b", "c"});
    assertEquals(List.of("a", "b", "c"), f);
    assertEquals(f, List.of("a", "b", "c"));
    assertEquals(List.of("a", "b", "c").hashCode(), f.hashCode());
    assertEquals("[a, b, c]", f.toString());
    assertEquals(3, f.size());
    assertEquals("c", f.get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> f.get(3));
    assertThrows(IndexOutOfBoundsException.class, () -> f.get(-1));
    assertThrows(UnsupportedOperationException.class, () -> f.add("d"));
    assertThrows(UnsupportedOperationException.class, () -> f.set(0, "x"));
    assertThrows(UnsupportedOperationException.class, () -> f.remove(0));
    assertThrows(UnsupportedOperationException.class, f::clear);
    assertThrows(UnsupportedOperationException.class, () -> f.subList(0, 2).clear());
    Iterator<String> it = f.iterator();
    it.next();
    assertThrows(UnsupportedOperationException.class, it::remove);
    Object[] copy = f.toArray();
    copy[0] = "z";
    assertEquals("a", f.get(0));
    assertSame(List.of(), FrozenList.wrapTrusted(new Object[0]));
  }

  @Test
  void frozenListsPassThroughCopiesAndOtherListsAreCopied() {
    List<String> f = FrozenList.wrapTrusted(new Object[] {"a", "b", "c"});
    assertSame(f, FrozenList.copyOf(f));
    List<String> mutable = new ArrayList<>(List.of("a"));
    List<String> copied = FrozenList.copyOf(mutable);
    mutable.add("b");
    assertEquals(List.of("a"), copied);
    assertThrows(NullPointerException.class, () -> FrozenList.copyOf(java.util.Arrays.asList(
        "a", null)));
  }

  @Test
  void messageKeepsItsParsedSectionsAndCopiesCallersLists() {
    DnsMessage m = DnsMessage.parse(hex(DnsMessageTest.SEED_REFERRAL));
    assertEquals(4, m.authorities().size());
    assertSame(m.authorities(), m.withId(7).authorities());
    List<DnsRecord> mine = new ArrayList<>(m.answers());
    mine.add(m.authorities().get(0));
    DnsMessage built = m.withRecords(mine, List.of(), List.of());
    mine.clear();
    assertEquals(1, built.answers().size());
    assertThrows(UnsupportedOperationException.class, () -> built.answers().add(null));
  }

  @Test
  void sectionsOfEverySizeAreUnmodifiableAndComplete() {
    for (int n = 0; n <= 5; n++) {
      List<DnsQuestion> qs = new ArrayList<>();
      List<DnsRecord> rrs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        qs.add(DnsQuestion.of("q" + i + ".example.", DnsType.A));
        rrs.add(DnsRecord.of("r" + i + ".example.", 60,
            new Rdata.A(Ipv4Address.of(192, 0, 2, i))));
      }
      DnsMessage m = new DnsMessage(1, 0x8180, qs, rrs, rrs, rrs);
      DnsMessage p = DnsMessage.parse(m.toByteArray());
      assertEquals(m, p);
      for (List<?> section : List.of(p.questions(), p.answers(), p.authorities(),
          p.additionals())) {
        assertEquals(n, section.size());
        assertThrows(UnsupportedOperationException.class, () -> section.add(null));
      }
    }
  }

  @Test
  void txtStringsOfEveryCountRoundTrip() {
    for (int n = 1; n <= 4; n++) {
      List<ByteString> strings = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        strings.add(i == 1 ? ByteString.EMPTY : ByteString.of(0x61 + i, 0x62));
      }
      Rdata.Txt txt = new Rdata.Txt(strings);
      DnsMessage m = new DnsMessage(1, 0x8180, List.of(), List.of(DnsRecord.of("t.example.",
          60, txt)), List.of(), List.of());
      Rdata.Txt back = (Rdata.Txt) DnsMessage.parse(m.toByteArray()).answers().get(0).rdata();
      assertEquals(strings, back.strings());
      assertThrows(UnsupportedOperationException.class, () -> back.strings().add(null));
    }
  }

  @Test
  void ownersThatArePointersShareTheDecodedName() {
    // SEED_REFERRAL: four NS records owned by a pointer to "edu." inside the question, each
    // with a target; glue A and AAAA owned by pointers to those targets
    DnsMessage m = DnsMessage.parse(hex(DnsMessageTest.SEED_REFERRAL));
    List<DnsRecord> ns = m.authorities();
    assertEquals(DnsName.of("edu."), ns.get(0).name());
    for (DnsRecord rr : ns) {
      assertSame(ns.get(0).name(), rr.name());
    }
    List<DnsRecord> glue = m.additionals();
    assertEquals(glue.get(0).name(), glue.get(1).name());
    assertSame(glue.get(0).name(), glue.get(1).name());
    assertEquals(((Rdata.NameRdata) ns.get(0).rdata()).name(), glue.get(0).name());
  }

  @Test
  void namesStayRightWhenMoreThanTheRememberedFewRepeat() {
    // twelve distinct names, each pointed to again later in reverse order: most are evicted
    // from the reader's small table by then and decoded anew, all must still be right
    List<DnsRecord> rrs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rrs.add(DnsRecord.of("host" + i + ".zone" + (i % 3) + ".example.", 60,
          new Rdata.A(Ipv4Address.of(192, 0, 2, i))));
    }
    for (int i = 11; i >= 0; i--) {
      rrs.add(DnsRecord.of("host" + i + ".zone" + (i % 3) + ".example.", 60,
          Rdata.NameRdata.ptr(DnsName.of("host" + i + ".zone" + (i % 3) + ".example."))));
    }
    DnsMessage m = new DnsMessage(9, 0x8180, List.of(), rrs, List.of(), List.of());
    byte[] wire = m.toByteArray();
    DnsMessage p = DnsMessage.parse(wire);
    assertEquals(m, p);
    for (int i = 0; i < p.answers().size(); i++) {
      assertEquals(rrs.get(i).name().toString(), p.answers().get(i).name().toString());
    }
    assertArrayEquals(wire, p.toByteArray());
  }

  @Test
  void aSharedNameIsNotSharedAcrossDifferentOffsets() {
    DnsMessage m = DnsMessage.parse(hex(DnsMessageTest.SEED_REFERRAL));
    DnsName edu = m.authorities().get(0).name();
    DnsName target = ((Rdata.NameRdata) m.authorities().get(0).rdata()).name();
    assertNotSame(edu, target);
    assertFalse(edu.equals(target));
    assertTrue(target.isSubdomainOf(DnsName.of("edu-servers.net.")));
  }

  @Test
  void parsedTxtStringsEqualEveryListOfTheSameStrings() {
    List<ByteString> strings = List.of(ByteString.of('v', '='), ByteString.EMPTY,
        ByteString.of(0xff, 0x80, 'A'));
    Rdata.Txt built = new Rdata.Txt(strings);
    DnsMessage m = new DnsMessage(1, 0x8180, List.of(), List.of(DnsRecord.of("t.example.", 60,
        built)), List.of(), List.of());
    byte[] wire = m.toByteArray();
    DnsMessage parsedMessage = DnsMessage.parse(wire);
    Rdata.Txt parsed = (Rdata.Txt) parsedMessage.answers().get(0).rdata();
    List<ByteString> p = parsed.strings();
    assertInstanceOf(TxtStrings.class, p);
    // List equality and hash both ways, and through the records
    assertEquals(strings, p);
    assertEquals(p, strings);
    assertEquals(new ArrayList<>(strings), p);
    assertEquals(strings.hashCode(), p.hashCode());
    assertEquals(built, parsed);
    assertEquals(parsed, built);
    assertEquals(built.hashCode(), parsed.hashCode());
    assertEquals(m, parsedMessage);
    assertEquals(p, ((Rdata.Txt) DnsMessage.parse(wire).answers().get(0).rdata()).strings());
    assertNotEquals(p, List.of(ByteString.of('v', '=')));
    assertNotEquals(p, strings.subList(0, 2));
    // the List views
    assertEquals(3, p.size());
    assertFalse(p.isEmpty());
    assertEquals(ByteString.EMPTY, p.get(1));
    assertEquals(strings.get(2), p.get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> p.get(3));
    assertThrows(IndexOutOfBoundsException.class, () -> p.get(-1));
    assertEquals(strings, List.copyOf(p));
    assertEquals(strings.subList(1, 3), p.subList(1, 3));
    assertEquals(2, p.indexOf(strings.get(2)));
    assertEquals(1, p.lastIndexOf(ByteString.EMPTY));
    assertTrue(p.contains(ByteString.of('v', '=')));
    assertFalse(p.contains(ByteString.of('x')));
    assertTrue(p.containsAll(strings));
    assertEquals(strings.toString(), p.toString());
    assertArrayEquals(strings.toArray(), p.toArray());
    assertArrayEquals(strings.toArray(new ByteString[0]), p.toArray(new ByteString[0]));
    List<ByteString> viaIterator = new ArrayList<>();
    p.forEach(viaIterator::add);
    assertEquals(strings, viaIterator);
    assertEquals(strings.get(2), p.listIterator(2).next());
    // unmodifiable, and a returned string is a copy
    assertThrows(UnsupportedOperationException.class, () -> p.add(ByteString.EMPTY));
    assertThrows(UnsupportedOperationException.class, () -> p.add(0, ByteString.EMPTY));
    assertThrows(UnsupportedOperationException.class, () -> p.set(0, ByteString.EMPTY));
    assertThrows(UnsupportedOperationException.class, () -> p.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> p.remove(ByteString.EMPTY));
    assertThrows(UnsupportedOperationException.class, () -> p.addAll(strings));
    assertThrows(UnsupportedOperationException.class, () -> p.addAll(0, strings));
    assertThrows(UnsupportedOperationException.class, () -> p.removeAll(strings));
    assertThrows(UnsupportedOperationException.class, () -> p.retainAll(strings));
    assertThrows(UnsupportedOperationException.class, p::clear);
    assertThrows(UnsupportedOperationException.class, () -> p.iterator().remove());
    // encoded back byte for byte, alone and inside a message
    assertEquals(built.encodedLength(), parsed.encodedLength());
    assertArrayEquals(built.toByteArray(), parsed.toByteArray());
    assertArrayEquals(wire, parsedMessage.toByteArray());
    assertEquals(built.presentation(), parsed.presentation());
  }
}
