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
 * Constructors reject null components, hence {@link Warning#NULL_FIELDS}. Where one field's
 * valid values are restricted (an unknown option's type, a layout's data size) EqualsVerifier
 * gets prefab values that satisfy the rule. Two records have fields that must agree with each
 * other, so that EqualsVerifier, which changes one field at a time, cannot build them: RPL
 * address sizes that follow CmprI and CmprE, and a packet whose lengths add up. Their contract
 * is checked on hand-picked examples that differ in one component each.
 */
class Ipv6EqualsTest {

  @Test
  void options() {
    EqualsVerifier.forClass(Ipv6Option.Pad1.class).verify();
    EqualsVerifier.forClass(Ipv6Option.PadN.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Ipv6Option.RouterAlert.class).verify();
    EqualsVerifier.forClass(Ipv6Option.JumboPayload.class).verify();
    // the type must not be one with a record of its own: give EqualsVerifier two that are not
    EqualsVerifier.forClass(Ipv6Option.UnknownOption.class)
        .withPrefabValuesForField("type", 0x1e, 0x3e)
        .withPrefabValues(ByteString.class, ByteString.of(1), ByteString.of(2))
        .withNonnullFields("data").verify();
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
    // values that satisfy the layout rules: a routing type without a record, data filling
    // whole 8-byte units, a generic extension header type
    EqualsVerifier.forClass(UnknownRoutingHeader.class)
        .withPrefabValuesForField("routingType", 0, 1)
        .withPrefabValues(ByteString.class, ByteString.of(1, 2, 3, 4), ByteString.of(1, 2, 3, 5))
        .withNonnullFields("nextHeader", "data").verify();
    EqualsVerifier.forClass(GenericExtensionHeader.class)
        .withPrefabValuesForField("type", IpProtocol.of(253), IpProtocol.of(254))
        .withPrefabValues(ByteString.class, ByteString.of(1, 2, 3, 4, 5, 6),
            ByteString.of(1, 2, 3, 4, 5, 7))
        .withNonnullFields("nextHeader", "data").verify();
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
