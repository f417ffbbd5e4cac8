package io.github.netcodec.dns;

import java.util.HashMap;
import java.util.Map;

/**
 * A resource record TYPE or QTYPE (RFC 1035 §3.2.2, IANA "Resource Record (RR) TYPEs").
 *
 * <p>An open registry (IANA DNS parameters): the named constants cover the assigned values, and any other
 * value in 0..65535 is valid and round-trips; its text form is {@code TYPE<number>}.
 * <p>The generic form is RFC 3597 §5's: {@code TYPE65280}.
 *
 * @param value the 16-bit number, 0..65535
 */
public record DnsType(int value) implements Comparable<DnsType> {
  private static final Map<Integer, String> NAMES = new HashMap<>();
  private static final Map<String, Integer> VALUES = new HashMap<>();

  /** A (RFC 1035). */
  public static final DnsType A = new DnsType(1);
  /** NS (RFC 1035). */
  public static final DnsType NS = new DnsType(2);
  /** MD (RFC 1035, obsolete). */
  public static final DnsType MD = new DnsType(3);
  /** MF (RFC 1035, obsolete). */
  public static final DnsType MF = new DnsType(4);
  /** CNAME (RFC 1035). */
  public static final DnsType CNAME = new DnsType(5);
  /** SOA (RFC 1035). */
  public static final DnsType SOA = new DnsType(6);
  /** MB (RFC 1035). */
  public static final DnsType MB = new DnsType(7);
  /** MG (RFC 1035). */
  public static final DnsType MG = new DnsType(8);
  /** MR (RFC 1035). */
  public static final DnsType MR = new DnsType(9);
  /** NULL (RFC 1035). */
  public static final DnsType NULL = new DnsType(10);
  /** WKS (RFC 1035). */
  public static final DnsType WKS = new DnsType(11);
  /** PTR (RFC 1035). */
  public static final DnsType PTR = new DnsType(12);
  /** HINFO (RFC 1035). */
  public static final DnsType HINFO = new DnsType(13);
  /** MINFO (RFC 1035). */
  public static final DnsType MINFO = new DnsType(14);
  /** MX (RFC 1035). */
  public static final DnsType MX = new DnsType(15);
  /** TXT (RFC 1035). */
  public static final DnsType TXT = new DnsType(16);
  /** RP (RFC 1183). */
  public static final DnsType RP = new DnsType(17);
  /** AFSDB (RFC 1183). */
  public static final DnsType AFSDB = new DnsType(18);
  /** SIG (RFC 2535). */
  public static final DnsType SIG = new DnsType(24);
  /** KEY (RFC 2535). */
  public static final DnsType KEY = new DnsType(25);
  /** AAAA (RFC 3596). */
  public static final DnsType AAAA = new DnsType(28);
  /** LOC (RFC 1876). */
  public static final DnsType LOC = new DnsType(29);
  /** SRV (RFC 2782). */
  public static final DnsType SRV = new DnsType(33);
  /** NAPTR (RFC 3403). */
  public static final DnsType NAPTR = new DnsType(35);
  /** KX (RFC 2230). */
  public static final DnsType KX = new DnsType(36);
  /** CERT (RFC 4398). */
  public static final DnsType CERT = new DnsType(37);
  /** DNAME (RFC 6672). */
  public static final DnsType DNAME = new DnsType(39);
  /** OPT (RFC 6891). */
  public static final DnsType OPT = new DnsType(41);
  /** APL (RFC 3123). */
  public static final DnsType APL = new DnsType(42);
  /** DS (RFC 4034). */
  public static final DnsType DS = new DnsType(43);
  /** SSHFP (RFC 4255). */
  public static final DnsType SSHFP = new DnsType(44);
  /** IPSECKEY (RFC 4025). */
  public static final DnsType IPSECKEY = new DnsType(45);
  /** RRSIG (RFC 4034). */
  public static final DnsType RRSIG = new DnsType(46);
  /** NSEC (RFC 4034). */
  public static final DnsType NSEC = new DnsType(47);
  /** DNSKEY (RFC 4034). */
  public static final DnsType DNSKEY = new DnsType(48);
  /** DHCID (RFC 4701). */
  public static final DnsType DHCID = new DnsType(49);
  /** NSEC3 (RFC 5155). */
  public static final DnsType NSEC3 = new DnsType(50);
  /** NSEC3PARAM (RFC 5155). */
  public static final DnsType NSEC3PARAM = new DnsType(51);
  /** TLSA (RFC 6698). */
  public static final DnsType TLSA = new DnsType(52);
  /** SMIMEA (RFC 8162). */
  public static final DnsType SMIMEA = new DnsType(53);
  /** HIP (RFC 8005). */
  public static final DnsType HIP = new DnsType(55);
  /** CDS (RFC 7344). */
  public static final DnsType CDS = new DnsType(59);
  /** CDNSKEY (RFC 7344). */
  public static final DnsType CDNSKEY = new DnsType(60);
  /** OPENPGPKEY (RFC 7929). */
  public static final DnsType OPENPGPKEY = new DnsType(61);
  /** CSYNC (RFC 7477). */
  public static final DnsType CSYNC = new DnsType(62);
  /** ZONEMD (RFC 8976). */
  public static final DnsType ZONEMD = new DnsType(63);
  /** SVCB (RFC 9460). */
  public static final DnsType SVCB = new DnsType(64);
  /** HTTPS (RFC 9460). */
  public static final DnsType HTTPS = new DnsType(65);
  /** SPF (RFC 7208). */
  public static final DnsType SPF = new DnsType(99);
  /** TKEY (RFC 2930). */
  public static final DnsType TKEY = new DnsType(249);
  /** TSIG (RFC 8945). */
  public static final DnsType TSIG = new DnsType(250);
  /** IXFR (RFC 1995). */
  public static final DnsType IXFR = new DnsType(251);
  /** AXFR (RFC 1035). */
  public static final DnsType AXFR = new DnsType(252);
  /** MAILB (RFC 1035). */
  public static final DnsType MAILB = new DnsType(253);
  /** MAILA (RFC 1035). */
  public static final DnsType MAILA = new DnsType(254);
  /** ANY (RFC 1035, QTYPE *). */
  public static final DnsType ANY = new DnsType(255);
  /** URI (RFC 7553). */
  public static final DnsType URI = new DnsType(256);
  /** CAA (RFC 8659). */
  public static final DnsType CAA = new DnsType(257);
  /** DLV (RFC 4431). */
  public static final DnsType DLV = new DnsType(32769);

