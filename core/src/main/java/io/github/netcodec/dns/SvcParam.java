package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One SvcParam of an SVCB or HTTPS record (RFC 9460 §2.2, §7): a 16-bit key, a 16-bit length
 * and the value. Each key has a record; {@link Unknown} keeps any other key byte for byte.
 *
 * <table class="striped">
 *   <caption>Keys</caption>
 *   <thead><tr><th>Key</th><th>Record</th><th>Text</th></tr></thead>
 *   <tbody>
 *     <tr><td>0</td><td>{@link Mandatory}</td><td>{@code mandatory=alpn,port}</td></tr>
 *     <tr><td>1</td><td>{@link Alpn}</td><td>{@code alpn="h2,h3"}</td></tr>
 *     <tr><td>2</td><td>{@link NoDefaultAlpn}</td><td>{@code no-default-alpn}</td></tr>
 *     <tr><td>3</td><td>{@link Port}</td><td>{@code port=443}</td></tr>
 *     <tr><td>4</td><td>{@link Ipv4Hint}</td><td>{@code ipv4hint=192.0.2.1,192.0.2.2}</td></tr>
 *     <tr><td>5</td><td>{@link Ech}</td><td>{@code ech="<base64>"}</td></tr>
 *     <tr><td>6</td><td>{@link Ipv6Hint}</td><td>{@code ipv6hint=2001:db8::1}</td></tr>
 *     <tr><td>other</td><td>{@link Unknown}</td><td>{@code key65333="\001a"}</td></tr>
 *   </tbody>
 * </table>
 */
