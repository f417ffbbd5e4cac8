package io.github.netcodec.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsTransportTest {

  /** A response with a 30-record TXT RRset, two NS and glue: well over 512 octets. */
  private static DnsMessage bigResponse() {
    List<DnsRecord> answers = new ArrayList<>();
    answers.add(DnsRecord.of("example.", 300, new Rdata.A(Ipv4Address.parse("192.0.2.1"))));
    for (int i = 0; i < 30; i++) {
      answers.add(DnsRecord.of("example.", 300, Rdata.Txt.of("record number " + i)));
    }
    List<DnsRecord> auth = List.of(
        DnsRecord.of("example.", 3600, Rdata.NameRdata.ns(DnsName.of("ns1.example."))),
        DnsRecord.of("example.", 3600, Rdata.NameRdata.ns(DnsName.of("ns2.example."))));
    List<DnsRecord> add = List.of(
        DnsRecord.of("ns1.example.", 3600, new Rdata.A(Ipv4Address.parse("192.0.2.53"))),
        DnsRecord.of("ns1.example.", 3600, new Rdata.Aaaa(Ipv6Address.parse("2001:db8::53"))));
    return new DnsMessage(7, DnsMessage.QR | DnsMessage.RD | DnsMessage.RA,
        List.of(DnsQuestion.of("example.", DnsType.ANY)), answers, auth, add);
  }

  @Test
  void truncatesAt512WithoutEdnsAtWholeRrsets() {
    DnsMessage big = bigResponse();
    assertTrue(big.encodedLength() > 512);
    DnsMessage query = DnsMessage.query(7, DnsName.of("example."), DnsType.ANY);
    assertEquals(512, DnsMessage.udpLimitOf(query));
    DnsMessage t = big.truncatedTo(DnsMessage.udpLimitOf(query));
    assertTrue(t.isTruncated());
    assertTrue(t.encodedLength() <= 512);
    // the A RRset fits, the 30-record TXT RRset does not: nothing after the A is kept
    assertEquals(1, t.answers().size());
    assertTrue(t.authorities().isEmpty());
    assertTrue(t.additionals().isEmpty());
  }

  @Test
  void honoursTheEdnsPayloadSizeAndKeepsOpt() {
    DnsMessage query = DnsMessage.query(7, DnsName.of("example."), DnsType.ANY)
        .withEdns(Edns.of(1232));
    assertEquals(1232, DnsMessage.udpLimitOf(query));
    assertEquals(512, DnsMessage.udpLimitOf(query.withEdns(Edns.of(100))));
    DnsMessage big = bigResponse().withEdns(Edns.of(1232));
    DnsMessage fits = big.truncatedTo(1232);
    assertEquals(big, fits);
    assertFalse(fits.isTruncated());
    DnsMessage t = big.truncatedTo(600);
    assertTrue(t.isTruncated());
    assertTrue(t.encodedLength() <= 600);
    assertEquals(1232, t.edns().orElseThrow().udpPayloadSize());
  }

  @Test
  void framesForTcp() {
    DnsMessage m = DnsMessage.query(0x1234, DnsName.of("a."), DnsType.A);
    // RFC 1035 §4.2.2: two-octet length, then the message
    assertEquals("0013" + Hex.toHex(m.toByteArray()), Hex.toHex(DnsStreamDecoder.frame(m)));
  }

  @Test
  void streamDecoderSurvivesAMalformedMessage() {
    DnsMessage good = DnsMessage.query(1, DnsName.of("a."), DnsType.A);
    byte[] g = DnsStreamDecoder.frame(good);
    byte[] bad = Hex.parse("0003 000000"); // a 3-byte "message": no header
    ByteBuffer stream = ByteBuffer.allocate(bad.length + g.length).put(bad).put(g).flip();
    DnsStreamDecoder d = new DnsStreamDecoder();
    MalformedPacketException e = assertThrows(MalformedPacketException.class,
        () -> d.feed(stream));
    assertEquals("DNS: header at offset 0 needs 12 bytes, but only 3 are present",
        e.getMessage());
    assertEquals(List.of(good), d.feed(stream));
    // split inside the length prefix
    DnsStreamDecoder d2 = new DnsStreamDecoder();
    assertEquals(List.of(), d2.feed(ByteBuffer.wrap(g, 0, 1)));
    assertEquals(1, d2.bufferedBytes());
    assertEquals(List.of(good), d2.feed(ByteBuffer.wrap(g, 1, g.length - 1)));
  }
}
