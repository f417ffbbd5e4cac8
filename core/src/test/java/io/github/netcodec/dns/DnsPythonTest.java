package io.github.netcodec.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.Hex;
import io.github.netcodec.testing.DnsPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * dnspython (Debian {@code python3-dnspython}) as an independent oracle: it builds a message of
 * every supported type and we parse it to the same presentation text; it parses what we encode
 * and prints the same text.
 */
class DnsPythonTest {

  /** One record of every supported type, in dnspython's zone-file text. */
  static final List<String> RECORDS = List.of(
      "a.example. 300 IN A 192.0.2.1",
      "a.example. 300 IN AAAA 2001:db8::1",
      "example. 3600 IN NS ns1.example.",
      "www.example. 300 IN CNAME a.example.",
      "d.example. 300 IN DNAME b.example.",
      "1.2.0.192.in-addr.arpa. 300 IN PTR a.example.",
      "example. 3600 IN SOA ns1.example. hostmaster.example. 2024010101 7200 3600 1209600 3600",
      "example. 300 IN MX 10 mail.example.",
      "example. 300 IN TXT \"v=spf1 -all\" \"a \\\"quoted\\\" \\\\ string\\010\"",
      "h.example. 300 IN HINFO \"PDP-11\" \"UNIX\"",
      "_sip._udp.example. 300 IN SRV 0 5 5060 sip.example.",
      "example. 300 IN CAA 128 issue \"ca.example.net; account=1\"",
      "u.example. 300 IN TYPE65280 \\# 3 abcdef");

  /** Reads zone lines on stdin, prints the hex of a response holding them, then each RR. */
  private static final String BUILD = """
      import sys, dns.message, dns.rrset, dns.rdataclass, dns.rdatatype
      m = dns.message.Message(id=4242)
      m.flags = 0x8180
      for line in sys.stdin.read().splitlines():
          name, ttl, cls, typ, rd = line.split(None, 4)
          m.answer.append(dns.rrset.from_text(name, int(ttl), cls, typ, rd))
      print(m.to_wire().hex())
      for rrset in m.answer:
          for rd in rrset:
              print(rrset.name, rrset.ttl, dns.rdataclass.to_text(rrset.rdclass),
                    dns.rdatatype.to_text(rrset.rdtype), rd.to_text())
      """;

  /** Reads the hex of a message on stdin and prints each RR of every section. */
  private static final String PARSE = """
      import sys, dns.message, dns.rdataclass, dns.rdatatype
      m = dns.message.from_wire(bytes.fromhex(sys.stdin.read().strip()))
      print(m.id, m.flags)
      for section in (m.answer, m.authority, m.additional):
          for rrset in section:
              for rd in rrset:
                  print(rrset.name, rrset.ttl, dns.rdataclass.to_text(rrset.rdclass),
                        dns.rdatatype.to_text(rrset.rdtype), rd.to_text())
      """;

  static String squeeze(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  @Test
  void weParseWhatDnspythonBuilds() {
    String out = DnsPython.run(BUILD, String.join("\n", RECORDS));
    List<String> lines = Arrays.asList(out.strip().split("\n"));
    DnsMessage m = DnsMessage.parse(Hex.parse(lines.get(0)));
    assertEquals(4242, m.id());
    List<String> ours = m.answers().stream().map(rr -> squeeze(rr.toString())).toList();
    List<String> theirs = lines.subList(1, lines.size()).stream().map(DnsPythonTest::squeeze)
        .toList();
    assertEquals(theirs, ours);
  }

  @Test
  void dnspythonParsesWhatWeEncode() {
    List<DnsRecord> records = new ArrayList<>();
    for (String line : RECORDS) {
      records.add(DnsRecord.parse(line));
    }
    DnsMessage m = new DnsMessage(4242, 0x8180, List.of(DnsQuestion.of("example.", DnsType.ANY)),
        records, List.of(), List.of()).withEdns(Edns.of(1232));
    String out = DnsPython.run(PARSE, Hex.toHex(m.toByteArray()));
    List<String> lines = Arrays.asList(out.strip().split("\n"));
    assertEquals("4242 33152", lines.get(0));
    List<String> theirs = lines.subList(1, lines.size()).stream().map(DnsPythonTest::squeeze)
        .toList();
    assertEquals(RECORDS.stream().map(DnsPythonTest::squeeze).toList(), theirs);
  }
}
