package io.github.netcodec.dns;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class DnsMessageProperties {

  @Property(tries = 300)
  void messagesRoundTripThroughTheCompressingEncoder(@ForAll long seed) {
    DnsMessage m = RandomDns.message(new Random(seed), 6);
    assertRoundTrips(m, DnsMessage::parse);
    byte[] bytes = m.toByteArray();
    assertEquals(bytes.length, m.encodedLength());
    assertTrue(bytes.length <= m.uncompressedLength());
    // re-encoding what we parsed gives the same bytes: the compressor is deterministic
    DnsMessage parsed = assertLosslessOnEveryBufferKind(bytes, DnsMessage::parse);
    assertEquals(m.hashCode(), parsed.hashCode());
    assertEquals(m, DnsMessage.parseLenient(ByteBuffer.wrap(bytes)));
  }

  @Property(tries = 300)
  void recordsRoundTripThroughZoneFileText(@ForAll long seed) {
    Random r = new Random(seed);
    DnsRecord rr = RandomDns.record(r);
    if (rr.rdata() instanceof Rdata.Opt) {
      return; // OPT is a pseudo-record without a zone-file form
    }
    assertEquals(rr, DnsRecord.parse(rr.toString()), rr.toString());
    Rdata d = rr.rdata();
    assertEquals(d, Rdata.parse(d.type(), d.presentation()));
    // the RFC 3597 generic form works for every type
    assertEquals(d, Rdata.parse(d.type(), "\\# " + d.encodedLength() + " "
        + io.github.netcodec.Hex.toHex(d.toByteArray())));
  }

  @Property(tries = 1000)
  void arbitraryBytesThrowOnlyMalformed(@ForAll @Size(max = 120) byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 1000)
  void mutatedMessagesThrowOnlyMalformed(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] bytes = RandomDns.message(r, 4).toByteArray();
    for (int k = 1 + r.nextInt(4); k > 0; k--) {
      int i = r.nextInt(bytes.length);
      bytes[i] = switch (r.nextInt(4)) {
        case 0 -> (byte) (0xc0 | r.nextInt(64)); // a pointer
        case 1 -> (byte) r.nextInt(256);
        case 2 -> (byte) 0xff; // counts and lengths at their maximum
        default -> (byte) (bytes[i] ^ 1 << r.nextInt(8));
      };
    }
    check(bytes);
  }

  @Property(tries = 300)
  void hostileCountsAllocateNoMoreThanTheInput(@ForAll @Size(max = 40) byte[] body) {
    byte[] bytes = new byte[12 + body.length];
    for (int i = 4; i < 12; i++) {
      bytes[i] = (byte) 0xff;
    }
    System.arraycopy(body, 0, bytes, 12, body.length);
    check(bytes);
  }

  private static void check(byte[] bytes) {
    DnsMessage strict = parseOrReject(bytes, DnsMessage::parse);
    DnsMessage lenient = parseOrReject(bytes, DnsMessage::parseLenient);
    if (strict != null) {
      assertEquals(strict, lenient);
      assertRoundTrips(strict, DnsMessage::parse);
      strict.toString(); // printing never throws either
    }
    if (lenient != null) {
      lenient.toString();
      lenient.toByteArray();
    }
  }
}
