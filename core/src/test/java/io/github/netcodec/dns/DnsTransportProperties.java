package io.github.netcodec.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** UDP truncation and TCP framing over random messages. */
class DnsTransportProperties {

  @Property(tries = 300)
  void truncationKeepsWholeRrsetsAndFits(@ForAll long seed,
      @ForAll @IntRange(min = 12, max = 700) int limit) {
    DnsMessage m = RandomDns.message(new Random(seed), 8);
    DnsMessage t = m.truncatedTo(limit);
    if (m.encodedLength() <= limit) {
      assertSame(m, t);
      return;
    }
    assertTrue(t.isTruncated());
    assertEquals(m.questions(), t.questions());
    boolean emptyBeyondFixed = t.answers().isEmpty() && t.authorities().isEmpty()
        && t.additionals().stream().allMatch(rr -> rr.rdata() instanceof Rdata.Opt);
    assertTrue(t.encodedLength() <= limit || emptyBeyondFixed, "over the limit");
    assertPrefixOfWholeRrsets(m.answers(), t.answers());
    assertPrefixOfWholeRrsets(m.authorities(), t.authorities());
    assertEquals(t, DnsMessage.parse(t.toByteArray()));
  }

  private static void assertPrefixOfWholeRrsets(List<DnsRecord> all, List<DnsRecord> kept) {
    assertEquals(all.subList(0, kept.size()), kept);
    if (!kept.isEmpty() && kept.size() < all.size()) {
      DnsRecord last = kept.get(kept.size() - 1);
      DnsRecord next = all.get(kept.size());
      assertTrue(!(last.name().equals(next.name()) && last.type().equals(next.type())
          && last.dnsClass().equals(next.dnsClass())), "an RRset was split");
    }
  }

  @Property(tries = 300)
  void streamDecoderAcceptsAnyReadBoundaries(@ForAll long seed) {
    Random r = new Random(seed);
    List<DnsMessage> sent = new ArrayList<>();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      DnsMessage m = RandomDns.message(r, 3);
      sent.add(m);
      stream.writeBytes(DnsStreamDecoder.frame(m));
    }
    byte[] bytes = stream.toByteArray();
    DnsStreamDecoder decoder = new DnsStreamDecoder();
    List<DnsMessage> received = new ArrayList<>();
    int p = 0;
    while (p < bytes.length) {
      int n = Math.min(bytes.length - p, r.nextInt(4) == 0 ? 1 : 1 + r.nextInt(40));
      ByteBuffer chunk = ByteBuffer.wrap(bytes, p, n).slice();
      received.addAll(decoder.feed(chunk));
      assertEquals(0, chunk.remaining());
      p += n;
    }
    assertEquals(sent, received);
    assertEquals(0, decoder.bufferedBytes());
  }
}
