package io.github.netcodec.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

/**
 * equals and hashCode of every record of the package (DESIGN.md: EqualsVerifier everywhere).
 * Constructors reject null components, hence {@link Warning#NULL_FIELDS}. EqualsVerifier builds
 * records from its own field values, including all-zero ones; the records whose fields must agree
 * with each other (an unknown option whose type is not 0, 1, 5 or 0xC2; RPL address sizes that
 * follow CmprI and CmprE; a packet whose lengths add up) cannot be built that way, so their
 * contract is checked on hand-picked examples that differ in one component each.
 */
class Ipv6EqualsTest {

  @Test
  void options() {
    EqualsVerifier.forClass(Ipv6Option.Pad1.class).verify();
    EqualsVerifier.forClass(Ipv6Option.PadN.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Ipv6Option.RouterAlert.class).verify();
    EqualsVerifier.forClass(Ipv6Option.JumboPayload.class).verify();
    verifyContract(new Ipv6Option.UnknownOption(0x1e, ByteString.of(1)),
        new Ipv6Option.UnknownOption(0x1e, ByteString.of(1)),
        new Ipv6Option.UnknownOption(0x3e, ByteString.of(1)),
        new Ipv6Option.UnknownOption(0x1e, ByteString.of(2)));
  }

  @Test
  void extensionHeaders() {
    List<Ipv6Option> six = List.of(Ipv6Option.PadN.ofLength(6));
    List<Ipv6Option> alert = List.of(new Ipv6Option.RouterAlert(1), Ipv6Option.PadN.ofLength(2));
    EqualsVerifier.forClass(HopByHopOptions.class).withPrefabValues(List.class, six, alert)
        .suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(DestinationOptions.class).withPrefabValues(List.class, six, alert)
        .suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(FragmentHeader.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(EspHeader.class).verify();
    EqualsVerifier.forClass(Type2RoutingHeader.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(AuthenticationHeader.class)
        .withPrefabValues(ByteString.class, ByteString.of(1, 2, 3, 4), ByteString.EMPTY)
        .suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(SegmentRoutingHeader.class)
        .withPrefabValues(List.class, List.of(Ipv6Address.LOOPBACK), List.of(Ipv6Address.ANY))
        .withPrefabValues(ByteString.class, ByteString.copyOf(new byte[8]), ByteString.EMPTY)
        .suppress(Warning.NULL_FIELDS).verify();
    ByteString four = ByteString.of(1, 2, 3, 4);
    verifyContract(new UnknownRoutingHeader(IpProtocol.UDP, 0, 1, four),
        new UnknownRoutingHeader(IpProtocol.UDP, 0, 1, ByteString.of(1, 2, 3, 4)),
        new UnknownRoutingHeader(IpProtocol.TCP, 0, 1, four),
        new UnknownRoutingHeader(IpProtocol.UDP, 1, 1, four),
        new UnknownRoutingHeader(IpProtocol.UDP, 0, 2, four),
        new UnknownRoutingHeader(IpProtocol.UDP, 0, 1, ByteString.of(1, 2, 3, 5)));
    ByteString six0 = ByteString.of(1, 2, 3, 4, 5, 6);
    verifyContract(new GenericExtensionHeader(IpProtocol.of(253), IpProtocol.UDP, six0),
        new GenericExtensionHeader(IpProtocol.of(253), IpProtocol.UDP,
            ByteString.of(1, 2, 3, 4, 5, 6)),
        new GenericExtensionHeader(IpProtocol.of(254), IpProtocol.UDP, six0),
        new GenericExtensionHeader(IpProtocol.of(253), IpProtocol.TCP, six0),
        new GenericExtensionHeader(IpProtocol.of(253), IpProtocol.UDP,
            ByteString.of(1, 2, 3, 4, 5, 7)));
  }

  @Test
  void rplSourceRoute() {
    // With CmprI = CmprE = 15 every address is one byte: a 9-byte header, padded by 7.
    ByteString pad7 = ByteString.copyOf(new byte[7]);
    verifyContract(
        new RplSourceRouteHeader(IpProtocol.UDP, 1, 15, 15, 0, List.of(ByteString.of(1)), pad7),
        new RplSourceRouteHeader(IpProtocol.UDP, 1, 15, 15, 0, List.of(ByteString.of(1)),
            ByteString.copyOf(new byte[7])),
        new RplSourceRouteHeader(IpProtocol.TCP, 1, 15, 15, 0, List.of(ByteString.of(1)), pad7),
        new RplSourceRouteHeader(IpProtocol.UDP, 2, 15, 15, 0, List.of(ByteString.of(1)), pad7),
        new RplSourceRouteHeader(IpProtocol.UDP, 1, 14, 15, 0, List.of(ByteString.of(1)), pad7),
        new RplSourceRouteHeader(IpProtocol.UDP, 1, 15, 14, 0, List.of(ByteString.of(1, 2)),
            ByteString.copyOf(new byte[6])),
        new RplSourceRouteHeader(IpProtocol.UDP, 1, 15, 15, 9, List.of(ByteString.of(1)), pad7),
        new RplSourceRouteHeader(IpProtocol.UDP, 1, 15, 15, 0, List.of(ByteString.of(2)), pad7),
        new RplSourceRouteHeader(IpProtocol.UDP, 1, 15, 15, 0, List.of(ByteString.of(1)),
            ByteString.of(0, 0, 0, 0, 0, 0, 1)));
  }

  @Test
  void packet() {
    Ipv6Packet base = Ipv6Packet.builder().protocol(IpProtocol.UDP)
        .payload(new byte[] {1, 2, 3}).build();
    byte[] bytes = base.toByteArray();
    verifyContract(base, Ipv6Packet.parse(ByteBuffer.wrap(bytes).asReadOnlyBuffer()),
        base.withHopLimit(1),
        base.withTrafficClass(1),
        base.withFlowLabel(1),
        base.withAddresses(Ipv6Address.LOOPBACK, Ipv6Address.ANY),
        base.withAddresses(Ipv6Address.ANY, Ipv6Address.LOOPBACK),
        base.withPayload(ByteBuffer.wrap(new byte[] {1, 2, 4})),
        base.withPayload(ByteBuffer.wrap(new byte[] {1, 2, 3, 4})),
        base.toBuilder().protocol(IpProtocol.TCP).build(),
        base.toBuilder().extensionHeaders(
            List.of(FragmentHeader.of(IpProtocol.UDP, 0, false, 1))).build(),
        Ipv6Packet.parseTruncated(ByteBuffer.wrap(bytes, 0, 42)));
  }

  /** equals and hashCode on two equal values and values that each differ from them in one way. */
  @SafeVarargs
  private static <T> void verifyContract(T value, T equal, T... unequal) {
    assertEquals(value, value);
    assertEquals(value, equal);
    assertEquals(equal, value);
    assertEquals(value.hashCode(), equal.hashCode());
    assertNotEquals(null, value);
    assertNotEquals(value, new Object());
    for (T other : unequal) {
      assertNotEquals(value, other, other::toString);
      assertNotEquals(other, value, other::toString);
    }
  }
}
