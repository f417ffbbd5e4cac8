package io.github.netcodec.dhcp;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.dns.DnsName;
import java.util.ArrayList;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** EqualsVerifier on every record of the dhcp package. */
class DhcpEqualsTest {

  static List<Class<?>> records() {
    List<Class<?>> all = new ArrayList<>(List.of(DhcpOp.class, DhcpOptionCode.class,
        DhcpMessageType.class, DhcpMessage.class,
        DhcpOption.RelayAgentInformation.SubOption.class,
        DhcpOption.ClasslessStaticRoutes.StaticRoute.class));
    all.addAll(List.of(DhcpOption.class.getPermittedSubclasses()));
    return all;
  }

  @org.junit.jupiter.api.Test
  void optionAreaIsEqualByCookieAndOctets() {
    // the count, overload value and seen/repeated bitmaps are derived from the octets
    EqualsVerifier.forClass(DhcpOptionArea.class)
        .withIgnoredFields("count", "overload", "seen", "repeated").verify();
  }

  @ParameterizedTest
  @MethodSource("records")
  void equalsAndHashCodeFollowTheContract(Class<?> type) {
    // every constructor rejects null components, so no record holds one
    String[] components = java.util.Arrays.stream(type.getRecordComponents())
        .filter(c -> !c.getType().isPrimitive()).map(c -> c.getName()).toArray(String[]::new);
    var v = EqualsVerifier.forClass(type).withNonnullFields(components)
        .withPrefabValues(DnsName.class, DnsName.of("a.example."), DnsName.of("b.example."))
        .withPrefabValues(ByteString.class, ByteString.of(1, 2), ByteString.of(3, 4))
        .withPrefabValues(Ipv4Prefix.class, Ipv4Prefix.parse("10.0.0.0/8"),
            Ipv4Prefix.parse("10.1.0.0/16"));
    // fields whose valid values depend on the record get values that satisfy it
    if (type == DhcpMessage.class) {
      v = v.withPrefabValuesForField("chaddr", ByteString.copyOf(new byte[16]),
              ByteString.fromHex("01".repeat(16)))
          .withPrefabValuesForField("sname", ByteString.copyOf(new byte[64]),
              ByteString.fromHex("02".repeat(64)))
          .withPrefabValuesForField("file", ByteString.copyOf(new byte[128]),
              ByteString.fromHex("03".repeat(128)))
          .withPrefabValuesForField("optionArea", DhcpOptionArea.ofOptions(ByteString.of(255)),
              DhcpOptionArea.ofBootp(ByteString.of(0, 255)));
    } else if (type == DhcpOption.Routers.class || type == DhcpOption.DnsServers.class
        || type == DhcpOption.NtpServers.class) {
      v = v.withPrefabValuesForField(type == DhcpOption.Routers.class ? "routers" : "servers",
          List.of(Ipv4Address.of(1)), List.of(Ipv4Address.of(2)));
    } else if (type == DhcpOption.ParameterRequestList.class) {
      v = v.withPrefabValuesForField("codes", List.of(DhcpOptionCode.ROUTER),
          List.of(DhcpOptionCode.SUBNET_MASK));
    } else if (type == DhcpOption.RelayAgentInformation.class) {
      v = v.withPrefabValuesForField("subOptions",
          List.of(DhcpOption.RelayAgentInformation.SubOption.circuitId(ByteString.of(1))),
          List.of(DhcpOption.RelayAgentInformation.SubOption.remoteId(ByteString.of(1))));
    } else if (type == DhcpOption.DomainSearch.class) {
      v = v.withPrefabValuesForField("names", List.of(DnsName.of("a.")), List.of(DnsName.of(
          "b.")));
    } else if (type == DhcpOption.ClasslessStaticRoutes.class) {
      v = v.withPrefabValuesForField("routes",
          List.of(new DhcpOption.ClasslessStaticRoutes.StaticRoute(Ipv4Prefix.ALL,
              Ipv4Address.of(1))),
          List.of(new DhcpOption.ClasslessStaticRoutes.StaticRoute(Ipv4Prefix.ALL,
              Ipv4Address.of(2))));
    } else if (type == DhcpOption.Unknown.class) {
      v = v.withPrefabValuesForField("code", DhcpOptionCode.of(224), DhcpOptionCode.of(225));
    } else if (type == DhcpOption.Malformed.class) {
      v = v.withPrefabValuesForField("code", DhcpOptionCode.of(1), DhcpOptionCode.of(3));
    } else if (type == DhcpOption.HostName.class || type == DhcpOption.DomainName.class
        || type == DhcpOption.TftpServerName.class || type == DhcpOption.BootfileName.class) {
      v = v.withPrefabValuesForField("name", "a", "b");
    } else if (type == DhcpOption.Message.class) {
      v = v.withPrefabValuesForField("text", "a", "b");
    } else if (type == DhcpOption.VendorClassIdentifier.class) {
      v = v.withPrefabValuesForField("identifier", "a", "b");
    } else if (type == DhcpOption.ClientFqdn.class) {
      v = v.withPrefabValuesForField("domainName", "a.", "b.")
          .withPrefabValuesForField("flags", 4, 5);
    } else if (type == DhcpOption.Overload.class) {
      v = v.withPrefabValuesForField("value", 1, 2);
    } else if (type == DhcpOption.LeaseTime.class || type == DhcpOption.RenewalTime.class
        || type == DhcpOption.RebindingTime.class) {
      v = v.withPrefabValuesForField("seconds", 1L, 2L);
    } else if (type == DhcpOption.MaximumMessageSize.class) {
      v = v.withPrefabValuesForField("size", 576, 1500);
    } else if (type == DhcpOption.RelayAgentInformation.SubOption.class) {
      v = v.withPrefabValuesForField("code", 1, 2);
    } else if (type == DhcpOp.class || type == DhcpOptionCode.class
        || type == DhcpMessageType.class) {
      v = v.withPrefabValuesForField("value", 1, 2);
    }
    v.verify();
  }
}
