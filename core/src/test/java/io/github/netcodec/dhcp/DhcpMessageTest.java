package io.github.netcodec.dhcp;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertMalformed;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DhcpMessageTest {

  static final MacAddress MAC = MacAddress.parse("00:0b:82:01:fc:42");
  static final Ipv4Address SERVER = Ipv4Address.parse("192.168.0.1");

  /**
   * scapy 2.5: raw(BOOTP(op=2, xid=0x3903f326, yiaddr='192.168.0.10', siaddr='192.168.0.1',
   * chaddr=bytes.fromhex('000b8201fc42')) / DHCP(options=[('message-type','ack'),
   * ('server_id','192.168.0.1'), ('lease_time',3600), ('renewal_time',1800),
   * ('rebinding_time',3150), ('subnet_mask','255.255.255.0'), ('router','192.168.0.1'),
   * ('name_server','8.8.8.8','8.8.4.4'), ('domain','example.org'),
   * ('broadcast_address','192.168.0.255'), ('NTP_server','192.168.0.1'), ('hostname','client1'),
   * 'end'])): a 324-byte DHCPACK with twelve options, no padding.
   */
  static final byte[] ACK = Hex.parse("""
      020106003903f3260000000000000000c0a8000ac0a8000100000000000b8201fc42
      00000000000000000000""" + "00".repeat(64 + 128) + """
      638253633501053604c0a80001330400000e103a04000007083b0400000c4e0104ffffff000304c0a80001
      060808080808080804040f0b6578616d706c652e6f72671c04c0a800ff2a04c0a800010c07636c69656e7431ff
      """);

  @Test
  void decodesScapyAck() {
    DhcpMessage m = assertLosslessOnEveryBufferKind(ACK, DhcpMessage::parse);
    assertEquals(324, ACK.length);
    assertEquals(DhcpOp.BOOTREPLY, m.op());
    assertEquals(1, m.htype());
    assertEquals(6, m.hlen());
    assertEquals(0x3903f326, m.xid());
    assertFalse(m.isBroadcast());
    assertEquals(Ipv4Address.parse("192.168.0.10"), m.yiaddr());
    assertEquals(SERVER, m.siaddr());
    assertEquals(Optional.of(MAC), m.clientMac());
    assertTrue(m.magicCookie());
    assertEquals(Optional.of(DhcpMessageType.ACK), m.messageType());
    assertEquals(Optional.of(SERVER), m.serverIdentifier());
    assertEquals(OptionalLong.of(3600), m.leaseTime());
    assertEquals(OptionalLong.of(1800), m.renewalTime());
    assertEquals(OptionalLong.of(3150), m.rebindingTime());
    assertEquals(Optional.of(Ipv4Address.parse("255.255.255.0")), m.subnetMask());
    assertEquals(Optional.of(List.of(SERVER)), m.routers());
    assertEquals(Optional.of(List.of(Ipv4Address.parse("8.8.8.8"),
        Ipv4Address.parse("8.8.4.4"))), m.dnsServers());
    assertEquals(Optional.of("example.org"), m.domainName());
    assertEquals(Optional.of(Ipv4Address.parse("192.168.0.255")), m.broadcastAddress());
    assertEquals(Optional.of(List.of(SERVER)), m.ntpServers());
    assertEquals(Optional.of("client1"), m.hostName());
    assertEquals(Optional.empty(), m.requestedAddress());
    assertEquals(Optional.empty(), m.parameterRequestList());
    assertEquals(12, m.options().size());
    assertEquals(new DhcpOption.MessageType(DhcpMessageType.ACK), m.options().get(0));
    assertEquals(new DhcpOption.HostName("client1"), m.options().get(11));
    assertEquals(Optional.empty(), m.serverName());
    assertEquals(Optional.empty(), m.bootFileName());
  }

  @Test
  void builderReproducesTheAckAndPadsToTheBootpMinimum() {
    DhcpMessage built = DhcpMessage.builder().op(DhcpOp.BOOTREPLY).xid(0x3903f326)
        .yiaddr(Ipv4Address.parse("192.168.0.10")).siaddr(SERVER).clientMac(MAC)
        .options(DhcpMessage.parse(ACK).options()).build();
    byte[] bytes = built.toByteArray();
    assertEquals(324, bytes.length); // already over 300: no padding
    assertArrayEquals(ACK, bytes);

    DhcpMessage small = DhcpMessage.discover(7, MAC);
    assertEquals(DhcpMessage.BOOTP_MIN_LENGTH, small.encodedLength());
    byte[] b = small.toByteArray();
    assertEquals("350101ff" + "00".repeat(56), Hex.toHex(Arrays.copyOfRange(b, 240, 300)));
  }

  @Test
  void rejectsEveryTruncatedFixedPart() {
    for (int n = 0; n < DhcpMessage.MIN_LENGTH; n++) {
      var e = assertMalformed("DHCP: fixed fields at offset 0 needs 236 bytes, but only " + n
          + " are present", Arrays.copyOf(ACK, n), DhcpMessage::parse);
      assertInstanceOf(TruncatedPacketException.class, e);
    }
  }

  @Test
  void everyPrefixOfTheAckParsesOrNamesTheCutOption() {
    for (int n = DhcpMessage.MIN_LENGTH; n <= ACK.length; n++) {
      byte[] cut = Arrays.copyOf(ACK, n);
      DhcpMessage m = io.github.netcodec.testing.CodecAssertions.parseOrReject(cut,
          DhcpMessage::parse);
      if (m != null) {
        assertArrayEquals(cut, m.toByteArray(), "prefix of " + n);
        assertEquals(n < 240, m.isBootp());
      }
    }
    // the lease time option at offset 249 cut after its length octet
    assertMalformed("DHCP: option IP Address Lease Time (51) at offset 249 has length 4, "
        + "overrunning the options field, which ends at offset 253", Arrays.copyOf(ACK, 253),
        DhcpMessage::parse);
    assertMalformed("DHCP: option IP Address Lease Time (51) at offset 249 has no length octet "
        + "before the options field ends at offset 250", Arrays.copyOf(ACK, 250),
        DhcpMessage::parse);
  }

  @Test
  void keepsPadsEndAndTrailingBytes() {
    byte[] b = Arrays.copyOf(ACK, 240);
    byte[] opts = Hex.parse("00 00 35 01 01 00 ff 99 88 77");
    byte[] all = concat(b, opts);
    DhcpMessage m = assertLosslessOnEveryBufferKind(all, DhcpMessage::parse);
    assertEquals(List.of(new DhcpOption.MessageType(DhcpMessageType.DISCOVER)), m.options());
    // no End at all: accepted and kept
    DhcpMessage noEnd = assertLosslessOnEveryBufferKind(concat(b, Hex.parse("350103")),
        DhcpMessage::parse);
    assertEquals(Optional.of(DhcpMessageType.REQUEST), noEnd.messageType());
  }

  @Test
  void bootpMessageKeepsItsVendorAreaRaw() {
    // RFC 1048 vendor extensions without the cookie, e.g. an old BOOTP client's zero area
    byte[] fixed = Arrays.copyOf(ACK, 236);
    byte[] vend = Hex.parse("01020304" + "00".repeat(60));
    DhcpMessage m = assertLosslessOnEveryBufferKind(concat(fixed, vend), DhcpMessage::parse);
    assertTrue(m.isBootp());
    assertEquals(List.of(), m.options());
    assertEquals(Optional.empty(), m.messageType());
    assertEquals(ByteString.copyOf(vend), m.optionArea().bytes());
    // BOOTP built by the builder pads the vendor area to 64 octets: 300 in all
    DhcpMessage built = DhcpMessage.builder().clientMac(MAC).bootp(ByteString.of(1, 2)).build();
    assertEquals(300, built.encodedLength());
    assertRoundTrips(built, DhcpMessage::parse);
    // the bare 236-octet fixed part is a BOOTP message with an empty vendor area
    assertTrue(assertLosslessOnEveryBufferKind(fixed, DhcpMessage::parse).isBootp());
  }

  @Test
  void concatenatesSplitOptionsAcrossInstancesRfc3396() {
    // RFC 3397 §2's example: the search list "eng.apple.com", "marketing.apple.com" in three
    // instances of option 119, as the RFC draws them
    byte[] opts = Hex.parse("""
        7709 03656e67 056170706c
        7709 65 03636f6d 00 096d61
        7709 726b6574696e67 c004
        ff""");
    DhcpMessage m = assertLosslessOnEveryBufferKind(concat(Arrays.copyOf(ACK, 240), opts),
        DhcpMessage::parse);
    assertEquals(Optional.of(List.of(io.github.netcodec.dns.DnsName.of("eng.apple.com."),
        io.github.netcodec.dns.DnsName.of("marketing.apple.com."))), m.domainSearch());
    assertEquals(1, m.options().size());
    // each instance on its own is a piece of a name: the first runs past its end
    List<DhcpOption> wire = m.wireOptions();
    assertEquals(4, wire.size());
    assertInstanceOf(DhcpOption.Malformed.class, wire.get(0));
    assertEquals(DhcpOption.End.INSTANCE, wire.get(3));
  }

  @Test
  void splitsLongOptionsWhenBuilding() {
    ByteString big = ByteString.copyOf(new byte[600]);
    DhcpMessage m = DhcpMessage.builder().option(new DhcpOption.VendorSpecific(big)).build();
    byte[] b = m.toByteArray();
    assertEquals(43, b[240]);
    assertEquals((byte) 255, b[241]);
    assertEquals(43, b[240 + 257]);
    assertEquals((byte) 255, b[240 + 257 + 1]);
    assertEquals(43, b[240 + 514]);
    assertEquals(90, b[240 + 514 + 1]);
    assertEquals((byte) 255, b[240 + 514 + 2 + 90]);
    assertEquals(List.of(new DhcpOption.VendorSpecific(big)), DhcpMessage.parse(b).options());
  }

  @Test
  void readsOptionsOverloadedIntoFileThenSname() {
    // RFC 2131 §4.1: options field, then file, then sname; option 52 value 3
    byte[] b = Arrays.copyOf(ACK, 240);
    Arrays.fill(b, 44, 236, (byte) 0);
    b[44] = 12; // sname: host name "s", End
    b[45] = 1;
    b[46] = 's';
    b[47] = (byte) 255;
    b[108] = 6; // file: DNS server 1.2.3.4, then the router continued, End
    b[109] = 4;
    b[110] = 1;
    b[111] = 2;
    b[112] = 3;
    b[113] = 4;
    b[114] = 3;
    b[115] = 4;
    b[116] = 10;
    b[117] = 0;
    b[118] = 0;
    b[119] = 2;
    b[120] = (byte) 255;
    byte[] all = concat(b, Hex.parse("340103 350105 0304 0a000001 ff"));
    DhcpMessage m = assertLosslessOnEveryBufferKind(all, DhcpMessage::parse);
    assertEquals(3, m.overload());
    assertEquals(Optional.of("s"), m.hostName());
    assertEquals(Optional.of(List.of(Ipv4Address.parse("1.2.3.4"))), m.dnsServers());
    assertEquals(Optional.of(List.of(Ipv4Address.parse("10.0.0.1"),
        Ipv4Address.parse("10.0.0.2"))), m.routers());
    assertEquals(List.of(new DhcpOption.Overload(3),
        new DhcpOption.MessageType(DhcpMessageType.ACK),
        DhcpOption.Routers.of(Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.2")),
        DhcpOption.DnsServers.of(Ipv4Address.parse("1.2.3.4")), new DhcpOption.HostName("s")),
        m.options());
    assertEquals(Optional.empty(), m.serverName());
    // an overrun in the overloaded file field is malformed, naming the file field
    b[109] = (byte) 200;
    assertMalformed("DHCP: option Domain Name Server (6) at offset 108 has length 200, "
        + "overrunning the file field, which ends at offset 236", concat(b,
        Hex.parse("340101 ff")), DhcpMessage::parse);
  }

  @Test
  void fitToOverloadsFileThenSname() {
    DhcpMessage.Builder b = DhcpMessage.builder().clientMac(MAC)
        .option(new DhcpOption.MessageType(DhcpMessageType.OFFER));
    for (int i = 0; i < 40; i++) {
      b.option(DhcpOption.Unknown.of(224, ByteString.copyOf(new byte[6])));
    }
    DhcpMessage big = b.build();
    assertEquals(240 + 3 + 40 * 8 + 1, big.encodedLength());
    DhcpMessage fitted = b.fitTo(DhcpMessage.BOOTP_MIN_LENGTH + 100).build();
    assertTrue(fitted.encodedLength() <= 400);
    assertEquals(3, fitted.overload());
    assertEquals(big.options().size() + 1, fitted.options().size());
    assertEquals(Optional.of(DhcpMessageType.OFFER), fitted.messageType());
    assertRoundTrips(fitted, DhcpMessage::parse);
    // options must keep their order and content (Overload comes first)
    assertEquals(big.options(), fitted.options().subList(1, fitted.options().size()));
    assertThrows(IllegalArgumentException.class, () -> {
      DhcpMessage.Builder tiny = DhcpMessage.builder().fitTo(300);
      for (int i = 0; i < 80; i++) {
        tiny.option(DhcpOption.Unknown.of(224, ByteString.copyOf(new byte[6])));
      }
      tiny.build();
    });
  }

  @Test
  void malformedOptionDataIsKeptAndReadsAsAbsent() {
    byte[] all = concat(Arrays.copyOf(ACK, 240), Hex.parse("3303 000e10 0c00 3501 05 ff"));
    DhcpMessage m = assertLosslessOnEveryBufferKind(all, DhcpMessage::parse);
    assertEquals(OptionalLong.empty(), m.leaseTime());
    assertEquals(Optional.empty(), m.hostName());
    assertEquals(List.of(
        new DhcpOption.Malformed(DhcpOptionCode.IP_ADDRESS_LEASE_TIME, ByteString.of(0, 0x0e,
            0x10), "has 3 octets, not 4"),
        new DhcpOption.Malformed(DhcpOptionCode.HOST_NAME, ByteString.EMPTY,
            "has 0 octets, fewer than the minimum 1"),
        new DhcpOption.MessageType(DhcpMessageType.ACK)), m.options());
    assertTrue(m.hasOption(DhcpOptionCode.HOST_NAME));
  }

  @Test
  void parseStrictRejectsWhatParseKeeps() {
    byte[] all = concat(Arrays.copyOf(ACK, 240), Hex.parse("3501 05 3303 000e10 ff"));
    assertEquals(OptionalLong.empty(), DhcpMessage.parse(all).leaseTime());
    assertMalformed("DHCP: option IP Address Lease Time (51) at offset 243 has 3 octets, not 4",
        all, DhcpMessage::parseStrict);
    assertEquals(DhcpMessage.parse(ACK), DhcpMessage.parseStrict(ByteBuffer.wrap(ACK)));
  }

  @Test
  void factoriesFollowRfc2131Tables() {
    var prl = DhcpOption.ParameterRequestList.of(DhcpOptionCode.SUBNET_MASK,
        DhcpOptionCode.ROUTER, DhcpOptionCode.DOMAIN_NAME_SERVER);
    var clientId = DhcpOption.ClientIdentifier.of(MAC);
    DhcpMessage discover = DhcpMessage.discover(0x1234, MAC, clientId, prl);
    assertEquals(DhcpOp.BOOTREQUEST, discover.op());
    assertEquals(Optional.of(DhcpMessageType.DISCOVER), discover.messageType());
    assertEquals(Optional.of(prl.codes()), discover.parameterRequestList());
    assertEquals(Ipv4Address.ANY, discover.ciaddr());

    Ipv4Address yi = Ipv4Address.parse("192.168.0.10");
    DhcpMessage offer = DhcpMessage.offer(discover, yi, SERVER, 3600,
        DhcpOption.SubnetMask.ofLength(24), DhcpOption.Routers.of(SERVER));
    assertEquals(DhcpOp.BOOTREPLY, offer.op());
    assertEquals(0x1234, offer.xid());
    assertEquals(yi, offer.yiaddr());
    assertEquals(discover.chaddr(), offer.chaddr());
    assertEquals(Optional.of(DhcpMessageType.OFFER), offer.messageType());
    assertEquals(Optional.of(SERVER), offer.serverIdentifier());
    assertEquals(OptionalLong.of(3600), offer.leaseTime());
    assertEquals(Optional.of(Ipv4Address.parse("255.255.255.0")), offer.subnetMask());
    assertEquals(Optional.of(clientId.identifier()), offer.clientIdentifier()); // RFC 6842

    DhcpMessage request = DhcpMessage.requestSelecting(offer, prl);
    assertEquals(0x1234, request.xid());
    assertEquals(Optional.of(yi), request.requestedAddress());
    assertEquals(Optional.of(SERVER), request.serverIdentifier());
    assertEquals(Ipv4Address.ANY, request.ciaddr());

    DhcpMessage ack = DhcpMessage.ack(request, yi, SERVER, 7200);
    assertEquals(Optional.of(DhcpMessageType.ACK), ack.messageType());
    assertEquals(OptionalLong.of(7200), ack.leaseTime());

    DhcpMessage reboot = DhcpMessage.requestInitReboot(5, MAC, yi);
    assertEquals(Optional.of(yi), reboot.requestedAddress());
    assertEquals(Optional.empty(), reboot.serverIdentifier());
    DhcpMessage renew = DhcpMessage.requestRenewing(6, MAC, yi);
    assertEquals(yi, renew.ciaddr());
    assertEquals(Optional.empty(), renew.requestedAddress());
    assertEquals(Optional.empty(), renew.serverIdentifier());
    assertEquals(renew.ciaddr(), DhcpMessage.requestRebinding(6, MAC, yi).ciaddr());

    DhcpMessage nak = DhcpMessage.nak(request, SERVER, "wrong network");
    assertEquals(Optional.of(DhcpMessageType.NAK), nak.messageType());
    assertEquals(Optional.of("wrong network"), nak.message());
    assertEquals(Ipv4Address.ANY, nak.yiaddr());
    assertFalse(nak.isBroadcast());

    DhcpMessage decline = DhcpMessage.decline(8, MAC, yi, SERVER);
    assertEquals(Optional.of(DhcpMessageType.DECLINE), decline.messageType());
    assertEquals(Optional.of(yi), decline.requestedAddress());
    assertEquals(Optional.of(SERVER), decline.serverIdentifier());

    DhcpMessage release = DhcpMessage.release(9, MAC, yi, SERVER);
    assertEquals(Optional.of(DhcpMessageType.RELEASE), release.messageType());
    assertEquals(yi, release.ciaddr());

    DhcpMessage inform = DhcpMessage.inform(10, MAC, yi, prl);
    assertEquals(Optional.of(DhcpMessageType.INFORM), inform.messageType());
    DhcpMessage informAck = DhcpMessage.ackInform(inform, SERVER, DhcpOption.Routers.of(SERVER));
    assertEquals(Ipv4Address.ANY, informAck.yiaddr());
    assertEquals(yi, informAck.ciaddr());
    assertEquals(OptionalLong.empty(), informAck.leaseTime());

    for (DhcpMessage m : List.of(discover, offer, request, ack, reboot, renew, nak, decline,
        release, inform, informAck)) {
      assertRoundTrips(m, DhcpMessage::parse);
      assertTrue(m.encodedLength() >= 300);
    }
  }

  @Test
  void nakThroughARelayIsBroadcast() {
    DhcpMessage request = DhcpMessage.requestInitReboot(5, MAC, SERVER).toBuilder()
        .giaddr(Ipv4Address.parse("10.0.0.1")).build();
    assertTrue(DhcpMessage.nak(request, SERVER, null).isBroadcast());
    assertEquals(Ipv4Address.parse("10.0.0.1"), DhcpMessage.nak(request, SERVER, null).giaddr());
  }

  @Test
  void flagsKeepReservedBits() {
    DhcpMessage m = DhcpMessage.builder().flags(0x0001).broadcast(true).build();
    assertEquals(0x8001, m.flags());
    assertTrue(m.isBroadcast());
    assertEquals(0x0001, m.toBuilder().broadcast(false).build().flags());
  }

  @Test
  void unknownOpAndHardwareRoundTrip() {
    DhcpMessage m = DhcpMessage.builder().op(DhcpOp.of(7))
        .clientHardwareAddress(32, ByteString.fromHex("0102030405060708090a0b0c0d0e0f10"))
        .build();
    DhcpMessage back = DhcpMessage.parse(m.toByteArray());
    assertEquals(DhcpOp.of(7), back.op());
    assertEquals("7", back.op().toString());
    assertEquals(16, back.hlen());
    assertEquals(Optional.empty(), back.clientMac());
    assertEquals(16, back.clientHardwareAddress().size());
  }

  @Test
  void constructorRejectsWhatCannotBeEncoded() {
    DhcpMessage ok = DhcpMessage.discover(1, MAC);
    assertThrows(IllegalArgumentException.class, () -> new DhcpMessage(ok.op(), 256, 6, 0, 0,
        0, 0, ok.ciaddr(), ok.yiaddr(), ok.siaddr(), ok.giaddr(), ok.chaddr(), ok.sname(),
        ok.file(), ok.optionArea()));
    assertThrows(IllegalArgumentException.class, () -> new DhcpMessage(ok.op(), 1, 6, 0, 0,
        0, 0, ok.ciaddr(), ok.yiaddr(), ok.siaddr(), ok.giaddr(), ByteString.of(1), ok.sname(),
        ok.file(), ok.optionArea()));
    var e = assertThrows(IllegalArgumentException.class,
        () -> DhcpOptionArea.ofOptions(ByteString.of(53, 5, 1)));
    assertEquals("DHCP: option DHCP Message Type (53) at offset 240 has length 5, overrunning "
        + "the options field, which ends at offset 243", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> DhcpOptionArea.ofBootp(ByteString.fromHex("63825363ff")));
    // Option Overload says file holds options, but file holds an option that overruns it
    byte[] file = new byte[128];
    file[0] = 43;
    file[1] = (byte) 200;
    var f = assertThrows(IllegalArgumentException.class, () -> new DhcpMessage(ok.op(), 1, 6,
        0, 0, 0, 0, ok.ciaddr(), ok.yiaddr(), ok.siaddr(), ok.giaddr(), ok.chaddr(), ok.sname(),
        ByteString.copyOf(file), DhcpOptionArea.ofOptions(ByteString.fromHex("340101ff"))));
    assertEquals("DHCP: option Vendor-Specific Information (43) at offset 108 has length 200, "
        + "overrunning the file field, which ends at offset 236", f.getMessage());
  }

  @Test
  void toStringIsReadable() {
    String s = DhcpMessage.parse(ACK).toString();
    assertTrue(s.startsWith("DhcpMessage[DHCPACK (5), BOOTREPLY (2), xid=0x3903f326, "
        + "yiaddr=192.168.0.10, siaddr=192.168.0.1, chaddr=00:0b:82:01:fc:42, options=["), s);
    assertEquals("IP Address Lease Time (51)", DhcpOptionCode.of(51).toString());
    assertEquals("224", DhcpOptionCode.of(224).toString());
    assertEquals("DHCPINFORM (8)", DhcpMessageType.INFORM.toString());
    assertEquals("DHCPTLS", DhcpMessageType.of(18).name());
  }

  @Test
  void parseLeavesTheBufferUntouched() {
    ByteBuffer buf = ByteBuffer.wrap(ACK).position(0);
    DhcpMessage.parse(buf);
    assertEquals(0, buf.position());
    assertEquals(ACK.length, buf.limit());
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * The getters find an option whether it is absent, once in the options field, split into
   * instances there (RFC 3396), or continued in {@code file} (RFC 2131 §4.1), for codes below
   * 64 (which the option area tracks as bitmaps at parse time) and above.
   */
  @Test
  void gettersFindOptionsInEveryLayout() {
    byte[] base = DhcpMessage.discover(7, MAC).toByteArray();
    // options field after the cookie: type DISCOVER, lease time split 2 + 2 octets, vendor
    // class (60) once, client FQDN (81) split, then End
    byte[] opts = Hex.parse("350101" + "33020000" + "33020e10" + "3c0161"
        + "5102" + "0000" + "5102" + "0100" + "ff");
    byte[] m = Arrays.copyOf(base, 240 + opts.length);
    System.arraycopy(opts, 0, m, 240, opts.length);
    DhcpMessage split = DhcpMessage.parse(m);
    assertEquals(OptionalLong.of(3600), split.leaseTime(), "split in the options field");
    assertEquals(Optional.of("a"), split.vendorClassIdentifier(), "once, code 60");
    assertEquals(OptionalLong.empty(), split.renewalTime(), "absent, code 58");
    assertTrue(split.clientFqdn().isPresent(), "split, code 81");
    assertEquals(Optional.empty(), split.relayAgentInformation(), "absent, code 82");

    // Option Overload 1: the lease time's second half and a host name continue in file
    byte[] over = Hex.parse("350101" + "340101" + "33020000" + "ff");
    byte[] o = Arrays.copyOf(base, 240 + over.length);
    System.arraycopy(over, 0, o, 240, over.length);
    byte[] file = Hex.parse("33020e10" + "0c0162" + "ff");
    System.arraycopy(file, 0, o, 108, file.length);
    DhcpMessage overloaded = DhcpMessage.parse(o);
    assertEquals(OptionalLong.of(3600), overloaded.leaseTime(), "continued in file");
    assertEquals(Optional.of("b"), overloaded.hostName(), "only in file");
    assertEquals(Hex.toHex(o), Hex.toHex(overloaded.toByteArray()));
  }

  /**
   * An options field of 60,000 octets holding 20,000 three-octet instances of three codes:
   * {@code options()} concatenates each code's 10,000, 5,000 and 5,000 data octets (RFC 3396)
   * into three options, in order of first appearance.
   */
  @Test
  void manySplitInstancesConcatenate() {
    byte[] base = DhcpMessage.discover(7, MAC).toByteArray();
    int instances = 20_000;
    byte[] m = Arrays.copyOf(base, 240 + 3 * instances + 1);
    for (int k = 0; k < instances; k++) {
      int code = k % 2 == 0 ? 43 : k % 4 == 1 ? 224 : 225; // vendor-specific, two private
      int at = 240 + 3 * k;
      m[at] = (byte) code;
      m[at + 1] = 1;
      m[at + 2] = (byte) k;
    }
    m[m.length - 1] = (byte) 255;
    List<DhcpOption> options = DhcpMessage.parse(m).options();
    assertEquals(3, options.size());
    assertEquals(DhcpOptionCode.VENDOR_SPECIFIC, options.get(0).code());
    assertEquals(10_000, ((DhcpOption.VendorSpecific) options.get(0)).data().size());
    assertEquals(224, options.get(1).code().value());
    assertEquals(5_000, ((DhcpOption.Unknown) options.get(1)).data().size());
    assertEquals(225, options.get(2).code().value());
    assertEquals(5_000, ((DhcpOption.Unknown) options.get(2)).data().size());
  }
}
