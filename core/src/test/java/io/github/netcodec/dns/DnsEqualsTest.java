package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** EqualsVerifier on every record of the dns package. */
class DnsEqualsTest {

  static List<Class<?>> records() {
    List<Class<?>> all = new java.util.ArrayList<>(List.of(
        DnsType.class, DnsClass.class, DnsRcode.class, DnsOpcode.class, DnsQuestion.class,
        DnsRecord.class, DnsMessage.class, Edns.class));
    for (Class<?> c : Rdata.class.getPermittedSubclasses()) {
      all.add(c);
    }
    for (Class<?> c : SvcParam.class.getPermittedSubclasses()) {
      all.add(c);
    }
    for (Class<?> c : EdnsOption.class.getPermittedSubclasses()) {
      all.add(c);
    }
    all.addAll(DnsExtraRecords.LIST);
    return all;
  }

  @ParameterizedTest
  @MethodSource("records")
  void equalsAndHashCodeFollowTheContract(Class<?> type) {
    var v = EqualsVerifier.forClass(type)
        .withPrefabValues(DnsName.class, DnsName.of("a.example."), DnsName.of("b.example."))
        .withPrefabValues(ByteString.class, ByteString.of(1), ByteString.of(2));
    // fields whose valid values depend on each other get values that satisfy both
    if (type == Rdata.NameRdata.class) {
      v = v.withPrefabValuesForField("type", DnsType.NS, DnsType.CNAME).withNonnullFields("name");
    } else if (type == EdnsOption.ClientSubnet.class) {
      // both need one octet of address
      v = v.withPrefabValuesForField("sourcePrefixLength", 1, 8).withNonnullFields("address");
    } else if (type == EdnsOption.Cookie.class) {
      v = v.withPrefabValuesForField("client", ByteString.fromHex("0102030405060708"),
              ByteString.fromHex("0807060504030201"))
          .withPrefabValuesForField("server", ByteString.EMPTY,
              ByteString.fromHex("0102030405060708"));
    } else if (type == Rdata.Svcb.class) {
      v = v.withPrefabValuesForField("type", DnsType.SVCB, DnsType.HTTPS)
          .withNonnullFields("target", "params");
    } else if (type == Rdata.Nsec3.class) {
      v = v.withPrefabValuesForField("nextHashedOwner", ByteString.of(1), ByteString.of(2))
          .withNonnullFields("salt", "types");
    } else if (type == SvcParam.Mandatory.class) {
      v = v.withPrefabValuesForField("keys", List.of(1), List.of(2));
    } else if (type == SvcParam.Ipv4Hint.class) {
      v = v.withPrefabValuesForField("addresses",
          List.of(io.github.netcodec.address.Ipv4Address.of(1)),
          List.of(io.github.netcodec.address.Ipv4Address.of(2)));
    } else if (type == SvcParam.Ipv6Hint.class) {
      v = v.withPrefabValuesForField("addresses",
          List.of(io.github.netcodec.address.Ipv6Address.of(0, 1)),
          List.of(io.github.netcodec.address.Ipv6Address.of(0, 2)));
    } else if (type == SvcParam.Alpn.class) {
      v = v.withPrefabValuesForField("ids", List.of(ByteString.of(1)), List.of(ByteString.of(2)));
    } else if (type == Rdata.Txt.class) {
      v = v.withPrefabValuesForField("strings", List.of(ByteString.of(1)),
          List.of(ByteString.of(2)));
    } else {
      v = v.suppress(Warning.NULL_FIELDS);
    }
    v.verify();
  }
}
