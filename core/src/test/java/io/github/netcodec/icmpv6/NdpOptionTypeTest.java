package io.github.netcodec.icmpv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class NdpOptionTypeTest {

  /**
   * value|constant|short name|name in the IANA "IPv6 Neighbor Discovery Option Formats"
   * registry (icmpv6-parameters).
   */
  private static final String REGISTRY = """
      1|SOURCE_LINK_LAYER_ADDRESS|SLLA|Source Link-layer Address
      2|TARGET_LINK_LAYER_ADDRESS|TLLA|Target Link-layer Address
      3|PREFIX_INFORMATION|prefix information|Prefix Information
      4|REDIRECTED_HEADER|redirected header|Redirected Header
      5|MTU|MTU|MTU
      6|NBMA_SHORTCUT_LIMIT|NBMA shortcut limit|NBMA Shortcut Limit Option
      7|ADVERTISEMENT_INTERVAL|advertisement interval|Advertisement Interval Option
      8|HOME_AGENT_INFORMATION|home agent information|Home Agent Information Option
      9|SOURCE_ADDRESS_LIST|source address list|Source Address List
      10|TARGET_ADDRESS_LIST|target address list|Target Address List
      11|CGA|CGA|CGA option
      12|RSA_SIGNATURE|RSA signature|RSA Signature option
      13|TIMESTAMP|timestamp|Timestamp option
      14|NONCE|nonce|Nonce option
      15|TRUST_ANCHOR|trust anchor|Trust Anchor option
      16|CERTIFICATE|certificate|Certificate option
      17|IP_ADDRESS_PREFIX|IP address/prefix|IP Address/Prefix Option
      18|NEW_ROUTER_PREFIX_INFORMATION|new router prefix information|New Router Prefix Information Option
      19|LINK_LAYER_ADDRESS|link-layer address|Link-layer Address Option
      20|NEIGHBOR_ADVERTISEMENT_ACKNOWLEDGMENT|NA acknowledgment|Neighbor Advertisement Acknowledgment Option
      21|PVD_ID|PvD ID|PvD ID Router Advertisement Option
      23|MAP|MAP|MAP Option
      24|ROUTE_INFORMATION|route information|Route Information Option
      25|RECURSIVE_DNS_SERVER|RDNSS|Recursive DNS Server Option
      26|RA_FLAGS_EXTENSION|RA flags extension|RA Flags Extension Option
      27|HANDOVER_KEY_REQUEST|handover key request|Handover Key Request Option
      28|HANDOVER_KEY_REPLY|handover key reply|Handover Key Reply Option
      29|HANDOVER_ASSIST_INFORMATION|handover assist information|Handover Assist Information Option
      30|MOBILE_NODE_IDENTIFIER|mobile node identifier|Mobile Node Identifier Option
      31|DNS_SEARCH_LIST|DNSSL|DNS Search List Option
      32|PROXY_SIGNATURE|proxy signature|Proxy Signature (PS)
      33|ADDRESS_REGISTRATION|ARO|Address Registration Option
      34|SIXLOWPAN_CONTEXT|6LoWPAN context|6LoWPAN Context Option
      35|AUTHORITATIVE_BORDER_ROUTER|ABRO|Authoritative Border Router Option
      36|SIXLOWPAN_CAPABILITY_INDICATION|6CIO|6LoWPAN Capability Indication Option (6CIO)
      37|CAPTIVE_PORTAL|captive portal|DHCP Captive-Portal
      38|PREF64|PREF64|PREF64 option
      39|CRYPTO_ID_PARAMETERS|CIPO|Crypto-ID Parameters Option (CIPO)
      40|NDP_SIGNATURE|NDP signature|NDP Signature Option (NDPSO)
      41|RESOURCE_DIRECTORY_ADDRESS|RDAO|Resource Directory Address Option
      138|CARD_REQUEST|CARD request|CARD Request option
      139|CARD_REPLY|CARD reply|CARD Reply option
      144|ENCRYPTED_DNS|DNR|Encrypted DNS Option
      253|EXPERIMENT_1|experiment 1|RFC3692-style Experiment 1
      254|EXPERIMENT_2|experiment 2|RFC3692-style Experiment 2
      """;

  @Test
  void constantsMatchTheRegistry() throws ReflectiveOperationException {
    Map<Integer, String> names = new HashMap<>();
    for (String row : REGISTRY.strip().split("\n")) {
      String[] f = row.strip().split("\\|");
      int value = Integer.parseInt(f[0]);
      NdpOptionType type = (NdpOptionType) NdpOptionType.class.getField(f[1]).get(null);
      assertEquals(value, type.value(), row);
      assertSame(type, NdpOptionType.of(value), row);
      assertEquals(f[2], type.name(), row);
      assertEquals(f[3], type.description(), row);
      assertEquals(f[2] + " (" + value + ")", type.toString(), row);
      assertTrue(type.isNamed(), row);
      assertEquals(null, names.put(value, f[2]), "duplicate value " + value);
    }
    int constants = 0;
    for (Field field : NdpOptionType.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == NdpOptionType.class) {
        constants++;
      }
    }
    assertEquals(names.size(), constants, "every constant is in the table");
    for (int v = 0; v < 256; v++) {
      assertEquals(names.containsKey(v), NdpOptionType.of(v).isNamed(), "value " + v);
    }
  }

  @Test
  void unnamedValuesAndRange() {
    NdpOptionType t = NdpOptionType.of(99);
    assertFalse(t.isNamed());
    assertEquals("type 99", t.name());
    assertEquals("Unassigned", t.description());
    assertEquals("99", t.toString());
    assertThrows(IllegalArgumentException.class, () -> NdpOptionType.of(256));
    assertThrows(IllegalArgumentException.class, () -> new NdpOptionType(-1));
    assertTrue(NdpOptionType.of(1).compareTo(NdpOptionType.of(2)) < 0);
    EqualsVerifier.forClass(NdpOptionType.class).verify();
  }

  @Test
  void unknownTypesRoundTripAndTypedOnesAreRefused() {
    // A router solicitation with a DNS Search List option (type 31, RFC 8106) and an
    // unassigned type 99: both kept byte for byte.
    byte[] rs = Hex.parse("85000000" + "00000000" + "1f01aabbccddeeff" + "6301010203040506");
    NeighborDiscovery nd = NeighborDiscovery.parse(Icmpv6Message.parse(rs));
    assertEquals(List.of(NdpOption.Unknown.of(31, ByteString.fromHex("aabbccddeeff")),
        NdpOption.Unknown.of(99, ByteString.fromHex("010203040506"))), nd.options());
    assertEquals(NdpOptionType.DNS_SEARCH_LIST, nd.options().get(0).type());
    assertEquals(Hex.toHex(rs), Hex.toHex(nd.toMessage().withChecksum(0).toByteArray()));
    // types with a record of their own cannot be built as Unknown
    assertThrows(IllegalArgumentException.class,
        () -> NdpOption.Unknown.of(1, ByteString.fromHex("001122334455")));
    assertThrows(IllegalArgumentException.class,
        () -> NdpOption.Unknown.of(4, ByteString.fromHex("000000000000")));
    // an MTU option of the wrong length is kept as Unknown
    assertEquals(NdpOptionType.MTU,
        NdpOption.Unknown.of(5, ByteString.copyOf(new byte[14])).type());
  }

  @Test
  void redirectedHeaderIsTyped() {
    // RFC 4861 §4.6.3: type 4, length 2 units, 6 reserved octets, then the packet's start.
    byte[] redirect = Hex.parse("89000000" + "00000000"
        + "fe80000000000000000000000000000c" + "20010db8000000000000000000000099"
        + "0402000000000000" + "6000000000081140");
    NeighborDiscovery.Redirect r =
        (NeighborDiscovery.Redirect) NeighborDiscovery.parse(Icmpv6Message.parse(redirect));
    NdpOption.RedirectedHeader h = (NdpOption.RedirectedHeader) r.options().get(0);
    assertEquals(0, h.reserved());
    assertEquals("6000000000081140", h.packet().hex());
    assertEquals(NdpOptionType.REDIRECTED_HEADER, h.type());
    assertEquals(8, h.packetBuffer().remaining());
    assertEquals(Hex.toHex(redirect), Hex.toHex(r.toMessage().toByteArray()));
    assertEquals("0403000000000000" + "600000000008114000000000" + "00000000",
        Hex.toHex(bytesOf(NdpOption.RedirectedHeader.of(ByteString.fromHex(
            "600000000008114000000000")))));
    assertThrows(IllegalArgumentException.class,
        () -> new NdpOption.RedirectedHeader(0, ByteString.of(1, 2, 3)));
    assertThrows(IllegalArgumentException.class,
        () -> new NdpOption.RedirectedHeader(1L << 48, ByteString.EMPTY));
  }

  private static byte[] bytesOf(NdpOption option) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(option.encodedLength());
    option.encode(b);
    return b.array();
  }
}
