package io.github.netcodec.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dhcp.DhcpOption.ClasslessStaticRoutes.StaticRoute;
import io.github.netcodec.dhcp.DhcpOption.RelayAgentInformation.SubOption;
import io.github.netcodec.dns.DnsName;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each typed option's wire form, decoded and encoded, and the malformed data table. */
class DhcpOptionTest {

  static Ipv4Address ip(String s) {
    return Ipv4Address.parse(s);
  }

  /** Option, and its whole wire form (code, length, data) in hex. */
  static Stream<Arguments> wireForms() {
    return Stream.of(
        Arguments.of(new DhcpOption.SubnetMask(ip("255.255.255.0")), "0104ffffff00"),
        Arguments.of(DhcpOption.Routers.of(ip("10.0.0.1"), ip("10.0.0.2")),
            "03080a0000010a000002"),
        Arguments.of(DhcpOption.DnsServers.of(ip("8.8.8.8")), "060408080808"),
        Arguments.of(new DhcpOption.HostName("pc"), "0c027063"),
        Arguments.of(new DhcpOption.DomainName("example.org"), "0f0b6578616d706c652e6f7267"),
        Arguments.of(new DhcpOption.BroadcastAddress(ip("10.0.0.255")), "1c040a0000ff"),
        Arguments.of(new DhcpOption.NtpServers(List.of(ip("1.2.3.4"))), "2a0401020304"),
        Arguments.of(new DhcpOption.VendorSpecific(ByteString.of(1, 2)), "2b020102"),
        Arguments.of(new DhcpOption.RequestedAddress(ip("192.168.1.7")), "3204c0a80107"),
        Arguments.of(new DhcpOption.LeaseTime(DhcpOption.LeaseTime.INFINITE), "3304ffffffff"),
        Arguments.of(new DhcpOption.Overload(DhcpOption.Overload.BOTH), "340103"),
        Arguments.of(new DhcpOption.MessageType(DhcpMessageType.of(200)), "3501c8"),
        Arguments.of(new DhcpOption.ServerIdentifier(ip("10.1.1.1")), "36040a010101"),
        Arguments.of(DhcpOption.ParameterRequestList.of(DhcpOptionCode.SUBNET_MASK,
            DhcpOptionCode.of(224)), "370201e0"),
        Arguments.of(new DhcpOption.Message("no"), "38026e6f"),
        Arguments.of(new DhcpOption.MaximumMessageSize(1500), "390205dc"),
        Arguments.of(new DhcpOption.RenewalTime(1800), "3a0400000708"),
        Arguments.of(new DhcpOption.RebindingTime(3150), "3b0400000c4e"),
        Arguments.of(new DhcpOption.VendorClassIdentifier("MSFT 5.0"), "3c084d53465420352e30"),
        Arguments.of(DhcpOption.ClientIdentifier.of(MacAddress.parse("00:0b:82:01:fc:42")),
            "3d0701000b8201fc42"),
        Arguments.of(new DhcpOption.TftpServerName("tftp"), "420474667470"),
        Arguments.of(new DhcpOption.BootfileName("pxelinux.0"),
            "430a7078656c696e75782e30"),
        Arguments.of(DhcpOption.RapidCommit.INSTANCE, "5000"),
        // RFC 4702 §2.3.1: canonical wire format, fully qualified and partial
        Arguments.of(DhcpOption.ClientFqdn.serverUpdates("host.example."),
            "511105000004686f7374076578616d706c6500"),
        Arguments.of(DhcpOption.ClientFqdn.serverUpdates("host"), "510805000004686f7374"),
        Arguments.of(new DhcpOption.ClientFqdn(0, 255, 255, "a.b"), "5106" + "00ffff612e62"),
        Arguments.of(DhcpOption.RelayAgentInformation.of(SubOption.circuitId(ByteString.of(0,
            4, 0, 1, 0, 4)), SubOption.remoteId(ByteString.of(0xaa))),
            "520b0106000400010004" + "0201aa"),
        // RFC 3442 §5's table of destination descriptors, each with router 10.0.0.1
        Arguments.of(DhcpOption.ClasslessStaticRoutes.of(
            new StaticRoute(Ipv4Prefix.ALL, ip("10.0.0.1")),
            new StaticRoute(Ipv4Prefix.parse("10.0.0.0/8"), ip("10.0.0.1")),
            new StaticRoute(Ipv4Prefix.parse("10.0.0.0/24"), ip("10.0.0.1")),
            new StaticRoute(Ipv4Prefix.parse("10.17.0.0/16"), ip("10.0.0.1")),
            new StaticRoute(Ipv4Prefix.parse("10.27.129.0/24"), ip("10.0.0.1")),
            new StaticRoute(Ipv4Prefix.parse("10.229.0.128/25"), ip("10.0.0.1")),
            new StaticRoute(Ipv4Prefix.parse("10.198.122.47/32"), ip("10.0.0.1"))),
            "7934" + "00" + "0a000001" + "080a" + "0a000001" + "180a0000" + "0a000001"
                + "100a11" + "0a000001" + "180a1b81" + "0a000001" + "190ae50080" + "0a000001"
                + "200ac67a2f" + "0a000001"),
        // RFC 3397 §2: eng.apple.com, marketing.apple.com, the second compressed
        Arguments.of(DhcpOption.DomainSearch.of("eng.apple.com", "marketing.apple.com"),
            "771b03656e67056170706c6503636f6d00096d61726b6574696e67c004"),
        Arguments.of(DhcpOption.Unknown.of(224, ByteString.of(9)), "e00109"),
        Arguments.of(DhcpOption.Unknown.of(2, ByteString.EMPTY), "0200"));
  }

