package io.github.netcodec.tcp;

/**
 * A TCP option kind (RFC 9293 §3.1), from the IANA "TCP Option Kind Numbers" registry
 * (Transmission Control Protocol (TCP) Parameters). An open registry: every value 0..255 is a
 * {@code TcpOptionKind}; the assigned ones have constants, a short {@link #name()} and the
 * registry's meaning as {@link #description()}, and any other value round-trips unchanged.
 *
 * <pre>{@code
 * TcpOptionKind.of(2)            // MSS (2), the same instance as TcpOptionKind.MAXIMUM_SEGMENT_SIZE
 * TcpOptionKind.of(99)           // 99, reserved; kept by TcpOption.Unknown
 * }</pre>
 *
 * <p>Kinds 0 and 1 are a single octet; every other option has a length octet after the kind
 * (RFC 9293 §3.1). The records of {@link TcpOption} model the kinds listed in its table; the
 * others decode as {@link TcpOption.Unknown}.
 *
 * @param value the kind, 0..255
 */
public record TcpOptionKind(int value) implements Comparable<TcpOptionKind> {
  /** 0, End of Option List (RFC 9293). */
  public static final TcpOptionKind END_OF_OPTION_LIST = new TcpOptionKind(0);
  /** 1, No-Operation (RFC 9293). */
  public static final TcpOptionKind NO_OPERATION = new TcpOptionKind(1);
  /** 2, Maximum Segment Size (RFC 9293). */
  public static final TcpOptionKind MAXIMUM_SEGMENT_SIZE = new TcpOptionKind(2);
  /** 3, Window Scale (RFC 7323). */
  public static final TcpOptionKind WINDOW_SCALE = new TcpOptionKind(3);
  /** 4, SACK Permitted (RFC 2018). */
  public static final TcpOptionKind SACK_PERMITTED = new TcpOptionKind(4);
  /** 5, SACK (RFC 2018). */
  public static final TcpOptionKind SACK = new TcpOptionKind(5);
  /** 6, Echo, obsoleted by option 8 (RFC 1072, RFC 6247). */
  public static final TcpOptionKind ECHO = new TcpOptionKind(6);
  /** 7, Echo Reply, obsoleted by option 8 (RFC 1072, RFC 6247). */
  public static final TcpOptionKind ECHO_REPLY = new TcpOptionKind(7);
  /** 8, Timestamps (RFC 7323). */
  public static final TcpOptionKind TIMESTAMPS = new TcpOptionKind(8);
  /** 9, Partial Order Connection Permitted, obsolete (RFC 1693, RFC 6247). */
  public static final TcpOptionKind PARTIAL_ORDER_CONNECTION_PERMITTED = new TcpOptionKind(9);
  /** 10, Partial Order Service Profile, obsolete (RFC 1693, RFC 6247). */
  public static final TcpOptionKind PARTIAL_ORDER_SERVICE_PROFILE = new TcpOptionKind(10);
  /** 11, CC, obsolete (RFC 1644, RFC 6247). */
  public static final TcpOptionKind CC = new TcpOptionKind(11);
  /** 12, CC.NEW, obsolete (RFC 1644, RFC 6247). */
  public static final TcpOptionKind CC_NEW = new TcpOptionKind(12);
  /** 13, CC.ECHO, obsolete (RFC 1644, RFC 6247). */
  public static final TcpOptionKind CC_ECHO = new TcpOptionKind(13);
  /** 14, TCP Alternate Checksum Request, obsolete (RFC 1146, RFC 6247). */
  public static final TcpOptionKind ALTERNATE_CHECKSUM_REQUEST = new TcpOptionKind(14);
  /** 15, TCP Alternate Checksum Data, obsolete (RFC 1146, RFC 6247). */
  public static final TcpOptionKind ALTERNATE_CHECKSUM_DATA = new TcpOptionKind(15);
  /** 16, Skeeter (assigned before October 1994, undocumented). */
  public static final TcpOptionKind SKEETER = new TcpOptionKind(16);
  /** 17, Bubba (assigned before October 1994, undocumented). */
  public static final TcpOptionKind BUBBA = new TcpOptionKind(17);
  /** 18, Trailer Checksum Option (assigned before October 1994, undocumented). */
  public static final TcpOptionKind TRAILER_CHECKSUM = new TcpOptionKind(18);
  /** 19, MD5 Signature Option, obsoleted by option 29 (RFC 2385). */
  public static final TcpOptionKind MD5_SIGNATURE = new TcpOptionKind(19);
  /** 20, SCPS Capabilities. */
  public static final TcpOptionKind SCPS_CAPABILITIES = new TcpOptionKind(20);
  /** 21, Selective Negative Acknowledgements. */
  public static final TcpOptionKind SELECTIVE_NEGATIVE_ACKNOWLEDGEMENTS = new TcpOptionKind(21);
  /** 22, Record Boundaries. */
  public static final TcpOptionKind RECORD_BOUNDARIES = new TcpOptionKind(22);
  /** 23, Corruption experienced. */
  public static final TcpOptionKind CORRUPTION_EXPERIENCED = new TcpOptionKind(23);
  /** 24, SNAP. */
  public static final TcpOptionKind SNAP = new TcpOptionKind(24);
  /** 26, TCP Compression Filter. */
  public static final TcpOptionKind COMPRESSION_FILTER = new TcpOptionKind(26);
  /** 27, Quick-Start Response (RFC 4782). */
  public static final TcpOptionKind QUICK_START_RESPONSE = new TcpOptionKind(27);
  /** 28, User Timeout Option (RFC 5482); no record here, kept as {@link TcpOption.Unknown}. */
  public static final TcpOptionKind USER_TIMEOUT = new TcpOptionKind(28);
  /** 29, TCP Authentication Option, TCP-AO (RFC 5925). */
  public static final TcpOptionKind AUTHENTICATION = new TcpOptionKind(29);
  /** 30, Multipath TCP, MPTCP (RFC 8684). */
  public static final TcpOptionKind MULTIPATH = new TcpOptionKind(30);
  /** 34, TCP Fast Open Cookie (RFC 7413). */
  public static final TcpOptionKind FAST_OPEN = new TcpOptionKind(34);
  /** 69, Encryption Negotiation, TCP-ENO (RFC 8547). */
  public static final TcpOptionKind ENCRYPTION_NEGOTIATION = new TcpOptionKind(69);
  /** 172, Accurate ECN Order 0, AccECN0 (RFC 9768). */
  public static final TcpOptionKind ACCURATE_ECN_ORDER_0 = new TcpOptionKind(172);
  /** 174, Accurate ECN Order 1, AccECN1 (RFC 9768). */
  public static final TcpOptionKind ACCURATE_ECN_ORDER_1 = new TcpOptionKind(174);
  /** 253, RFC3692-style Experiment 1 (RFC 4727, shared with RFC 6994 ExIDs). */
  public static final TcpOptionKind EXPERIMENT_1 = new TcpOptionKind(253);
  /** 254, RFC3692-style Experiment 2 (RFC 4727, shared with RFC 6994 ExIDs). */
  public static final TcpOptionKind EXPERIMENT_2 = new TcpOptionKind(254);

