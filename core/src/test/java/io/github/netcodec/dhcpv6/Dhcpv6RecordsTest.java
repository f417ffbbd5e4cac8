package io.github.netcodec.dhcpv6;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.dns.DnsName;
import java.util.Arrays;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/** EqualsVerifier over every record of the package. */
class Dhcpv6RecordsTest {

  private static final List<Class<?>> RECORDS = List.of(Dhcpv6MessageType.class,
      Dhcpv6OptionCode.class, Dhcpv6StatusCode.class, Duid.LinkLayerPlusTime.class,
      Duid.Enterprise.class, Duid.LinkLayer.class, Duid.Uuid.class, Duid.Unknown.class,
      Dhcpv6Option.ClientId.class, Dhcpv6Option.ServerId.class, Dhcpv6Option.IaNa.class,
      Dhcpv6Option.IaTa.class, Dhcpv6Option.IaPd.class, Dhcpv6Option.IaAddress.class,
      Dhcpv6Option.IaPrefix.class, Dhcpv6Option.OptionRequest.class,
      Dhcpv6Option.Preference.class, Dhcpv6Option.ElapsedTime.class,
      Dhcpv6Option.RelayMessage.class, Dhcpv6Option.StatusCode.class,
      Dhcpv6Option.RapidCommit.class, Dhcpv6Option.InterfaceId.class,
      Dhcpv6Option.ReconfigureAccept.class, Dhcpv6Option.DnsServers.class,
      Dhcpv6Option.DomainList.class, Dhcpv6Option.Unknown.class, Dhcpv6Option.Malformed.class,
      Dhcpv6Message.ClientServer.class, Dhcpv6Message.Relay.class);

  @Test
  void everyRecordHasValueEquality() {
    Dhcpv6Message m1 = Dhcpv6Message.informationRequest(1, new Duid.Unknown(9, ByteString.of(1)));
    Dhcpv6Message m2 = Dhcpv6Message.informationRequest(2, new Duid.Unknown(9, ByteString.of(2)));
    Duid d1 = new Duid.Unknown(9, ByteString.of(1));
    Duid d2 = new Duid.Unknown(9, ByteString.of(2));
    for (Class<?> c : RECORDS) {
      String[] references = Arrays.stream(c.getRecordComponents())
          .filter(rc -> !rc.getType().isPrimitive()).map(rc -> rc.getName())
          .toArray(String[]::new);
      var verifier = EqualsVerifier.forClass(c).withNonnullFields(references);
      // fields whose records refuse some values: the typed DUID types and option codes, the
      // relay and non-relay message types, data that would decode
      if (c == Duid.Unknown.class) {
        verifier = verifier.withPrefabValuesForField("type", 9, 10);
      } else if (c == Dhcpv6Option.Unknown.class) {
        verifier = verifier.withPrefabValuesForField("code", Dhcpv6OptionCode.of(99),
            Dhcpv6OptionCode.of(100));
      } else if (c == Dhcpv6Option.Malformed.class) {
        verifier = verifier.withPrefabValuesForField("code", Dhcpv6OptionCode.PREFERENCE,
            Dhcpv6OptionCode.ELAPSED_TIME).withPrefabValuesForField("data",
            ByteString.of(1, 2, 3), ByteString.of(4, 5, 6));
      } else if (c == Dhcpv6Message.ClientServer.class) {
        verifier = verifier.withPrefabValuesForField("type", Dhcpv6MessageType.SOLICIT,
            Dhcpv6MessageType.REPLY);
      } else if (c == Dhcpv6Message.Relay.class) {
        verifier = verifier.withPrefabValuesForField("type", Dhcpv6MessageType.RELAY_FORW,
            Dhcpv6MessageType.RELAY_REPL);
      }
      verifier.withPrefabValues(ByteString.class, ByteString.of(1), ByteString.of(2))
          .withPrefabValues(DnsName.class, DnsName.of("a.example"), DnsName.of("b.example"))
          .withPrefabValues(Ipv6Address.class, Ipv6Address.ANY, Ipv6Address.LOOPBACK)
          .withPrefabValues(Dhcpv6Message.class, m1, m2)
          .withPrefabValues(Duid.class, d1, d2)
          .withPrefabValues(Dhcpv6Option.class, new Dhcpv6Option.Preference(1),
              new Dhcpv6Option.Preference(2))
          .verify();
    }
  }
}
