package io.github.netcodec.arp;

/**
 * An ARP hardware type (RFC 826 "ar$hrd"): the kind of network the hardware addresses belong to.
 *
 * <p>An open registry: every value 0..65535 is an {@code ArpHardwareType}; the values the IANA
 * "Hardware Types" registry (Address Resolution Protocol (ARP) Parameters, RFC 5494) assigns
 * have constants and the registry's names, and any other value round-trips unchanged.
 *
 * <pre>{@code
 * ArpHardwareType.of(1)          // Ethernet (10Mb) (1), the same instance as ETHERNET
 * ArpHardwareType.of(4242)       // 4242, unassigned, kept as is
 * }</pre>
 *
 * @param value the 16-bit hardware type, 0..65535
 */
public record ArpHardwareType(int value) implements Comparable<ArpHardwareType> {
  /** 1, Ethernet (10Mb) (RFC 826; Ethernet II and 802.3 alike). */
  public static final ArpHardwareType ETHERNET = new ArpHardwareType(1);
  /** 2, Experimental Ethernet (3Mb). */
  public static final ArpHardwareType EXPERIMENTAL_ETHERNET = new ArpHardwareType(2);
  /** 3, Amateur Radio AX.25. */
  public static final ArpHardwareType AX25 = new ArpHardwareType(3);
  /** 4, Proteon ProNET Token Ring. */
  public static final ArpHardwareType PRONET_TOKEN_RING = new ArpHardwareType(4);
  /** 5, Chaos. */
  public static final ArpHardwareType CHAOS = new ArpHardwareType(5);
  /** 6, IEEE 802 Networks (token ring and other IEEE 802 LANs with LLC/SNAP, RFC 1042). */
  public static final ArpHardwareType IEEE802 = new ArpHardwareType(6);
  /** 7, ARCNET (RFC 1201). */
  public static final ArpHardwareType ARCNET = new ArpHardwareType(7);
  /** 8, Hyperchannel. */
  public static final ArpHardwareType HYPERCHANNEL = new ArpHardwareType(8);
  /** 9, Lanstar. */
  public static final ArpHardwareType LANSTAR = new ArpHardwareType(9);
  /** 10, Autonet Short Address. */
  public static final ArpHardwareType AUTONET = new ArpHardwareType(10);
  /** 11, LocalTalk. */
  public static final ArpHardwareType LOCALTALK = new ArpHardwareType(11);
  /** 12, LocalNet (IBM PCNet or SYTEK LocalNET). */
  public static final ArpHardwareType LOCALNET = new ArpHardwareType(12);
  /** 13, Ultra link. */
  public static final ArpHardwareType ULTRA_LINK = new ArpHardwareType(13);
  /** 14, SMDS. */
  public static final ArpHardwareType SMDS = new ArpHardwareType(14);
  /** 15, Frame Relay. */
  public static final ArpHardwareType FRAME_RELAY = new ArpHardwareType(15);
  /** 16, Asynchronous Transmission Mode (ATM) (the first of three ATM assignments). */
  public static final ArpHardwareType ATM_16 = new ArpHardwareType(16);
  /** 17, HDLC. */
  public static final ArpHardwareType HDLC = new ArpHardwareType(17);
  /** 18, Fibre Channel (RFC 4338). */
  public static final ArpHardwareType FIBRE_CHANNEL = new ArpHardwareType(18);
  /** 19, Asynchronous Transmission Mode (ATM) (RFC 2225, the one ATMARP uses). */
  public static final ArpHardwareType ATM = new ArpHardwareType(19);
  /** 20, Serial Line. */
  public static final ArpHardwareType SERIAL_LINE = new ArpHardwareType(20);
  /** 21, Asynchronous Transmission Mode (ATM) (the third of three ATM assignments). */
  public static final ArpHardwareType ATM_21 = new ArpHardwareType(21);
  /** 22, MIL-STD-188-220. */
  public static final ArpHardwareType MIL_STD_188_220 = new ArpHardwareType(22);
  /** 23, Metricom. */
  public static final ArpHardwareType METRICOM = new ArpHardwareType(23);
  /** 24, IEEE 1394.1995 (RFC 2734). */
  public static final ArpHardwareType IEEE1394 = new ArpHardwareType(24);
  /** 25, MAPOS (RFC 2176). */
  public static final ArpHardwareType MAPOS = new ArpHardwareType(25);
  /** 26, Twinaxial. */
  public static final ArpHardwareType TWINAXIAL = new ArpHardwareType(26);
  /** 27, EUI-64. */
  public static final ArpHardwareType EUI64 = new ArpHardwareType(27);
  /** 28, HIPARP (RFC 2834, RFC 2835). */
  public static final ArpHardwareType HIPARP = new ArpHardwareType(28);
  /** 29, IP and ARP over ISO 7816-3. */
  public static final ArpHardwareType ISO7816_3 = new ArpHardwareType(29);
  /** 30, ARPSec. */
  public static final ArpHardwareType ARPSEC = new ArpHardwareType(30);
  /** 31, IPsec tunnel (RFC 3456). */
  public static final ArpHardwareType IPSEC_TUNNEL = new ArpHardwareType(31);
  /** 32, InfiniBand (TM) (RFC 4391). */
  public static final ArpHardwareType INFINIBAND = new ArpHardwareType(32);
  /** 33, TIA-102 Project 25 Common Air Interface (CAI). */
  public static final ArpHardwareType TIA102_P25_CAI = new ArpHardwareType(33);
  /** 34, Wiegand Interface. */
  public static final ArpHardwareType WIEGAND = new ArpHardwareType(34);
  /** 35, Pure IP. */
  public static final ArpHardwareType PURE_IP = new ArpHardwareType(35);
  /** 36, HW_EXP1 (RFC 5494, for experiments). */
  public static final ArpHardwareType HW_EXP1 = new ArpHardwareType(36);
  /** 37, HFI. */
  public static final ArpHardwareType HFI = new ArpHardwareType(37);
  /** 38, Unified Bus (UB). */
  public static final ArpHardwareType UNIFIED_BUS = new ArpHardwareType(38);
  /** 256, HW_EXP2 (RFC 5494, for experiments). */
  public static final ArpHardwareType HW_EXP2 = new ArpHardwareType(256);
  /** 257, AEthernet. */
  public static final ArpHardwareType AETHERNET = new ArpHardwareType(257);