  private static final TcpOptionKind[] CACHE = new TcpOptionKind[256];
  private static final String[] NAMES = new String[256];
  private static final String[] DESCRIPTIONS = new String[256];

  static {
    for (int i = 0; i < 256; i++) {
      CACHE[i] = new TcpOptionKind(i);
    }
    register(END_OF_OPTION_LIST, "EOL", "End of Option List");
    register(NO_OPERATION, "NOP", "No-Operation");
    register(MAXIMUM_SEGMENT_SIZE, "MSS", "Maximum Segment Size");
    register(WINDOW_SCALE, "window scale", "Window Scale");
    register(SACK_PERMITTED, "SACK-permitted", "SACK Permitted");
    register(SACK, "SACK", "SACK");
    register(ECHO, "echo", "Echo (obsoleted by option 8)");
    register(ECHO_REPLY, "echo reply", "Echo Reply (obsoleted by option 8)");
    register(TIMESTAMPS, "timestamps", "Timestamps");
    register(PARTIAL_ORDER_CONNECTION_PERMITTED, "POC-permitted",
        "Partial Order Connection Permitted (obsolete)");
    register(PARTIAL_ORDER_SERVICE_PROFILE, "POC-service-profile",
        "Partial Order Service Profile (obsolete)");
    register(CC, "CC", "CC (obsolete)");
    register(CC_NEW, "CC.NEW", "CC.NEW (obsolete)");
    register(CC_ECHO, "CC.ECHO", "CC.ECHO (obsolete)");
    register(ALTERNATE_CHECKSUM_REQUEST, "alternate checksum request",
        "TCP Alternate Checksum Request (obsolete)");
    register(ALTERNATE_CHECKSUM_DATA, "alternate checksum data",
        "TCP Alternate Checksum Data (obsolete)");
    register(SKEETER, "Skeeter", "Skeeter");
    register(BUBBA, "Bubba", "Bubba");
    register(TRAILER_CHECKSUM, "trailer checksum", "Trailer Checksum Option");
    register(MD5_SIGNATURE, "MD5 signature", "MD5 Signature Option");
    register(SCPS_CAPABILITIES, "SCPS capabilities", "SCPS Capabilities");
    register(SELECTIVE_NEGATIVE_ACKNOWLEDGEMENTS, "SNACK",
        "Selective Negative Acknowledgements");
    register(RECORD_BOUNDARIES, "record boundaries", "Record Boundaries");
    register(CORRUPTION_EXPERIENCED, "corruption experienced", "Corruption experienced");
    register(SNAP, "SNAP", "SNAP");
    register(COMPRESSION_FILTER, "compression filter", "TCP Compression Filter");
    register(QUICK_START_RESPONSE, "Quick-Start response", "Quick-Start Response");
    register(USER_TIMEOUT, "user timeout", "User Timeout Option");
    register(AUTHENTICATION, "TCP-AO", "TCP Authentication Option (TCP-AO)");
    register(MULTIPATH, "MPTCP", "Multipath TCP (MPTCP)");
    register(FAST_OPEN, "Fast Open", "TCP Fast Open Cookie");
    register(ENCRYPTION_NEGOTIATION, "TCP-ENO", "Encryption Negotiation (TCP-ENO)");
    register(ACCURATE_ECN_ORDER_0, "AccECN0", "Accurate ECN Order 0 (AccECN0)");
    register(ACCURATE_ECN_ORDER_1, "AccECN1", "Accurate ECN Order 1 (AccECN1)");
    register(EXPERIMENT_1, "experiment 1", "RFC3692-style Experiment 1");
    register(EXPERIMENT_2, "experiment 2", "RFC3692-style Experiment 2");
  }

