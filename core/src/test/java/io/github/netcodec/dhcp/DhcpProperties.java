package io.github.netcodec.dhcp;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.assertRoundTrips;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dhcp.DhcpOption.ClasslessStaticRoutes.StaticRoute;
import io.github.netcodec.dhcp.DhcpOption.RelayAgentInformation.SubOption;
import io.github.netcodec.dns.DnsName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DhcpProperties {

  static Arbitrary<Ipv4Address> addresses() {
    return Arbitraries.integers().map(Ipv4Address::of);
  }

  static Arbitrary<ByteString> bytes(int min, int max) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max)
        .map(ByteString::copyOf);
  }

  static Arbitrary<String> text(int min, int max) {
    return Arbitraries.chars().range('\0', '\u00ff').array(char[].class).ofMinSize(min)
        .ofMaxSize(max).map(String::new);
  }

  static Arbitrary<DnsName> names() {
    return Arbitraries.of("a", "b", "Example", "com", "xn--bcher-kva", "eng", "x-1")
        .list().ofMinSize(0).ofMaxSize(4)
        .map(l -> DnsName.of(String.join(".", l) + "."));
  }

  static Arbitrary<DhcpOption> options() {
    Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xffff_ffffL);
    return Arbitraries.oneOf(List.of(
        addresses().map(DhcpOption.SubnetMask::new),
        addresses().list().ofMinSize(1).ofMaxSize(70).map(DhcpOption.Routers::new),
        addresses().list().ofMinSize(1).ofMaxSize(5).map(DhcpOption.DnsServers::new),
        text(1, 300).map(DhcpOption.HostName::new),
        text(1, 30).map(DhcpOption.DomainName::new),
        addresses().map(DhcpOption.BroadcastAddress::new),
        addresses().list().ofMinSize(1).ofMaxSize(3).map(DhcpOption.NtpServers::new),
        bytes(1, 400).map(DhcpOption.VendorSpecific::new),
        addresses().map(DhcpOption.RequestedAddress::new),
        u32.map(DhcpOption.LeaseTime::new),
        Arbitraries.integers().between(0, 255).map(DhcpMessageType::of)
            .map(DhcpOption.MessageType::new),
        addresses().map(DhcpOption.ServerIdentifier::new),
        Arbitraries.integers().between(0, 255).map(DhcpOptionCode::of).list().ofMinSize(1)
            .ofMaxSize(20).map(DhcpOption.ParameterRequestList::new),
        text(1, 20).map(DhcpOption.Message::new),
        Arbitraries.integers().between(0, 65535).map(DhcpOption.MaximumMessageSize::new),
        u32.map(DhcpOption.RenewalTime::new),
        u32.map(DhcpOption.RebindingTime::new),
        text(1, 20).map(DhcpOption.VendorClassIdentifier::new),
        bytes(2, 20).map(DhcpOption.ClientIdentifier::new),
        text(1, 20).map(DhcpOption.TftpServerName::new),
        text(1, 20).map(DhcpOption.BootfileName::new),
        Arbitraries.just(DhcpOption.RapidCommit.INSTANCE),
        Combinators.combine(Arbitraries.integers().between(0, 255), names(),
            Arbitraries.of(true, false)).as((f, n, partial) -> {
              String s = n.toString();
              return new DhcpOption.ClientFqdn(f | DhcpOption.ClientFqdn.FLAG_E, 0, 255,
                  partial && !n.isRoot() ? s.substring(0, s.length() - 1) : s);
            }),
        Combinators.combine(Arbitraries.integers().between(0, 255), bytes(0, 30))
            .as(SubOption::new).list().ofMinSize(1).ofMaxSize(12)
            .map(DhcpOption.RelayAgentInformation::new),
        names().list().ofMinSize(1).ofMaxSize(20).map(DhcpOption.DomainSearch::new),
        Combinators.combine(addresses(), Arbitraries.integers().between(0, 32), addresses())
            .as((a, len, r) -> new StaticRoute(Ipv4Prefix.containing(a, len), r))
            .list().ofMinSize(1).ofMaxSize(6).map(DhcpOption.ClasslessStaticRoutes::new),
        Combinators.combine(Arbitraries.of(2, 7, 100, 224, 254), bytes(0, 300))
            .as(DhcpOption.Unknown::of)));
  }

  /** Options with distinct codes, so that the typed view gives back the same list. */
  @Provide
  Arbitrary<List<DhcpOption>> optionLists() {
    return options().list().ofMaxSize(10).map(l -> {
      Set<DhcpOptionCode> seen = new HashSet<>();
      List<DhcpOption> out = new ArrayList<>();
      for (DhcpOption o : l) {
        if (seen.add(o.code())) {
          out.add(o);
        }
      }
      return out;
    });
  }

  private static DhcpMessage.Builder header(int xid, int flags, long mac, int a) {
    return DhcpMessage.builder().op(DhcpOp.of(1 + (a & 1))).xid(xid).flags(flags & 0xffff)
        .clientMac(MacAddress.of(mac & 0xffff_ffff_ffffL)).ciaddr(Ipv4Address.of(a))
        .yiaddr(Ipv4Address.of(~a)).hops(a & 0xff).secs(xid & 0xffff);
  }

  @Property(tries = 300)
  void builtMessagesRoundTripToTheSameTypedOptions(@ForAll("optionLists") List<DhcpOption> opts,
      @ForAll int xid, @ForAll int flags, @ForAll long mac, @ForAll int a) {
    DhcpMessage m = header(xid, flags, mac, a).options(opts).build();
    assertRoundTrips(m, DhcpMessage::parse);
    assertEquals(m, assertLosslessOnEveryBufferKind(m.toByteArray(), DhcpMessage::parse));
    assertEquals(opts, m.options());
    assertTrue(m.encodedLength() >= DhcpMessage.BOOTP_MIN_LENGTH);
    assertEquals(m, m.toBuilder().build());
    // the wire view, handed back to a builder, lays the options out the same way
    DhcpMessage.Builder again = header(xid, flags, mac, a);
    m.wireOptions().forEach(again::option);
    assertEquals(m, again.build());
  }

  @Property(tries = 300)
  void overloadedMessagesRoundTripAndFit(@ForAll("optionLists") List<DhcpOption> opts,
      @ForAll int xid, @ForAll @IntRange(min = 300, max = 700) int maxLength) {
    DhcpMessage m;
    try {
      m = header(xid, 0, xid, xid).options(opts).fitTo(maxLength).build();
    } catch (IllegalArgumentException tooBig) {
      Assume.that(false);
      return;
    }
    assertTrue(m.encodedLength() <= Math.max(maxLength, DhcpMessage.BOOTP_MIN_LENGTH),
        "length " + m.encodedLength());
    assertRoundTrips(m, DhcpMessage::parse);
    List<DhcpOption> typed = new ArrayList<>(m.options());
    if (m.overload() != 0) {
      assertEquals(new DhcpOption.Overload(m.overload()), typed.remove(0));
    }
    assertEquals(opts, typed);
  }

  @Property(tries = 1000)
  void arbitraryBytesThrowOnlyMalformedAndParsedOnesEncodeBack(
      @ForAll @Size(min = 230, max = 420) byte[] bytes, @ForAll boolean cookie) {
    if (cookie && bytes.length >= 240) {
      bytes[236] = 99;
      bytes[237] = (byte) 130;
      bytes[238] = 83;
      bytes[239] = 99;
    }
    DhcpMessage m = parseOrReject(bytes, DhcpMessage::parse);
    if (m != null) {
      assertArrayEquals(bytes, m.toByteArray());
      touchEverything(m);
    }
    DhcpMessage strict = parseOrReject(bytes, DhcpMessage::parseStrict);
    if (strict != null) {
      assertEquals(m, strict);
      assertTrue(strict.options().stream().noneMatch(o -> o instanceof DhcpOption.Malformed));
    }
  }

  @Property(tries = 1000)
  void mutatedMessagesThrowOnlyMalformed(@ForAll("optionLists") List<DhcpOption> opts,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 100_000) Integer> at,
      @ForAll @Size(min = 8, max = 8) byte[] values, @ForAll boolean overload) {
    DhcpMessage.Builder b = header(1, 0, 2, 3).options(opts);
    if (overload) {
      b.fitTo(300);
    }
    byte[] bytes;
    try {
      bytes = b.build().toByteArray();
    } catch (IllegalArgumentException tooBig) {
      bytes = header(1, 0, 2, 3).options(opts).build().toByteArray();
    }
    for (int i = 0; i < at.size(); i++) {
      // mutate mostly the options and the overloadable fields
      int p = 44 + at.get(i) % (bytes.length - 44);
      bytes[p] = values[i];
    }
    DhcpMessage m = parseOrReject(bytes, DhcpMessage::parse);
    if (m != null) {
      assertArrayEquals(bytes, m.toByteArray());
      touchEverything(m);
    }
    parseOrReject(bytes, DhcpMessage::parseStrict);
  }

  @Property(tries = 1000)
  void optionDataNeverThrowsAndTypedOptionsReencode(@ForAll @IntRange(min = 1, max = 254)
      int code, @ForAll @Size(max = 40) byte[] data) {
    DhcpOption o = DhcpOption.of(DhcpOptionCode.of(code), ByteString.copyOf(data));
    if (!(o instanceof DhcpOption.Malformed)) {
      byte[] wire = o.toByteArray();
      assertEquals(o, DhcpOption.of(o.code(), ByteString.copyOf(wire, 2, wire.length - 2)));
    }
    o.toString();
  }

  @Property(tries = 200)
  void longOptionsSplitAndConcatenateRfc3396(@ForAll @Size(min = 0, max = 1200) byte[] data) {
    DhcpOption o = data.length == 0 ? DhcpOption.Unknown.of(224, ByteString.EMPTY)
        : new DhcpOption.VendorSpecific(ByteString.copyOf(data));
    DhcpMessage m = DhcpMessage.builder().option(o).build();
    assertEquals(List.of(o), DhcpMessage.parse(m.toByteArray()).options());
    assertEquals(o.encodedLength(), data.length + 2 * Math.max(1, (data.length + 254) / 255));
  }

  private static void touchEverything(DhcpMessage m) {
    m.options().forEach(DhcpOption::toByteArray);
    m.wireOptions().forEach(DhcpOption::toByteArray);
    m.toString();
    m.messageType();
    m.serverIdentifier();
    m.requestedAddress();
    m.subnetMask();
    m.broadcastAddress();
    m.leaseTime();
    m.renewalTime();
    m.rebindingTime();
    m.maximumMessageSize();
    m.routers();
    m.dnsServers();
    m.ntpServers();
    m.parameterRequestList();
    m.hostName();
    m.domainName();
    m.message();
    m.clientIdentifier();
    m.vendorClassIdentifier();
    m.domainSearch();
    m.classlessStaticRoutes();
    m.clientFqdn();
    m.relayAgentInformation();
    m.hasRapidCommit();
    m.clientMac();
    m.clientHardwareAddress();
    m.serverName();
    m.bootFileName();
    m.toBuilder();
  }
}