public sealed interface SvcParam extends Encodable
    permits SvcParam.Mandatory,
        SvcParam.Alpn,
        SvcParam.NoDefaultAlpn,
        SvcParam.Port,
        SvcParam.Ipv4Hint,
        SvcParam.Ech,
        SvcParam.Ipv6Hint,
        SvcParam.Unknown {

  /** The key names of RFC 9460 §14.3.2, indexed by key. */
  List<String> KEY_NAMES = List.of("mandatory", "alpn", "no-default-alpn", "port", "ipv4hint",
      "ech", "ipv6hint");

  /**
   * Returns the key.
   *
   * @return 0..65535
   */
  int key();

  /**
   * Returns the length of the value.
   *
   * @return the value length in octets
   */
  int valueLength();

  /**
   * Returns the presentation form, {@code key=value} or the bare key.
   *
   * @return the text
   */
  String presentation();

  @Override
  default int encodedLength() {
    return 4 + valueLength();
  }

  /**
   * Returns the text name of a key: its RFC 9460 name, or {@code key<number>}.
   *
   * @param key the key
   * @return the name
   */
  static String keyName(int key) {
    return key < KEY_NAMES.size() ? KEY_NAMES.get(key) : "key" + key;
  }

  /**
   * Parses a key name as {@link #keyName(int)} prints it.
   *
   * @param name the name
   * @return the key
   * @throws IllegalArgumentException if the name is unknown
   */
  static int keyOf(String name) {
    int i = KEY_NAMES.indexOf(name);
    if (i >= 0) {
      return i;
    }
    if (name.startsWith("key") && name.length() > 3 && name.length() <= 8
        && name.substring(3).chars().allMatch(Character::isDigit)) {
      int k = Integer.parseInt(name.substring(3));
      if (k <= 0xffff) {
        return k;
      }
    }
    throw new IllegalArgumentException("SvcParamKey \"" + name + "\" is not known");
  }

  private static void header(ByteBuffer dst, int key, int length) {
    if (dst.remaining() < 4 + length) {
      throw new BufferOverflowException();
    }
    dst.put((byte) (key >>> 8)).put((byte) key).put((byte) (length >>> 8)).put((byte) length);
  }

  private static void check16(int v, String field) {
    if (v < 0 || v > 0xffff) {
      throw new IllegalArgumentException(field + " " + v + " is not in 0..65535");
    }
  }

  /**
   * The keys a client must understand to use the record (RFC 9460 §8).
   *
   * @param keys the keys, at least one, in increasing order
   */
  record Mandatory(List<Integer> keys) implements SvcParam {
    /**
     * Checks the keys and sorts them: the wire form lists them in increasing order (RFC 9460
     * §8).
     *
     * @param keys the keys, 1..32767 of them, each 0..65535, in any order
     * @throws IllegalArgumentException if a key is out of range or repeated, or there are none
     */
    public Mandatory {
      List<Integer> sorted = new ArrayList<>(keys);
      java.util.Collections.sort(sorted);
      if (sorted.isEmpty() || sorted.size() > 0x7fff) {
        throw new IllegalArgumentException("mandatory needs 1..32767 keys, not " + sorted.size());
      }
      for (int i = 0; i < sorted.size(); i++) {
        check16(sorted.get(i), "mandatory key");
        if (i > 0 && sorted.get(i).equals(sorted.get(i - 1))) {
          throw new IllegalArgumentException("mandatory lists key " + sorted.get(i) + " twice");
        }
      }
      keys = List.copyOf(sorted);
    }

    @Override
    public int key() {
      return 0;
    }

    @Override
    public int valueLength() {
      return 2 * keys.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 0, valueLength());
      for (int k : keys) {
        dst.put((byte) (k >>> 8)).put((byte) k);
      }
    }

    @Override
    public String presentation() {
      StringBuilder sb = new StringBuilder("mandatory=");
      for (int i = 0; i < keys.size(); i++) {
        sb.append(i > 0 ? "," : "").append(keyName(keys.get(i)));
      }
      return sb.toString();
    }
  }

  /**
   * Application protocols (ALPN identifiers) the endpoint supports (RFC 9460 §7.1).
   *
   * @param ids the protocol identifiers, at least one, each 1..255 octets
   */
  record Alpn(List<ByteString> ids) implements SvcParam {
    /**
     * Checks the identifiers.
     *
     * @param ids at least one, each 1..255 octets
     * @throws IllegalArgumentException if there is none, one is empty or too long
     */
    public Alpn {
      ids = List.copyOf(ids);
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("alpn needs at least one protocol");
      }
      int total = 0;
      for (ByteString id : ids) {
        if (id.isEmpty() || id.size() > 255) {
          throw new IllegalArgumentException("alpn id of " + id.size() + " octets not in 1..255");
        }
        total += 1 + id.size();
      }
      check16(total, "alpn length");
    }

    /**
     * Returns the parameter for protocol names given as text.
     *
     * @param ids the names, e.g. {@code "h2", "h3"}
     * @return the parameter
     */
    public static Alpn of(String... ids) {
      List<ByteString> out = new ArrayList<>();
      for (String id : ids) {
        out.add(ByteString.copyOf(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      }
      return new Alpn(out);
    }

    @Override
    public int key() {
      return 1;
    }

    @Override
    public int valueLength() {
      int n = 0;
      for (ByteString id : ids) {
        n += 1 + id.size();
      }
      return n;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 1, valueLength());
      for (ByteString id : ids) {
        dst.put((byte) id.size());
        id.writeTo(dst);
      }
    }

    /** Returns {@code alpn="h2,h3"}, with commas and backslashes in an id escaped. */
    @Override
    public String presentation() {
      StringBuilder sb = new StringBuilder("alpn=\"");
      for (int i = 0; i < ids.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        ByteString id = ids.get(i);
        for (int k = 0; k < id.size(); k++) {
          int c = id.getUnsigned(k);
          if (c == ',') {
            sb.append("\\\\,"); // RFC 9460 Appendix A.1: \\, inside the quotes
          } else if (c == '\\') {
            sb.append("\\\\\\\\");
          } else if (c == '"') {
            sb.append("\\\"");
          } else if (c > 0x20 && c < 0x7f) {
            sb.append((char) c);
          } else {
            sb.append(String.format("\\%03d", c));
          }
        }
      }
      return sb.append('"').toString();
    }
  }

  /**
   * The endpoint does not support the default protocol (RFC 9460 §7.1.1): an empty value.
   */
  record NoDefaultAlpn() implements SvcParam {
    @Override
    public int key() {
      return 2;
    }

    @Override
    public int valueLength() {
      return 0;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 2, 0);
    }

    @Override
    public String presentation() {
      return "no-default-alpn";
    }
  }

  /**
   * The TCP or UDP port of the alternative endpoint (RFC 9460 §7.2).
   *
   * @param port the port, 0..65535
   */
  record Port(int port) implements SvcParam {
    /**
     * Checks the port.
     *
     * @param port 0..65535
     * @throws IllegalArgumentException if out of range
     */
    public Port {
      check16(port, "port");
    }

    @Override
    public int key() {
      return 3;
    }

    @Override
    public int valueLength() {
      return 2;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 3, 2);
      dst.put((byte) (port >>> 8)).put((byte) port);
    }

    @Override
    public String presentation() {
      return "port=" + port;
    }
  }

  /**
   * IPv4 address hints (RFC 9460 §7.3).
   *
   * @param addresses at least one address
   */
  record Ipv4Hint(List<Ipv4Address> addresses) implements SvcParam {
    /**
     * Checks the addresses.
     *
     * @param addresses 1..16383 addresses
     * @throws IllegalArgumentException if there are none or too many
     */
    public Ipv4Hint {
      addresses = List.copyOf(addresses);
      if (addresses.isEmpty() || addresses.size() > 0x3fff) {
        throw new IllegalArgumentException("ipv4hint needs 1..16383 addresses");
      }
    }

    @Override
    public int key() {
      return 4;
    }

    @Override
    public int valueLength() {
      return 4 * addresses.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 4, valueLength());
      for (Ipv4Address a : addresses) {
        long v = a.toUnsignedLong();
        dst.put((byte) (v >>> 24)).put((byte) (v >>> 16)).put((byte) (v >>> 8)).put((byte) v);
      }
    }

    @Override
    public String presentation() {
      StringBuilder sb = new StringBuilder("ipv4hint=");
      for (int i = 0; i < addresses.size(); i++) {
        sb.append(i > 0 ? "," : "").append(addresses.get(i));
      }
      return sb.toString();
    }
  }

  /**
   * An Encrypted ClientHello configuration list (RFC 9460 §7.5 and the ECH specification).
   *
   * @param config the ECHConfigList octets
   */
  record Ech(ByteString config) implements SvcParam {
    /**
     * Checks the value.
     *
     * @param config at most 65535 octets
     * @throws IllegalArgumentException if too long
     */
    public Ech {
      Objects.requireNonNull(config, "config");
      check16(config.size(), "ech length");
    }

    @Override
    public int key() {
      return 5;
    }

    @Override
    public int valueLength() {
      return config.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 5, config.size());
      config.writeTo(dst);
    }

    @Override
    public String presentation() {
      return "ech=\"" + DnsText.base64(config) + "\"";
    }
  }

  /**
   * IPv6 address hints (RFC 9460 §7.3).
   *
   * @param addresses at least one address
   */
  record Ipv6Hint(List<Ipv6Address> addresses) implements SvcParam {
    /**
     * Checks the addresses.
     *
     * @param addresses 1..4095 addresses
     * @throws IllegalArgumentException if there are none or too many
     */
    public Ipv6Hint {
      addresses = List.copyOf(addresses);
      if (addresses.isEmpty() || addresses.size() > 0xfff) {
        throw new IllegalArgumentException("ipv6hint needs 1..4095 addresses");
      }
    }

    @Override
    public int key() {
      return 6;
    }

    @Override
    public int valueLength() {
      return 16 * addresses.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 6, valueLength());
      for (Ipv6Address a : addresses) {
        dst.put(a.toByteArray());
      }
    }

    @Override
    public String presentation() {
      StringBuilder sb = new StringBuilder("ipv6hint=");
      for (int i = 0; i < addresses.size(); i++) {
        sb.append(i > 0 ? "," : "").append(addresses.get(i));
      }
      return sb.toString();
    }
  }

  /**
   * A key netcodec does not model, kept byte for byte.
   *
   * @param key the key
   * @param value the value octets
   */
  record Unknown(int key, ByteString value) implements SvcParam {
    /**
     * Checks the components.
     *
     * @param key 0..65535
     * @param value at most 65535 octets
     * @throws IllegalArgumentException if out of range
     */
    public Unknown {
      check16(key, "key");
      Objects.requireNonNull(value, "value");
      check16(value.size(), "value length");
    }

    @Override
    public int valueLength() {
      return value.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, key, value.size());
      value.writeTo(dst);
    }

    @Override
    public String presentation() {
      return value.isEmpty() ? keyName(key) : keyName(key) + "=" + DnsText.quote(value);
    }
  }
}
