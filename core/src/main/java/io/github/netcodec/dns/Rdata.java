package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * The RDATA of one resource record: a record per type that owns its wire and text forms, and
 * {@link Unknown} (RFC 3597) for every other type, kept byte for byte.
 *
 * <p>{@link #encode(ByteBuffer)} writes the uncompressed wire form (what DNSSEC signs, with case
 * preserved); inside a message, {@link DnsMessage} compresses the names of exactly the RFC 1035
 * types that RFC 3597 §4 allows (NS, CNAME, PTR, SOA, MX) and no others. Decoding follows
 * compression pointers in every type that holds names, as RFC 3597 §4 asks receivers to.
 * {@link #presentation()} gives the zone-file text of RFC 1035 §5.1 and the type's RFC, and
 * {@link #parse(DnsType, String)} reads it back.
 *
 * <table class="striped">
 *   <caption>Typed RDATA</caption>
 *   <thead><tr><th>Type</th><th>Record</th><th>Text</th></tr></thead>
 *   <tbody>
 *     <tr><td>A</td><td>{@link A}</td><td>{@code 192.0.2.1}</td></tr>
 *     <tr><td>AAAA</td><td>{@link Aaaa}</td><td>{@code 2001:db8::1}</td></tr>
 *     <tr><td>NS, CNAME, DNAME, PTR</td><td>{@link NameRdata}</td><td>{@code ns1.example.}</td></tr>
 *     <tr><td>SOA</td><td>{@link Soa}</td><td>{@code ns. host. 1 7200 3600 1209600 3600}</td></tr>
 *     <tr><td>MX</td><td>{@link Mx}</td><td>{@code 10 mail.example.}</td></tr>
 *     <tr><td>TXT</td><td>{@link Txt}</td><td>{@code "v=spf1" "-all"}</td></tr>
 *     <tr><td>HINFO</td><td>{@link Hinfo}</td><td>{@code "PDP-11" "UNIX"}</td></tr>
 *     <tr><td>SRV</td><td>{@link Srv}</td><td>{@code 0 5 5060 sip.example.}</td></tr>
 *     <tr><td>CAA</td><td>{@link Caa}</td><td>{@code 0 issue "ca.example"}</td></tr>
 *     <tr><td>OPT</td><td>{@link Opt}</td><td>(pseudo-record, see {@link Edns})</td></tr>
 *     <tr><td>NAPTR</td><td>{@link Naptr}</td><td>{@code 100 10 "S" "SIP+D2U" "" _sip._udp.example.}</td></tr>
 *     <tr><td>SSHFP</td><td>{@link Sshfp}</td><td>{@code 4 2 <hex>}</td></tr>
 *     <tr><td>TLSA</td><td>{@link Tlsa}</td><td>{@code 3 1 1 <hex>}</td></tr>
 *     <tr><td>URI</td><td>{@link Uri}</td><td>{@code 10 1 "https://example/"}</td></tr>
 *     <tr><td>SVCB, HTTPS</td><td>{@link Svcb}</td><td>{@code 1 . alpn="h2,h3" port=443}</td></tr>
 *     <tr><td>DS</td><td>{@link Ds}</td><td>{@code 60485 5 1 <hex>}</td></tr>
 *     <tr><td>DNSKEY</td><td>{@link Dnskey}</td><td>{@code 257 3 8 <base64>}</td></tr>
 *     <tr><td>RRSIG</td><td>{@link Rrsig}</td><td>{@code A 8 2 300 20250101000000 ...}</td></tr>
 *     <tr><td>NSEC</td><td>{@link Nsec}</td><td>{@code next.example. A NS RRSIG}</td></tr>
 *     <tr><td>NSEC3</td><td>{@link Nsec3}</td><td>{@code 1 0 0 - <base32hex> A}</td></tr>
 *     <tr><td>NSEC3PARAM</td><td>{@link Nsec3param}</td><td>{@code 1 0 0 -}</td></tr>
 *     <tr><td>TSIG</td><td>{@link Tsig}</td><td>{@code hmac-sha256. 1700000000 300 32 ...}</td></tr>
 *     <tr><td>other</td><td>{@link Unknown}</td><td>{@code \# 2 abcd}</td></tr>
 *   </tbody>
 * </table>
 */
public sealed interface Rdata extends Encodable
    permits Rdata.A,
        Rdata.Aaaa,
        Rdata.NameRdata,
        Rdata.Soa,
        Rdata.Mx,
        Rdata.Txt,
        Rdata.Hinfo,
        Rdata.Srv,
        Rdata.Caa,
        Rdata.Opt,
        Rdata.Naptr,
        Rdata.Sshfp,
        Rdata.Tlsa,
        Rdata.Uri,
        Rdata.Svcb,
        Rdata.Ds,
        Rdata.Dnskey,
        Rdata.Rrsig,
        Rdata.Nsec,
        Rdata.Nsec3,
        Rdata.Nsec3param,
        Rdata.Tsig,
        Rdata.Unknown,
        Rdata.Malformed {

  /**
   * Returns the record type this RDATA belongs to.
   *
   * @return the type
   */
  DnsType type();

  /**
   * Returns the zone-file text of the RDATA, as dig prints it.
   *
   * @return the presentation form
   */
  String presentation();

  /**
   * Parses the zone-file text of an RDATA of the given type; the generic RFC 3597 form {@code \#
   * <length> <hex>} is accepted for every type.
   *
   * @param type the record type
   * @param text the RDATA text
   * @return the RDATA
   * @throws IllegalArgumentException if the text is not valid for the type
   */
  static Rdata parse(DnsType type, String text) {
    DnsText.Tokens t = DnsText.tokenize(text);
    if (t.hasNext() && text.strip().startsWith("\\#")) {
      t.next("\\#");
      int len = (int) t.number("RFC 3597 length", 0xffff);
      ByteString data = len == 0 ? ByteString.EMPTY : DnsText.parseHex(t.rest("data"), "data");
      if (data.size() != len) {
        throw new IllegalArgumentException(
            "RFC 3597 data has " + data.size() + " octets, not the " + len + " announced");
      }
      return RdataCodec.decodeStrict(type, data);
    }
    Rdata r = RdataCodec.parseText(type, t);
    t.end(type + " RDATA");
    return r;
  }

  private static void ensureRoom(ByteBuffer dst, int length) {
    if (dst.remaining() < length) {
      throw new BufferOverflowException();
    }
  }

  private static void put16(ByteBuffer dst, int v) {
    dst.put((byte) (v >>> 8)).put((byte) v);
  }

  private static void put32(ByteBuffer dst, long v) {
    put16(dst, (int) (v >>> 16) & 0xffff);
    put16(dst, (int) v & 0xffff);
  }

  private static void checkU8(int v, String field) {
    if (v < 0 || v > 0xff) {
      throw new IllegalArgumentException(field + " " + v + " is not in 0..255");
    }
  }

  private static void checkU16(int v, String field) {
    if (v < 0 || v > 0xffff) {
      throw new IllegalArgumentException(field + " " + v + " is not in 0..65535");
    }
  }

  private static void checkU32(long v, String field) {
    if (v < 0 || v > 0xffffffffL) {
      throw new IllegalArgumentException(field + " " + v + " is not in 0..4294967295");
    }
  }

  private static void checkString(ByteString s, String field) {
    Objects.requireNonNull(s, field);
    if (s.size() > 255) {
      throw new IllegalArgumentException(field + " of " + s.size() + " octets is longer than 255");
    }
  }

  /**
   * An IPv4 address, type A (RFC 1035 §3.4.1).
   *
   * @param address the address
   */
  record A(Ipv4Address address) implements Rdata {
    /**
     * Checks the component.
     *
     * @param address the address, not null
     */
    public A {
      Objects.requireNonNull(address, "address");
    }

    static A decode(DnsReader r, int off, int len) {
      RdataCodec.exactLength("A", off, len, 4);
      return new A(Ipv4Address.of(r.s32(off)));
    }

    @Override
    public DnsType type() {
      return DnsType.A;
    }

    @Override
    public int encodedLength() {
      return 4;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, 4);
      put32(dst, address.toUnsignedLong());
    }

    @Override
    public String presentation() {
      return address.toString();
    }
  }

  /**
   * An IPv6 address, type AAAA (RFC 3596).
   *
   * @param address the address
   */
  record Aaaa(Ipv6Address address) implements Rdata {
    /**
     * Checks the component.
     *
     * @param address the address, not null
     */
    public Aaaa {
      Objects.requireNonNull(address, "address");
    }

    static Aaaa decode(DnsReader r, int off, int len) {
      RdataCodec.exactLength("AAAA", off, len, 16);
      long hi = (long) r.s32(off) << 32 | (r.s32(off + 4) & 0xffffffffL);
      long lo = (long) r.s32(off + 8) << 32 | (r.s32(off + 12) & 0xffffffffL);
      return new Aaaa(Ipv6Address.of(hi, lo));
    }

    @Override
    public DnsType type() {
      return DnsType.AAAA;
    }

    @Override
    public int encodedLength() {
      return 16;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, 16);
      put32(dst, address.high() >>> 32);
      put32(dst, address.high() & 0xffffffffL);
      put32(dst, address.low() >>> 32);
      put32(dst, address.low() & 0xffffffffL);
    }

    @Override
    public String presentation() {
      return address.toString();
    }
  }

  /**
   * The RDATA of the types that hold a single domain name: NS (RFC 1035 §3.3.11), CNAME (§3.3.1),
   * PTR (§3.3.12) and DNAME (RFC 6672). The name of NS, CNAME and PTR is compressed in messages;
   * DNAME's is not (RFC 6672 §2.5).
   *
   * @param type NS, CNAME, PTR or DNAME
   * @param name the target name
   */
  record NameRdata(DnsType type, DnsName name) implements Rdata {
    /**
     * Checks the components.
     *
     * @param type NS, CNAME, PTR or DNAME
     * @param name the target name, not null
     * @throws IllegalArgumentException if the type is another one
     */
    public NameRdata {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      if (!type.equals(DnsType.NS) && !type.equals(DnsType.CNAME) && !type.equals(DnsType.PTR)
          && !type.equals(DnsType.DNAME)) {
        throw new IllegalArgumentException("type " + type + " is not NS, CNAME, PTR or DNAME");
      }
    }

    /**
     * Returns NS RDATA.
     *
     * @param host the name server
     * @return the RDATA
     */
    public static NameRdata ns(DnsName host) {
      return new NameRdata(DnsType.NS, host);
    }

    /**
     * Returns CNAME RDATA.
     *
     * @param target the canonical name
     * @return the RDATA
     */
    public static NameRdata cname(DnsName target) {
      return new NameRdata(DnsType.CNAME, target);
    }

    /**
     * Returns PTR RDATA.
     *
     * @param target the pointed-to name
     * @return the RDATA
     */
    public static NameRdata ptr(DnsName target) {
      return new NameRdata(DnsType.PTR, target);
    }

    /**
     * Returns DNAME RDATA.
     *
     * @param target the redirection target
     * @return the RDATA
     */
    public static NameRdata dname(DnsName target) {
      return new NameRdata(DnsType.DNAME, target);
    }

    static NameRdata decode(DnsType type, DnsReader r, int off, int len) {
      String field = switch (type.value()) {
        case 2 -> "NS.name";
        case 5 -> "CNAME.name";
        case 12 -> "PTR.name";
        default -> "DNAME.name";
      };
      DnsName n = RdataCodec.name(r, off, off + len, field);
      if (r.nameEnd != off + len) {
        RdataCodec.consumed(type + " RDATA", r.nameEnd, off + len);
      }
      return new NameRdata(type, n);
    }

    @Override
    public int encodedLength() {
      return name.wireLength();
    }

    @Override
    public void encode(ByteBuffer dst) {
      name.encode(dst);
    }

    @Override
    public String presentation() {
      return name.toString();
    }
  }

  /**
   * Start of a zone of authority, type SOA (RFC 1035 §3.3.13).
   *
   * @param mname the primary name server
   * @param rname the mailbox of the responsible person
   * @param serial the zone's serial number, 32 bits
   * @param refresh the refresh interval in seconds, 32 bits
   * @param retry the retry interval in seconds, 32 bits
   * @param expire the expiry limit in seconds, 32 bits
   * @param minimum the negative-caching TTL in seconds (RFC 2308), 32 bits
   */
  record Soa(DnsName mname, DnsName rname, long serial, long refresh, long retry, long expire,
      long minimum) implements Rdata {
    /**
     * Checks the components.
     *
     * @param mname the primary name server
     * @param rname the mailbox of the responsible person
     * @param serial the serial, 0..2^32-1
     * @param refresh the refresh interval, 0..2^32-1
     * @param retry the retry interval, 0..2^32-1
     * @param expire the expiry limit, 0..2^32-1
     * @param minimum the minimum, 0..2^32-1
     * @throws IllegalArgumentException if a number is out of range
     */
    public Soa {
      Objects.requireNonNull(mname, "mname");
      Objects.requireNonNull(rname, "rname");
      checkU32(serial, "SOA.serial");
      checkU32(refresh, "SOA.refresh");
      checkU32(retry, "SOA.retry");
      checkU32(expire, "SOA.expire");
      checkU32(minimum, "SOA.minimum");
    }

    static Soa decode(DnsReader r, int off, int len) {
      int end = off + len;
      DnsName m = RdataCodec.name(r, off, end, "SOA.mname");
      DnsName n = RdataCodec.name(r, r.nameEnd, end, "SOA.rname");
      int p = r.nameEnd;
      RdataCodec.fits("SOA.serial", p, 20, end);
      RdataCodec.consumed("SOA RDATA", p + 20, end);
      return new Soa(m, n, r.u32(p), r.u32(p + 4), r.u32(p + 8), r.u32(p + 12), r.u32(p + 16));
    }

    @Override
    public DnsType type() {
      return DnsType.SOA;
    }

    @Override
    public int encodedLength() {
      return mname.wireLength() + rname.wireLength() + 20;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      mname.encode(dst);
      rname.encode(dst);
      writeNumbers(dst);
    }

    void writeNumbers(ByteBuffer dst) {
      put32(dst, serial);
      put32(dst, refresh);
      put32(dst, retry);
      put32(dst, expire);
      put32(dst, minimum);
    }

    @Override
    public String presentation() {
      return mname + " " + rname + " " + serial + " " + refresh + " " + retry + " " + expire + " "
          + minimum;
    }
  }

  /**
   * Mail exchange, type MX (RFC 1035 §3.3.9).
   *
   * @param preference the preference, lower first, 16 bits
   * @param exchange the mail server
   */
  record Mx(int preference, DnsName exchange) implements Rdata {
    /**
     * Checks the components.
     *
     * @param preference the preference, 0..65535
     * @param exchange the mail server
     * @throws IllegalArgumentException if the preference is out of range
     */
    public Mx {
      checkU16(preference, "MX.preference");
      Objects.requireNonNull(exchange, "exchange");
    }

    static Mx decode(DnsReader r, int off, int len) {
      int end = off + len;
      RdataCodec.fits("MX.preference", off, 2, end);
      DnsName n = RdataCodec.name(r, off + 2, end, "MX.exchange");
      RdataCodec.consumed("MX RDATA", r.nameEnd, end);
      return new Mx(r.u16(off), n);
    }

    @Override
    public DnsType type() {
      return DnsType.MX;
    }

    @Override
    public int encodedLength() {
      return 2 + exchange.wireLength();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      put16(dst, preference);
      exchange.encode(dst);
    }

    @Override
    public String presentation() {
      return preference + " " + exchange;
    }
  }

  /**
   * Text strings, type TXT (RFC 1035 §3.3.14): one or more character-strings of up to 255
   * octets each.
   *
   * @param strings the character-strings, at least one
   */
  record Txt(List<ByteString> strings) implements Rdata {
    /**
     * Checks and copies the strings.
     *
     * @param strings the strings, at least one, each at most 255 octets
     * @throws IllegalArgumentException if there is none, one is too long, or all together
     *     exceed 65535 octets
     */
    public Txt {
      // parsed strings (TxtStrings) were checked by the decoder and are unmodifiable already
      if (!(strings instanceof TxtStrings)) {
        strings = FrozenList.copyOf(strings);
        if (strings.isEmpty()) {
          throw new IllegalArgumentException(
              "TXT.strings is empty; TXT needs at least one string");
        }
        int total = 0;
        for (ByteString s : strings) {
          checkString(s, "TXT.string");
          total += 1 + s.size();
        }
        checkU16(total, "TXT RDATA length");
      }
    }

    /**
     * Returns TXT RDATA of strings given as text, each encoded as UTF-8.
     *
     * @param strings the strings
     * @return the RDATA
     */
    public static Txt of(String... strings) {
      return new Txt(java.util.Arrays.stream(strings)
          .map(s -> ByteString.copyOf(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .toList());
    }

    /** Checks the strings' lengths and keeps one copy of their wire form ({@link TxtStrings}). */
    static Txt decode(DnsReader r, int off, int len) {
      int end = off + len;
      for (int p = off; p < end; p += 1 + r.u8(p)) {
        RdataCodec.fits("TXT.string", p + 1, r.u8(p), end);
      }
      if (len == 0) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, "TXT RDATA", off,
            "is empty; TXT needs at least one string");
      }
      return new Txt(new TxtStrings(r.array(off, len)));
    }

    @Override
    public DnsType type() {
      return DnsType.TXT;
    }

    @Override
    public int encodedLength() {
      if (strings instanceof TxtStrings t) {
        return t.wire().length;
      }
      int n = 0;
      for (ByteString s : strings) {
        n += 1 + s.size();
      }
      return n;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      if (strings instanceof TxtStrings t) {
        dst.put(t.wire());
        return;
      }
      for (ByteString s : strings) {
        dst.put((byte) s.size());
        s.writeTo(dst);
      }
    }

    @Override
    public String presentation() {
      StringBuilder sb = new StringBuilder();
      for (ByteString s : strings) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        DnsText.quote(sb, s);
      }
      return sb.toString();
    }
  }

  /**
   * Host information, type HINFO (RFC 1035 §3.3.2; RFC 8482 reuses it for minimal ANY answers).
   *
   * @param cpu the CPU type, at most 255 octets
   * @param os the operating system, at most 255 octets
   */
  record Hinfo(ByteString cpu, ByteString os) implements Rdata {
    /**
     * Checks the components.
     *
     * @param cpu the CPU type, at most 255 octets
     * @param os the operating system, at most 255 octets
     * @throws IllegalArgumentException if a string is too long
     */
    public Hinfo {
      checkString(cpu, "HINFO.cpu");
      checkString(os, "HINFO.os");
    }

    static Hinfo decode(DnsReader r, int off, int len) {
      List<ByteString> s = RdataCodec.characterStrings(r, off, off + len, "HINFO");
      if (s.size() != 2) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, "HINFO RDATA", off,
            "has " + s.size() + " character-strings, not 2");
      }
      return new Hinfo(s.get(0), s.get(1));
    }

    @Override
    public DnsType type() {
      return DnsType.HINFO;
    }

    @Override
    public int encodedLength() {
      return 2 + cpu.size() + os.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      dst.put((byte) cpu.size());
      cpu.writeTo(dst);
      dst.put((byte) os.size());
      os.writeTo(dst);
    }

    @Override
    public String presentation() {
      return DnsText.quote(cpu) + " " + DnsText.quote(os);
    }
  }

  /**
   * Service location, type SRV (RFC 2782). The target is never compressed on encode.
   *
   * @param priority the priority, lower first, 16 bits
   * @param weight the relative weight among equal priorities, 16 bits
   * @param port the port, 16 bits
   * @param target the host, {@code .} meaning "not available"
   */
  record Srv(int priority, int weight, int port, DnsName target) implements Rdata {
    /**
     * Checks the components.
     *
     * @param priority the priority, 0..65535
     * @param weight the weight, 0..65535
     * @param port the port, 0..65535
     * @param target the host
     * @throws IllegalArgumentException if a number is out of range
     */
    public Srv {
      checkU16(priority, "SRV.priority");
      checkU16(weight, "SRV.weight");
      checkU16(port, "SRV.port");
      Objects.requireNonNull(target, "target");
    }

    static Srv decode(DnsReader r, int off, int len) {
      int end = off + len;
      RdataCodec.fits("SRV.priority", off, 6, end);
      DnsName n = RdataCodec.name(r, off + 6, end, "SRV.target");
      RdataCodec.consumed("SRV RDATA", r.nameEnd, end);
      return new Srv(r.u16(off), r.u16(off + 2), r.u16(off + 4), n);
    }

    @Override
    public DnsType type() {
      return DnsType.SRV;
    }

    @Override
    public int encodedLength() {
      return 6 + target.wireLength();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      put16(dst, priority);
      put16(dst, weight);
      put16(dst, port);
      target.encode(dst);
    }

    @Override
    public String presentation() {
      return priority + " " + weight + " " + port + " " + target;
    }
  }

  /**
   * Certification Authority Authorization, type CAA (RFC 8659 §4.1).
   *
   * @param flags the flags octet; bit 0x80 is Issuer Critical
   * @param tag the property tag, 1..255 ASCII letters and digits, e.g. {@code issue}
   * @param value the property value, the rest of the RDATA
   */
  record Caa(int flags, String tag, ByteString value) implements Rdata {
    /**
     * Checks the components.
     *
     * @param flags the flags, 0..255
     * @param tag the tag, 1..255 ASCII letters and digits
     * @param value the value
     * @throws IllegalArgumentException if a component is out of range
     */
    public Caa {
      checkU8(flags, "CAA.flags");
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(value, "value");
      if (tag.isEmpty() || tag.length() > 255
          || !tag.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
        throw new IllegalArgumentException(
            "CAA.tag \"" + tag + "\" is not 1..255 ASCII letters and digits");
      }
      checkU16(2 + tag.length() + value.size(), "CAA RDATA length");
    }

    static Caa decode(DnsReader r, int off, int len) {
      int end = off + len;
      RdataCodec.fits("CAA.flags", off, 2, end);
      int tagLen = r.u8(off + 1);
      RdataCodec.fits("CAA.tag", off + 2, tagLen, end);
      StringBuilder tag = new StringBuilder(tagLen);
      for (int i = 0; i < tagLen; i++) {
        int c = r.u8(off + 2 + i);
        if (c >= 0x80 || !Character.isLetterOrDigit(c)) {
          throw new MalformedPacketException(DnsReader.PROTOCOL, "CAA.tag", off + 2 + i,
              "has octet " + c + ", not an ASCII letter or digit");
        }
        tag.append((char) c);
      }
      if (tagLen == 0) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, "CAA.tag", off + 1,
            "has length 0, below the minimum 1");
      }
      int v = off + 2 + tagLen;
      return new Caa(r.u8(off), tag.toString(), r.bytes(v, end - v));
    }

    @Override
    public DnsType type() {
      return DnsType.CAA;
    }

    @Override
    public int encodedLength() {
      return 2 + tag.length() + value.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      dst.put((byte) flags).put((byte) tag.length());
      for (int i = 0; i < tag.length(); i++) {
        dst.put((byte) tag.charAt(i));
      }
      value.writeTo(dst);
    }

    @Override
    public String presentation() {
      StringBuilder sb = new StringBuilder().append(flags).append(' ').append(tag).append(' ');
      DnsText.quote(sb, value);
      return sb.toString();
    }
  }

  /**
   * The options of an EDNS(0) OPT pseudo-record (RFC 6891 §6.1.2). The record's class and TTL
   * fields carry the payload size and extended flags; {@link Edns} gives the whole view.
   *
   * @param options the options in wire order
   */
  record Opt(List<EdnsOption> options) implements Rdata {
    /**
     * Copies the options.
     *
     * @param options the options
     * @throws IllegalArgumentException if together they exceed 65535 octets
     */
    public Opt {
      options = List.copyOf(options);
      int total = 0;
      for (EdnsOption o : options) {
        total += o.encodedLength();
      }
      checkU16(total, "OPT RDATA length");
    }

    static Opt decode(DnsReader r, int off, int len) {
      return new Opt(EdnsOptionCodec.decodeAll(r, off, off + len));
    }

    @Override
    public DnsType type() {
      return DnsType.OPT;
    }

    @Override
    public int encodedLength() {
      int n = 0;
      for (EdnsOption o : options) {
        n += o.encodedLength();
      }
      return n;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      for (EdnsOption o : options) {
        o.encode(dst);
      }
    }

    @Override
    public String presentation() {
      StringBuilder sb = new StringBuilder();
      for (EdnsOption o : options) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(o);
      }
      return sb.toString();
    }
  }

  /**
   * RDATA of a type netcodec does not model, kept byte for byte (RFC 3597). Its names, if any,
   * are never compressed or decompressed.
   *
   * @param type the record type
   * @param data the RDATA octets
   */
  record Unknown(DnsType type, ByteString data) implements Rdata {
    /**
     * Checks the components.
     *
     * @param type the record type
     * @param data the RDATA octets, at most 65535
     * @throws IllegalArgumentException if the data is too long
     */
    public Unknown {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(data, "data");
      checkU16(data.size(), "RDATA length");
    }

    @Override
    public int encodedLength() {
      return data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, data.size());
      data.writeTo(dst);
    }

    /** Returns the RFC 3597 §5 generic form, {@code \# <length> <hex>}. */
    @Override
    public String presentation() {
      return data.isEmpty() ? "\\# 0" : "\\# " + data.size() + " " + data.hex();
    }
  }

  /**
   * RDATA that failed to decode as its type, kept by {@link DnsMessage#parseLenient(ByteBuffer)}
   * with the decoder's error instead of failing the whole message. The octets are those of the
   * wire, so a name inside may still hold a compression pointer into the original message;
   * encoding writes them back unchanged, which is only meaningful at the same offset.
   *
   * @param type the record type
   * @param data the RDATA octets as received
   * @param error the decoder's message, e.g. {@code "DNS: MX.preference at offset 40 needs 2
   *     bytes, but only 1 are present"}
   */
  record Malformed(DnsType type, ByteString data, String error) implements Rdata {
    /**
     * Checks the components.
     *
     * @param type the record type
     * @param data the RDATA octets, at most 65535
     * @param error the decoder's message
     * @throws IllegalArgumentException if the data is too long
     */
    public Malformed {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(error, "error");
      checkU16(data.size(), "RDATA length");
    }

    @Override
    public int encodedLength() {
      return data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, data.size());
      data.writeTo(dst);
    }

    /** Returns the RFC 3597 generic form of the octets as received. */
    @Override
    public String presentation() {
      return data.isEmpty() ? "\\# 0" : "\\# " + data.size() + " " + data.hex();
    }
  }

  /**
   * Naming authority pointer, type NAPTR (RFC 3403 §4.1). The replacement is never compressed.
   *
   * @param order the processing order, 16 bits
   * @param preference the preference among equal orders, 16 bits
   * @param flags the flags character-string, e.g. {@code S}
   * @param services the services character-string, e.g. {@code SIP+D2U}
   * @param regexp the substitution expression character-string
   * @param replacement the replacement name, {@code .} when the regexp is used
   */
  record Naptr(int order, int preference, ByteString flags, ByteString services,
      ByteString regexp, DnsName replacement) implements Rdata {
    /**
     * Checks the components.
     *
     * @param order 0..65535
     * @param preference 0..65535
     * @param flags at most 255 octets
     * @param services at most 255 octets
     * @param regexp at most 255 octets
     * @param replacement the replacement name
     * @throws IllegalArgumentException if a field is out of range
     */
    public Naptr {
      checkU16(order, "NAPTR.order");
      checkU16(preference, "NAPTR.preference");
      checkString(flags, "NAPTR.flags");
      checkString(services, "NAPTR.services");
      checkString(regexp, "NAPTR.regexp");
      Objects.requireNonNull(replacement, "replacement");
    }

    static Naptr decode(DnsReader r, int off, int len) {
      int end = off + len;
      RdataCodec.fits("NAPTR.order", off, 4, end);
      int p = off + 4;
      ByteString[] s = new ByteString[3];
      String[] names = {"NAPTR.flags", "NAPTR.services", "NAPTR.regexp"};
      for (int i = 0; i < 3; i++) {
        RdataCodec.fits(names[i], p, 1, end);
        int n = r.u8(p);
        RdataCodec.fits(names[i], p + 1, n, end);
        s[i] = r.bytes(p + 1, n);
        p += 1 + n;
      }
      DnsName repl = RdataCodec.name(r, p, end, "NAPTR.replacement");
      RdataCodec.consumed("NAPTR RDATA", r.nameEnd, end);
      return new Naptr(r.u16(off), r.u16(off + 2), s[0], s[1], s[2], repl);
    }

    @Override
    public DnsType type() {
      return DnsType.NAPTR;
    }

    @Override
    public int encodedLength() {
      return 7 + flags.size() + services.size() + regexp.size() + replacement.wireLength();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      put16(dst, order);
      put16(dst, preference);
      for (ByteString s : new ByteString[] {flags, services, regexp}) {
        dst.put((byte) s.size());
        s.writeTo(dst);
      }
      replacement.encode(dst);
    }

    @Override
    public String presentation() {
      return order + " " + preference + " " + DnsText.quote(flags) + " " + DnsText.quote(services)
          + " " + DnsText.quote(regexp) + " " + replacement;
    }
  }

  /**
   * SSH key fingerprint, type SSHFP (RFC 4255 §3.1).
   *
   * @param algorithm the key algorithm (1 RSA, 2 DSA, 3 ECDSA, 4 Ed25519)
   * @param fingerprintType the fingerprint type (1 SHA-1, 2 SHA-256)
   * @param fingerprint the fingerprint octets
   */
  record Sshfp(int algorithm, int fingerprintType, ByteString fingerprint) implements Rdata {
    /**
     * Checks the components.
     *
     * @param algorithm 0..255
     * @param fingerprintType 0..255
     * @param fingerprint at most 65533 octets
     * @throws IllegalArgumentException if a field is out of range
     */
    public Sshfp {
      checkU8(algorithm, "SSHFP.algorithm");
      checkU8(fingerprintType, "SSHFP.fingerprintType");
      Objects.requireNonNull(fingerprint, "fingerprint");
      checkU16(2 + fingerprint.size(), "SSHFP RDATA length");
    }

    static Sshfp decode(DnsReader r, int off, int len) {
      RdataCodec.fits("SSHFP.algorithm", off, 2, off + len);
      return new Sshfp(r.u8(off), r.u8(off + 1), r.bytes(off + 2, len - 2));
    }

    @Override
    public DnsType type() {
      return DnsType.SSHFP;
    }

    @Override
    public int encodedLength() {
      return 2 + fingerprint.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      dst.put((byte) algorithm).put((byte) fingerprintType);
      fingerprint.writeTo(dst);
    }

    @Override
    public String presentation() {
      return algorithm + " " + fingerprintType + " " + DnsText.hexUpper(fingerprint);
    }
  }

  /**
   * TLS certificate association, type TLSA (RFC 6698 §2.1).
   *
   * @param usage the certificate usage (0..3)
   * @param selector the selector (0 full certificate, 1 SubjectPublicKeyInfo)
   * @param matchingType the matching type (0 exact, 1 SHA-256, 2 SHA-512)
   * @param data the certificate association data
   */
  record Tlsa(int usage, int selector, int matchingType, ByteString data) implements Rdata {
    /**
     * Checks the components.
     *
     * @param usage 0..255
     * @param selector 0..255
     * @param matchingType 0..255
     * @param data at most 65532 octets
     * @throws IllegalArgumentException if a field is out of range
     */
    public Tlsa {
      checkU8(usage, "TLSA.usage");
      checkU8(selector, "TLSA.selector");
      checkU8(matchingType, "TLSA.matchingType");
      Objects.requireNonNull(data, "data");
      checkU16(3 + data.size(), "TLSA RDATA length");
    }

    static Tlsa decode(DnsReader r, int off, int len) {
      RdataCodec.fits("TLSA.usage", off, 3, off + len);
      return new Tlsa(r.u8(off), r.u8(off + 1), r.u8(off + 2), r.bytes(off + 3, len - 3));
    }

    @Override
    public DnsType type() {
      return DnsType.TLSA;
    }

    @Override
    public int encodedLength() {
      return 3 + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      dst.put((byte) usage).put((byte) selector).put((byte) matchingType);
      data.writeTo(dst);
    }

    @Override
    public String presentation() {
      return usage + " " + selector + " " + matchingType + " " + DnsText.hexUpper(data);
    }
  }

  /**
   * Uniform resource identifier, type URI (RFC 7553 §4.5).
   *
   * @param priority the priority, 16 bits
   * @param weight the weight, 16 bits
   * @param target the URI octets (the rest of the RDATA, not a character-string)
   */
  record Uri(int priority, int weight, ByteString target) implements Rdata {
    /**
     * Checks the components.
     *
     * @param priority 0..65535
     * @param weight 0..65535
     * @param target at most 65531 octets
     * @throws IllegalArgumentException if a field is out of range
     */
    public Uri {
      checkU16(priority, "URI.priority");
      checkU16(weight, "URI.weight");
      Objects.requireNonNull(target, "target");
      checkU16(4 + target.size(), "URI RDATA length");
    }

    static Uri decode(DnsReader r, int off, int len) {
      RdataCodec.fits("URI.priority", off, 4, off + len);
      return new Uri(r.u16(off), r.u16(off + 2), r.bytes(off + 4, len - 4));
    }

    @Override
    public DnsType type() {
      return DnsType.URI;
    }

    @Override
    public int encodedLength() {
      return 4 + target.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      put16(dst, priority);
      put16(dst, weight);
      target.writeTo(dst);
    }

    @Override
    public String presentation() {
      return priority + " " + weight + " " + DnsText.quote(target);
    }
  }

  /**
   * Delegation signer, type DS (RFC 4034 §5.1).
   *
   * @param keyTag the key tag of the referenced DNSKEY
   * @param algorithm the DNSKEY's algorithm
   * @param digestType the digest algorithm (1 SHA-1, 2 SHA-256, 4 SHA-384)
   * @param digest the digest octets
   */
  record Ds(int keyTag, int algorithm, int digestType, ByteString digest) implements Rdata {
    /**
     * Checks the components.
     *
     * @param keyTag 0..65535
     * @param algorithm 0..255
     * @param digestType 0..255
     * @param digest at most 65531 octets
     * @throws IllegalArgumentException if a field is out of range
     */
    public Ds {
      checkU16(keyTag, "DS.keyTag");
      checkU8(algorithm, "DS.algorithm");
      checkU8(digestType, "DS.digestType");
      Objects.requireNonNull(digest, "digest");
      checkU16(4 + digest.size(), "DS RDATA length");
    }

    static Ds decode(DnsReader r, int off, int len) {
      RdataCodec.fits("DS.keyTag", off, 4, off + len);
      return new Ds(r.u16(off), r.u8(off + 2), r.u8(off + 3), r.bytes(off + 4, len - 4));
    }

    @Override
    public DnsType type() {
      return DnsType.DS;
    }

    @Override
    public int encodedLength() {
      return 4 + digest.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      put16(dst, keyTag);
      dst.put((byte) algorithm).put((byte) digestType);
      digest.writeTo(dst);
    }

    @Override
    public String presentation() {
      return keyTag + " " + algorithm + " " + digestType + " " + DnsText.hexUpper(digest);
    }
  }

  /**
   * A zone's public key, type DNSKEY (RFC 4034 §2.1).
   *
   * @param flags the flags: 256 zone key, 257 zone key and secure entry point
   * @param protocol the protocol, always 3
   * @param algorithm the algorithm, e.g. 8 RSA/SHA-256, 13 ECDSA P-256
   * @param publicKey the public key octets
   */
  record Dnskey(int flags, int protocol, int algorithm, ByteString publicKey) implements Rdata {
    /**
     * Checks the components.
     *
     * @param flags 0..65535
     * @param protocol 0..255
     * @param algorithm 0..255
     * @param publicKey at most 65531 octets
     * @throws IllegalArgumentException if a field is out of range
     */
    public Dnskey {
      checkU16(flags, "DNSKEY.flags");
      checkU8(protocol, "DNSKEY.protocol");
      checkU8(algorithm, "DNSKEY.algorithm");
      Objects.requireNonNull(publicKey, "publicKey");
      checkU16(4 + publicKey.size(), "DNSKEY RDATA length");
    }

    static Dnskey decode(DnsReader r, int off, int len) {
      RdataCodec.fits("DNSKEY.flags", off, 4, off + len);
      return new Dnskey(r.u16(off), r.u8(off + 2), r.u8(off + 3), r.bytes(off + 4, len - 4));
    }

    /**
     * Computes the key tag of RFC 4034 Appendix B, which DS and RRSIG records refer to.
     *
     * @return the key tag, 0..65535
     */
    public int keyTag() {
      byte[] b = toByteArray();
      long ac = 0;
      for (int i = 0; i < b.length; i++) {
        ac += (i & 1) == 0 ? (b[i] & 0xff) << 8 : b[i] & 0xff;
      }
      ac += ac >>> 16 & 0xffff;
      return (int) (ac & 0xffff);
    }

    @Override
    public DnsType type() {
      return DnsType.DNSKEY;
    }

    @Override
    public int encodedLength() {
      return 4 + publicKey.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      put16(dst, flags);
      dst.put((byte) protocol).put((byte) algorithm);
      publicKey.writeTo(dst);
    }

    @Override
    public String presentation() {
      return flags + " " + protocol + " " + algorithm + " " + DnsText.base64(publicKey);
    }
  }

  /**
   * A signature over an RRset, type RRSIG (RFC 4034 §3.1). The signer's name is never
   * compressed.
   *
   * @param typeCovered the type of the signed RRset
   * @param algorithm the algorithm
   * @param labels the label count of the owner name, without a wildcard label
   * @param originalTtl the RRset's TTL as signed, 32 bits
   * @param expiration the end of validity, seconds since 1970 (32-bit serial arithmetic)
   * @param inception the start of validity, likewise
   * @param keyTag the key tag of the signing DNSKEY
   * @param signerName the zone of the signing key
   * @param signature the signature octets
   */
  record Rrsig(DnsType typeCovered, int algorithm, int labels, long originalTtl, long expiration,
      long inception, int keyTag, DnsName signerName, ByteString signature) implements Rdata {
    /**
     * Checks the components.
     *
     * @param typeCovered the covered type
     * @param algorithm 0..255
     * @param labels 0..255
     * @param originalTtl 0..2^32-1
     * @param expiration 0..2^32-1
     * @param inception 0..2^32-1
     * @param keyTag 0..65535
     * @param signerName the signer
     * @param signature the signature
     * @throws IllegalArgumentException if a field is out of range
     */
    public Rrsig {
      Objects.requireNonNull(typeCovered, "typeCovered");
      checkU8(algorithm, "RRSIG.algorithm");
      checkU8(labels, "RRSIG.labels");
      checkU32(originalTtl, "RRSIG.originalTtl");
      checkU32(expiration, "RRSIG.expiration");
      checkU32(inception, "RRSIG.inception");
      checkU16(keyTag, "RRSIG.keyTag");
      Objects.requireNonNull(signerName, "signerName");
      Objects.requireNonNull(signature, "signature");
      checkU16(18 + signerName.wireLength() + signature.size(), "RRSIG RDATA length");
    }

    static Rrsig decode(DnsReader r, int off, int len) {
      int end = off + len;
      RdataCodec.fits("RRSIG.typeCovered", off, 18, end);
      DnsName signer = RdataCodec.name(r, off + 18, end, "RRSIG.signerName");
      int p = r.nameEnd;
      return new Rrsig(DnsType.of(r.u16(off)), r.u8(off + 2), r.u8(off + 3), r.u32(off + 4),
          r.u32(off + 8), r.u32(off + 12), r.u16(off + 16), signer, r.bytes(p, end - p));
    }

    @Override
    public DnsType type() {
      return DnsType.RRSIG;
    }

    @Override
    public int encodedLength() {
      return 18 + signerName.wireLength() + signature.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      put16(dst, typeCovered.value());
      dst.put((byte) algorithm).put((byte) labels);
      put32(dst, originalTtl);
      put32(dst, expiration);
      put32(dst, inception);
      put16(dst, keyTag);
      signerName.encode(dst);
      signature.writeTo(dst);
    }

    /** Returns the text form with times as {@code YYYYMMDDHHmmSS} (RFC 4034 §3.2). */
    @Override
    public String presentation() {
      return typeCovered + " " + algorithm + " " + labels + " " + originalTtl + " "
          + DnsText.time(expiration) + " " + DnsText.time(inception) + " " + keyTag + " "
          + signerName + " " + DnsText.base64(signature);
    }
  }

  /**
   * Authenticated denial of existence, type NSEC (RFC 4034 §4.1). The next name is never
   * compressed.
   *
   * @param nextDomain the next owner name in canonical order
   * @param types the types present at the owner, sorted, without duplicates
   */
  record Nsec(DnsName nextDomain, List<DnsType> types) implements Rdata {
    /**
     * Checks the components and sorts the types.
     *
     * @param nextDomain the next owner name
     * @param types the types, in any order
     */
    public Nsec {
      Objects.requireNonNull(nextDomain, "nextDomain");
      types = TypeBitmap.canonical(types, "NSEC.types");
    }

    static Nsec decode(DnsReader r, int off, int len) {
      int end = off + len;
      DnsName next = RdataCodec.name(r, off, end, "NSEC.nextDomain");
      return new Nsec(next, TypeBitmap.decode(r, r.nameEnd, end, "NSEC.types"));
    }

    @Override
    public DnsType type() {
      return DnsType.NSEC;
    }

    @Override
    public int encodedLength() {
      return nextDomain.wireLength() + TypeBitmap.length(types);
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      nextDomain.encode(dst);
      TypeBitmap.encode(dst, types);
    }

    @Override
    public String presentation() {
      return nextDomain + TypeBitmap.text(types);
    }
  }

  /**
   * Hashed authenticated denial of existence, type NSEC3 (RFC 5155 §3.2).
   *
   * @param hashAlgorithm the hash algorithm, 1 SHA-1
   * @param flags the flags; bit 0x01 is Opt-Out
   * @param iterations the extra hash iterations
   * @param salt the salt, at most 255 octets
   * @param nextHashedOwner the next hashed owner name, 1..255 octets
   * @param types the types present at the original owner, sorted, without duplicates
   */
  record Nsec3(int hashAlgorithm, int flags, int iterations, ByteString salt,
      ByteString nextHashedOwner, List<DnsType> types) implements Rdata {
    /**
     * Checks the components and sorts the types.
     *
     * @param hashAlgorithm 0..255
     * @param flags 0..255
     * @param iterations 0..65535
     * @param salt at most 255 octets
     * @param nextHashedOwner 1..255 octets
     * @param types the types, in any order
     * @throws IllegalArgumentException if a field is out of range
     */
    public Nsec3 {
      checkU8(hashAlgorithm, "NSEC3.hashAlgorithm");
      checkU8(flags, "NSEC3.flags");
      checkU16(iterations, "NSEC3.iterations");
      checkString(salt, "NSEC3.salt");
      checkString(nextHashedOwner, "NSEC3.nextHashedOwner");
      if (nextHashedOwner.isEmpty()) {
        throw new IllegalArgumentException("NSEC3.nextHashedOwner is empty");
      }
      types = TypeBitmap.canonical(types, "NSEC3.types");
    }

    static Nsec3 decode(DnsReader r, int off, int len) {
      int end = off + len;
      RdataCodec.fits("NSEC3.hashAlgorithm", off, 5, end);
      int saltLen = r.u8(off + 4);
      RdataCodec.fits("NSEC3.salt", off + 5, saltLen, end);
      int p = off + 5 + saltLen;
      RdataCodec.fits("NSEC3.hashLength", p, 1, end);
      int hashLen = r.u8(p);
      if (hashLen == 0) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, "NSEC3.hashLength", p,
            "is 0, below the minimum 1");
      }
      RdataCodec.fits("NSEC3.nextHashedOwner", p + 1, hashLen, end);
      return new Nsec3(r.u8(off), r.u8(off + 1), r.u16(off + 2), r.bytes(off + 5, saltLen),
          r.bytes(p + 1, hashLen), TypeBitmap.decode(r, p + 1 + hashLen, end, "NSEC3.types"));
    }

    @Override
    public DnsType type() {
      return DnsType.NSEC3;
    }

    @Override
    public int encodedLength() {
      return 6 + salt.size() + nextHashedOwner.size() + TypeBitmap.length(types);
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      dst.put((byte) hashAlgorithm).put((byte) flags);
      put16(dst, iterations);
      dst.put((byte) salt.size());
      salt.writeTo(dst);
      dst.put((byte) nextHashedOwner.size());
      nextHashedOwner.writeTo(dst);
      TypeBitmap.encode(dst, types);
    }

    /** Returns the text form: salt in hex ({@code -} if empty), next owner in base32hex. */
    @Override
    public String presentation() {
      return hashAlgorithm + " " + flags + " " + iterations + " "
          + (salt.isEmpty() ? "-" : DnsText.hexUpper(salt)) + " "
          + DnsText.base32Hex(nextHashedOwner) + TypeBitmap.text(types);
    }
  }

  /**
   * NSEC3 parameters of a zone, type NSEC3PARAM (RFC 5155 §4.2).
   *
   * @param hashAlgorithm the hash algorithm
   * @param flags the flags, 0 in practice
   * @param iterations the extra hash iterations
   * @param salt the salt, at most 255 octets
   */
  record Nsec3param(int hashAlgorithm, int flags, int iterations, ByteString salt)
      implements Rdata {
    /**
     * Checks the components.
     *
     * @param hashAlgorithm 0..255
     * @param flags 0..255
     * @param iterations 0..65535
     * @param salt at most 255 octets
     * @throws IllegalArgumentException if a field is out of range
     */
    public Nsec3param {
      checkU8(hashAlgorithm, "NSEC3PARAM.hashAlgorithm");
      checkU8(flags, "NSEC3PARAM.flags");
      checkU16(iterations, "NSEC3PARAM.iterations");
      checkString(salt, "NSEC3PARAM.salt");
    }

    static Nsec3param decode(DnsReader r, int off, int len) {
      int end = off + len;
      RdataCodec.fits("NSEC3PARAM.hashAlgorithm", off, 5, end);
      int saltLen = r.u8(off + 4);
      RdataCodec.fits("NSEC3PARAM.salt", off + 5, saltLen, end);
      RdataCodec.consumed("NSEC3PARAM RDATA", off + 5 + saltLen, end);
      return new Nsec3param(r.u8(off), r.u8(off + 1), r.u16(off + 2), r.bytes(off + 5, saltLen));
    }

    @Override
    public DnsType type() {
      return DnsType.NSEC3PARAM;
    }

    @Override
    public int encodedLength() {
      return 5 + salt.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      dst.put((byte) hashAlgorithm).put((byte) flags);
      put16(dst, iterations);
      dst.put((byte) salt.size());
      salt.writeTo(dst);
    }

    @Override
    public String presentation() {
      return hashAlgorithm + " " + flags + " " + iterations + " "
          + (salt.isEmpty() ? "-" : DnsText.hexUpper(salt));
    }
  }

  /**
   * Transaction signature, type TSIG (RFC 8945 §4.2): the fields only; computing and checking
   * the MAC is left to the caller. The algorithm name is never compressed.
   *
   * @param algorithm the MAC algorithm's name, e.g. {@code hmac-sha256.}
   * @param timeSigned seconds since 1970, 48 bits
   * @param fudge the permitted clock skew in seconds
   * @param mac the MAC octets
   * @param originalId the message's original ID
   * @param error the TSIG error, an RCODE such as BADSIG (16)
   * @param otherData the other data (the server's time on BADTIME)
   */
  record Tsig(DnsName algorithm, long timeSigned, int fudge, ByteString mac, int originalId,
      int error, ByteString otherData) implements Rdata {
    /**
     * Checks the components.
     *
     * @param algorithm the algorithm name
     * @param timeSigned 0..2^48-1
     * @param fudge 0..65535
     * @param mac at most 65535 octets
     * @param originalId 0..65535
     * @param error 0..65535
     * @param otherData at most 65535 octets
     * @throws IllegalArgumentException if a field is out of range
     */
    public Tsig {
      Objects.requireNonNull(algorithm, "algorithm");
      if (timeSigned < 0 || timeSigned > 0xffff_ffff_ffffL) {
        throw new IllegalArgumentException("TSIG.timeSigned " + timeSigned + " is not 48 bits");
      }
      checkU16(fudge, "TSIG.fudge");
      Objects.requireNonNull(mac, "mac");
      checkU16(originalId, "TSIG.originalId");
      checkU16(error, "TSIG.error");
      Objects.requireNonNull(otherData, "otherData");
      checkU16(algorithm.wireLength() + 16 + mac.size() + otherData.size(), "TSIG RDATA length");
    }

    static Tsig decode(DnsReader r, int off, int len) {
      int end = off + len;
      DnsName alg = RdataCodec.name(r, off, end, "TSIG.algorithm");
      int p = r.nameEnd;
      RdataCodec.fits("TSIG.timeSigned", p, 10, end);
      long time = (long) r.u16(p) << 32 | r.u32(p + 2);
      int fudge = r.u16(p + 6);
      int macLen = r.u16(p + 8);
      RdataCodec.fits("TSIG.mac", p + 10, macLen, end);
      ByteString mac = r.bytes(p + 10, macLen);
      p += 10 + macLen;
      RdataCodec.fits("TSIG.originalId", p, 6, end);
      int otherLen = r.u16(p + 4);
      RdataCodec.fits("TSIG.otherData", p + 6, otherLen, end);
      RdataCodec.consumed("TSIG RDATA", p + 6 + otherLen, end);
      return new Tsig(alg, time, fudge, mac, r.u16(p), r.u16(p + 2), r.bytes(p + 6, otherLen));
    }

    @Override
    public DnsType type() {
      return DnsType.TSIG;
    }

    @Override
    public int encodedLength() {
      return algorithm.wireLength() + 16 + mac.size() + otherData.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      algorithm.encode(dst);
      put16(dst, (int) (timeSigned >>> 32));
      put32(dst, timeSigned & 0xffffffffL);
      put16(dst, fudge);
      put16(dst, mac.size());
      mac.writeTo(dst);
      put16(dst, originalId);
      put16(dst, error);
      put16(dst, otherData.size());
      otherData.writeTo(dst);
    }

    /**
     * Returns dnspython's text form: {@code algorithm time fudge macSize mac originalId error
     * otherSize [other]}, with MAC and other data in base64.
     */
    @Override
    public String presentation() {
      return algorithm + " " + timeSigned + " " + fudge + " " + mac.size() + " "
          + DnsText.base64(mac) + " " + originalId + " "
          + (error <= 0xfff ? DnsRcode.of(error).toString() : String.valueOf(error)) + " "
          + otherData.size() + (otherData.isEmpty() ? "" : " " + DnsText.base64(otherData));
    }
  }

  /**
   * Service binding, types SVCB and HTTPS (RFC 9460 §2.2): priority 0 is AliasMode, any other
   * ServiceMode with parameters. The target is never compressed.
   *
   * @param type SVCB or HTTPS
   * @param priority the SvcPriority, 16 bits
   * @param target the TargetName, {@code .} meaning the owner itself
   * @param params the SvcParams, in increasing key order
   */
  record Svcb(DnsType type, int priority, DnsName target, List<SvcParam> params)
      implements Rdata {
    /**
     * Checks the components and sorts the parameters by key.
     *
     * @param type SVCB or HTTPS
     * @param priority 0..65535
     * @param target the target name
     * @param params the parameters, each key at most once
     * @throws IllegalArgumentException if the type is another, a key repeats, or the RDATA
     *     would exceed 65535 octets
     */
    public Svcb {
      Objects.requireNonNull(type, "type");
      if (!type.equals(DnsType.SVCB) && !type.equals(DnsType.HTTPS)) {
        throw new IllegalArgumentException("type " + type + " is not SVCB or HTTPS");
      }
      checkU16(priority, "SVCB.priority");
      Objects.requireNonNull(target, "target");
      List<SvcParam> sorted = new java.util.ArrayList<>(params);
      sorted.sort(java.util.Comparator.comparingInt(SvcParam::key));
      int total = 2 + target.wireLength();
      for (int i = 0; i < sorted.size(); i++) {
        if (i > 0 && sorted.get(i).key() == sorted.get(i - 1).key()) {
          throw new IllegalArgumentException(
              "SVCB key " + SvcParam.keyName(sorted.get(i).key()) + " appears twice");
        }
        total += sorted.get(i).encodedLength();
      }
      checkU16(total, "SVCB RDATA length");
      params = List.copyOf(sorted);
    }

    static Svcb decode(DnsType type, DnsReader r, int off, int len) {
      int end = off + len;
      RdataCodec.fits("SVCB.priority", off, 2, end);
      DnsName target = RdataCodec.name(r, off + 2, end, "SVCB.target");
      return new Svcb(type, r.u16(off), target, SvcParamCodec.decodeAll(r, r.nameEnd, end));
    }

    @Override
    public int encodedLength() {
      int n = 2 + target.wireLength();
      for (SvcParam p : params) {
        n += p.encodedLength();
      }
      return n;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
      put16(dst, priority);
      target.encode(dst);
      for (SvcParam p : params) {
        p.encode(dst);
      }
    }

    @Override
    public String presentation() {
      StringBuilder sb = new StringBuilder().append(priority).append(' ').append(target);
      for (SvcParam p : params) {
        sb.append(' ').append(p.presentation());
      }
      return sb.toString();
    }
  }
}
