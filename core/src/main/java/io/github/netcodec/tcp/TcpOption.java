package io.github.netcodec.tcp;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * One TCP option (RFC 9293 §3.1, IANA "TCP Option Kind Numbers"). Each option is a record that
 * owns its encoding; {@link Unknown} keeps every other kind, and a known kind whose length does
 * not fit its layout, byte for byte.
 *
 * <pre>
 * +--------+--------+---------...
 * |  Kind  | Length |   data        (kinds 0 and 1 are a single byte)
 * +--------+--------+---------...
 * </pre>
 *
 * <table class="striped">
 *   <caption>Modelled options</caption>
 *   <thead><tr><th>Kind</th><th>Record</th><th>Wire form</th><th>Source</th></tr></thead>
 *   <tbody>
 *     <tr><td>0</td><td>{@link EndOfOptionList}</td><td>{@code 00} then padding</td>
 *         <td>RFC 9293</td></tr>
 *     <tr><td>1</td><td>{@link NoOperation}</td><td>{@code 01}</td><td>RFC 9293</td></tr>
 *     <tr><td>2</td><td>{@link MaximumSegmentSize}</td><td>{@code 02 04 mss(2)}</td>
 *         <td>RFC 9293</td></tr>
 *     <tr><td>3</td><td>{@link WindowScale}</td><td>{@code 03 03 shift}</td><td>RFC 7323</td></tr>
 *     <tr><td>4</td><td>{@link SackPermitted}</td><td>{@code 04 02}</td><td>RFC 2018</td></tr>
 *     <tr><td>5</td><td>{@link Sack}</td><td>{@code 05 2+8n (left right)*n}</td>
 *         <td>RFC 2018</td></tr>
 *     <tr><td>8</td><td>{@link Timestamps}</td><td>{@code 08 0a TSval(4) TSecr(4)}</td>
 *         <td>RFC 7323</td></tr>
 *     <tr><td>19</td><td>{@link Md5Signature}</td><td>{@code 13 12 digest(16)}</td>
 *         <td>RFC 2385</td></tr>
 *     <tr><td>29</td><td>{@link Authentication}</td><td>{@code 1d len KeyID RNextKeyID MAC}</td>
 *         <td>RFC 5925</td></tr>
 *     <tr><td>30</td><td>{@link Multipath}</td><td>{@code 1e len subtype|... data}</td>
 *         <td>RFC 8684</td></tr>
 *     <tr><td>34</td><td>{@link FastOpen}</td><td>{@code 22 len cookie}</td><td>RFC 7413</td></tr>
 *     <tr><td>other</td><td>{@link Unknown}</td><td>{@code kind len data}</td><td></td></tr>
 *   </tbody>
 * </table>
 */
