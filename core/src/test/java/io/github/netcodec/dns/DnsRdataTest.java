package io.github.netcodec.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsRdataTest {

  private static Rdata decode(DnsType type, String hex) {
    return RdataCodec.decode(type, ByteBuffer.wrap(Hex.parse(hex)));
  }

  private static String error(DnsType type, String hex) {
    return assertThrows(MalformedPacketException.class, () -> decode(type, hex)).getMessage();
  }

  @Test
  void dnskeyKeyTagOfRfc4034() {
    // RFC 4034 §2.3: the DNSKEY of example.com whose RRSIG in §3.3 names key tag 2642
    Rdata.Dnskey key = (Rdata.Dnskey) Rdata.parse(DnsType.DNSKEY, """
        256 3 5 ( AQPSKmynfzW4kyBv015MUG2DeIQ3
                  Cbl+BBZH4b/0PY1kxkmvHjcZc8no
                  kfzj31GajIQKY+5CptLr3buXA10h
                  WqTkF7H6RfoRqXQeogmMHfpftf6z
                  Mv1LyBUgia7za6ZEzOJBOztyvhjL
                  742iU/TpPSEDhm2SNKLijfUppn1U
                  aNvv4w==  )""");
    assertEquals(2642, key.keyTag());
    assertEquals(256, key.flags());
  }

  @Test
  void rrsigTimesAreYyyymmddhhmmss() {
    // RFC 4034 §3.3
    Rdata.Rrsig sig = (Rdata.Rrsig) Rdata.parse(DnsType.RRSIG, "A 5 3 86400 20030322173103 ("
        + " 20030220173103 2642 example.com. oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip8WTr"
        + "PYGv07h108dUKGMeDPKijVCHX3DDKdfb+v6o B9wfuh3DTJXUAfI/M0zmO/zz8bW0Rznl8O3t"
        + "GNazPwQKkRN20XPXV6nwwfoXmJQbsLNrLfkGJ5D6fwFm8nN+6pBzeDQfsS3Ap3o= )");
    assertEquals(1048354263L, sig.expiration());
    assertEquals("20030322173103", DnsText.time(sig.expiration()));
    assertEquals(DnsType.A, sig.typeCovered());
    assertEquals(sig, Rdata.parse(DnsType.RRSIG, sig.presentation()));
  }

  @Test
  void typeBitmapsOfRfc4034Section43() {
    // RFC 4034 §4.3: NSEC host.example.com. A MX RRSIG NSEC TYPE1234
    Rdata.Nsec nsec = (Rdata.Nsec) decode(DnsType.NSEC, """
        04 68 6f 73 74 07 65 78 61 6d 70 6c 65 03 63 6f 6d 00
        00 06 40 01 00 00 00 03 04 1b 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
        00 00 00 00 00 00 00 00 20""");
    assertEquals(List.of(DnsType.A, DnsType.MX, DnsType.RRSIG, DnsType.NSEC, DnsType.of(1234)),
        nsec.types());
    assertEquals("host.example.com. A MX RRSIG NSEC TYPE1234", nsec.presentation());
    assertEquals(nsec.encodedLength(), nsec.toByteArray().length);
    assertEquals(nsec, decode(DnsType.NSEC, Hex.toHex(nsec.toByteArray())));
  }

  @Test
  void namedMalformedRdata() {
    assertEquals("DNS: NSEC.types at offset 4 ends window 0 with a zero octet, which RFC 4034"
        + " §4.1.2 forbids", error(DnsType.NSEC, "00 0002 4000"));
    assertEquals("DNS: NSEC.types at offset 4 has window 0 after window 0, not in increasing"
        + " order", error(DnsType.NSEC, "00 0001 40 0001 20"));
    assertEquals("DNS: NSEC.types at offset 2 has bitmap length 33, not in 1..32",
        error(DnsType.NSEC, "00 00 21"));
    assertEquals("DNS: SVCB.param at offset 9 has key 1 after key 3, not in increasing order",
        error(DnsType.HTTPS, "0001 00 0003 0002 01bb 0001 0003 026833"));
    assertEquals("DNS: SVCB.mandatory at offset 9 lists key 1 after key 4, not in increasing"
        + " order", error(DnsType.SVCB, "0001 00 0000 0004 0004 0001"));
    assertEquals("DNS: SVCB.port at offset 7 has length 1, not 2",
        error(DnsType.SVCB, "0001 00 0003 0001 01"));
    assertEquals("DNS: NSEC3.hashLength at offset 5 is 0, below the minimum 1",
        error(DnsType.NSEC3, "01 00 000a 00 00"));
    assertEquals("DNS: COOKIE at offset 4 has length 5, not 8 or 16..40",
        error(DnsType.OPT, "000a 0005 0102030405"));
    assertEquals("DNS: CLIENT-SUBNET.address at offset 8 has 3 octets, not the 2 its source"
        + " prefix 16 needs", error(DnsType.OPT, "0008 0007 0001 10 00 c00002"));
    assertEquals("DNS: TSIG.mac at offset 11 needs 32 bytes, but only 0 are present",
        error(DnsType.TSIG, "00 0000 6553f100 012c 0020"));
  }

  @Test
  void svcbOfRfc9460AppendixD() {
    // RFC 9460 Appendix D.2, figure 5: 16 foo.example.org. alpn=h2,h3-19 mandatory=ipv4hint,alpn
    // ipv4hint=192.0.2.1
    String wire = """
        00 10 03 66 6f 6f 07 65 78 61 6d 70 6c 65 03 6f 72 67 00
        00 00 00 04 00 01 00 04
        00 01 00 09 02 68 32 05 68 33 2d 31 39
        00 04 00 04 c0 00 02 01""";
    Rdata.Svcb svcb = (Rdata.Svcb) decode(DnsType.SVCB, wire);
    assertEquals("16 foo.example.org. mandatory=alpn,ipv4hint alpn=\"h2,h3-19\""
        + " ipv4hint=192.0.2.1", svcb.presentation());
    assertEquals(svcb, Rdata.parse(DnsType.SVCB,
        "16 foo.example.org. alpn=h2,h3-19 mandatory=ipv4hint,alpn ipv4hint=192.0.2.1"));
    assertEquals(Hex.toHex(Hex.parse(wire.replaceAll("\\s", ""))), Hex.toHex(svcb.toByteArray()));
    // RFC 9460 Appendix D.2, figure 6: an alpn value with escaped commas and backslashes
    Rdata.Svcb escaped = (Rdata.Svcb) Rdata.parse(DnsType.SVCB,
        "16 foo.example.org. alpn=\"f\\\\\\\\oo\\\\,bar,h2\"");
    assertEquals(new SvcParam.Alpn(List.of(ByteString.copyOf("f\\oo,bar".getBytes(
        java.nio.charset.StandardCharsets.US_ASCII)), ByteString.copyOf(new byte[] {'h', '2'}))),
        escaped.params().get(0));
    assertEquals(escaped, Rdata.parse(DnsType.SVCB, escaped.presentation()));
  }

  @Test
  void nsec3Base32HexOfRfc5155AppendixA() {
    // RFC 5155 Appendix A: the NSEC3 of the apex
    Rdata.Nsec3 n = (Rdata.Nsec3) Rdata.parse(DnsType.NSEC3,
        "1 1 12 aabbccdd ( 2t7b4g4vsa5smi47k61mv5bv1a22bojr MX DNSKEY NS SOA NSEC3PARAM RRSIG )");
    assertEquals("1 1 12 AABBCCDD 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR NS SOA MX RRSIG DNSKEY"
        + " NSEC3PARAM", n.presentation());
    assertEquals(20, n.nextHashedOwner().size());
    assertEquals(n, decode(DnsType.NSEC3, Hex.toHex(n.toByteArray())));
  }
}
