package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import java.net.IDN;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fully qualified domain name (RFC 1035 §3.1), kept in its uncompressed wire form: a sequence
 * of labels, each a length octet (1..63) and that many bytes, ended by the zero-length root
 * label.
 *
 * <table class="striped">
 *   <caption>Presentation and wire forms</caption>
 *   <thead><tr><th>Presentation</th><th>Wire</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code .}</td><td>{@code 00}</td></tr>
 *     <tr><td>{@code www.example.}</td><td>{@code 03 77 77 77 07 65 78 61 6d 70 6c 65 00}</td></tr>
 *     <tr><td>{@code a\.b.c.}</td><td>{@code 03 61 2e 62 01 63 00}</td></tr>
 *     <tr><td>{@code \000.}</td><td>{@code 01 00 00}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Limits (RFC 1035 §2.3.4): a label has at most {@value #MAX_LABEL_LENGTH} octets, the whole
 * wire form at most {@value #MAX_WIRE_LENGTH}. Equality and {@link #hashCode()} ignore ASCII case
 * (RFC 4343) while the name keeps the case it was given for output. {@link #compareTo} is the
 * canonical DNSSEC order of RFC 4034 §6.1. Every name is absolute: the trailing dot of the
 * presentation form is optional on input and always printed.
 */
public final class DnsName implements Encodable, Comparable<DnsName> {
  /** The most octets in one label (RFC 1035 §2.3.4). */
  public static final int MAX_LABEL_LENGTH = 63;
  /** The most octets in a name's wire form, length octets and root label included. */
  public static final int MAX_WIRE_LENGTH = 255;
  /** The root name, {@code "."}. */
  public static final DnsName ROOT = new DnsName(new byte[] {0});

  /** Uncompressed wire form, ending with the root label; never changed after construction. */
  private final byte[] wire;
  /** Cached case-insensitive hash, 0 until computed. */
  private int hash;
  /** Cached label starts and suffix hashes for the encoder, null until first needed; not state. */
  private transient LabelIndex labelIndex;

  private DnsName(byte[] wire) {
    this.wire = wire;
  }

  /** Trusted path for decoders: {@code wire} is a valid, unshared wire form. */
  static DnsName ofTrustedWire(byte[] wire) {
    return wire.length == 1 ? ROOT : new DnsName(wire);
  }

  /**
   * Parses the presentation form: labels separated by dots, with the RFC 1035 §5.1 escapes
   * {@code \X} (the character X itself) and {@code \DDD} (the octet with decimal value DDD). The
   * trailing dot is optional; {@code "."} and {@code ""} are the root.
   *
   * @param text the presentation form, e.g. {@code "www.example.com."}
   * @return the name
   * @throws IllegalArgumentException if a label is empty or too long, the name is longer than 255
   *     octets, an escape is incomplete, or a character is not ASCII
   */
  public static DnsName of(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || text.equals(".")) {
      return ROOT;
    }
    byte[] out = new byte[MAX_WIRE_LENGTH + 64];
    int outLen = 0;
    int labelStart = 0;
    int labelLen = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int octet;
      if (c == '.') {
        if (labelLen == 0) {
          throw new IllegalArgumentException("name \"" + text + "\" has an empty label at index " + i);
        }
        out[labelStart] = (byte) labelLen;
        labelStart = outLen + 1 + labelLen;
        outLen = labelStart;
        labelLen = 0;
        checkTotal(text, outLen + 1);
        continue;
      } else if (c == '\\') {
        if (i + 1 >= n) {
          throw new IllegalArgumentException("name \"" + text + "\" ends inside an escape");
        }
        char d = text.charAt(i + 1);
        if (isDigit(d)) {
          if (i + 3 >= n || !isDigit(text.charAt(i + 2)) || !isDigit(text.charAt(i + 3))) {
            throw new IllegalArgumentException(
                "name \"" + text + "\" has an incomplete \\DDD escape at index " + i);
          }
          octet = (d - '0') * 100 + (text.charAt(i + 2) - '0') * 10 + (text.charAt(i + 3) - '0');
          if (octet > 255) {
            throw new IllegalArgumentException(
                "name \"" + text + "\" has escape \\" + text.substring(i + 1, i + 4)
                    + " above 255 at index " + i);
          }
          i += 3;
        } else {
          if (d > 0x7f) {
            throw new IllegalArgumentException("name \"" + text + "\" escapes the non-ASCII "
                + "character '" + d + "'; use \\DDD escapes");
          }
          octet = d;
          i += 1;
        }
      } else {
        if (c > 0x7f) {
          throw new IllegalArgumentException("name \"" + text + "\" has the non-ASCII character '"
              + c + "'; use ofUnicode for IDN names or \\DDD escapes");
        }
        octet = c;
      }
      if (labelLen == MAX_LABEL_LENGTH) {
        throw new IllegalArgumentException(
            "name \"" + text + "\" has a label longer than " + MAX_LABEL_LENGTH + " octets");
      }
      labelLen++;
      out[labelStart + labelLen] = (byte) octet;
      checkTotal(text, labelStart + labelLen + 2);
    }
    if (labelLen > 0) {
      out[labelStart] = (byte) labelLen;
      outLen = labelStart + 1 + labelLen;
    }
    out[outLen++] = 0;
    checkTotal(text, outLen);
    return new DnsName(Arrays.copyOf(out, outLen));
  }

  /**
   * Converts an internationalized name to its A-label form with {@link IDN#toASCII(String, int)}
   * and parses it: {@code "bücher.example"} becomes {@code xn--bcher-kva.example.}.
   *
   * @param unicode the name with Unicode labels
   * @return the name
   * @throws IllegalArgumentException if IDNA conversion fails or the result is not a valid name
   */
  public static DnsName ofUnicode(String unicode) {
    return of(IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED));
  }

  /**
   * Returns the name made of the given labels, leftmost first, each taken byte for byte.
   *
   * @param labels the labels, each 1..63 octets, without the root label
   * @return the name
   * @throws IllegalArgumentException if a label is empty or too long, or the name too long
   */
  public static DnsName fromLabels(List<ByteString> labels) {
    int len = 1;
    for (ByteString l : labels) {
      if (l.isEmpty() || l.size() > MAX_LABEL_LENGTH) {
        throw new IllegalArgumentException(
            "label of " + l.size() + " octets is not in 1.." + MAX_LABEL_LENGTH);
      }
      len += 1 + l.size();
    }
    if (len > MAX_WIRE_LENGTH) {
      throw new IllegalArgumentException(
          "name of " + len + " octets is longer than " + MAX_WIRE_LENGTH);
    }
    byte[] out = new byte[len];
    int p = 0;
    for (ByteString l : labels) {
      out[p++] = (byte) l.size();
      for (int i = 0; i < l.size(); i++) {
        out[p++] = l.get(i);
      }
    }
    return ofTrustedWire(out);
  }

  /**
   * Reads an uncompressed or compressed name that fills the buffer's position..limit exactly;
   * compression pointers are relative to the position. The buffer is left untouched.
   *
   * @param buf the buffer holding the name's wire form
   * @return the name
   * @throws MalformedPacketException if the bytes are not exactly one valid name
   */
  public static DnsName parse(ByteBuffer buf) {
    DnsReader r = new DnsReader(buf);
    DnsName name = r.readName(0, "name");
    if (r.nameEnd != r.length()) {
      throw new MalformedPacketException(DnsReader.PROTOCOL, "name", r.nameEnd,
          "is followed by " + (r.length() - r.nameEnd) + " bytes that are not part of it");
    }
    return name;
  }

  private static void checkTotal(String text, int len) {
    if (len > MAX_WIRE_LENGTH) {
      throw new IllegalArgumentException(
          "name \"" + text + "\" is longer than " + MAX_WIRE_LENGTH + " octets in wire form");
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns the number of labels, not counting the root label: 0 for the root, 3 for {@code
   * www.example.com.}.
   *
   * @return the label count
   */
  public int labelCount() {
    int count = 0;
    for (int p = 0; wire[p] != 0; p += 1 + wire[p]) {
      count++;
    }
    return count;
  }

  /**
   * Returns one label's bytes.
   *
   * @param index the label index, 0 for the leftmost
   * @return the label's octets
   * @throws IndexOutOfBoundsException if there is no such label
   */
  public ByteString label(int index) {
    int p = labelOffset(index);
    return ByteString.copyOf(wire, p + 1, wire[p]);
  }

  /**
   * Returns the labels, leftmost first, without the root label.
   *
   * @return an unmodifiable list of labels
   */
  public List<ByteString> labels() {
    List<ByteString> out = new ArrayList<>();
    for (int p = 0; wire[p] != 0; p += 1 + wire[p]) {
      out.add(ByteString.copyOf(wire, p + 1, wire[p]));
    }
    return List.copyOf(out);
  }

  private int labelOffset(int index) {
    if (index < 0) {
      throw new IndexOutOfBoundsException("label index " + index);
    }
    int p = 0;
    for (int i = 0; i < index; i++) {
      if (wire[p] == 0) {
        throw new IndexOutOfBoundsException("label index " + index);
      }
      p += 1 + wire[p];
    }
    if (wire[p] == 0) {
      throw new IndexOutOfBoundsException("label index " + index);
    }
    return p;
  }

  /**
   * Returns whether this is the root name.
   *
   * @return {@code true} for {@code "."}
   */
  public boolean isRoot() {
    return wire.length == 1;
  }

  /**
   * Returns the length of the uncompressed wire form, root label included.
   *
   * @return 1..255
   */
  public int wireLength() {
    return wire.length;
  }

  /**
   * Returns the uncompressed wire form.
   *
   * @return the wire bytes
   */
  public ByteString toWire() {
    return ByteString.copyOf(wire);
  }

  /** Package access to the wire bytes for the codec; callers must not change them. */
  byte[] wire() {
    return wire;
  }

  /**
   * Returns the name with the leftmost label removed.
   *
   * @return the parent: {@code example.com.} for {@code www.example.com.}
   * @throws IllegalStateException if this is the root, which has no parent
   */
  public DnsName parent() {
    if (isRoot()) {
      throw new IllegalStateException("the root name has no parent");
    }
    return ofTrustedWire(Arrays.copyOfRange(wire, 1 + wire[0], wire.length));
  }

  /**
   * Returns the name with a label prepended: {@code example.com.child("www")}.
   *
   * @param label the new leftmost label, in presentation form (escapes allowed, no dots)
   * @return the child name
   * @throws IllegalArgumentException if the label is invalid or the result too long
   */
  public DnsName child(String label) {
    DnsName l = of(label);
    if (l.labelCount() != 1) {
      throw new IllegalArgumentException("label \"" + label + "\" is not exactly one label");
    }
    int len = l.wire.length - 1 + wire.length;
    if (len > MAX_WIRE_LENGTH) {
      throw new IllegalArgumentException(
          "name of " + len + " octets is longer than " + MAX_WIRE_LENGTH);
    }
    byte[] out = new byte[len];
    System.arraycopy(l.wire, 0, out, 0, l.wire.length - 1);
    System.arraycopy(wire, 0, out, l.wire.length - 1, wire.length);
    return new DnsName(out);
  }

  /**
   * Returns whether this name equals {@code other} or lies below it, ignoring case: {@code
   * www.example.com.} is a subdomain of {@code example.com.}, of itself and of the root.
   *
   * @param other the possible ancestor
   * @return {@code true} if {@code other}'s labels are a suffix of this name's
   */
  public boolean isSubdomainOf(DnsName other) {
    int start = wire.length - other.wire.length;
    if (start < 0) {
      return false;
    }
    // the suffix must start on a label boundary
    int p = 0;
    while (p < start) {
      p += 1 + wire[p];
    }
    return p == start && regionEqualsIgnoreCase(wire, start, other.wire, 0, other.wire.length);
  }

  /**
   * Returns whether this name is an immediate child of {@code other}: one more label, and a
   * subdomain of it.
   *
   * @param other the possible parent
   * @return {@code true} if {@code other} is this name's parent
   */
  public boolean isChildOf(DnsName other) {
    return !isRoot() && wire.length - 1 - wire[0] == other.wire.length && isSubdomainOf(other);
  }

  /**
   * Returns the name with ASCII letters lowered, as DNSSEC's canonical form needs (RFC 4034
   * §6.2).
   *
   * @return the lowercase name (this instance if already lowercase)
   */
  public DnsName toLowerCase() {
    for (int i = 0; i < wire.length; i++) {
      if (wire[i] >= 'A' && wire[i] <= 'Z') {
        byte[] out = wire.clone();
        for (int j = i; j < out.length; j++) {
          out[j] = (byte) lower(out[j]);
        }
        return new DnsName(out);
      }
    }
    return this;
  }

  /**
   * Returns the presentation form with A-labels converted to Unicode by {@link
   * IDN#toUnicode(String, int)} for display: {@code xn--bcher-kva.example.} becomes {@code
   * bücher.example.}.
   *
   * @return the Unicode display form, with a trailing dot
   */
  public String toUnicode() {
    if (isRoot()) {
      return ".";
    }
    StringBuilder sb = new StringBuilder();
    for (int p = 0; wire[p] != 0; p += 1 + wire[p]) {
      StringBuilder label = new StringBuilder();
      appendLabel(label, wire, p);
      String s = label.toString();
      sb.append(s.regionMatches(true, 0, "xn--", 0, 4)
          ? IDN.toUnicode(s, IDN.ALLOW_UNASSIGNED) : s).append('.');
    }
    return sb.toString();
  }

  @Override
  public int encodedLength() {
    return wire.length;
  }

  /** Writes the uncompressed wire form. */
  @Override
  public void encode(ByteBuffer dst) {
    if (dst.remaining() < wire.length) {
      throw new BufferOverflowException();
    }
    dst.put(wire);
  }

  /**
   * Compares in the canonical DNSSEC order (RFC 4034 §6.1): by the rightmost label first, labels
   * compared as lowercase unsigned octets, a missing label sorting first.
   *
   * @param other the name to compare with
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(DnsName other) {
    int[] a = labelStarts(wire);
    int[] b = labelStarts(other.wire);
    int i = a.length - 1;
    int j = b.length - 1;
    for (; i >= 0 && j >= 0; i--, j--) {
      int la = wire[a[i]];
      int lb = other.wire[b[j]];
      int n = Math.min(la, lb);
      for (int k = 1; k <= n; k++) {
        int c = lower(wire[a[i] + k]) - lower(other.wire[b[j] + k]);
        if (c != 0) {
          return c;
        }
      }
      if (la != lb) {
        return la - lb;
      }
    }
    return Integer.compare(i, j);
  }

  private static int[] labelStarts(byte[] w) {
    int n = 0;
    for (int p = 0; w[p] != 0; p += 1 + w[p]) {
      n++;
    }
    int[] out = new int[n];
    int i = 0;
    for (int p = 0; w[p] != 0; p += 1 + w[p]) {
      out[i++] = p;
    }
    return out;
  }

  static int lower(byte b) {
    int c = b & 0xff;
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  static boolean regionEqualsIgnoreCase(byte[] a, int ai, byte[] b, int bi, int len) {
    // names almost always agree in case too: compare exactly (vectorized) up to the first
    // difference, then ignoring case from there
    int first = Arrays.mismatch(a, ai, ai + len, b, bi, bi + len);
    if (first < 0) {
      return true;
    }
    for (int k = first; k < len; k++) {
      if (a[ai + k] != b[bi + k] && lower(a[ai + k]) != lower(b[bi + k])) {
        return false;
      }
    }
    return true;
  }

  /** Equal names have the same labels, ignoring ASCII case (RFC 4343). */
  @Override
  public boolean equals(Object o) {
    return o instanceof DnsName other
        && other.wire.length == wire.length
        && regionEqualsIgnoreCase(wire, 0, other.wire, 0, wire.length);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = calcHashCode();
      hash = h;
    }
    return h;
  }

  /**
   * The case-insensitive hash of the whole wire form, from its last byte back to its first:
   * {@link #hashStep} over the bytes in reverse. Computed backwards so that the message encoder,
   * which hashes every label suffix of a name in one backward pass, gets this value for the
   * whole name and can use the cached one instead.
   */
  private int calcHashCode() {
    int h = 0;
    for (int i = wire.length - 1; i >= 0; i--) {
      h = hashStep(h, wire[i]);
    }
    return h;
  }

  /**
   * Where each label starts and the hash of the suffix from there ({@link #hashCode()} for the
   * whole name), which {@link DnsWriter} needs to find a name's suffixes among those already
   * written. Computed at the first use and kept, like the hash code: a name encoded again (the
   * same records in every response) is not walked and hashed again.
   */
  LabelIndex labelIndex() {
    LabelIndex li = labelIndex;
    if (li == null) {
      li = new LabelIndex(wire);
      labelIndex = li;
    }
    return li;
  }

  /**
   * The label starts and suffix hashes of one name. Its only field is final, so an index that
   * another thread published through the racy cache is seen complete.
   */
  static final class LabelIndex {
    /** Per label, leftmost first: its start index in the wire form, then the suffix hash. */
    final int[] data;

    LabelIndex(byte[] w) {
      int n = 0;
      for (int p = 0; w[p] != 0; p += 1 + w[p]) {
        n++;
      }
      int[] d = new int[2 * n];
      int k = 0;
      for (int p = 0; w[p] != 0; p += 1 + w[p]) {
        d[2 * k++] = p;
      }
      // one backward pass: h(p) = hashStep(h(p + 1), w[p]), recorded at each label start
      int h = 0;
      int i = w.length - 1;
      for (k = n - 1; k >= 0; k--) {
        for (int s = d[2 * k]; i >= s; i--) {
          h = hashStep(h, w[i]);
        }
        d[2 * k + 1] = h;
      }
      data = d;
    }
  }

  /**
   * One step of the name hash. Setting bit 0x20 maps each ASCII capital to its small letter
   * (and folds a few other pairs together, which only costs a rare collision), so names equal
   * ignoring case hash alike, without a branch per byte.
   */
  static int hashStep(int h, byte b) {
    return h * 31 + (b | 0x20);
  }

  /**
   * Returns the presentation form with a trailing dot, escaping {@code . \ " ( ) ; @ $} as {@code
   * \X}, and space and other octets outside printable ASCII as {@code \DDD}, as dig prints them.
   */
  @Override
  public String toString() {
    if (isRoot()) {
      return ".";
    }
    StringBuilder sb = new StringBuilder(wire.length + 4);
    for (int p = 0; wire[p] != 0; p += 1 + wire[p]) {
      appendLabel(sb, wire, p);
      sb.append('.');
    }
    return sb.toString();
  }

  private static void appendLabel(StringBuilder sb, byte[] w, int p) {
    int len = w[p];
    for (int k = 1; k <= len; k++) {
      int c = w[p + k] & 0xff;
      switch (c) {
        case '.', '\\', '"', '(', ')', ';', '@', '$' -> sb.append('\\').append((char) c);
        default -> {
          if (c > 0x20 && c < 0x7f) {
            sb.append((char) c);
          } else {
            sb.append('\\').append((char) ('0' + c / 100)).append((char) ('0' + c / 10 % 10))
                .append((char) ('0' + c % 10));
          }
        }
      }
    }
  }
}
