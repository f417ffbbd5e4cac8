package io.github.netcodec.dhcpv6;

import static io.github.netcodec.testing.CodecAssertions.assertEncodesTo;
import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.Ipv6Prefix;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dhcpv6.Dhcpv6Option.ClientId;
import io.github.netcodec.dhcpv6.Dhcpv6Option.IaAddress;
import io.github.netcodec.dhcpv6.Dhcpv6Option.IaNa;
import io.github.netcodec.dhcpv6.Dhcpv6Option.IaPrefix;
import io.github.netcodec.dhcpv6.Dhcpv6Option.RelayMessage;
import io.github.netcodec.dns.DnsName;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Messages built by scapy 2.5 (Debian python3-scapy, {@code scapy.layers.dhcp6}), parsed to
 * their values and encoded back byte for byte; malformed inputs with their exact messages;
 * nesting bounds; lenient parsing; the factories and getters.
 */
class Dhcpv6MessageTest {

  static final MacAddress MAC = MacAddress.parse("00:11:22:33:44:55");

  /**
   * scapy: {@code DHCP6_Solicit(trid=0x123456)/DHCP6OptClientId(duid=DUID_LLT(hwtype=1,
   * timeval=12345, lladdr="00:11:22:33:44:55"))/DHCP6OptIA_NA(iaid=7, T1=0, T2=0)
   * /DHCP6OptOptReq(reqopts=[23,24])/DHCP6OptElapsedTime(elapsedtime=0)/DHCP6OptRapidCommit()
   * /DHCP6OptReconfAccept()}.
   */
  static final byte[] SOLICIT = Hex.parse("""
      01123456 0001000e 00010001 00003039 00112233 4455
      0003000c 00000007 00000000 00000000
      00060004 00170018 00080002 0000 000e0000 00140000""");

  /**
   * scapy: {@code DHCP6_Advertise(trid=0x123456)/DHCP6OptClientId(duid=DUID_LL(
   * lladdr="00:11:22:33:44:55"))/DHCP6OptServerId(duid=DUID_EN(enterprisenum=9,
   * id=b"\x01\x02\x03"))/DHCP6OptIA_NA(iaid=7, T1=3600, T2=5400, ianaopts=[DHCP6OptIAAddress(
   * addr="2001:db8::100", preflft=7200, validlft=10800)])/DHCP6OptPref(prefval=255)
   * /DHCP6OptDNSServers(dnsservers=["2001:db8::53","2001:db8::54"])/DHCP6OptDNSDomains(
   * dnsdomains=["example.com.","lab.example.org."])/DHCP6OptStatusCode(statuscode=0,
   * statusmsg=b"all good")}.
   */
  static final byte[] ADVERTISE = Hex.parse("""
      02123456 0001000a 00030001 00112233 4455 00020009 00020000 0009010203
      00030028 00000007 00000e10 00001518 00050018 20010db8 00000000 00000000 00000100
      00001c20 00002a30 00070001 ff 00170020 20010db8 00000000 00000000 00000053
      20010db8 00000000 00000000 00000054 0018001e 07657861 6d706c65 03636f6d 00036c61
      62076578 616d706c 65036f72 6700 000d000a 0000616c 6c20676f 6f64""");

  /**
   * scapy: {@code DHCP6_Reply(trid=0xabcdef)/DHCP6OptClientId(duid=DUID_UUID(uuid=UUID(
   * "12345678-9abc-def0-1122-334455667788")))/DHCP6OptServerId(duid=DUID_LLT(timeval=0x2a2b2c2d,
   * lladdr="02:00:5e:10:00:01"))/DHCP6OptIA_PD(iaid=1, T1=1800, T2=2880, iapdopt=[
   * DHCP6OptIAPrefix(preflft=3600, validlft=7200, plen=56, prefix="2001:db8:1200::")])
   * /DHCP6OptIA_TA(iaid=2, iataopts=[DHCP6OptIAAddress(addr="2001:db8::77", preflft=0xffffffff,
   * validlft=0xffffffff)])/DHCP6OptIA_NA(iaid=3, T1=0, T2=0, ianaopts=[DHCP6OptStatusCode(
   * statuscode=2, statusmsg=b"no addresses")])/DHCP6OptSNTPServers(
   * sntpservers=["2001:db8::123"])}.
   */
  static final byte[] REPLY = Hex.parse("""
      07abcdef 00010012 00041234 56789abc def01122 33445566 7788
      0002000e 00010001 2a2b2c2d 02005e10 0001
      00190029 00000001 00000708 00000b40 001a0019 00000e10 00001c20 3820010d b8120000
      00000000 00000000 00
      00040020 00000002 00050018 20010db8 00000000 00000000 00000077 ffffffff ffffffff
      0003001e 00000003 00000000 00000000 000d000e 00026e6f 20616464 72657373 6573
      001f0010 20010db8 00000000 00000000 00000123""");