public sealed interface TcpOption extends Encodable
    permits TcpOption.EndOfOptionList,
        TcpOption.NoOperation,
        TcpOption.MaximumSegmentSize,
        TcpOption.WindowScale,
        TcpOption.SackPermitted,
        TcpOption.Sack,
        TcpOption.Timestamps,
        TcpOption.Md5Signature,
        TcpOption.Authentication,
        TcpOption.Multipath,
        TcpOption.FastOpen,
        TcpOption.Unknown {

  /**
   * Returns the option kind.
   *
   * @return the kind, from the IANA "TCP Option Kind Numbers" registry
   */
  TcpOptionKind kind();

  /**
   * End of Option List (kind 0) and the bytes after it up to the end of the options area, kept
   * as received (zero on a well-behaved sender, RFC 9293 §3.1).
   *
   * @param padding the bytes after the kind octet, at most 39
   */
  record EndOfOptionList(ByteString padding) implements TcpOption {
    /** End of Option List without padding: the single byte {@code 00}. */
    public static final EndOfOptionList NO_PADDING = new EndOfOptionList(ByteString.EMPTY);

    /**
     * Checks the padding length.
     *
     * @param padding the bytes after the kind octet, at most 39
     * @throws IllegalArgumentException if longer than 39 bytes
     */
    public EndOfOptionList {
      Objects.requireNonNull(padding, "padding");
      checkRange(padding.size(), TcpFields.MAX_OPTIONS_LENGTH - 1, "padding length");
    }

    /**
     * Returns End of Option List followed by {@code n} zero bytes.
     *
     * @param n the padding length, 0..39
     * @return the option
     */
    public static EndOfOptionList withZeroPadding(int n) {
      checkRange(n, TcpFields.MAX_OPTIONS_LENGTH - 1, "padding length");
      return new EndOfOptionList(ByteString.copyOf(new byte[n]));
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.END_OF_OPTION_LIST;
    }

    @Override
    public int encodedLength() {
      return 1 + padding.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) 0);
      padding.writeTo(dst);
    }

    /**
     * Returns {@code EOL} or {@code EOL+padding(hex)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return padding.isEmpty() ? "EOL" : "EOL+padding(" + padding.hex() + ")";
    }
  }

  /** No-Operation (kind 1), a single byte used to align later options. */
  record NoOperation() implements TcpOption {
    /** The shared instance. */
    public static final NoOperation INSTANCE = new NoOperation();

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.NO_OPERATION;
    }

    @Override
    public int encodedLength() {
      return 1;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 1);
      dst.put((byte) TcpOptionKind.NO_OPERATION.value());
    }

    /**
     * Returns {@code NOP}.
     *
     * @return {@code NOP}
     */
    @Override
    public String toString() {
      return "NOP";
    }
  }

  /**
   * Maximum Segment Size (kind 2, length 4, RFC 9293 §3.7.1): the largest segment the sender of
   * a SYN can receive.
   *
   * @param mss the size in bytes, 0..65535
   */
  record MaximumSegmentSize(int mss) implements TcpOption {
    /**
     * Checks the range.
     *
     * @param mss the size, 0..65535
     * @throws IllegalArgumentException if out of range
     */
    public MaximumSegmentSize {
      checkRange(mss, 0xffff, "mss");
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.MAXIMUM_SEGMENT_SIZE;
    }

    @Override
    public int encodedLength() {
      return 4;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 4);
      dst.put((byte) TcpOptionKind.MAXIMUM_SEGMENT_SIZE.value()).put((byte) 4);
      BigEndian.put16(dst, mss);
    }

    /**
     * Returns {@code mss 1460}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "mss " + mss;
    }
  }

  /**
   * Window Scale (kind 3, length 3, RFC 7323 §2): the shift count applied to the sender's
   * window fields. Values above 14 are kept as received (RFC 7323 says to use 14).
   *
   * @param shift the shift count, 0..255
   */
  record WindowScale(int shift) implements TcpOption {
    /**
     * Checks the range.
     *
     * @param shift the shift count, 0..255
     * @throws IllegalArgumentException if out of range
     */
    public WindowScale {
      checkRange(shift, 255, "shift");
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.WINDOW_SCALE;
    }

    @Override
    public int encodedLength() {
      return 3;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 3);
      dst.put((byte) TcpOptionKind.WINDOW_SCALE.value()).put((byte) 3).put((byte) shift);
    }

    /**
     * Returns {@code wscale 7}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "wscale " + shift;
    }
  }

  /** SACK-Permitted (kind 4, length 2, RFC 2018 §2), sent in a SYN. */
  record SackPermitted() implements TcpOption {
    /** The shared instance. */
    public static final SackPermitted INSTANCE = new SackPermitted();

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.SACK_PERMITTED;
    }

    @Override
    public int encodedLength() {
      return 2;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 2);
      dst.put((byte) TcpOptionKind.SACK_PERMITTED.value()).put((byte) 2);
    }

    /**
     * Returns {@code sackOK}.
     *
     * @return {@code sackOK}
     */
    @Override
    public String toString() {
      return "sackOK";
    }
  }

  /**
   * One SACK block (RFC 2018 §3): the received bytes {@code [left, right)}.
   *
   * @param left the left edge, the first sequence number of the block, 0..2^32-1
   * @param right the right edge, the sequence number after the block, 0..2^32-1
   */
  record SackBlock(long left, long right) {
    /**
     * Checks the ranges.
     *
     * @param left the left edge, 0..2^32-1
     * @param right the right edge, 0..2^32-1
     * @throws IllegalArgumentException if an edge is not a 32-bit unsigned number
     */
    public SackBlock {
      checkRange(left, 0xffff_ffffL, "left");
      checkRange(right, 0xffff_ffffL, "right");
    }

    /**
     * Returns {@code {left:right}}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "{" + left + ":" + right + "}";
    }
  }

  /**
   * SACK (kind 5, length 2 + 8n, RFC 2018 §3): the blocks of data received out of order.
   *
   * @param blocks one to four blocks, unmodifiable
   */
  record Sack(List<SackBlock> blocks) implements TcpOption {
    /**
     * Copies and checks the blocks.
     *
     * @param blocks one to four blocks
     * @throws IllegalArgumentException if there are none or more than four
     */
    public Sack {
      blocks = List.copyOf(blocks);
      if (blocks.isEmpty() || blocks.size() > 4) {
        throw new IllegalArgumentException("blocks: " + blocks.size()
            + " blocks are not in 1..4, the number a 40-byte options area holds");
      }
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.SACK;
    }

    @Override
    public int encodedLength() {
      return 2 + 8 * blocks.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) TcpOptionKind.SACK.value()).put((byte) encodedLength());
      for (SackBlock b : blocks) {
        BigEndian.put32(dst, (int) b.left());
        BigEndian.put32(dst, (int) b.right());
      }
    }

    /**
     * Returns {@code sack {1:2} {5:9}}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("sack");
      for (SackBlock b : blocks) {
        s.append(' ').append(b);
      }
      return s.toString();
    }
  }

  /**
   * Timestamps (kind 8, length 10, RFC 7323 §3): the sender's clock and the echo of the peer's.
   *
   * @param value TSval, 0..2^32-1
   * @param echoReply TSecr, 0..2^32-1
   */
  record Timestamps(long value, long echoReply) implements TcpOption {
    /**
     * Checks the ranges.
     *
     * @param value TSval, 0..2^32-1
     * @param echoReply TSecr, 0..2^32-1
     * @throws IllegalArgumentException if a field is not a 32-bit unsigned number
     */
    public Timestamps {
      checkRange(value, 0xffff_ffffL, "value");
      checkRange(echoReply, 0xffff_ffffL, "echoReply");
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.TIMESTAMPS;
    }

    @Override
    public int encodedLength() {
      return 10;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 10);
      dst.put((byte) TcpOptionKind.TIMESTAMPS.value()).put((byte) 10);
      BigEndian.put32(dst, (int) value);
      BigEndian.put32(dst, (int) echoReply);
    }

    /**
     * Returns {@code TS val 59002978 ecr 426780574}, as tcpdump prints it.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "TS val " + value + " ecr " + echoReply;
    }
  }

  /**
   * TCP MD5 Signature (kind 19, length 18, RFC 2385 §3.0).
   *
   * @param digest the 16-byte MD5 digest
   */
  record Md5Signature(ByteString digest) implements TcpOption {
    /**
     * Checks the digest length.
     *
     * @param digest 16 bytes
     * @throws IllegalArgumentException if not 16 bytes
     */
    public Md5Signature {
      Objects.requireNonNull(digest, "digest");
      if (digest.size() != 16) {
        throw new IllegalArgumentException("digest length " + digest.size() + " is not 16");
      }
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.MD5_SIGNATURE;
    }

    @Override
    public int encodedLength() {
      return 18;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 18);
      dst.put((byte) TcpOptionKind.MD5_SIGNATURE.value()).put((byte) 18);
      digest.writeTo(dst);
    }

    /**
     * Returns {@code md5 <hex>}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "md5 " + digest.hex();
    }
  }

  /**
   * TCP Authentication Option, TCP-AO (kind 29, RFC 5925 §2.2): the key IDs and the MAC.
   *
   * <pre>
   * +------------+------------+------------+------------+
   * |  Kind=29   |   Length   |   KeyID    | RNextKeyID |
   * +------------+------------+------------+------------+
   * |                     MAC           ...
   * +-----------------------------------...
   * </pre>
   *
   * @param keyId the KeyID of the MKT used, 0..255
   * @param receiveNextKeyId the RNextKeyID the sender wants to receive, 0..255
   * @param mac the message authentication code, 0..36 bytes
   */
  record Authentication(int keyId, int receiveNextKeyId, ByteString mac) implements TcpOption {
    /**
     * Checks the ranges.
     *
     * @param keyId the KeyID, 0..255
     * @param receiveNextKeyId the RNextKeyID, 0..255
     * @param mac the MAC, at most 36 bytes
     * @throws IllegalArgumentException if a field is out of range
     */
    public Authentication {
      checkRange(keyId, 255, "keyId");
      checkRange(receiveNextKeyId, 255, "receiveNextKeyId");
      Objects.requireNonNull(mac, "mac");
      checkRange(mac.size(), TcpFields.MAX_OPTIONS_LENGTH - 4, "mac length");
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.AUTHENTICATION;
    }

    @Override
    public int encodedLength() {
      return 4 + mac.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) TcpOptionKind.AUTHENTICATION.value()).put((byte) encodedLength())
          .put((byte) keyId).put((byte) receiveNextKeyId);
      mac.writeTo(dst);
    }

    /**
     * Returns {@code tcp-ao keyid 1 rnextkeyid 2 mac <hex>}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "tcp-ao keyid " + keyId + " rnextkeyid " + receiveNextKeyId + " mac " + mac.hex();
    }
  }

  /**
   * Multipath TCP (kind 30, RFC 8684 §2): the subtype from the high nibble of the first data
   * byte, and all the bytes after the length octet kept raw.
   *
   * <pre>
   * +---------------+---------------+-------+-----------------------+
   * |     Kind      |    Length     |Subtype|  subtype-specific ...
   * +---------------+---------------+-------+-----------------------+
   * </pre>
   *
   * @param data the bytes after the length octet, 1..38, starting with the subtype nibble
   */
  record Multipath(ByteString data) implements TcpOption {
    /** Subtype MP_CAPABLE (RFC 8684 §3.1). */
    public static final int MP_CAPABLE = 0x0;
    /** Subtype MP_JOIN (RFC 8684 §3.2). */
    public static final int MP_JOIN = 0x1;
    /** Subtype DSS, data sequence signal (RFC 8684 §3.3). */
    public static final int DSS = 0x2;
    /** Subtype ADD_ADDR (RFC 8684 §3.4.1). */
    public static final int ADD_ADDR = 0x3;
    /** Subtype REMOVE_ADDR (RFC 8684 §3.4.2). */
    public static final int REMOVE_ADDR = 0x4;
    /** Subtype MP_PRIO (RFC 8684 §3.3.8). */
    public static final int MP_PRIO = 0x5;
    /** Subtype MP_FAIL (RFC 8684 §3.7). */
    public static final int MP_FAIL = 0x6;
    /** Subtype MP_FASTCLOSE (RFC 8684 §3.5). */
    public static final int MP_FASTCLOSE = 0x7;
    /** Subtype MP_TCPRST (RFC 8684 §3.6). */
    public static final int MP_TCPRST = 0x8;

    /**
     * Checks the data length.
     *
     * @param data 1..38 bytes
     * @throws IllegalArgumentException if empty or longer than 38 bytes
     */
    public Multipath {
      Objects.requireNonNull(data, "data");
      if (data.isEmpty() || data.size() > TcpFields.MAX_OPTIONS_LENGTH - 2) {
        throw new IllegalArgumentException("data length " + data.size() + " is not in 1..38");
      }
    }

    /**
     * Returns the subtype: the high nibble of the first data byte.
     *
     * @return the subtype, 0..15
     */
    public int subtype() {
      return data.getUnsigned(0) >>> 4;
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.MULTIPATH;
    }

    @Override
    public int encodedLength() {
      return 2 + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) TcpOptionKind.MULTIPATH.value()).put((byte) encodedLength());
      data.writeTo(dst);
    }

    /**
     * Returns {@code mptcp subtype 2 <hex>}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "mptcp subtype " + subtype() + " " + data.hex();
    }
  }

  /**
   * TCP Fast Open cookie (kind 34, RFC 7413 §4.1.1): empty in a cookie request, 4..16 bytes
   * otherwise (other lengths are kept as received).
   *
   * @param cookie the cookie, at most 38 bytes
   */
  record FastOpen(ByteString cookie) implements TcpOption {
    /**
     * Checks the cookie length.
     *
     * @param cookie at most 38 bytes
     * @throws IllegalArgumentException if longer than 38 bytes
     */
    public FastOpen {
      Objects.requireNonNull(cookie, "cookie");
      checkRange(cookie.size(), TcpFields.MAX_OPTIONS_LENGTH - 2, "cookie length");
    }

    /**
     * Returns whether this is a cookie request: no cookie.
     *
     * @return {@code true} if empty
     */
    public boolean isCookieRequest() {
      return cookie.isEmpty();
    }

    @Override
    public TcpOptionKind kind() {
      return TcpOptionKind.FAST_OPEN;
    }

    @Override
    public int encodedLength() {
      return 2 + cookie.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) TcpOptionKind.FAST_OPEN.value()).put((byte) encodedLength());
      cookie.writeTo(dst);
    }

    /**
     * Returns {@code tfo cookie <hex>} or {@code tfo cookiereq}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return cookie.isEmpty() ? "tfo cookiereq" : "tfo cookie " + cookie.hex();
    }
  }

  /**
   * Any other option, kept byte for byte: a kind without a record here, or a known kind whose
   * length does not fit its layout (an MSS of length 3, say). So that a record always encodes
   * to bytes that parse back to it, a kind and length that parse as a typed option are refused.
   *
   * @param kind the kind, 2..255
   * @param data the bytes after the length octet, at most 38
   */
  record Unknown(TcpOptionKind kind, ByteString data) implements TcpOption {
    /**
     * Checks the fields.
     *
     * @param kind the kind, 2..255
     * @param data at most 38 bytes
     * @throws IllegalArgumentException if the kind is 0 or 1, the data is too long, or the kind
     *     and length belong to a typed option
     * @throws NullPointerException if an argument is null
     */
    public Unknown {
      Objects.requireNonNull(kind, "kind");
      if (kind.isSingleOctet()) {
        throw new IllegalArgumentException("kind " + kind.value() + " is not in 2..255");
      }
      Objects.requireNonNull(data, "data");
      checkRange(data.size(), TcpFields.MAX_OPTIONS_LENGTH - 2, "data length");
      if (TcpOptions.isTyped(kind.value(), 2 + data.size())) {
        throw new IllegalArgumentException("kind " + kind.value() + " with length "
            + (2 + data.size()) + " is a " + kind.name() + " option; use its record");
      }
    }

    /**
     * Returns an unknown option of this kind number.
     *
     * @param kind the kind, 2..255
     * @param data at most 38 bytes
     * @return the option
     * @throws IllegalArgumentException as the canonical constructor does, or if {@code kind} is
     *     not in 0..255
     */
    public static Unknown of(int kind, ByteString data) {
      return new Unknown(TcpOptionKind.of(kind), data);
    }

    @Override
    public int encodedLength() {
      return 2 + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) kind.value()).put((byte) encodedLength());
      data.writeTo(dst);
    }

    /**
     * Returns {@code kind 99 <hex>} or {@code MSS <hex>}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return kind.name() + (kind.isNamed() ? " (kind " + kind.value() + ")" : "") + " "
          + data.hex();
    }
  }
}
