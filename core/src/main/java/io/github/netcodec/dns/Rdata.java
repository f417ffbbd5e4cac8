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
      DnsName n = RdataCodec.name(r, off, off + len, type + ".name");
      RdataCodec.consumed(type + " RDATA", r.nameEnd, off + len);
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
      strings = List.copyOf(strings);
      if (strings.isEmpty()) {
        throw new IllegalArgumentException("TXT.strings is empty; TXT needs at least one string");
      }
      int total = 0;
      for (ByteString s : strings) {
        checkString(s, "TXT.string");
        total += 1 + s.size();
      }
      checkU16(total, "TXT RDATA length");
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

    static Txt decode(DnsReader r, int off, int len) {
      List<ByteString> out = RdataCodec.characterStrings(r, off, off + len, "TXT.string");
      if (out.isEmpty()) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, "TXT RDATA", off,
            "is empty; TXT needs at least one string");
      }
      return new Txt(out);
    }

    @Override
    public DnsType type() {
      return DnsType.TXT;
    }

    @Override
    public int encodedLength() {
      int n = 0;
      for (ByteString s : strings) {
        n += 1 + s.size();
      }
      return n;
    }

    @Override
    public void encode(ByteBuffer dst) {
      ensureRoom(dst, encodedLength());
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
}
