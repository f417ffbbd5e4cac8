package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One EDNS(0) option in an OPT record's RDATA (RFC 6891 §6.1.2): a 16-bit code, a 16-bit
 * length and that many octets. Each record owns its wire form; {@link Unknown} keeps any other
 * code byte for byte.
 *
 * <pre>
 *                 +0 (MSB)                            +1 (LSB)
 *    +---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+
 * 0: |                          OPTION-CODE                          |
 *    +---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+
 * 2: |                         OPTION-LENGTH                         |
 *    +---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+
 * 4: /                          OPTION-DATA                          /
 *    +---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+---+
 * </pre>
 */
public sealed interface EdnsOption extends Encodable
    permits EdnsOption.Nsid,
        EdnsOption.ClientSubnet,
        EdnsOption.Cookie,
        EdnsOption.TcpKeepalive,
        EdnsOption.Padding,
        EdnsOption.ExtendedError,
        EdnsOption.Unknown {

  /** NSID, RFC 5001. */
  int NSID = 3;
  /** Client subnet, RFC 7871. */
  int CLIENT_SUBNET = 8;
  /** Cookie, RFC 7873. */
  int COOKIE = 10;
  /** TCP keepalive, RFC 7828. */
  int TCP_KEEPALIVE = 11;
  /** Padding, RFC 7830. */
  int PADDING = 12;
  /** Extended DNS error, RFC 8914. */
  int EXTENDED_ERROR = 15;

  /**
   * Returns the option code.
   *
   * @return 0..65535
   */
  int code();

  /**
   * Returns the length of the option data, without the 4-byte code and length.
   *
   * @return the data length
   */
  int dataLength();

  @Override
  default int encodedLength() {
    return 4 + dataLength();
  }

  private static void header(ByteBuffer dst, int code, int length) {
    if (dst.remaining() < 4 + length) {
      throw new BufferOverflowException();
    }
    dst.put((byte) (code >>> 8)).put((byte) code).put((byte) (length >>> 8)).put((byte) length);
  }

  private static void checkData(int length, String field) {
    if (length > 0xffff) {
      throw new IllegalArgumentException(field + " of " + length + " octets exceeds 65535");
    }
  }

  /**
   * Name server identifier (RFC 5001): empty in a query, the server's identifier in a response.
   *
   * @param id the identifier octets
   */
  record Nsid(ByteString id) implements EdnsOption {
    /**
     * Checks the component.
     *
     * @param id the identifier, at most 65535 octets
     * @throws IllegalArgumentException if it is too long
     */
    public Nsid {
      Objects.requireNonNull(id, "id");
      checkData(id.size(), "NSID");
    }

    @Override
    public int code() {
      return NSID;
    }

    @Override
    public int dataLength() {
      return id.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, NSID, id.size());
      id.writeTo(dst);
    }

    /** Returns {@code NSID: <hex> ("<text>")} as dig prints it. */
    @Override
    public String toString() {
      return "NSID: " + id.hex() + " (" + DnsText.quote(id) + ")";
    }
  }

  /**
   * Client subnet (RFC 7871 §6): the address prefix of the client a resolver asks for.
   *
   * @param family the address family: 1 IPv4, 2 IPv6 (IANA address family numbers)
   * @param sourcePrefixLength the bits of the address that are significant
   * @param scopePrefixLength the bits the answer covers (0 in queries)
   * @param address the significant octets of the address, {@code ceil(source / 8)} of them
   */
  record ClientSubnet(int family, int sourcePrefixLength, int scopePrefixLength,
      ByteString address) implements EdnsOption {
    /**
     * Checks the components.
     *
     * @param family the family, 0..65535
     * @param sourcePrefixLength the source prefix length, at most 32 for IPv4 and 128 for IPv6
     * @param scopePrefixLength the scope prefix length, likewise
     * @param address the address octets, exactly {@code ceil(source / 8)}
     * @throws IllegalArgumentException if a field is out of range
     */
    public ClientSubnet {
      Objects.requireNonNull(address, "address");
      if (family < 0 || family > 0xffff) {
        throw new IllegalArgumentException("CLIENT-SUBNET.family " + family + " not in 0..65535");
      }
      int max = family == 1 ? 32 : family == 2 ? 128 : 255;
      if (sourcePrefixLength < 0 || sourcePrefixLength > max || scopePrefixLength < 0
          || scopePrefixLength > max) {
        throw new IllegalArgumentException("CLIENT-SUBNET prefix lengths " + sourcePrefixLength
            + "/" + scopePrefixLength + " are not in 0.." + max);
      }
      if (address.size() != (sourcePrefixLength + 7) / 8) {
        throw new IllegalArgumentException("CLIENT-SUBNET.address has " + address.size()
            + " octets, not " + (sourcePrefixLength + 7) / 8);
      }
    }

    /**
     * Returns the option for an IPv4 prefix, scope 0, with the address cut to the prefix.
     *
     * @param address the client address
     * @param prefixLength the source prefix length, 0..32
     * @return the option
     */
    public static ClientSubnet of(Ipv4Address address, int prefixLength) {
      byte[] b = address.toByteArray();
      return new ClientSubnet(1, prefixLength, 0, cut(b, prefixLength));
    }

    /**
     * Returns the option for an IPv6 prefix, scope 0, with the address cut to the prefix.
     *
     * @param address the client address
     * @param prefixLength the source prefix length, 0..128
     * @return the option
     */
    public static ClientSubnet of(Ipv6Address address, int prefixLength) {
      byte[] b = address.toByteArray();
      return new ClientSubnet(2, prefixLength, 0, cut(b, prefixLength));
    }

    private static ByteString cut(byte[] b, int bits) {
      if (bits < 0 || bits > b.length * 8) {
        throw new IllegalArgumentException("prefix length " + bits + " is not in 0.."
            + b.length * 8);
      }
      int n = (bits + 7) / 8;
      if (bits % 8 != 0) {
        b[n - 1] &= (byte) (0xff << (8 - bits % 8));
      }
      return ByteString.copyOf(b, 0, n);
    }

    @Override
    public int code() {
      return CLIENT_SUBNET;
    }

    @Override
    public int dataLength() {
      return 4 + address.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, CLIENT_SUBNET, dataLength());
      dst.put((byte) (family >>> 8)).put((byte) family).put((byte) sourcePrefixLength)
          .put((byte) scopePrefixLength);
      address.writeTo(dst);
    }

    /** Returns {@code CLIENT-SUBNET: 192.0.2.0/24/0}. */
    @Override
    public String toString() {
      String a;
      if (family == 1 || family == 2) {
        byte[] full = new byte[family == 1 ? 4 : 16];
        for (int i = 0; i < address.size(); i++) {
          full[i] = address.get(i);
        }
        a = family == 1 ? Ipv4Address.fromBytes(full).toString()
            : Ipv6Address.fromBytes(full).toString();
      } else {
        a = "family " + family + " " + address.hex();
      }
      return "CLIENT-SUBNET: " + a + "/" + sourcePrefixLength + "/" + scopePrefixLength;
    }
  }

  /**
   * DNS cookie (RFC 7873 §4): an 8-octet client cookie and an optional 8..32-octet server
   * cookie.
   *
   * @param client the client cookie, 8 octets
   * @param server the server cookie, empty or 8..32 octets
   */
  record Cookie(ByteString client, ByteString server) implements EdnsOption {
    /**
     * Checks the lengths.
     *
     * @param client the client cookie, 8 octets
     * @param server the server cookie, empty or 8..32 octets
     * @throws IllegalArgumentException if a length is wrong
     */
    public Cookie {
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(server, "server");
      if (client.size() != 8) {
        throw new IllegalArgumentException("COOKIE.client has " + client.size()
            + " octets, not 8");
      }
      if (!server.isEmpty() && (server.size() < 8 || server.size() > 32)) {
        throw new IllegalArgumentException("COOKIE.server has " + server.size()
            + " octets, not 0 or 8..32");
      }
    }

    @Override
    public int code() {
      return COOKIE;
    }

    @Override
    public int dataLength() {
      return 8 + server.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, COOKIE, dataLength());
      client.writeTo(dst);
      server.writeTo(dst);
    }

    /** Returns {@code COOKIE: <client hex><server hex>}. */
    @Override
    public String toString() {
      return "COOKIE: " + client.hex() + server.hex();
    }
  }

  /**
   * TCP keepalive (RFC 7828 §3.1): absent in queries, the idle timeout in units of 100 ms in
   * responses.
   *
   * @param timeout the timeout in units of 100 milliseconds, or empty
   */
  record TcpKeepalive(OptionalInt timeout) implements EdnsOption {
    /**
     * Checks the timeout.
     *
     * @param timeout empty, or 0..65535
     * @throws IllegalArgumentException if the timeout is out of range
     */
    public TcpKeepalive {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isPresent() && (timeout.getAsInt() < 0 || timeout.getAsInt() > 0xffff)) {
        throw new IllegalArgumentException("TCP-KEEPALIVE.timeout " + timeout.getAsInt()
            + " is not in 0..65535");
      }
    }

    @Override
    public int code() {
      return TCP_KEEPALIVE;
    }

    @Override
    public int dataLength() {
      return timeout.isPresent() ? 2 : 0;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, TCP_KEEPALIVE, dataLength());
      if (timeout.isPresent()) {
        dst.put((byte) (timeout.getAsInt() >>> 8)).put((byte) timeout.getAsInt());
      }
    }

    /** Returns {@code TCP-KEEPALIVE: 30.0 secs} or {@code TCP-KEEPALIVE}. */
    @Override
    public String toString() {
      return timeout.isPresent()
          ? "TCP-KEEPALIVE: " + timeout.getAsInt() / 10 + "." + timeout.getAsInt() % 10 + " secs"
          : "TCP-KEEPALIVE";
    }
  }

  /**
   * Padding (RFC 7830): octets that should be zero, kept as received.
   *
   * @param padding the padding octets
   */
  record Padding(ByteString padding) implements EdnsOption {
    /**
     * Checks the component.
     *
     * @param padding the octets, at most 65535
     * @throws IllegalArgumentException if too long
     */
    public Padding {
      Objects.requireNonNull(padding, "padding");
      checkData(padding.size(), "PADDING");
    }

    /**
     * Returns padding of {@code length} zero octets.
     *
     * @param length the number of octets, 0..65535
     * @return the option
     */
    public static Padding zeros(int length) {
      checkData(length, "PADDING");
      return new Padding(ByteString.copyOf(new byte[length]));
    }

    @Override
    public int code() {
      return PADDING;
    }

    @Override
    public int dataLength() {
      return padding.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, PADDING, padding.size());
      padding.writeTo(dst);
    }

    /** Returns {@code PADDING: (<n> bytes)}. */
    @Override
    public String toString() {
      return "PADDING: (" + padding.size() + " bytes)";
    }
  }

  /**
   * Extended DNS error (RFC 8914 §2): an info code and optional UTF-8 text.
   *
   * @param infoCode the INFO-CODE, e.g. 18 "Prohibited"
   * @param extraText the EXTRA-TEXT octets (UTF-8, possibly empty), kept as received
   */
  record ExtendedError(int infoCode, ByteString extraText) implements EdnsOption {
    /**
     * Checks the components.
     *
     * @param infoCode the info code, 0..65535
     * @param extraText the text octets
     * @throws IllegalArgumentException if out of range
     */
    public ExtendedError {
      Objects.requireNonNull(extraText, "extraText");
      if (infoCode < 0 || infoCode > 0xffff) {
        throw new IllegalArgumentException("EDE.info-code " + infoCode + " is not in 0..65535");
      }
      checkData(2 + extraText.size(), "EDE");
    }

    /**
     * Returns the option with text.
     *
     * @param infoCode the info code
     * @param text the extra text, encoded as UTF-8
     * @return the option
     */
    public static ExtendedError of(int infoCode, String text) {
      return new ExtendedError(infoCode, ByteString.copyOf(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Returns the extra text decoded as UTF-8 (malformed sequences replaced).
     *
     * @return the text
     */
    public String text() {
      return new String(extraText.toByteArray(), StandardCharsets.UTF_8);
    }

    @Override
    public int code() {
      return EXTENDED_ERROR;
    }

    @Override
    public int dataLength() {
      return 2 + extraText.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, EXTENDED_ERROR, dataLength());
      dst.put((byte) (infoCode >>> 8)).put((byte) infoCode);
      extraText.writeTo(dst);
    }

    /** Returns {@code EDE: <code> ("<text>")}. */
    @Override
    public String toString() {
      return "EDE: " + infoCode + (extraText.isEmpty() ? "" : " (" + DnsText.quote(extraText)
          + ")");
    }
  }

  /**
   * An option netcodec does not model, kept byte for byte.
   *
   * @param code the option code, one without a record of its own
   * @param data the option data
   */
  record Unknown(int code, ByteString data) implements EdnsOption {
    /**
     * Checks the components. A code with a record of its own (NSID, client subnet, cookie, TCP
     * keepalive, padding, extended error) is refused: parsing its bytes would give that record,
     * not an equal {@code Unknown}.
     *
     * @param code the code, 0..65535, not one with a record of its own
     * @param data the data, at most 65535 octets
     * @throws IllegalArgumentException if out of range or the code has a record
     */
    public Unknown {
      Objects.requireNonNull(data, "data");
      if (code < 0 || code > 0xffff) {
        throw new IllegalArgumentException("option code " + code + " is not in 0..65535");
      }
      switch (code) {
        case NSID, CLIENT_SUBNET, COOKIE, TCP_KEEPALIVE, PADDING, EXTENDED_ERROR ->
            throw new IllegalArgumentException("option code " + code
                + " has a record of its own; use it");
        default -> { }
      }
      checkData(data.size(), "option data");
    }

    @Override
    public int dataLength() {
      return data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, code, data.size());
      data.writeTo(dst);
    }

    /** Returns {@code OPT<code>: <hex>}. */
    @Override
    public String toString() {
      return "OPT" + code + ": " + data.hex();
    }
  }
}
