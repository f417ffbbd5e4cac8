package io.github.netcodec.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.ByteString;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed lecture's {@code dig +trace +all www.cs.virginia.edu} referrals
 * (../shared/seed/networking-lecture.txt): the records as dig printed them are parsed, encoded
 * with compression into a response to {@code www.cs.virginia.edu. IN A}, and the size matches
 * dig's "Received N bytes" line; decoding and printing gives the lecture's lines back.
 */
class DnsSeedLectureTest {

  private static String squeeze(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static void roundTrip(List<String> authority, List<String> additional, Edns edns,
      int receivedBytes) {
    DnsMessage m = new DnsMessage(0x1c0f, DnsMessage.QR,
        List.of(DnsQuestion.of("www.cs.virginia.edu.", DnsType.A)), List.of(),
        authority.stream().map(DnsRecord::parse).toList(),
        additional.stream().map(DnsRecord::parse).toList()).withEdns(edns);
    byte[] wire = m.toByteArray();
    assertEquals(receivedBytes, wire.length, "dig's \";; Received " + receivedBytes + " bytes\"");
    DnsMessage back = DnsMessage.parse(wire);
    assertEquals(m, back);
    assertEquals(authority.stream().map(DnsSeedLectureTest::squeeze).toList(),
        back.authorities().stream().map(rr -> squeeze(rr.toString())).toList());
    List<String> printed = back.additionals().stream()
        .filter(rr -> !(rr.rdata() instanceof Rdata.Opt))
        .map(rr -> squeeze(rr.toString())).toList();
    assertEquals(additional.stream().map(DnsSeedLectureTest::squeeze).toList(), printed);
  }

  @Test
  void virginiaEduReferralIs165Bytes() {
    // lecture: ";; Received 165 bytes from 192.26.92.30#53(c.edu-servers.net) in 40 ms"
    roundTrip(List.of(
            "virginia.edu.          172800      IN          NS          nom.virginia.edu.",
            "virginia.edu.          172800      IN          NS          uvaarpa.virginia.edu.",
            "virginia.edu.          172800      IN          NS          eip-01-aws.net.virginia.edu."),
        List.of(
            "nom.virginia.edu.      172800      IN          A           128.143.107.101",
            "uvaarpa.virginia.edu.  172800      IN          A           128.143.107.117",
            "eip-01-aws.net.virginia.edu. 172800 IN          A           44.234.207.10"),
        Edns.of(1232), 165);
  }

  @Test
  void csVirginiaEduReferralIs116BytesWithACookie() {
    // lecture: ";; Received 116 bytes from 44.234.207.10#53(eip-01-aws.net.virginia.edu) in 72 ms";
    // the server echoes an EDNS cookie (8-byte client and 16-byte server part, RFC 7873)
    Edns cookie = new Edns(1232, 0, 0, 0, List.of(new EdnsOption.Cookie(
        ByteString.fromHex("0102030405060708"),
        ByteString.fromHex("0102030405060708090a0b0c0d0e0f10"))));
    roundTrip(List.of("cs.virginia.edu.          3600      IN        NS        coresrv01.cs.virginia.edu."),
        List.of("coresrv01.cs.virginia.edu. 3600      IN        A         128.143.67.11"),
        cookie, 116);
  }
}
