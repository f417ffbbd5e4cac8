package io.github.netcodec.dns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The EDNS(0) view of an OPT pseudo-record (RFC 6891 §6.1.2-§6.1.4).
 *
 * <pre>
 *   NAME       domain name  MUST be 0 (root domain)
 *   TYPE       u_int16_t    OPT (41)
 *   CLASS      u_int16_t    requestor's UDP payload size
 *   TTL        u_int32_t    extended RCODE (8) | VERSION (8) | DO (1) | Z (15)
 *   RDLEN      u_int16_t    length of all RDATA
 *   RDATA      octet stream {attribute, value} pairs
 * </pre>
 *
 * @param udpPayloadSize the largest UDP payload the sender can reassemble, 16 bits
 * @param extendedRcode the upper eight bits of the 12-bit RCODE
 * @param version the EDNS version, 0 today
 * @param flags the 16 flag bits; {@link #DO} is the DNSSEC OK bit (RFC 3225)
 * @param options the options, in wire order
 */
public record Edns(int udpPayloadSize, int extendedRcode, int version, int flags,
    List<EdnsOption> options) {
  /** The DNSSEC OK bit of {@link #flags()} (RFC 3225). */
  public static final int DO = 0x8000;

  /**
   * Checks and copies the components.
   *
   * @param udpPayloadSize 0..65535
   * @param extendedRcode 0..255
   * @param version 0..255
   * @param flags 0..65535
   * @param options the options
   * @throws IllegalArgumentException if a field is out of range
   */
  public Edns {
    check(udpPayloadSize, 0xffff, "EDNS.udpPayloadSize");
    check(extendedRcode, 0xff, "EDNS.extendedRcode");
    check(version, 0xff, "EDNS.version");
    check(flags, 0xffff, "EDNS.flags");
    options = List.copyOf(Objects.requireNonNull(options, "options"));
  }

  private static void check(int v, int max, String field) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException(field + " " + v + " is not in 0.." + max);
    }
  }

  /**
   * Returns EDNS version 0 with the given payload size, no flags and no options.
   *
   * @param udpPayloadSize the payload size, e.g. 1232
   * @return the EDNS view
   */
  public static Edns of(int udpPayloadSize) {
    return new Edns(udpPayloadSize, 0, 0, 0, List.of());
  }

  /**
   * Reads the view of an OPT record.
   *
   * @param opt a record whose RDATA is {@link Rdata.Opt}
   * @return the view, or empty if the record is not a well-formed OPT record
   */
  public static Optional<Edns> of(DnsRecord opt) {
    if (!(opt.rdata() instanceof Rdata.Opt o)) {
      return Optional.empty();
    }
    long ttl = opt.ttl();
    return Optional.of(new Edns(opt.dnsClass().value(), (int) (ttl >>> 24),
        (int) (ttl >>> 16) & 0xff, (int) ttl & 0xffff, o.options()));
  }

  /**
   * Returns whether the DNSSEC OK bit is set.
   *
   * @return the DO bit
   */
  public boolean dnssecOk() {
    return (flags & DO) != 0;
  }

  /**
   * Returns the OPT record carrying this view, owned by the root.
   *
   * @return the record
   */
  public DnsRecord toRecord() {
    long ttl = (long) extendedRcode << 24 | version << 16 | flags;
    return new DnsRecord(DnsName.ROOT, DnsClass.of(udpPayloadSize), ttl, new Rdata.Opt(options));
  }
}