  @ParameterizedTest
  @MethodSource("wireForms")
  void encodesAndDecodes(DhcpOption option, String hex) {
    assertEquals(hex, Hex.toHex(option.toByteArray()));
    assertEquals(hex.length() / 2, option.encodedLength());
    ByteString data = ByteString.fromHex(hex.substring(4));
    assertEquals(option, DhcpOption.of(option.code(), data));
    assertEquals(data.size(), option.dataLength());
  }

  /** Code, data in hex, and the reason decoding gives. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(1, "ffffff", "has 3 octets, not 4"),
        Arguments.of(3, "", "has 0 octets, not a positive multiple of 4"),
        Arguments.of(6, "0808080808", "has 5 octets, not a positive multiple of 4"),
        Arguments.of(12, "", "has 0 octets, fewer than the minimum 1"),
        Arguments.of(51, "0000", "has 2 octets, not 4"),
        Arguments.of(52, "04", "has value 4, not 1, 2 or 3"),
        Arguments.of(53, "", "has 0 octets, not 1"),
        Arguments.of(53, "0101", "has 2 octets, not 1"),
        Arguments.of(55, "", "has 0 octets, fewer than the minimum 1"),
        Arguments.of(57, "05", "has 1 octet, not 2"),
        Arguments.of(61, "01", "has 1 octet, fewer than the minimum 2"),
        Arguments.of(80, "00", "has 1 octet, not 0"),
        Arguments.of(81, "0500", "has 2 octets, fewer than the minimum 3"),
        Arguments.of(81, "050000c000", "has label octet 0xc0 at data offset 3; compression "
            + "and label types are not allowed (RFC 4702 §2.3.1)"),
        Arguments.of(81, "05000000616200", "has 3 octets after the root label at data offset 3"),
        Arguments.of(81, "05000005616263", "has a label of 5 octets at data offset 3 that "
            + "runs past the end of the data"),
        Arguments.of(82, "01", "has sub-option 1 at data offset 0 without a length octet"),
        Arguments.of(82, "0103aa", "has sub-option 1 at data offset 0 with length 3, "
            + "overrunning the data"),
        Arguments.of(119, "", "is empty; it needs at least one name"),
        Arguments.of(119, "0161c000", "has a pointer at data offset 2 to offset 0, not before 0"),
        Arguments.of(119, "c002", "has a pointer at data offset 0 to offset 2, not before 0"),
        Arguments.of(119, "0361", "has a label of 3 octets at data offset 0 that runs past "
            + "the end of the data"),
        Arguments.of(119, "0161", "has name 0 at data offset 0 running past the end of the "
            + "data"),
        Arguments.of(119, "4000", "has label type 0x40 at data offset 0"),
        Arguments.of(121, "210a000001", "has a route at data offset 0 with prefix length 33, "
            + "above 32"),
        Arguments.of(121, "180a00", "has a route at data offset 0 that needs 8 octets, but "
            + "only 3 remain"),
        // a valid /8 route, then one octet: a /1 route whose descriptor is cut short
        Arguments.of(121, "080a01" + "0a000001", "has a route at data offset 6 that needs 6 "
            + "octets, but only 1 remain"),
        Arguments.of(121, "", "is empty; it needs at least one route"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void keepsMalformedDataWithTheReason(int code, String hex, String reason) {
    ByteString data = ByteString.fromHex(hex);
    DhcpOption o = DhcpOption.of(DhcpOptionCode.of(code), data);
    DhcpOption.Malformed m = assertInstanceOf(DhcpOption.Malformed.class, o);
    assertEquals(reason, m.error());
    assertEquals(data, m.data());
    assertEquals(hex, Hex.toHex(m.toByteArray()).substring(4));
  }

  @Test
  void classlessRouteWithHostBitsIsMalformed() {
    var m = assertInstanceOf(DhcpOption.Malformed.class,
        DhcpOption.of(DhcpOptionCode.CLASSLESS_STATIC_ROUTE, ByteString.fromHex("140a0a0f"
            + "0a000001")));
    assertEquals("has a route at data offset 0 with bits set beyond its /20 prefix", m.error());
  }

  @Test
  void searchListCompressionKeepsCaseAndPointsBackwards() {
    var list = new DhcpOption.DomainSearch(List.of(DnsName.of("A.example."),
        DnsName.of("b.Example."), DnsName.of("c.example."), DnsName.of("example.")));
    String hex = Hex.toHex(list.toByteArray());
    // "example." written twice (cases differ), then c.example and example. point to the first
    assertEquals("77" + "1c" + "0141076578616d706c6500" + "0162074578616d706c6500"
        + "0163c002" + "c002", hex);
    var back = assertInstanceOf(DhcpOption.DomainSearch.class,
        DhcpOption.of(DhcpOptionCode.DOMAIN_SEARCH, ByteString.fromHex(hex.substring(4))));
    assertEquals(list, back);
    assertEquals("b.Example.", back.names().get(1).toString());
  }

  @Test
  void clientFqdnFlagsAndNames() {
    var f = new DhcpOption.ClientFqdn(0xf5, 0, 0, "a\\066c.example.");
    assertEquals("aBc.example.", f.domainName());
    assertTrue(f.serverUpdatesARecord());
    assertFalse(f.overridden());
    assertTrue(f.wireEncoded());
    assertFalse(f.noUpdates());
    assertTrue(f.isFullyQualified());
    assertFalse(DhcpOption.ClientFqdn.serverUpdates("host").isFullyQualified());
    assertEquals(f, DhcpOption.of(f.code(), ByteString.copyOf(f.toByteArray(), 2,
        f.dataLength())));
    assertEquals("", DhcpOption.ClientFqdn.serverUpdates("").domainName());
    assertEquals("510305" + "0000", Hex.toHex(DhcpOption.ClientFqdn.serverUpdates("")
        .toByteArray()));
    assertEquals(".", assertInstanceOf(DhcpOption.ClientFqdn.class, DhcpOption.of(
        DhcpOptionCode.CLIENT_FQDN, ByteString.fromHex("05000000"))).domainName());
    assertThrows(IllegalArgumentException.class,
        () -> DhcpOption.ClientFqdn.serverUpdates("a..b"));
  }

  @Test
  void relayAgentSubOptions() {
    var r = DhcpOption.RelayAgentInformation.of(SubOption.circuitId(ByteString.of(1)),
        new SubOption(9, ByteString.of(2)));
    assertEquals(Optional.of(ByteString.of(1)), r.circuitId());
    assertEquals(Optional.empty(), r.remoteId());
    assertEquals(Optional.of(ByteString.of(2)), r.find(9));
  }

  @Test
  void longOptionsSplitAt255() {
    var v = new DhcpOption.VendorSpecific(ByteString.copyOf(new byte[256]));
    byte[] b = v.toByteArray();
    assertEquals(256 + 4, b.length);
    assertEquals(43, b[0]);
    assertEquals((byte) 255, b[1]);
    assertEquals(43, b[257]);
    assertEquals(1, b[258]);
    var ok = new DhcpOption.VendorSpecific(ByteString.copyOf(new byte[255]));
    assertEquals(257, ok.encodedLength());
  }

  @Test
  void recordsRejectWhatCannotBeEncoded() {
    assertThrows(IllegalArgumentException.class, () -> new DhcpOption.Routers(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new DhcpOption.HostName(""));
    assertThrows(IllegalArgumentException.class, () -> new DhcpOption.HostName("\u0100"));
    assertThrows(IllegalArgumentException.class, () -> new DhcpOption.LeaseTime(-1));
    assertThrows(IllegalArgumentException.class, () -> new DhcpOption.LeaseTime(1L << 32));
    assertThrows(IllegalArgumentException.class, () -> new DhcpOption.Overload(0));
    assertThrows(IllegalArgumentException.class, () -> new DhcpOption.MaximumMessageSize(65536));
    assertThrows(IllegalArgumentException.class,
        () -> new DhcpOption.ClientIdentifier(ByteString.of(1)));
    assertThrows(IllegalArgumentException.class, () -> DhcpOption.Unknown.of(51,
        ByteString.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> new SubOption(1,
        ByteString.copyOf(new byte[256])));
    assertThrows(IllegalArgumentException.class, () -> new DhcpOption.Malformed(
        DhcpOptionCode.PAD, ByteString.EMPTY, "x"));
    assertThrows(IllegalArgumentException.class, () -> DhcpOption.of(DhcpOptionCode.END,
        ByteString.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> DhcpOptionCode.of(256));
    assertThrows(IllegalArgumentException.class, () -> DhcpMessageType.of(-1));
  }

  @Test
  void padAndEndAreOneOctet() {
    assertEquals("00", Hex.toHex(DhcpOption.Pad.INSTANCE.toByteArray()));
    assertEquals("ff", Hex.toHex(DhcpOption.End.INSTANCE.toByteArray()));
  }

  @Test
  void typedLookupByRecordClass() {
    DhcpMessage m = DhcpMessage.parse(DhcpMessageTest.ACK);
    assertEquals(Optional.of(new DhcpOption.LeaseTime(3600)),
        m.option(DhcpOption.LeaseTime.class));
    assertEquals(Optional.empty(), m.option(DhcpOption.ClientFqdn.class));
    assertThrows(IllegalArgumentException.class, () -> m.option(DhcpOption.Unknown.class));
  }
}