  /** Shared instances of the small values, so parsing does not allocate them. */
  private static final ArpHardwareType[] CACHE = new ArpHardwareType[512];
  private static final String[] NAMES = new String[512];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new ArpHardwareType(i);
    }
    register(ETHERNET, "Ethernet (10Mb)");
    register(EXPERIMENTAL_ETHERNET, "Experimental Ethernet (3Mb)");
    register(AX25, "Amateur Radio AX.25");
    register(PRONET_TOKEN_RING, "Proteon ProNET Token Ring");
    register(CHAOS, "Chaos");
    register(IEEE802, "IEEE 802 Networks");
    register(ARCNET, "ARCNET");
    register(HYPERCHANNEL, "Hyperchannel");
    register(LANSTAR, "Lanstar");
    register(AUTONET, "Autonet Short Address");
    register(LOCALTALK, "LocalTalk");
    register(LOCALNET, "LocalNet (IBM PCNet or SYTEK LocalNET)");
    register(ULTRA_LINK, "Ultra link");
    register(SMDS, "SMDS");
    register(FRAME_RELAY, "Frame Relay");
    register(ATM_16, "Asynchronous Transmission Mode (ATM)");
    register(HDLC, "HDLC");
    register(FIBRE_CHANNEL, "Fibre Channel");
    register(ATM, "Asynchronous Transmission Mode (ATM)");
    register(SERIAL_LINE, "Serial Line");
    register(ATM_21, "Asynchronous Transmission Mode (ATM)");
    register(MIL_STD_188_220, "MIL-STD-188-220");
    register(METRICOM, "Metricom");
    register(IEEE1394, "IEEE 1394.1995");
    register(MAPOS, "MAPOS");
    register(TWINAXIAL, "Twinaxial");
    register(EUI64, "EUI-64");
    register(HIPARP, "HIPARP");
    register(ISO7816_3, "IP and ARP over ISO 7816-3");
    register(ARPSEC, "ARPSec");
    register(IPSEC_TUNNEL, "IPsec tunnel");
    register(INFINIBAND, "InfiniBand (TM)");
    register(TIA102_P25_CAI, "TIA-102 Project 25 Common Air Interface (CAI)");
    register(WIEGAND, "Wiegand Interface");
    register(PURE_IP, "Pure IP");
    register(HW_EXP1, "HW_EXP1");
    register(HFI, "HFI");
    register(UNIFIED_BUS, "Unified Bus (UB)");
    register(HW_EXP2, "HW_EXP2");
    register(AETHERNET, "AEthernet");
  }

  private static void register(ArpHardwareType constant, String name) {
    CACHE[constant.value] = constant;
    NAMES[constant.value] = name;
  }

  /**
   * Checks the range.
   *
   * @param value the hardware type, 0..65535
   * @throws IllegalArgumentException if {@code value} is outside 0..65535
   */
  public ArpHardwareType {
    if ((value & ~0xffff) != 0) {
      throw new IllegalArgumentException("hardware type " + value + " is not in 0..65535");
    }
  }

  /**
   * Returns the hardware type with this number; a shared instance for the named values and the
   * other small ones.
   *
   * @param value the hardware type, 0..65535
   * @return the hardware type
   * @throws IllegalArgumentException if {@code value} is outside 0..65535
   */
  public static ArpHardwareType of(int value) {
    if (value >= 0 && value < CACHE.length) {
      return CACHE[value];
    }
    return new ArpHardwareType(value);
  }

  /**
   * Returns the name the IANA registry gives, such as {@code "Ethernet (10Mb)"}.
   *
   * @return the name, or the decimal number for a value the registry does not name
   */
  public String name() {
    String name = value < NAMES.length ? NAMES[value] : null;
    return name != null ? name : Integer.toString(value);
  }

  /**
   * Returns whether the registry names this value (reserved and unassigned values are not).
   *
   * @return {@code true} for the values with constants here
   */
  public boolean isNamed() {
    return value < NAMES.length && NAMES[value] != null;
  }

  @Override
  public int compareTo(ArpHardwareType other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "Ethernet (10Mb) (1)"}, or the number
   * alone when unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return isNamed() ? NAMES[value] + " (" + value + ")" : Integer.toString(value);
  }
}
