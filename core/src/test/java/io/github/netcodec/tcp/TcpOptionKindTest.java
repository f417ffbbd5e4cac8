package io.github.netcodec.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.ByteString;
import io.github.netcodec.Hex;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TcpOptionKindTest {

  /**
   * Every constant: value, short name, and the "Meaning" column of the IANA "TCP Option Kind
   * Numbers" registry (tcp-parameters, updated 2025).
   */
  static Stream<Arguments> registry() {
    return Stream.of(
        Arguments.of(TcpOptionKind.END_OF_OPTION_LIST, 0, "EOL", "End of Option List"),
        Arguments.of(TcpOptionKind.NO_OPERATION, 1, "NOP", "No-Operation"),
        Arguments.of(TcpOptionKind.MAXIMUM_SEGMENT_SIZE, 2, "MSS", "Maximum Segment Size"),
        Arguments.of(TcpOptionKind.WINDOW_SCALE, 3, "window scale", "Window Scale"),
        Arguments.of(TcpOptionKind.SACK_PERMITTED, 4, "SACK-permitted", "SACK Permitted"),
        Arguments.of(TcpOptionKind.SACK, 5, "SACK", "SACK"),
        Arguments.of(TcpOptionKind.ECHO, 6, "echo", "Echo (obsoleted by option 8)"),
        Arguments.of(TcpOptionKind.ECHO_REPLY, 7, "echo reply",
            "Echo Reply (obsoleted by option 8)"),
        Arguments.of(TcpOptionKind.TIMESTAMPS, 8, "timestamps", "Timestamps"),
        Arguments.of(TcpOptionKind.PARTIAL_ORDER_CONNECTION_PERMITTED, 9, "POC-permitted",
            "Partial Order Connection Permitted (obsolete)"),
        Arguments.of(TcpOptionKind.PARTIAL_ORDER_SERVICE_PROFILE, 10, "POC-service-profile",
            "Partial Order Service Profile (obsolete)"),
        Arguments.of(TcpOptionKind.CC, 11, "CC", "CC (obsolete)"),
        Arguments.of(TcpOptionKind.CC_NEW, 12, "CC.NEW", "CC.NEW (obsolete)"),
        Arguments.of(TcpOptionKind.CC_ECHO, 13, "CC.ECHO", "CC.ECHO (obsolete)"),
        Arguments.of(TcpOptionKind.ALTERNATE_CHECKSUM_REQUEST, 14, "alternate checksum request",
            "TCP Alternate Checksum Request (obsolete)"),
        Arguments.of(TcpOptionKind.ALTERNATE_CHECKSUM_DATA, 15, "alternate checksum data",
            "TCP Alternate Checksum Data (obsolete)"),
        Arguments.of(TcpOptionKind.SKEETER, 16, "Skeeter", "Skeeter"),
        Arguments.of(TcpOptionKind.BUBBA, 17, "Bubba", "Bubba"),
        Arguments.of(TcpOptionKind.TRAILER_CHECKSUM, 18, "trailer checksum",
            "Trailer Checksum Option"),
        Arguments.of(TcpOptionKind.MD5_SIGNATURE, 19, "MD5 signature", "MD5 Signature Option"),
        Arguments.of(TcpOptionKind.SCPS_CAPABILITIES, 20, "SCPS capabilities",
            "SCPS Capabilities"),
        Arguments.of(TcpOptionKind.SELECTIVE_NEGATIVE_ACKNOWLEDGEMENTS, 21, "SNACK",
            "Selective Negative Acknowledgements"),
        Arguments.of(TcpOptionKind.RECORD_BOUNDARIES, 22, "record boundaries",
            "Record Boundaries"),
        Arguments.of(TcpOptionKind.CORRUPTION_EXPERIENCED, 23, "corruption experienced",
            "Corruption experienced"),
        Arguments.of(TcpOptionKind.SNAP, 24, "SNAP", "SNAP"),
        Arguments.of(TcpOptionKind.COMPRESSION_FILTER, 26, "compression filter",
            "TCP Compression Filter"),
        Arguments.of(TcpOptionKind.QUICK_START_RESPONSE, 27, "Quick-Start response",
            "Quick-Start Response"),
        Arguments.of(TcpOptionKind.USER_TIMEOUT, 28, "user timeout", "User Timeout Option"),
        Arguments.of(TcpOptionKind.AUTHENTICATION, 29, "TCP-AO",
            "TCP Authentication Option (TCP-AO)"),
        Arguments.of(TcpOptionKind.MULTIPATH, 30, "MPTCP", "Multipath TCP (MPTCP)"),
        Arguments.of(TcpOptionKind.FAST_OPEN, 34, "Fast Open", "TCP Fast Open Cookie"),
        Arguments.of(TcpOptionKind.ENCRYPTION_NEGOTIATION, 69, "TCP-ENO",
            "Encryption Negotiation (TCP-ENO)"),
        Arguments.of(TcpOptionKind.ACCURATE_ECN_ORDER_0, 172, "AccECN0",
            "Accurate ECN Order 0 (AccECN0)"),
        Arguments.of(TcpOptionKind.ACCURATE_ECN_ORDER_1, 174, "AccECN1",
            "Accurate ECN Order 1 (AccECN1)"),
        Arguments.of(TcpOptionKind.EXPERIMENT_1, 253, "experiment 1",
            "RFC3692-style Experiment 1"),
        Arguments.of(TcpOptionKind.EXPERIMENT_2, 254, "experiment 2",
            "RFC3692-style Experiment 2"));
  }

  @ParameterizedTest
  @MethodSource("registry")
  void constantsMatchTheRegistry(TcpOptionKind kind, int value, String name,
      String description) {
    assertEquals(value, kind.value());
    assertSame(kind, TcpOptionKind.of(value));
    assertEquals(name, kind.name());
    assertEquals(description, kind.description());
    assertEquals(name + " (" + value + ")", kind.toString());
    assertTrue(kind.isNamed());
  }

  @Test
  void everyConstantIsInTheTableAndNamesAreDistinct() throws IllegalAccessException {
    Map<Integer, String> table = new HashMap<>();
    registry().forEach(a -> table.put((Integer) a.get()[1], (String) a.get()[2]));
    int constants = 0;
    Map<String, Integer> names = new HashMap<>();
    for (Field f : TcpOptionKind.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == TcpOptionKind.class) {
        TcpOptionKind k = (TcpOptionKind) f.get(null);
        assertEquals(table.get(k.value()), k.name(), f.getName());
        assertEquals(null, names.put(k.name(), k.value()), "duplicate name " + k.name());
        constants++;
      }
    }
    assertEquals(table.size(), constants);
    int named = 0;
    for (int v = 0; v < 256; v++) {
      named += TcpOptionKind.of(v).isNamed() ? 1 : 0;
    }
    assertEquals(constants, named);
  }

  @Test
  void unnamedValues() {
    TcpOptionKind k = TcpOptionKind.of(99);
    assertFalse(k.isNamed());
    assertEquals("99", k.toString());
    assertEquals("kind 99", k.name());
    assertEquals("Reserved", k.description());
    assertEquals("Unassigned (released 2000-12-18)", TcpOptionKind.of(25).description());
    assertEquals(new TcpOptionKind(99), k);
    assertSame(k, TcpOptionKind.of(99));
    assertEquals("TCP option kind 256 is not in 0..255",
        assertThrows(IllegalArgumentException.class, () -> TcpOptionKind.of(256)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TcpOptionKind(-1));
    assertTrue(TcpOptionKind.of(0).isSingleOctet() && TcpOptionKind.of(1).isSingleOctet());
    assertFalse(TcpOptionKind.of(2).isSingleOctet());
    assertTrue(TcpOptionKind.of(3).compareTo(TcpOptionKind.of(200)) < 0);
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(TcpOptionKind.class).verify();
  }

  @Test
  void everyKindWithoutARecordRoundTripsAsUnknown() {
    // A 20-byte header with data offset 6, then kind k, length 4, two data bytes.
    for (int k = 2; k < 256; k++) {
      byte[] bytes = Hex.parse("000100020000000000000000" + "6000" + "000000000000"
          + String.format("%02x", k) + "04abcd");
      TcpSegment s = TcpSegment.parse(bytes);
      assertArrayEquals(bytes, s.toByteArray(), "kind " + k);
      TcpOption o = s.options().get(0);
      assertSame(TcpOptionKind.of(k), o.kind());
      if (!TcpOptions.isTyped(k, 4)) {
        TcpOption.Unknown u = assertInstanceOf(TcpOption.Unknown.class, o, "kind " + k);
        assertEquals(ByteString.of(0xab, 0xcd), u.data());
        assertEquals(u, TcpOption.Unknown.of(k, ByteString.of(0xab, 0xcd)));
      }
    }
  }

  @Test
  void typedRecordsReportTheirKind() {
    assertSame(TcpOptionKind.MAXIMUM_SEGMENT_SIZE, new TcpOption.MaximumSegmentSize(1460).kind());
    assertSame(TcpOptionKind.END_OF_OPTION_LIST, TcpOption.EndOfOptionList.NO_PADDING.kind());
    assertSame(TcpOptionKind.NO_OPERATION, TcpOption.NoOperation.INSTANCE.kind());
    assertSame(TcpOptionKind.FAST_OPEN, new TcpOption.FastOpen(ByteString.EMPTY).kind());
    assertEquals("kind 99 ab", TcpOption.Unknown.of(99, ByteString.of(0xab)).toString());
    assertEquals("user timeout (kind 28) 8001",
        TcpOption.Unknown.of(28, ByteString.of(0x80, 0x01)).toString());
    assertThrows(NullPointerException.class, () -> new TcpOption.Unknown(null, ByteString.EMPTY));
  }
}
