package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A DNS message (RFC 1035 §4.1): header, question, answer, authority and additional sections.
 *
 * <pre>
 *                                 1  1  1  1  1  1
 *   0  1  2  3  4  5  6  7  8  9  0  1  2  3  4  5
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |                      ID                       |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |QR|   Opcode  |AA|TC|RD|RA| Z|AD|CD|   RCODE   |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * |                    QDCOUNT                    |
 * |                    ANCOUNT                    |
 * |                    NSCOUNT                    |
 * |                    ARCOUNT                    |
 * +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 * </pre>
 *
 * <p>The counts are the section sizes. {@link #encode(ByteBuffer)} compresses names as RFC 1035
 * §4.1.4 allows (see {@link Rdata}), so {@code parse(m.toByteArray())} equals {@code m} but the
 * bytes of a parsed message may come back shorter or longer than they arrived.
 *
 * <p><b>Strict and lenient parsing.</b> {@link #parse(ByteBuffer)} throws {@link
 * MalformedPacketException} on any error, including one inside a record's RDATA, and rejects
 * bytes after the last record. {@link #parseLenient(ByteBuffer)} still throws when the framing
 * is broken (header, a name, or a record's fixed fields or RDLENGTH run past the end: nothing
 * after that point can be located), but a record whose RDATA does not decode as its type is
 * kept as {@link Rdata.Malformed} with the raw octets and the error message, and trailing bytes
 * are ignored. So one bad record costs that record, not the message.
 *
 * <p>Hostile counts are harmless: sections grow as records are actually read, so a header
 * claiming 65535 records in 30 bytes fails after reading what is there, having allocated no
 * more than the input's size.
 *
 * @param id the 16-bit identifier
 * @param flags the 16-bit flags word: QR, opcode, AA, TC, RD, RA, Z, AD, CD and the header's
 *     four RCODE bits
 * @param questions the question section
 * @param answers the answer section
 * @param authorities the authority section
 * @param additionals the additional section, including any OPT record
 */
public record DnsMessage(int id, int flags, List<DnsQuestion> questions, List<DnsRecord> answers,
    List<DnsRecord> authorities, List<DnsRecord> additionals) implements Encodable {

  /** QR: the message is a response. */
  public static final int QR = 0x8000;
  /** AA: authoritative answer. */
  public static final int AA = 0x0400;
  /** TC: truncated. */
  public static final int TC = 0x0200;
  /** RD: recursion desired. */
  public static final int RD = 0x0100;
  /** RA: recursion available. */
  public static final int RA = 0x0080;
  /** Z: the reserved bit, kept as received. */
  public static final int Z = 0x0040;
  /** AD: authentic data (RFC 4035 §3.2.3). */
  public static final int AD = 0x0020;
  /** CD: checking disabled (RFC 4035 §3.2.2). */
  public static final int CD = 0x0010;
  /** The header's fixed length. */
  public static final int HEADER_LENGTH = 12;
  /** The largest message over UDP without EDNS (RFC 1035 §4.2.1). */
  public static final int UDP_LIMIT = 512;

  private static final int OPCODE_SHIFT = 11;
  private static final int RCODE_MASK = 0xf;
  /** Smallest question: root name (1) + type + class. */
  private static final int MIN_QUESTION = 5;
  /** Smallest record: root name (1) + type, class, TTL, RDLENGTH. */
  private static final int MIN_RECORD = 11;

  /**
   * Checks and copies the components.
   *
   * @param id 0..65535
   * @param flags 0..65535
   * @param questions at most 65535
   * @param answers at most 65535
   * @param authorities at most 65535
   * @param additionals at most 65535
   * @throws IllegalArgumentException if a field is out of range
   */
  public DnsMessage {
    checkU16(id, "id");
    checkU16(flags, "flags");
    questions = FrozenList.copyOf(questions);
    answers = FrozenList.copyOf(answers);
    authorities = FrozenList.copyOf(authorities);
    additionals = FrozenList.copyOf(additionals);
    checkU16(questions.size(), "question count");
    checkU16(answers.size(), "answer count");
    checkU16(authorities.size(), "authority count");
    checkU16(additionals.size(), "additional count");
  }

  private static void checkU16(int v, String field) {
    if (v < 0 || v > 0xffff) {
      throw new IllegalArgumentException(field + " " + v + " is not in 0..65535");
    }
  }

  /**
   * Returns a recursive query (RD set) for one name and type of class IN.
   *
   * @param id the identifier
   * @param name the name
   * @param type the type
   * @return the query
   */
  public static DnsMessage query(int id, DnsName name, DnsType type) {
    return new DnsMessage(id, RD, List.of(new DnsQuestion(name, type, DnsClass.IN)), List.of(),
        List.of(), List.of());
  }

  /**
   * Parses a message strictly from the buffer's position to its limit, leaving the buffer
   * untouched.
   *
   * @param buf the buffer
   * @return the message
   * @throws MalformedPacketException if anything is malformed, or bytes follow the last record
   */
  public static DnsMessage parse(ByteBuffer buf) {
    return parse(new DnsReader(buf), true);
  }

  /**
   * Parses a message strictly from an array.
   *
   * @param bytes the message
   * @return the message
   * @throws MalformedPacketException if anything is malformed
   */
  public static DnsMessage parse(byte[] bytes) {
    return parse(new DnsReader(bytes, 0, bytes.length), true);
  }

  /**
   * Parses a message leniently: RDATA that does not decode becomes {@link Rdata.Malformed} and
   * trailing bytes are ignored (see the class comment).
   *
   * @param buf the buffer
   * @return the message
   * @throws MalformedPacketException if the framing is broken
   */
  public static DnsMessage parseLenient(ByteBuffer buf) {
    return parse(new DnsReader(buf), false);
  }

  private static DnsMessage parse(DnsReader r, boolean strict) {
    int len = r.length();
    if (len < HEADER_LENGTH) {
      throw new TruncatedPacketException(DnsReader.PROTOCOL, "header", 0, HEADER_LENGTH, len);
    }
    int qd = r.u16(4);
    int an = r.u16(6);
    int ns = r.u16(8);
    int ar = r.u16(10);
    List<DnsQuestion> questions = questions(r, qd);
    List<DnsRecord> answers = section(r, an, "answer", strict);
    List<DnsRecord> authorities = section(r, ns, "authority", strict);
    List<DnsRecord> additionals = section(r, ar, "additional", strict);
    int end = r.cursor;
    if (strict && end != len) {
      throw new MalformedPacketException(DnsReader.PROTOCOL, "message", end,
          "is followed by " + (len - end) + " bytes after the last record");
    }
    return new DnsMessage(r.u16(0), r.u16(2), questions, answers, authorities, additionals);
  }

  /**
   * Reads the question section from offset 12 and leaves {@link DnsReader#cursor} after it. One
   * or two entries become {@code List.of}; more go into an array of exactly the right size: a
   * question takes at least {@value #MIN_QUESTION} bytes, so a hostile count cannot make it
   * larger than the input allows, and if the count is honest it is the count.
   */
  private static List<DnsQuestion> questions(DnsReader r, int count) {
    int len = r.length();
    int p = HEADER_LENGTH;
    DnsQuestion[] all = count > 2
        ? new DnsQuestion[Math.min(count, (len - HEADER_LENGTH) / MIN_QUESTION + 1)] : null;
    DnsQuestion first = null;
    DnsQuestion second = null;
    for (int i = 0; i < count; i++) {
      DnsName name = r.readName(p, "question", i);
      p = r.nameEnd;
      if (p + 4 > len) {
        throw new TruncatedPacketException(DnsReader.PROTOCOL, "question[" + i + "].type", p, 4,
            len - p);
      }
      DnsQuestion q = new DnsQuestion(name, DnsType.of(r.u16(p)), DnsClass.of(r.u16(p + 2)));
      p += 4;
      if (all != null) {
        if (i == all.length) { // unreachable: the bound above holds for any message read so far
          all = Arrays.copyOf(all, i + 1);
        }
        all[i] = q;
      } else if (i == 0) {
        first = q;
      } else {
        second = q;
      }
    }
    r.cursor = p;
    return count == 0 ? List.of() : count == 1 ? List.of(first) : count == 2
        ? List.of(first, second) : FrozenList.wrapTrusted(all);
  }

  /**
   * Reads one section of records from {@link DnsReader#cursor} and leaves the cursor after it,
   * building the list as {@link #questions} does (a record takes at least {@value #MIN_RECORD}
   * bytes).
   */
  private static List<DnsRecord> section(DnsReader r, int count, String section, boolean strict) {
    if (count == 0) {
      return List.of();
    }
    int len = r.length();
    int p = r.cursor;
    DnsRecord[] all = count > 2 ? new DnsRecord[Math.min(count, (len - p) / MIN_RECORD + 1)] : null;
    DnsRecord first = null;
    DnsRecord second = null;
    for (int i = 0; i < count; i++) {
      DnsName name = r.readName(p, section, i);
      p = r.nameEnd;
      if (p + 10 > len) {
        throw new TruncatedPacketException(DnsReader.PROTOCOL, section + "[" + i + "].type", p, 10,
            len - p);
      }
      DnsType type = DnsType.of(r.u16(p));
      DnsClass cls = DnsClass.of(r.u16(p + 2));
      long ttl = r.u32(p + 4);
      int rdlen = r.u16(p + 8);
      int rd = p + 10;
      if (rd + rdlen > len) {
        throw new TruncatedPacketException(DnsReader.PROTOCOL, section + "[" + i + "].RDATA", rd,
            rdlen, len - rd);
      }
      Rdata rdata;
      if (strict) {
        rdata = RdataCodec.decode(r, type, rd, rdlen);
      } else {
        try {
          rdata = RdataCodec.decode(r, type, rd, rdlen);
        } catch (MalformedPacketException e) {
          rdata = new Rdata.Malformed(type, r.bytes(rd, rdlen), e.getMessage());
        }
      }
      DnsRecord rr = new DnsRecord(name, cls, ttl, rdata);
      p = rd + rdlen;
      if (all != null) {
        if (i == all.length) { // unreachable: the bound above holds for any message read so far
          all = Arrays.copyOf(all, i + 1);
        }
        all[i] = rr;
      } else if (i == 0) {
        first = rr;
      } else {
        second = rr;
      }
    }
    r.cursor = p;
    return count == 1 ? List.of(first) : count == 2 ? List.of(first, second)
        : FrozenList.wrapTrusted(all);
  }

  /**
   * Returns whether this is a response (QR).
   *
   * @return the QR bit
   */
  public boolean isResponse() {
    return (flags & QR) != 0;
  }

  /**
   * Returns the opcode.
   *
   * @return the opcode
   */
  public DnsOpcode opcode() {
    return DnsOpcode.of(flags >>> OPCODE_SHIFT & 0xf);
  }

  /**
   * Returns whether a flag bit is set.
   *
   * @param flag one of {@link #QR}, {@link #AA}, {@link #TC}, {@link #RD}, {@link #RA}, {@link
   *     #Z}, {@link #AD}, {@link #CD}
   * @return whether it is set
   */
  public boolean hasFlag(int flag) {
    return (flags & flag) == flag;
  }

  /**
   * Returns whether the message was truncated (TC).
   *
   * @return the TC bit
   */
  public boolean isTruncated() {
    return (flags & TC) != 0;
  }

  /**
   * Returns the response code: the header's four bits, extended by the OPT record's upper eight
   * bits when there is one (RFC 6891 §6.1.3).
   *
   * @return the 12-bit response code
   */
  public DnsRcode rcode() {
    int ext = edns().map(Edns::extendedRcode).orElse(0);
    return DnsRcode.of(ext << 4 | flags & RCODE_MASK);
  }

  /**
   * Returns the EDNS view of the first OPT record in the additional section.
   *
   * @return the EDNS view, or empty without EDNS
   */
  public Optional<Edns> edns() {
    for (DnsRecord rr : additionals) {
      if (rr.rdata() instanceof Rdata.Opt) {
        return Edns.of(rr);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns this message with another identifier.
   *
   * @param newId the identifier
   * @return the message
   */
  public DnsMessage withId(int newId) {
    return new DnsMessage(newId, flags, questions, answers, authorities, additionals);
  }

  /**
   * Returns this message with a flag bit set or cleared.
   *
   * @param flag the flag bit, e.g. {@link #RD}
   * @param set whether to set it
   * @return the message
   */
  public DnsMessage withFlag(int flag, boolean set) {
    return new DnsMessage(id, set ? flags | flag : flags & ~flag, questions, answers, authorities,
        additionals);
  }

  /**
   * Returns this message with another opcode.
   *
   * @param opcode the opcode
   * @return the message
   */
  public DnsMessage withOpcode(DnsOpcode opcode) {
    return new DnsMessage(id, flags & ~(0xf << OPCODE_SHIFT) | opcode.value() << OPCODE_SHIFT,
        questions, answers, authorities, additionals);
  }

  /**
   * Returns this message with a response code: the low four bits go to the header, the upper
   * eight to the OPT record (which must then exist).
   *
   * @param rcode the response code
   * @return the message
   * @throws IllegalArgumentException if the code needs EDNS and there is no OPT record
   */
  public DnsMessage withRcode(DnsRcode rcode) {
    int ext = rcode.value() >>> 4;
    List<DnsRecord> add = new ArrayList<>(additionals);
    boolean found = false;
    for (int i = 0; i < add.size(); i++) {
      DnsRecord rr = add.get(i);
      if (rr.rdata() instanceof Rdata.Opt) {
        add.set(i, new DnsRecord(rr.name(), rr.dnsClass(),
            rr.ttl() & 0x00ffffffL | (long) ext << 24, rr.rdata()));
        found = true;
        break;
      }
    }
    if (!found && ext != 0) {
      throw new IllegalArgumentException("rcode " + rcode + " needs an OPT record (EDNS)");
    }
    return new DnsMessage(id, flags & ~RCODE_MASK | rcode.value() & RCODE_MASK, questions,
        answers, authorities, add);
  }

  /**
   * Returns this message with the given sections.
   *
   * @param newAnswers the answer section
   * @param newAuthorities the authority section
   * @param newAdditionals the additional section
   * @return the message
   */
  public DnsMessage withRecords(List<DnsRecord> newAnswers, List<DnsRecord> newAuthorities,
      List<DnsRecord> newAdditionals) {
    return new DnsMessage(id, flags, questions, newAnswers, newAuthorities, newAdditionals);
  }

  /**
   * Returns this message with its OPT record replaced by (or added as) the given EDNS view.
   *
   * @param edns the EDNS view
   * @return the message
   */
  public DnsMessage withEdns(Edns edns) {
    List<DnsRecord> add = new ArrayList<>(additionals.size() + 1);
    for (DnsRecord rr : additionals) {
      if (!(rr.rdata() instanceof Rdata.Opt)) {
        add.add(rr);
      }
    }
    add.add(edns.toRecord());
    return new DnsMessage(id, flags, questions, answers, authorities, add);
  }

  // ---------------------------------------------------------------- encoding

  /** Returns the length of the compressed wire form, running the compressor without output. */
  @Override
  public int encodedLength() {
    DnsWriter w = new DnsWriter(null, true);
    write(w);
    return w.pos;
  }

  /** Writes the wire form with name compression. */
  @Override
  public void encode(ByteBuffer dst) {
    if (dst.isReadOnly()) {
      throw new java.nio.ReadOnlyBufferException();
    }
    if (dst.remaining() < uncompressedLength() && dst.remaining() < encodedLength()) {
      throw new BufferOverflowException();
    }
    DnsWriter w = new DnsWriter(dst, true);
    write(w);
    w.finish();
  }

  /** Encodes in one pass into an array as long as the uncompressed form, then trims it. */
  @Override
  public byte[] toByteArray() {
    byte[] out = new byte[uncompressedLength()];
    DnsWriter w = new DnsWriter(out);
    write(w);
    return w.pos == out.length ? out : Arrays.copyOf(out, w.pos);
  }

  /**
   * Returns the length of the wire form without compression, an upper bound of {@link
   * #encodedLength()}.
   *
   * @return the uncompressed length
   */
  public int uncompressedLength() {
    int n = HEADER_LENGTH;
    for (DnsQuestion q : questions) {
      n += q.name().wireLength() + 4;
    }
    n += recordsLength(answers) + recordsLength(authorities) + recordsLength(additionals);
    return n;
  }

  private static int recordsLength(List<DnsRecord> records) {
    int n = 0;
    for (DnsRecord rr : records) {
      n += rr.name().wireLength() + 10 + rr.rdata().encodedLength();
    }
    return n;
  }

  private void write(DnsWriter w) {
    w.u16(id);
    w.u16(flags);
    w.u16(questions.size());
    w.u16(answers.size());
    w.u16(authorities.size());
    w.u16(additionals.size());
    for (DnsQuestion q : questions) {
      w.name(q.name(), true);
      w.u16(q.type().value());
      w.u16(q.dnsClass().value());
    }
    writeRecords(w, answers);
    writeRecords(w, authorities);
    writeRecords(w, additionals);
  }

  static void writeRecords(DnsWriter w, List<DnsRecord> records) {
    for (DnsRecord rr : records) {
      writeRecord(w, rr);
    }
  }

  static void writeRecord(DnsWriter w, DnsRecord rr) {
    w.name(rr.name(), true);
    w.u16(rr.type().value());
    w.u16(rr.dnsClass().value());
    w.u32(rr.ttl());
    int at = w.pos;
    w.u16(0);
    writeRdata(w, rr.rdata());
    w.u16At(at, w.pos - at - 2);
  }

  /**
   * Writes RDATA, compressing names only in the RFC 1035 types NS, CNAME, PTR, MX and SOA: RFC
   * 3597 §4 closes that list, so this is the whole of it and every other type writes its own
   * uncompressed form.
   */
  private static void writeRdata(DnsWriter w, Rdata rdata) {
    if (rdata instanceof Rdata.A a) { // the most common types first, written without a detour
      w.u32(a.address().value());
    } else if (rdata instanceof Rdata.Aaaa aaaa) {
      w.u64(aaaa.address().high());
      w.u64(aaaa.address().low());
    } else if (rdata instanceof Rdata.Txt txt) {
      List<ByteString> strings = txt.strings();
      if (strings instanceof TxtStrings parsed) {
        byte[] b = parsed.wire();
        w.bytes(b, 0, b.length);
        return;
      }
      for (int i = 0, n = strings.size(); i < n; i++) {
        ByteString s = strings.get(i);
        w.u8(s.size());
        w.bytes(s);
      }
    } else if (rdata instanceof Rdata.NameRdata n && n.type().value() != DnsType.DNAME.value()) {
      w.name(n.name(), true);
    } else if (rdata instanceof Rdata.Mx mx) {
      w.u16(mx.preference());
      w.name(mx.exchange(), true);
    } else if (rdata instanceof Rdata.Soa soa) {
      w.name(soa.mname(), true);
      w.name(soa.rname(), true);
      w.u32(soa.serial());
      w.u32(soa.refresh());
      w.u32(soa.retry());
      w.u32(soa.expire());
      w.u32(soa.minimum());
    } else {
      w.encodable(rdata);
    }
  }

  /**
   * Returns the largest UDP response a query allows: its EDNS payload size, but at least 512
   * (RFC 6891 §6.2.5), or 512 without EDNS (RFC 1035 §4.2.1).
   *
   * @param query the query being answered
   * @return the size limit in octets
   */
  public static int udpLimitOf(DnsMessage query) {
    return query.edns().map(e -> Math.max(UDP_LIMIT, e.udpPayloadSize())).orElse(UDP_LIMIT);
  }

  /**
   * Returns this message cut to fit {@code maxSize} octets for UDP, as a server must: the
   * header and questions stay, then whole RRsets (consecutive records with the same name, type
   * and class) are kept in section order while they fit; at the first that does not, it and
   * everything after it are dropped and TC is set (RFC 2181 §9). The OPT record is always kept
   * (RFC 6891 §7), as the last additional record. A message that fits is returned unchanged.
   *
   * @param maxSize the limit in octets, e.g. 512 or {@link #udpLimitOf(DnsMessage)}
   * @return a message whose {@link #encodedLength()} is at most {@code maxSize}, unless the
   *     header, questions and OPT record alone exceed it
   */
  public DnsMessage truncatedTo(int maxSize) {
    if (encodedLength() <= maxSize) {
      return this;
    }
    DnsRecord opt = null;
    List<DnsRecord> addNoOpt = new ArrayList<>(additionals.size());
    for (DnsRecord rr : additionals) {
      if (opt == null && rr.rdata() instanceof Rdata.Opt) {
        opt = rr;
      } else {
        addNoOpt.add(rr);
      }
    }
    int reserve = opt == null ? 0 : opt.name().wireLength() + 10 + opt.rdata().encodedLength();
    DnsWriter w = new DnsWriter(null, true);
    w.pos = HEADER_LENGTH;
    for (DnsQuestion q : questions) {
      w.name(q.name(), true);
      w.u32(0);
    }
    List<List<DnsRecord>> kept = new ArrayList<>(3);
    boolean full = false;
    for (List<DnsRecord> section : List.of(answers, authorities, addNoOpt)) {
      List<DnsRecord> keep = new ArrayList<>();
      int i = 0;
      while (!full && i < section.size()) {
        int j = i + 1;
        DnsRecord first = section.get(i);
        while (j < section.size() && sameRrset(first, section.get(j))) {
          j++;
        }
        for (int k = i; k < j; k++) {
          writeRecord(w, section.get(k));
        }
        if (w.pos + reserve > maxSize) {
          full = true;
        } else {
          keep.addAll(section.subList(i, j));
          i = j;
        }
      }
      kept.add(keep);
    }
    List<DnsRecord> add = kept.get(2);
    if (opt != null) {
      add.add(opt);
    }
    return new DnsMessage(id, flags | TC, questions, kept.get(0), kept.get(1), add);
  }

  private static boolean sameRrset(DnsRecord a, DnsRecord b) {
    return a.type().equals(b.type()) && a.dnsClass().equals(b.dnsClass())
        && a.name().equals(b.name());
  }

  // ------------------------------------------------------------ presentation

  /**
   * Returns the message as dig prints it: the header line with opcode, status and id, the flags
   * and counts, the OPT pseudosection, and the sections.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    Optional<Edns> edns = edns();
    sb.append(";; ->>HEADER<<- opcode: ").append(opcode()).append(", status: ").append(rcode())
        .append(", id: ").append(id).append('\n');
    sb.append(";; flags:");
    String[] names = {"qr", "aa", "tc", "rd", "ra", "z", "ad", "cd"};
    int[] bits = {QR, AA, TC, RD, RA, Z, AD, CD};
    for (int i = 0; i < bits.length; i++) {
      if ((flags & bits[i]) != 0) {
        sb.append(' ').append(names[i]);
      }
    }
    sb.append("; QUERY: ").append(questions.size()).append(", ANSWER: ").append(answers.size())
        .append(", AUTHORITY: ").append(authorities.size()).append(", ADDITIONAL: ")
        .append(additionals.size()).append('\n');
    if (edns.isPresent()) {
      Edns e = edns.get();
      sb.append("\n;; OPT PSEUDOSECTION:\n; EDNS: version: ").append(e.version())
          .append(", flags:").append(e.dnssecOk() ? " do" : "").append("; udp: ")
          .append(e.udpPayloadSize()).append('\n');
      for (EdnsOption o : e.options()) {
        sb.append("; ").append(o).append('\n');
      }
    }
    if (!questions.isEmpty()) {
      sb.append("\n;; QUESTION SECTION:\n");
      for (DnsQuestion q : questions) {
        sb.append(q).append('\n');
      }
    }
    appendSection(sb, "ANSWER", answers);
    appendSection(sb, "AUTHORITY", authorities);
    List<DnsRecord> add = new ArrayList<>();
    for (DnsRecord rr : additionals) {
      if (!(rr.rdata() instanceof Rdata.Opt)) {
        add.add(rr);
      }
    }
    appendSection(sb, "ADDITIONAL", add);
    return sb.toString();
  }

  private static void appendSection(StringBuilder sb, String title, List<DnsRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    sb.append("\n;; ").append(title).append(" SECTION:\n");
    for (DnsRecord rr : records) {
      sb.append(rr).append('\n');
    }
  }
}
