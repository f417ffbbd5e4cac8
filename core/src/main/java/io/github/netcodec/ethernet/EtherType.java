package io.github.netcodec.ethernet;

/**
 * The value of an Ethernet Length/Type field: an EtherType from the IEEE Registration Authority
 * registry (IEEE Std 802.3 clause 3.2.6), or, for values up to 1500, the length of an IEEE 802.3
 * frame's LLC data. An open registry: every value 0..0xffff is an {@code EtherType}; the common
 * ones have constants and names, and any other value round-trips unchanged.
 *
 * <table class="striped">
 *   <caption>How the 16-bit field is read</caption>
 *   <thead>
 *     <tr><th>Value</th><th>Meaning</th><th>{@link #toString()}</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>{@code 0x0000..0x05dc} (0..1500)</td><td>802.3 length, LLC follows
 *         ({@link #isLength()})</td><td>{@code length 46}</td></tr>
 *     <tr><td>{@code 0x05dd..0x05ff}</td><td>undefined by IEEE 802.3; kept as an unnamed
 *         type</td><td>{@code 0x05ff}</td></tr>
 *     <tr><td>{@code 0x0600..0xffff}</td><td>EtherType</td><td>{@code IPv4 (0x0800)},
 *         {@code 0x1234}</td></tr>
 *   </tbody>
 * </table>
 *
 * <pre>{@code
 * EtherType.of(0x0800)        // IPv4, the same instance as EtherType.IPV4
 * EtherType.of(0x88b5)        // "0x88b5" (local experimental), round-trips unchanged
 * }</pre>
 *
 * @param value the 16-bit field value, 0..0xffff
 */
public record EtherType(int value) implements Comparable<EtherType> {

  /** The largest value that is an IEEE 802.3 length rather than a type: 1500 (0x05dc). */
  public static final int MAX_LENGTH = 1500;

  /** The smallest value that is an EtherType: 1536 (0x0600), IEEE 802.3 clause 3.2.6. */
  public static final int MIN_TYPE = 0x0600;

  /** Internet Protocol version 4 (RFC 894). */
  public static final EtherType IPV4 = new EtherType(0x0800);
  /** Address Resolution Protocol (RFC 826). */
  public static final EtherType ARP = new EtherType(0x0806);
  /** Wake-on-LAN magic packet. */
  public static final EtherType WAKE_ON_LAN = new EtherType(0x0842);
  /** Reverse ARP (RFC 903). */
  public static final EtherType RARP = new EtherType(0x8035);
  /** AppleTalk (EtherTalk). */
  public static final EtherType APPLETALK = new EtherType(0x809b);
  /** IEEE 802.1Q customer VLAN tag (C-TAG) Tag Protocol Identifier. */
  public static final EtherType VLAN = new EtherType(0x8100);
  /** Novell IPX. */
  public static final EtherType IPX = new EtherType(0x8137);
  /** Internet Protocol version 6 (RFC 2464). */
  public static final EtherType IPV6 = new EtherType(0x86dd);
  /** IEEE 802.3 MAC Control, e.g. PAUSE frames (clause 31). */
  public static final EtherType MAC_CONTROL = new EtherType(0x8808);
  /** IEEE 802.3 Slow Protocols: LACP, Marker, OAM (annex 43B). */
  public static final EtherType SLOW_PROTOCOLS = new EtherType(0x8809);
  /** MPLS unicast (RFC 3032). */
  public static final EtherType MPLS_UNICAST = new EtherType(0x8847);
  /** MPLS multicast (RFC 5332). */
  public static final EtherType MPLS_MULTICAST = new EtherType(0x8848);
  /** PPP over Ethernet discovery stage (RFC 2516). */
  public static final EtherType PPPOE_DISCOVERY = new EtherType(0x8863);
  /** PPP over Ethernet session stage (RFC 2516). */
  public static final EtherType PPPOE_SESSION = new EtherType(0x8864);
  /** IEEE 802.1X port-based network access control (EAPOL). */
  public static final EtherType EAPOL = new EtherType(0x888e);
  /** PROFINET. */
  public static final EtherType PROFINET = new EtherType(0x8892);
  /** EtherCAT. */
  public static final EtherType ETHERCAT = new EtherType(0x88a4);
  /** IEEE 802.1ad service VLAN tag (S-TAG, "QinQ") Tag Protocol Identifier. */
  public static final EtherType QINQ = new EtherType(0x88a8);
  /** IEEE 802.1AB Link Layer Discovery Protocol. */
  public static final EtherType LLDP = new EtherType(0x88cc);
  /** IEEE 802.1AE MAC security (MACsec). */
  public static final EtherType MACSEC = new EtherType(0x88e5);
  /** IEEE 802.1ah provider backbone bridging instance tag (I-TAG). */
  public static final EtherType PBB = new EtherType(0x88e7);
  /** IEEE 802.1Q Connectivity Fault Management (CFM, Ethernet OAM). */
  public static final EtherType CFM = new EtherType(0x8902);
  /** IEEE 1588 Precision Time Protocol over Ethernet. */
  public static final EtherType PTP = new EtherType(0x88f7);
  /** Fibre Channel over Ethernet. */
  public static final EtherType FCOE = new EtherType(0x8906);
  /** FCoE Initialization Protocol. */
  public static final EtherType FIP = new EtherType(0x8914);
  /** High-availability Seamless Redundancy (IEC 62439-3). */
  public static final EtherType HSR = new EtherType(0x892f);
  /**
   * The pre-standard VLAN Tag Protocol Identifier 0x9100, still used for outer tags by some
   * switches.
   */
  public static final EtherType QINQ_LEGACY = new EtherType(0x9100);