  /**
   * scapy: {@code DHCP6_RelayForward(hopcount=1, linkaddr="2001:db8::1", peeraddr="fe80::1")
   * /DHCP6OptIfaceId(ifaceid=b"eth0")/DHCP6OptRelayMsg(message=DHCP6_Solicit(trid=0x010203)
   * /DHCP6OptClientId(duid=DUID_LL(lladdr="00:11:22:33:44:55"))
   * /DHCP6OptElapsedTime(elapsedtime=100))}.
   */
  static final byte[] RELAY_FORWARD = Hex.parse("""
      0c01 20010db8 00000000 00000000 00000001 fe800000 00000000 00000000 00000001
      00120004 65746830
      00090018 01010203 0001000a 00030001 00112233 4455 00080002 0064""");

  /**
   * scapy: {@code DHCP6_RelayForward(hopcount=1, linkaddr="::", peeraddr="fe80::2")
   * /DHCP6OptRelayMsg(message=DHCP6_RelayForward(hopcount=0, linkaddr="2001:db8:5::1",
   * peeraddr="fe80::3")/DHCP6OptRelayMsg(message=DHCP6_InfoRequest(trid=1)
   * /DHCP6OptElapsedTime(elapsedtime=0xffff)))/DHCP6OptIfaceId(ifaceid=b"\x00\x01")}.
   */
  static final byte[] NESTED_RELAY = Hex.parse("""
      0c01 00000000 00000000 00000000 00000000 fe800000 00000000 00000000 00000002
      00090030 0c00 20010db8 00050000 00000000 00000001 fe800000 00000000 00000000 00000003
      0009000a 0b000001 00080002 ffff
      00120002 0001""");

  /**
   * scapy: {@code DHCP6_Reply(trid=1)/DHCP6OptIA_PD(iaid=9, T1=0, T2=0, iapdopt=[
   * DHCP6OptIAPrefix(preflft=1, validlft=2, plen=48, prefix="2001:db8:0:0:1::"),
   * DHCP6OptStatusCode(statuscode=6, statusmsg=b"")])}: host bits below the /48.
   */
  static final byte[] PREFIX_WITH_HOST_BITS = Hex.parse("""
      07000001 0019002f 00000009 00000000 00000000
      001a0019 00000001 00000002 30 20010db8 00000000 00010000 00000000 000d0002 0006""");

  @Test
  void parsesScapySolicit() {
    Dhcpv6Message m = assertLosslessOnEveryBufferKind(SOLICIT, Dhcpv6Message::parse);
    Dhcpv6Message expected = new Dhcpv6Message.ClientServer(Dhcpv6MessageType.SOLICIT, 0x123456,
        List.of(new ClientId(new Duid.LinkLayerPlusTime(1, 12345, ByteString.fromHex(
            "001122334455"))), IaNa.of(7), Dhcpv6Option.OptionRequest.of(
            Dhcpv6OptionCode.DNS_SERVERS, Dhcpv6OptionCode.DOMAIN_LIST),
            new Dhcpv6Option.ElapsedTime(0), new Dhcpv6Option.RapidCommit(),
            new Dhcpv6Option.ReconfigureAccept()));
    assertEquals(expected, m);
    assertTrue(m.rapidCommit());
    assertEquals(OptionalInt.of(0), m.elapsedTime());
    assertEquals(List.of(Dhcpv6OptionCode.DNS_SERVERS, Dhcpv6OptionCode.DOMAIN_LIST),
        m.requestedOptions().orElseThrow());
    Duid.LinkLayerPlusTime llt = (Duid.LinkLayerPlusTime) m.clientId().orElseThrow();
    assertEquals(MAC, llt.macAddress().orElseThrow());
    assertEquals(Instant.parse("2000-01-01T03:25:45Z"), llt.instant());
    assertTrue(m.serverId().isEmpty());
  }

  @Test
  void parsesScapyAdvertise() {
    Dhcpv6Message m = assertLosslessOnEveryBufferKind(ADVERTISE, Dhcpv6Message::parse);
    assertEquals(Dhcpv6MessageType.ADVERTISE, m.type());
    assertEquals(Duid.LinkLayer.of(MAC), m.clientId().orElseThrow());
    assertEquals(new Duid.Enterprise(9, ByteString.of(1, 2, 3)), m.serverId().orElseThrow());
    IaNa ia = m.iaNa().get(0);
    assertEquals(new IaNa(7, 3600, 5400, List.of(IaAddress.of(
        Ipv6Address.parse("2001:db8::100"), 7200, 10800))), ia);
    assertEquals(Ipv6Address.parse("2001:db8::100"), ia.addresses().get(0).address());
    assertEquals(OptionalInt.of(255), m.preference());
    assertEquals(List.of(Ipv6Address.parse("2001:db8::53"), Ipv6Address.parse("2001:db8::54")),
        m.dnsServers().orElseThrow());
    assertEquals(List.of(DnsName.of("example.com"), DnsName.of("lab.example.org")),
        m.domainList().orElseThrow());
    Dhcpv6Option.StatusCode status = m.statusCode().orElseThrow();
    assertEquals(Dhcpv6StatusCode.SUCCESS, status.status());
    assertEquals("all good", status.message());
    assertEquals(ADVERTISE.length, m.encodedLength());
  }

