package io.github.netcodec.dns;

import java.util.Objects;

/**
 * One resource record (RFC 1035 §3.2.1, §4.1.3): owner name, class, TTL and typed RDATA; the
 * type is the RDATA's.
 *
 * <pre>
 *   NAME (variable) | TYPE (16) | CLASS (16) | TTL (32) | RDLENGTH (16) | RDATA (RDLENGTH)
 * </pre>
 *
 * <p>In an OPT pseudo-record (RFC 6891 §6.1.2) the class field carries the UDP payload size and
 * the TTL the extended RCODE, version and flags; {@link Edns} reads them by name.
 *
 * @param name the owner name
 * @param dnsClass the class (for OPT: the UDP payload size)
 * @param ttl the time to live in seconds, an unsigned 32-bit value (for OPT: extended flags)
 * @param rdata the RDATA, which also gives the type
 */
public record DnsRecord(DnsName name, DnsClass dnsClass, long ttl, Rdata rdata) {
  /**
   * Checks the components.
   *
   * @param name the owner name
   * @param dnsClass the class
   * @param ttl the TTL, 0..2^32-1
   * @param rdata the RDATA
   * @throws IllegalArgumentException if the TTL is out of range
   */
  public DnsRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dnsClass, "dnsClass");
    Objects.requireNonNull(rdata, "rdata");
    if (ttl < 0 || ttl > 0xffffffffL) {
      throw new IllegalArgumentException("ttl " + ttl + " is not in 0..4294967295");
    }
  }

  /**
   * Returns a record of class IN.
   *
   * @param name the owner name, in presentation form
   * @param ttl the TTL in seconds
   * @param rdata the RDATA
   * @return the record
   */
  public static DnsRecord of(String name, long ttl, Rdata rdata) {
    return new DnsRecord(DnsName.of(name), DnsClass.IN, ttl, rdata);
  }

  /**
   * Returns the record type, the RDATA's.
   *
   * @return the type
   */
  public DnsType type() {
    return rdata.type();
  }

  /**
   * Parses one record in zone-file form, {@code <owner> <ttl> <class> <type> <rdata>} (RFC 1035
   * §5.1; the order of TTL and class may be swapped), as {@link #toString()} prints it.
   *
   * @param line the record text, e.g. {@code "www.cs.virginia.edu. 7183 IN A 128.143.67.11"}
   * @return the record
   * @throws IllegalArgumentException if the text is not a valid record
   */
  public static DnsRecord parse(String line) {
    String s = line.strip();
    int[] cut = new int[1];
    String owner = word(s, cut);
    String a = word(s, cut);
    String b = word(s, cut);
    long ttl;
    DnsClass cls;
    if (!a.isEmpty() && Character.isDigit(a.charAt(0))) {
      ttl = Long.parseLong(a);
      cls = DnsClass.valueOf(b);
    } else {
      cls = DnsClass.valueOf(a);
      ttl = Long.parseLong(b);
    }
    DnsType type = DnsType.valueOf(word(s, cut));
    String rest = s.substring(Math.min(cut[0], s.length()));
    return new DnsRecord(DnsName.of(owner), cls, ttl, Rdata.parse(type, rest));
  }

  private static String word(String s, int[] cut) {
    int i = cut[0];
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (start == i) {
      throw new IllegalArgumentException("record \"" + s + "\" is missing a field");
    }
    cut[0] = i;
    return s.substring(start, i);
  }

  /** Returns the zone-file form as dig prints it: {@code name TAB ttl TAB class TAB type TAB rdata}. */
  @Override
  public String toString() {
    return name + "\t" + ttl + "\t" + dnsClass + "\t" + type() + "\t" + rdata.presentation();
  }
}