  /**
   * Checks the range.
   *
   * @param value the 16-bit field value, 0..0xffff
   * @throws IllegalArgumentException if {@code value} is outside 0..0xffff
   */
  public EtherType {
    if ((value & ~0xffff) != 0) {
      throw new IllegalArgumentException("EtherType " + value + " is not in 0..0xffff");
    }
  }

  /**
   * Returns the EtherType with this value: the shared constant for a named value, a new
   * instance otherwise. Named values cost no allocation, which keeps frame parsing cheap.
   *
   * @param value the 16-bit field value, 0..0xffff
   * @return the EtherType
   * @throws IllegalArgumentException if {@code value} is outside 0..0xffff
   */
  public static EtherType of(int value) {
    switch (value) {
      case 0x0800: return IPV4;
      case 0x86dd: return IPV6;
      case 0x0806: return ARP;
      case 0x8100: return VLAN;
      case 0x88a8: return QINQ;
      case 0x9100: return QINQ_LEGACY;
      case 0x0842: return WAKE_ON_LAN;
      case 0x8035: return RARP;
      case 0x809b: return APPLETALK;
      case 0x8137: return IPX;
      case 0x8808: return MAC_CONTROL;
      case 0x8809: return SLOW_PROTOCOLS;
      case 0x8847: return MPLS_UNICAST;
      case 0x8848: return MPLS_MULTICAST;
      case 0x8863: return PPPOE_DISCOVERY;
      case 0x8864: return PPPOE_SESSION;
      case 0x888e: return EAPOL;
      case 0x8892: return PROFINET;
      case 0x88a4: return ETHERCAT;
      case 0x88cc: return LLDP;
      case 0x88e5: return MACSEC;
      case 0x88e7: return PBB;
      case 0x8902: return CFM;
      case 0x88f7: return PTP;
      case 0x8906: return FCOE;
      case 0x8914: return FIP;
      case 0x892f: return HSR;
      default: return new EtherType(value);
    }
  }

  /**
   * Returns the short name of a registered EtherType this class names, such as {@code "IPv4"}.
   *
   * @return the name, or {@code null} if this class has none for the value
   */
  private String knownName() {
    switch (value) {
      case 0x0800: return "IPv4";
      case 0x86dd: return "IPv6";
      case 0x0806: return "ARP";
      case 0x8100: return "802.1Q";
      case 0x88a8: return "802.1ad";
      case 0x9100: return "QinQ";
      case 0x0842: return "Wake-on-LAN";
      case 0x8035: return "RARP";
      case 0x809b: return "AppleTalk";
      case 0x8137: return "IPX";
      case 0x8808: return "MAC Control";
      case 0x8809: return "Slow Protocols";
      case 0x8847: return "MPLS unicast";
      case 0x8848: return "MPLS multicast";
      case 0x8863: return "PPPoE Discovery";
      case 0x8864: return "PPPoE Session";
      case 0x888e: return "EAPOL";
      case 0x8892: return "PROFINET";
      case 0x88a4: return "EtherCAT";
      case 0x88cc: return "LLDP";
      case 0x88e5: return "MACsec";
      case 0x88e7: return "802.1ah";
      case 0x8902: return "CFM";
      case 0x88f7: return "PTP";
      case 0x8906: return "FCoE";
      case 0x8914: return "FIP";
      case 0x892f: return "HSR";
      default: return null;
    }
  }

  /**
   * Returns the short name of a registered EtherType this class names, such as {@code "IPv4"}
   * or {@code "802.1Q"}.
   *
   * @return the name, or the value as four hex digits ({@code "0x88b5"}) when unnamed, or
   *     {@code "length 46"} for an IEEE 802.3 length
   */
  public String name() {
    String name = knownName();
    if (name != null) {
      return name;
    }
    return isLength() ? "length " + value : hex();
  }

  /**
   * Returns whether this class has a name for the value.
   *
   * @return {@code true} for the values with constants here
   */
  public boolean isNamed() {
    return knownName() != null;
  }

  /**
   * Returns whether the field is an IEEE 802.3 length (0..1500) rather than a type: the frame
   * carries LLC data of this many bytes.
   *
   * @return {@code true} if {@code value <= 1500}
   */
  public boolean isLength() {
    return value <= MAX_LENGTH;
  }

  /**
   * Returns whether this is a VLAN Tag Protocol Identifier that {@link EthernetFrame#parse}
   * reads as the start of a {@link VlanTag}: 802.1Q ({@code 0x8100}), 802.1ad ({@code 0x88a8})
   * or the pre-standard {@code 0x9100}.
   *
   * @return {@code true} for a VLAN TPID
   */
  public boolean isVlanTpid() {
    return value == 0x8100 || value == 0x88a8 || value == 0x9100;
  }

  private String hex() {
    return String.format("0x%04x", value);
  }

  @Override
  public int compareTo(EtherType other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Returns the name and value, e.g. {@code "IPv4 (0x0800)"}; the value alone when unnamed,
   * e.g. {@code "0x88b5"}; or {@code "length 46"} for an IEEE 802.3 length.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = knownName();
    if (name != null) {
      return name + " (" + hex() + ")";
    }
    return isLength() ? "length " + value : hex();
  }
}
