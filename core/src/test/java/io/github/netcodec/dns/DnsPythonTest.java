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
      "u.example. 300 IN TYPE65280 \\# 3 abcdef",
      "n.example. 300 IN NAPTR 100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.",
      "s.example. 300 IN SSHFP 4 2 123456789ABCDEF67890123456789ABCDEF67890123456789ABCDEF123456789",
      "_443._tcp.example. 300 IN TLSA 3 1 1 D2ABDE240D7CD3EE6B4B28C54DF034B97983A1D16E8A410E4561CB106618E971",
      "_ftp._tcp.example. 300 IN URI 10 1 \"ftp://ftp1.example.com/public\"",
      "svc.example. 300 IN SVCB 1 svc2.example. alpn=\"h2,h3\" port=8443 ipv4hint=192.0.2.1,192.0.2.2 ipv6hint=2001:db8::1",
      "example. 300 IN HTTPS 1 . mandatory=alpn alpn=\"h3\" no-default-alpn key667=\"hello\"",
      "example. 300 IN HTTPS 0 pool.svc.example.",
      "dskey.example. 86400 IN DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118",
      "example. 86400 IN DNSKEY 256 3 5 AQPSKmynfzW4kyBv015MUG2DeIQ3Cbl+BBZH4b/0PY1kxkmvHjcZc8nokfzj31GajIQKY+5CptLr3buXA10hWqTkF7H6RfoRqXQeogmMHfpftf6zMv1LyBUgia7za6ZEzOJBOztyvhjL742iU/TpPSEDhm2SNKLijfUppn1UaNvv4w==",
      "host.example. 86400 IN RRSIG A 5 3 86400 20030322173103 20030220173103 2642 example. oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip8WTrPYGv07h108dUKGMeDPKijVCHX3DDKdfb+v6oB9wfuh3DTJXUAfI/M0zmO/zz8bW0Rznl8O3tGNazPwQKkRN20XPXV6nwwfoXmJQbsLNrLfkGJ5D6fwFm8nN+6pBzeDQfsS3Ap3o=",
      "alfa.example. 86400 IN NSEC host.example. A MX RRSIG NSEC TYPE1234",
      "0p9mhaveqvm6t7vbl5lop2u3t2rp3tom.example. 86400 IN NSEC3 1 1 12 AABBCCDD 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR NS SOA MX RRSIG DNSKEY NSEC3PARAM",
      "example. 0 IN NSEC3PARAM 1 0 12 AABBCCDD",
      "example. 0 ANY TSIG hmac-sha256. 1700000000 300 4 AQIDBA== 4242 NOERROR 0");

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

  /** Lower case, and no spaces inside the hex or base64 blobs of the types that split them. */
  static String canonical(String line) {
    String s = squeeze(line).toLowerCase(java.util.Locale.ROOT);
    String[] f = s.split(" ");
    String type = f.length > 3 ? f[3] : "";
    if (type.equals("svcb") || type.equals("https")) {
      // dnspython quotes every SvcParam value; RFC 9460 §2.1 makes the quotes optional
      s = s.replaceAll("=\"([^\",]*)\"", "=$1").replaceAll("(ipv[46]hint)=\"([^\"]*)\"", "$1=$2");
      return s;
    }
    int fixed = switch (type) {
      case "sshfp" -> 6;
      case "ds", "tlsa", "dnskey" -> 7;
      case "rrsig" -> 12;
      default -> f.length;
    };
    if (f.length <= fixed) {
      return s;
    }
    return String.join(" ", java.util.Arrays.copyOf(f, fixed)) + " "
        + String.join("", java.util.Arrays.copyOfRange(f, fixed, f.length));
  }

  static String squeeze(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  @Test
  void weParseWhatDnspythonBuilds() {
    String out = DnsPython.run(BUILD, String.join("\n", RECORDS));
    List<String> lines = Arrays.asList(out.strip().split("\n"));
    DnsMessage m = DnsMessage.parse(Hex.parse(lines.get(0)));
    assertEquals(4242, m.id());
    List<String> theirs = lines.subList(1, lines.size());
    assertEquals(theirs.size(), m.answers().size());
    for (int i = 0; i < theirs.size(); i++) {
      DnsRecord ours = m.answers().get(i);
      // same record when we read dnspython's text, and the same text up to hex and base32 case
      // and the spaces dnspython puts into long hex and base64 fields
      assertEquals(ours, DnsRecord.parse(theirs.get(i)), theirs.get(i));
      assertEquals(canonical(theirs.get(i)), canonical(ours.toString()), theirs.get(i));
    }
  }

  @Test
  void dnspythonParsesWhatWeEncode() {
    // dnspython accepts TSIG only as the last additional record, where it would verify it
    List<String> lines0 = RECORDS.stream().filter(l -> !l.contains(" TSIG ")).toList();
    List<DnsRecord> records = new ArrayList<>();
    for (String line : lines0) {
      records.add(DnsRecord.parse(line));
    }
    DnsMessage m = new DnsMessage(4242, 0x8180, List.of(DnsQuestion.of("example.", DnsType.ANY)),
        records, List.of(), List.of()).withEdns(Edns.of(1232));
    String out = DnsPython.run(PARSE, Hex.toHex(m.toByteArray()));
    List<String> lines = Arrays.asList(out.strip().split("\n"));
    assertEquals("4242 33152", lines.get(0));
    List<String> theirs = lines.subList(1, lines.size());
    assertEquals(lines0.stream().map(DnsPythonTest::canonical).toList(),
        theirs.stream().map(DnsPythonTest::canonical).toList());
  }
}