  @Test
  void parsesScapyReply() {
    Dhcpv6Message m = assertLosslessOnEveryBufferKind(REPLY, Dhcpv6Message::parse);
    Dhcpv6Message.ClientServer cs = (Dhcpv6Message.ClientServer) m;
    assertEquals(0xabcdef, cs.transactionId());
    assertEquals(new Duid.Uuid(UUID.fromString("12345678-9abc-def0-1122-334455667788")),
        m.clientId().orElseThrow());
    assertEquals(new Duid.LinkLayerPlusTime(1, 0x2a2b2c2dL, ByteString.fromHex("02005e100001")),
        m.serverId().orElseThrow());
    Dhcpv6Option.IaPd pd = m.iaPd().get(0);
    assertEquals(1, pd.iaid());
    assertEquals(1800, pd.t1());
    assertEquals(2880, pd.t2());
    assertEquals(Ipv6Prefix.parse("2001:db8:1200::/56"),
        pd.prefixes().get(0).ipv6Prefix().orElseThrow());
    assertEquals(new Dhcpv6Option.IaTa(2, List.of(IaAddress.of(Ipv6Address.parse("2001:db8::77"),
        0xffff_ffffL, 0xffff_ffffL))), m.iaTa().get(0));
    Dhcpv6Option.StatusCode status = m.iaNa().get(0).statusCode().orElseThrow();
    assertEquals(Dhcpv6StatusCode.NO_ADDRS_AVAIL, status.status());
    assertEquals("no addresses", status.message());
    assertTrue(m.statusCode().isEmpty(), "the status code is inside the IA_NA");
    assertEquals(new Dhcpv6Option.Unknown(Dhcpv6OptionCode.SNTP_SERVERS,
        ByteString.fromHex("20010db8000000000000000000000123")), m.options().get(5));
  }