  /** Shared instances of the common values, so parsing does not allocate them. */
  private static final DnsType[] CACHE = new DnsType[512];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new DnsType(i);
    }
    NAMES.put(1, "A");
    NAMES.put(2, "NS");
    NAMES.put(3, "MD");
    NAMES.put(4, "MF");
    NAMES.put(5, "CNAME");
    NAMES.put(6, "SOA");
    NAMES.put(7, "MB");
    NAMES.put(8, "MG");
    NAMES.put(9, "MR");
    NAMES.put(10, "NULL");
    NAMES.put(11, "WKS");
    NAMES.put(12, "PTR");
    NAMES.put(13, "HINFO");
    NAMES.put(14, "MINFO");
    NAMES.put(15, "MX");
    NAMES.put(16, "TXT");
    NAMES.put(17, "RP");
    NAMES.put(18, "AFSDB");
    NAMES.put(24, "SIG");
    NAMES.put(25, "KEY");
    NAMES.put(28, "AAAA");
    NAMES.put(29, "LOC");
    NAMES.put(33, "SRV");
    NAMES.put(35, "NAPTR");
    NAMES.put(36, "KX");
    NAMES.put(37, "CERT");
    NAMES.put(39, "DNAME");
    NAMES.put(41, "OPT");
    NAMES.put(42, "APL");
    NAMES.put(43, "DS");
    NAMES.put(44, "SSHFP");
    NAMES.put(45, "IPSECKEY");
    NAMES.put(46, "RRSIG");
    NAMES.put(47, "NSEC");
    NAMES.put(48, "DNSKEY");
    NAMES.put(49, "DHCID");
    NAMES.put(50, "NSEC3");
    NAMES.put(51, "NSEC3PARAM");
    NAMES.put(52, "TLSA");
    NAMES.put(53, "SMIMEA");
    NAMES.put(55, "HIP");
    NAMES.put(59, "CDS");
    NAMES.put(60, "CDNSKEY");
    NAMES.put(61, "OPENPGPKEY");
    NAMES.put(62, "CSYNC");
    NAMES.put(63, "ZONEMD");
    NAMES.put(64, "SVCB");
    NAMES.put(65, "HTTPS");
    NAMES.put(99, "SPF");
    NAMES.put(249, "TKEY");
    NAMES.put(250, "TSIG");
    NAMES.put(251, "IXFR");
    NAMES.put(252, "AXFR");
    NAMES.put(253, "MAILB");
    NAMES.put(254, "MAILA");
    NAMES.put(255, "ANY");
    NAMES.put(256, "URI");
    NAMES.put(257, "CAA");
    NAMES.put(32769, "DLV");
    NAMES.forEach((v, n) -> VALUES.put(n, v));
  }

  /**
   * Checks the range.
   *
   * @param value the number, 0..65535
   * @throws IllegalArgumentException if the value is outside 0..65535
   */
  public DnsType {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException("DnsType value " + value + " is not in 0..65535");
    }
  }

  /**
   * Returns the value for a number.
   *
   * @param value the number, 0..65535
   * @return the value
   * @throws IllegalArgumentException if the number is outside 0..65535
   */
  public static DnsType of(int value) {
    return value >= 0 && value < CACHE.length ? CACHE[value] : new DnsType(value);
  }

  /**
   * Parses a mnemonic such as {@code A} (any case) or the generic form {@code
   * TYPE<number>}.
   *
   * @param text the text form
   * @return the value
   * @throws IllegalArgumentException if the text is neither
   */
  public static DnsType valueOf(String text) {
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    Integer v = VALUES.get(upper);
    if (v != null) {
      return new DnsType(v);
    }
    if (upper.startsWith("TYPE") && upper.length() > 4 && upper.length() <= 9
        && upper.substring(4).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new DnsType(Integer.parseInt(upper.substring(4)));
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a DnsType mnemonic or TYPE<number>");
  }

  /**
   * Returns whether this value has a mnemonic in this registry.
   *
   * @return {@code true} if {@link #toString()} is a mnemonic rather than {@code TYPE<n>}
   */
  public boolean isKnown() {
    return NAMES.containsKey(value);
  }

  @Override
  public int compareTo(DnsType other) {
    return Integer.compare(value, other.value);
  }

  /** Returns the mnemonic, or {@code TYPE<number>} for a value without one. */
  @Override
  public String toString() {
    String n = NAMES.get(value);
    return n != null ? n : "TYPE" + value;
  }
}