  private static void register(TcpOptionKind kind, String name, String description) {
    CACHE[kind.value] = kind;
    NAMES[kind.value] = name;
    DESCRIPTIONS[kind.value] = description;
  }

  /**
   * Checks the range.
   *
   * @param value the kind, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public TcpOptionKind {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("TCP option kind " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the kind with this number, a shared instance.
   *
   * @param value the kind, 0..255
   * @return the kind
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   */
  public static TcpOptionKind of(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("TCP option kind " + value + " is not in 0..255");
    }
    return CACHE[value];
  }

  /**
   * Returns a short name, as tcpdump and Wireshark abbreviate the registry's meaning: {@code
   * "MSS"}, {@code "SACK-permitted"}, {@code "TCP-AO"}.
   *
   * @return the name, or {@code "kind 99"} for a value without a name here
   */
  public String name() {
    String name = NAMES[value];
    return name != null ? name : "kind " + value;
  }

  /**
   * Returns the meaning the IANA registry gives, e.g. {@code "Maximum Segment Size"}.
   *
   * @return the meaning, or {@code "Reserved"} for a value the registry does not assign (kind
   *     25 is "Unassigned (released 2000-12-18)")
   */
  public String description() {
    String description = DESCRIPTIONS[value];
    if (description != null) {
      return description;
    }
    return value == 25 ? "Unassigned (released 2000-12-18)" : "Reserved";
  }

  /**
   * Returns whether the registry assigns this kind and this class names it.
   *
   * @return {@code true} for the values with constants here
   */
  public boolean isNamed() {
    return NAMES[value] != null;
  }

  /**
   * Returns whether options of this kind are the single kind octet, without a length: End of
   * Option List and No-Operation (RFC 9293 §3.1).
   *
   * @return {@code true} for kinds 0 and 1
   */
  public boolean isSingleOctet() {
    return value < 2;
  }

  @Override
  public int compareTo(TcpOptionKind other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "MSS (2)"}, or the number alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = NAMES[value];
    return name != null ? name + " (" + value + ")" : Integer.toString(value);
  }
}