  @Test
  void parsesScapyRelayForwardAndItsMessage() {
    Dhcpv6Message m = assertLosslessOnEveryBufferKind(RELAY_FORWARD, Dhcpv6Message::parse);
    Dhcpv6Message.Relay relay = assertInstanceOf(Dhcpv6Message.Relay.class, m);
    assertEquals(Dhcpv6MessageType.RELAY_FORW, relay.type());
    assertEquals(1, relay.hopCount());
    assertEquals(Ipv6Address.parse("2001:db8::1"), relay.linkAddress());
    assertEquals(Ipv6Address.parse("fe80::1"), relay.peerAddress());
    assertEquals(ByteString.copyOf("eth0".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
        relay.interfaceId().orElseThrow());
    Dhcpv6Message inner = relay.relayedMessage().orElseThrow();
    assertEquals(new Dhcpv6Message.ClientServer(Dhcpv6MessageType.SOLICIT, 0x010203, List.of(
        new ClientId(Duid.LinkLayer.of(MAC)), new Dhcpv6Option.ElapsedTime(100))), inner);
    assertEquals(inner, relay.innermostMessage().orElseThrow());
    assertEncodesTo(RELAY_FORWARD, new Dhcpv6Message.Relay(Dhcpv6MessageType.RELAY_FORW, 1,
        Ipv6Address.parse("2001:db8::1"), Ipv6Address.parse("fe80::1"), List.of(
            new Dhcpv6Option.InterfaceId(ByteString.fromHex("65746830")), new RelayMessage(
                Dhcpv6Message.builder(Dhcpv6MessageType.SOLICIT).transactionId(0x010203)
                    .clientId(Duid.LinkLayer.of(MAC)).elapsedTime(100).build()))));
    Dhcpv6Message.Relay built = Dhcpv6Message.relayForward(1, Ipv6Address.parse("2001:db8::1"),
        Ipv6Address.parse("fe80::1"), inner, new Dhcpv6Option.InterfaceId(ByteString.of(1)));
    assertEquals(List.of(new RelayMessage(inner), new Dhcpv6Option.InterfaceId(ByteString.of(1))),
        built.options());
  }

  @Test
  void relayReplyAnswersARelayForward() {
    Dhcpv6Message.Relay forward = (Dhcpv6Message.Relay) Dhcpv6Message.parse(RELAY_FORWARD);
    Dhcpv6Message reply = Dhcpv6Message.builder(Dhcpv6MessageType.REPLY).transactionId(0x010203)
        .clientId(Duid.LinkLayer.of(MAC)).build();
    Dhcpv6Message.Relay back = Dhcpv6Message.relayReply(forward, reply);
    assertEquals(Dhcpv6MessageType.RELAY_REPL, back.type());
    assertEquals(forward.hopCount(), back.hopCount());
    assertEquals(forward.linkAddress(), back.linkAddress());
    assertEquals(forward.peerAddress(), back.peerAddress());
    assertEquals(forward.interfaceId(), back.interfaceId());
    assertEquals(reply, back.relayedMessage().orElseThrow());
    assertRoundTrips(back, Dhcpv6Message::parse);
    Dhcpv6Message.Relay bare = Dhcpv6Message.relayReply(Dhcpv6Message.relayForward(0,
        Ipv6Address.ANY, Ipv6Address.LOOPBACK, reply), reply);
    assertTrue(bare.interfaceId().isEmpty());
  }

  @Test
  void parsesScapyNestedRelays() {
    Dhcpv6Message.Relay outer = (Dhcpv6Message.Relay) assertLosslessOnEveryBufferKind(
        NESTED_RELAY, Dhcpv6Message::parse);
    Dhcpv6Message.Relay middle = (Dhcpv6Message.Relay) outer.relayedMessage().orElseThrow();
    assertEquals(0, middle.hopCount());
    assertEquals(Ipv6Address.parse("2001:db8:5::1"), middle.linkAddress());
    Dhcpv6Message innermost = outer.innermostMessage().orElseThrow();
    assertEquals(Dhcpv6MessageType.INFORMATION_REQUEST, innermost.type());
    assertEquals(OptionalInt.of(0xffff), innermost.elapsedTime());
    assertEquals(ByteString.of(0, 1), outer.interfaceId().orElseThrow());
    assertTrue(middle.interfaceId().isEmpty());
  }

  @Test
  void keepsHostBitsOfADelegatedPrefix() {
    Dhcpv6Message m = assertLosslessOnEveryBufferKind(PREFIX_WITH_HOST_BITS,
        Dhcpv6Message::parse);
    IaPrefix p = m.iaPd().get(0).prefixes().get(0);
    assertEquals(48, p.prefixLength());
    assertEquals(Ipv6Address.parse("2001:db8:0:0:1::"), p.prefix());
    assertEquals(Ipv6Prefix.parse("2001:db8::/48"), p.ipv6Prefix().orElseThrow());
    assertEquals(Dhcpv6StatusCode.NO_PREFIX_AVAIL,
        m.iaPd().get(0).statusCode().orElseThrow().status());
    IaPrefix tooLong = new IaPrefix(0, 0, 200, Ipv6Address.ANY, List.of());
    assertTrue(tooLong.ipv6Prefix().isEmpty());
    assertEquals(IaPrefix.of(Ipv6Prefix.parse("2001:db8::/48"), 1, 2),
        new IaPrefix(1, 2, 48, Ipv6Address.parse("2001:db8::"), List.of()));
  }

  @Test
  void factoriesBuildTheCommonClientMessages() {
    Duid client = Duid.LinkLayerPlusTime.of(MAC, Instant.parse("2000-01-01T03:25:45Z"));
    Dhcpv6Message solicit = Dhcpv6Message.builder(Dhcpv6MessageType.SOLICIT)
        .transactionId(0x123456).clientId(client).iaNa(7)
        .optionRequest(Dhcpv6OptionCode.DNS_SERVERS, Dhcpv6OptionCode.DOMAIN_LIST)
        .elapsedTime(0).rapidCommit().option(new Dhcpv6Option.ReconfigureAccept()).build();
    assertEncodesTo(SOLICIT, solicit);
    Dhcpv6Message.ClientServer plain = Dhcpv6Message.solicit(0x123456, client, 7,
        Dhcpv6OptionCode.DNS_SERVERS, Dhcpv6OptionCode.DOMAIN_LIST);
    assertEquals(solicit.options().subList(0, 4), plain.options());

    Duid server = new Duid.Enterprise(9, ByteString.of(1, 2, 3));
    IaNa leased = new IaNa(7, 3600, 5400, List.of(IaAddress.of(
        Ipv6Address.parse("2001:db8::100"), 7200, 10800)));
    Dhcpv6Message.ClientServer request = Dhcpv6Message.request(5, client, server, leased,
        Dhcpv6OptionCode.DNS_SERVERS);
    assertEquals(Dhcpv6MessageType.REQUEST, request.type());
    assertEquals(List.of(new ClientId(client), new Dhcpv6Option.ServerId(server), leased,
        Dhcpv6Option.OptionRequest.of(Dhcpv6OptionCode.DNS_SERVERS),
        new Dhcpv6Option.ElapsedTime(0)), request.options());
    Dhcpv6Message.ClientServer renew = Dhcpv6Message.renew(6, client, server, leased);
    assertEquals(Dhcpv6MessageType.RENEW, renew.type());
    assertTrue(renew.requestedOptions().isEmpty(), "no codes, no ORO");
    Dhcpv6Message.ClientServer release = Dhcpv6Message.release(7, client, server, leased);
    assertEquals(List.of(leased), release.iaNa());
    assertEquals(Dhcpv6MessageType.RELEASE, release.type());
    Dhcpv6Message.ClientServer info = Dhcpv6Message.informationRequest(8, client,
        Dhcpv6OptionCode.DNS_SERVERS);
    assertEquals(Dhcpv6MessageType.INFORMATION_REQUEST, info.type());
    assertTrue(info.iaNa().isEmpty());
    for (Dhcpv6Message m : List.of(solicit, plain, request, renew, release, info)) {
      assertRoundTrips(m, Dhcpv6Message::parse);
    }
    int xid = Dhcpv6Message.builder(Dhcpv6MessageType.SOLICIT).randomTransactionId().build()
        .transactionId();
    assertTrue(xid >= 0 && xid < 1 << 24);
    assertThrows(IllegalArgumentException.class,
        () -> Dhcpv6Message.builder(Dhcpv6MessageType.RELAY_FORW));
    assertThrows(IllegalArgumentException.class,
        () -> Dhcpv6Message.builder(Dhcpv6MessageType.SOLICIT).transactionId(1 << 24));
  }

  @Test
  void unknownMessageTypesUseTheClientServerLayoutAndRoundTrip() {
    byte[] bytes = Hex.parse("fa 000102 1234 0002 abcd");
    Dhcpv6Message m = assertLosslessOnEveryBufferKind(bytes, Dhcpv6Message::parse);
    assertEquals(Dhcpv6MessageType.of(250), m.type());
    assertEquals("250", m.type().toString());
    assertEquals(List.of(new Dhcpv6Option.Unknown(Dhcpv6OptionCode.of(0x1234),
        ByteString.of(0xab, 0xcd))), m.options());
    assertEquals("SOLICIT (1)", Dhcpv6MessageType.SOLICIT.toString());
    assertEquals("DNS_SERVERS (23)", Dhcpv6OptionCode.of(23).toString());
    assertEquals("65000", Dhcpv6OptionCode.of(65000).toString());
    assertEquals("NoAddrsAvail (2)", Dhcpv6StatusCode.of(2).toString());
    assertEquals("300", Dhcpv6StatusCode.of(300).name());
    assertTrue(Dhcpv6MessageType.of(12).isRelay());
    assertFalse(Dhcpv6MessageType.of(14).isRelay());
  }

  @Test
  void statusMessagesKeepInvalidUtf8() {
    byte[] bytes = Hex.parse("07000001 000d0004 0001 ff41");
    Dhcpv6Message m = assertLosslessOnEveryBufferKind(bytes, Dhcpv6Message::parse);
    assertEquals("\ufffdA", m.statusCode().orElseThrow().message());
    assertEquals(Dhcpv6Option.StatusCode.of(Dhcpv6StatusCode.UNSPEC_FAIL, "héllo"),
        new Dhcpv6Option.StatusCode(Dhcpv6StatusCode.of(1), ByteString.fromHex("68c3a96c6c6f")));
  }

  @Test
  void rejectsEveryTruncatedLength() {
    for (byte[] whole : List.of(SOLICIT, ADVERTISE, REPLY, RELAY_FORWARD, NESTED_RELAY)) {
      Dhcpv6Message m = Dhcpv6Message.parse(whole);
      // a message cut between two of its own options is a shorter, well-formed message
      List<Integer> boundaries = new ArrayList<>();
      int at = m instanceof Dhcpv6Message.Relay ? 34 : 4;
      boundaries.add(at);
      for (Dhcpv6Option o : m.options()) {
        at += o.encodedLength();
        boundaries.add(at);
      }
      for (int n = 0; n < whole.length; n++) {
        byte[] prefix = java.util.Arrays.copyOf(whole, n);
        if (boundaries.contains(n)) {
          assertEncodesTo(prefix, Dhcpv6Message.parse(prefix));
          continue;
        }
        TruncatedPacketException e = assertThrows(TruncatedPacketException.class,
            () -> Dhcpv6Message.parse(prefix), () -> "prefix of " + prefix.length + " bytes");
        assertEquals("DHCPv6", e.protocol());
        assertTrue(e.offset() >= 0 && e.offset() <= n, e::getMessage);
        assertEquals(n, e.offset() + e.available(), e::getMessage);
      }
    }
    assertInstanceOf(TruncatedPacketException.class,
        assertThrows(MalformedPacketException.class, () -> Dhcpv6Message.parse(new byte[0])));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty                          |                                   | DHCPv6: msg-type at offset 0 needs 1 bytes, but only 0 are present
      short header                   | 011234                            | DHCPv6: SOLICIT header at offset 0 needs 4 bytes, but only 3 are present
      short relay header             | 0c00 00000000                     | DHCPv6: RELAY-FORW header at offset 0 needs 34 bytes, but only 6 are present
      option header cut              | 01123456 000100                   | DHCPv6: CLIENTID header at offset 4 needs 4 bytes, but only 3 are present
      option-len past the end        | 01123456 00080004 0000            | DHCPv6: ELAPSED_TIME option-len at offset 6 needs 6 bytes, but only 4 are present
      child header cut by its IA_NA  | 01123456 0003000f 00000001 00000000 00000000 000d00 | DHCPv6: IA_NA.STATUS_CODE header at offset 20 needs 4 bytes, but its enclosing option ends after 3
      child option-len overruns      | 01123456 00030012 00000001 00000000 00000000 000d0004 0000 | DHCPv6: IA_NA.STATUS_CODE option-len at offset 22 is 4, overrunning its enclosing option, which ends 2 bytes after the header
      IA_NA too short                | 01123456 00030004 00000001        | DHCPv6: IA_NA option-len at offset 6 is 4, but must be at least 12 for IAID, T1 and T2
      IA Address too short           | 01123456 00050010 20010db8 00000000 00000000 00000001 | DHCPv6: IAADDR option-len at offset 6 is 16, but must be at least 24 for the address, preferred-lifetime and valid-lifetime
      IA Prefix too short            | 01123456 001a0018 00000000 00000000 20010db8 00000000 00000000 00000000 | DHCPv6: IAPREFIX option-len at offset 6 is 24, but must be at least 25 for the lifetimes, prefix-length and prefix
      preference of 2 octets         | 02123456 00070002 ffff            | DHCPv6: PREFERENCE option-len at offset 6 is 2, but must be exactly 1
      elapsed time of 1 octet        | 01123456 00080001 00              | DHCPv6: ELAPSED_TIME option-len at offset 6 is 1, but must be exactly 2
      odd ORO                        | 01123456 00060003 001700          | DHCPv6: ORO option-len at offset 6 is 3, but must be an even number: 2 octets per requested code
      rapid commit with data         | 01123456 000e0001 00              | DHCPv6: RAPID_COMMIT option-len at offset 6 is 1, but must be exactly 0
      DNS servers not whole          | 07123456 0017000f 20010db8 00000000 00000000 000000 | DHCPv6: DNS_SERVERS option-len at offset 6 is 15, but must be a multiple of 16: one IPv6 address per server
      status code without code       | 07123456 000d0001 00              | DHCPv6: STATUS_CODE option-len at offset 6 is 1, but must be at least 2 for the status-code
      DUID of 1 octet                | 01123456 00010001 00              | DHCPv6: CLIENTID DUID at offset 8 is 1 bytes long, too short for the 2-octet DUID type
      DUID-LLT too short             | 01123456 00010006 00010001 0000   | DHCPv6: CLIENTID DUID-LLT at offset 8 is 6 bytes long, but needs at least 8 for the type and hardware type and time
      DUID-EN too short              | 07123456 00020004 00020000        | DHCPv6: SERVERID DUID-EN at offset 8 is 4 bytes long, but needs at least 6 for the type and enterprise number
      DUID-LL too short              | 01123456 00010003 000300          | DHCPv6: CLIENTID DUID-LL at offset 8 is 3 bytes long, but needs at least 4 for the type and hardware type
      DUID-UUID of 17 octets         | 01123456 00010011 0004 00000000 00000000 00000000 000000 | DHCPv6: CLIENTID DUID-UUID at offset 8 is 17 bytes long, but must be 18: the type and a 16-octet UUID (RFC 6355 §4)
      unknown DUID type alone        | 01123456 00010002 0009            | DHCPv6: CLIENTID DUID type 9 at offset 8 is 2 bytes long, but needs at least 3 for the type and an identifier of at least 1 octet
      compressed domain name         | 07123456 00180004 0161c00c        | DHCPv6: DOMAIN_LIST at offset 10 has label length octet 192; labels are at most 63 octets and names are not compressed here (RFC 8415 §10)
      domain name without root       | 07123456 00180002 0161            | DHCPv6: DOMAIN_LIST at offset 8 has a name without its root label before the option ends at offset 10
      domain label past the option   | 07123456 00180002 0361            | DHCPv6: DOMAIN_LIST at offset 8 has a label of 3 octets running past the option's end at offset 10
      relayed message too short      | 0c00 00000000000000000000000000000000 00000000000000000000000000000000 00090002 0100 | DHCPv6: RELAY_MSG.SOLICIT header at offset 38 needs 4 bytes, but its enclosing option ends after 2
      empty relayed message          | 0d00 00000000000000000000000000000000 00000000000000000000000000000000 00090000 | DHCPv6: RELAY_MSG.msg-type at offset 38 needs 1 bytes, but its enclosing option ends after 0
      """)
  void rejectsMalformedInputWithItsReason(String name, String hex, String message) {
    assertMalformed(message, Hex.parse(hex == null ? "" : hex), Dhcpv6Message::parse);
  }

  @Test
  void lenientParsingKeepsAMalformedOptionAndTheRest() {
    // An ADVERTISE with a 2-octet Preference between good options; RFC 8415 §16 has servers
    // and clients drop what they cannot use rather than the whole message.
    byte[] bytes = Hex.parse("02123456 00070002 ffff 00080002 0064 00030011 00000001"
        + " 00000000 00000000 000e0001 00");
    assertThrows(MalformedPacketException.class, () -> Dhcpv6Message.parse(bytes));
    Dhcpv6Message m = assertLosslessOnEveryBufferKind(bytes, Dhcpv6Message::parseLenient);
    Dhcpv6Option.Malformed pref = assertInstanceOf(Dhcpv6Option.Malformed.class,
        m.options().get(0));
    assertEquals(Dhcpv6OptionCode.PREFERENCE, pref.code());
    assertEquals("DHCPv6: PREFERENCE option-len at offset 2 is 2, but must be exactly 1",
        pref.error());
    assertEquals(OptionalInt.empty(), m.preference());
    assertEquals(OptionalInt.of(100), m.elapsedTime());
    Dhcpv6Option inside = m.iaNa().get(0).options().get(0);
    assertEquals(new Dhcpv6Option.Malformed(Dhcpv6OptionCode.RAPID_COMMIT, ByteString.of(0)),
        inside);
    assertRoundTrips(m, Dhcpv6Message::parseLenient);
    assertThrows(IllegalArgumentException.class, () -> new Dhcpv6Option.Malformed(
        Dhcpv6OptionCode.PREFERENCE, ByteString.of(1)), "data that decodes is not malformed");
    assertThrows(IllegalArgumentException.class, () -> new Dhcpv6Option.Malformed(
        Dhcpv6OptionCode.of(999), ByteString.of(1)), "an untyped code cannot be malformed");
    // framing errors still throw
    assertThrows(MalformedPacketException.class,
        () -> Dhcpv6Message.parseLenient(Hex.parse("02123456 00070009 ff")));
  }

  @Test
  void lenientParsingReachesIntoRelayedMessages() {
    // RELAY_FORWARD with the relayed Solicit's Elapsed Time cut to 1 octet (and lengths fixed)
    byte[] bytes = Hex.parse("""
        0c01 20010db8 00000000 00000000 00000001 fe800000 00000000 00000000 00000001
        00120004 65746830
        00090017 01010203 0001000a 00030001 00112233 4455 00080001 00""");
    assertMalformed("DHCPv6: ELAPSED_TIME option-len at offset 66 is 1, but must be exactly 2",
        bytes, Dhcpv6Message::parse);
    Dhcpv6Message.Relay relay = (Dhcpv6Message.Relay) assertLosslessOnEveryBufferKind(bytes,
        Dhcpv6Message::parseLenient);
    Dhcpv6Message inner = relay.relayedMessage().orElseThrow();
    assertEquals(Duid.LinkLayer.of(MAC), inner.clientId().orElseThrow());
    assertEquals(OptionalInt.empty(), inner.elapsedTime());
    Dhcpv6Option.Malformed bad = (Dhcpv6Option.Malformed) inner.option(
        Dhcpv6OptionCode.ELAPSED_TIME).orElseThrow();
    assertEquals("DHCPv6: ELAPSED_TIME option-len at offset 2 is 1, but must be exactly 2",
        bad.error(), "offsets in a kept option's error count from the option itself");
    assertRoundTrips(relay, Dhcpv6Message::parseLenient);
  }

  @Test
  void duidLltTimeCountsSeconds2000ModuloTwoTo32() {
    Duid.LinkLayerPlusTime llt = Duid.LinkLayerPlusTime.of(MAC,
        Duid.LLT_EPOCH.plusSeconds((1L << 32) + 5));
    assertEquals(5, llt.time());
    assertEquals(Duid.LLT_EPOCH.plusSeconds(5), llt.instant());
    assertEquals(Hex.parse("0001 0001 00000005 001122334455").length, llt.encodedLength());
    assertEncodesTo(Hex.parse("0001 0001 00000005 001122334455"), llt);
  }

  private static Dhcpv6Message relayChain(int relays) {
    Dhcpv6Message m = Dhcpv6Message.informationRequest(1, Duid.LinkLayer.of(MAC));
    for (int i = 0; i < relays; i++) {
      m = Dhcpv6Message.relayForward(i, Ipv6Address.ANY, Ipv6Address.LOOPBACK, m);
    }
    return m;
  }

  @Test
  void boundsRelayNestingAt32() {
    Dhcpv6Message deepest = relayChain(32);
    assertRoundTrips(deepest, Dhcpv6Message::parse);
    assertThrows(IllegalArgumentException.class, () -> new RelayMessage(deepest));
    // 33 relay layers, written by hand: the records refuse to build them
    byte[] inner = relayChain(32).toByteArray();
    ByteBuffer b = ByteBuffer.allocate(34 + 4 + inner.length);
    b.put((byte) 12).put((byte) 33).put(new byte[32]).putShort((short) 9)
        .putShort((short) inner.length).put(inner);
    byte[] bytes = b.array();
    String expected = "DHCPv6: RELAY_MSG at offset " + (34 + 32 * 38) + " nests relay messages 33"
        + " deep, more than the 32 accepted";
    assertMalformed(expected, bytes, Dhcpv6Message::parse);
    assertMalformed(expected, bytes, Dhcpv6Message::parseLenient);
  }

  @Test
  void boundsOptionNestingAt8() {
    Dhcpv6Option o = new Dhcpv6Option.RapidCommit();
    for (int level = 0; level < 7; level++) {
      o = new IaNa(level, 0, 0, List.of(o));
    }
    Dhcpv6Option eightLevels = o;
    Dhcpv6Message ok = Dhcpv6Message.builder(Dhcpv6MessageType.REPLY).option(eightLevels)
        .build();
    assertRoundTrips(ok, Dhcpv6Message::parse);
    assertThrows(IllegalArgumentException.class,
        () -> new IaNa(9, 0, 0, List.of(eightLevels)));
    byte[] inner = eightLevels.toByteArray();
    ByteBuffer b = ByteBuffer.allocate(4 + 16 + inner.length);
    b.putInt(0x07000000).putShort((short) 3).putShort((short) (12 + inner.length)).putInt(9)
        .putLong(0).put(inner);
    byte[] nine = b.array();
    // the Rapid Commit's list is the ninth level: 4 header bytes and 8 IA_NA heads before it
    String expected = "DHCPv6: IA_NA.options at offset " + (4 + 8 * 16) + " nest options 9 levels"
        + " deep, more than the 8 accepted";
    assertMalformed(expected, nine, Dhcpv6Message::parse);
    assertMalformed(expected, nine, Dhcpv6Message::parseLenient);
  }

  @Test
  void recordsRefuseWhatCannotBeEncoded() {
    assertThrows(IllegalArgumentException.class, () -> new Dhcpv6Option.Unknown(
        Dhcpv6OptionCode.IA_NA, ByteString.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> new Duid.Unknown(Duid.TYPE_LL,
        ByteString.of(1)));
    assertThrows(IllegalArgumentException.class, () -> new Duid.Unknown(7, ByteString.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> new Dhcpv6Message.ClientServer(
        Dhcpv6MessageType.RELAY_REPL, 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Dhcpv6Message.Relay(
        Dhcpv6MessageType.REPLY, 0, Ipv6Address.ANY, Ipv6Address.ANY, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Dhcpv6Option.InterfaceId(
        ByteString.copyOf(new byte[65536])));
    List<Dhcpv6Option> many = new ArrayList<>();
    for (int i = 0; i < 11000; i++) {
      many.add(new Dhcpv6Option.ElapsedTime(i));
    }
    assertThrows(IllegalArgumentException.class, () -> new IaNa(1, 0, 0, many));
    assertThrows(IllegalArgumentException.class, () -> new Dhcpv6Option.Preference(256));
    assertThrows(IllegalArgumentException.class, () -> new IaAddress(Ipv6Address.ANY, -1, 0,
        List.of()));
  }

  @Test
  void duidsParseOnTheirOwn() {
    assertEquals(Duid.LinkLayer.of(MAC), Duid.parse(Hex.parse("0003 0001 001122334455")));
    assertEquals(new Duid.Unknown(0xffff, ByteString.of(1)), Duid.parse(Hex.parse("ffff01")));
    assertEquals(new Duid.Uuid(new UUID(0x0102030405060708L, 0x090a0b0c0d0e0f10L)),
        assertLosslessOnEveryBufferKind(Hex.parse("0004 0102030405060708 090a0b0c0d0e0f10"),
            Duid::parse));
    assertMalformed("DHCPv6: DUID DUID-LLT at offset 0 is 7 bytes long, but needs at least 8 "
        + "for the type and hardware type and time", Hex.parse("00010001000000"), Duid::parse);
    assertTrue(new Duid.LinkLayer(6, ByteString.fromHex("001122334455")).macAddress().isEmpty());
  }
}
