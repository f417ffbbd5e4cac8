package io.github.netcodec.dhcp;

import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/** Checks and byte-level helpers shared by the option records and the codec. */
final class DhcpWire {
  static final String PROTOCOL = "DHCP";
  /** The most data octets one option instance holds; longer data is split (RFC 3396). */
  static final int MAX_INSTANCE_DATA = 255;

  private DhcpWire() {}

  static List<Ipv4Address> addresses(List<Ipv4Address> list, String field) {
    List<Ipv4Address> copy = List.copyOf(list);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(field + " must hold at least one address");
    }
    return copy;
  }

  static void writeAddresses(List<Ipv4Address> list, ByteBuffer dst) {
    for (int i = 0, n = list.size(); i < n; i++) {
      list.get(i).write(dst);
    }
  }

  /** Checks text whose every char is one octet (ISO 8859-1), at least {@code min} long. */
  static String text(String s, String field, int min) {
    Objects.requireNonNull(s, field);
    if (s.length() < min) {
      throw new IllegalArgumentException(field + " must have at least " + min + " octet");
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xff) {
        throw new IllegalArgumentException(field + " has the character '" + s.charAt(i)
            + "' at index " + i + ", which is not one octet (ISO 8859-1)");
      }
    }
    return s;
  }

  static void writeText(String s, ByteBuffer dst) {
    for (int i = 0, n = s.length(); i < n; i++) {
      dst.put((byte) s.charAt(i));
    }
  }

  /** Decodes octets as ISO 8859-1, which maps every byte to one char and back. */
  static String text(ByteString b) {
    char[] c = new char[b.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) b.getUnsigned(i);
    }
    return new String(c);
  }

  static ByteString bytes(ByteString b, String field, int min) {
    Objects.requireNonNull(b, field);
    if (b.size() < min) {
      throw new IllegalArgumentException(field + " has " + b.size() + " octets, fewer than "
          + min);
    }
    return b;
  }

  /** Bytes of option instances holding {@code dataLength} data octets (RFC 3396 splitting). */
  static int instancesLength(int dataLength) {
    if (dataLength == 0) {
      return 2;
    }
    int n = (dataLength + MAX_INSTANCE_DATA - 1) / MAX_INSTANCE_DATA;
    return dataLength + 2 * n;
  }

  /**
   * Writes an option as one instance, or as consecutive instances of at most 255 octets each
   * when its data is longer (RFC 3396 §5). The data is written once, past the room the headers
   * need, and the chunks are then moved down into place: no intermediate array.
   */
  static void encodeInstances(DhcpOption o, ByteBuffer dst) {
    int len = o.dataLength();
    int total = instancesLength(len);
    checkRoom(dst, total);
    int code = o.code().value();
    int start = dst.position();
    if (len <= MAX_INSTANCE_DATA) {
      dst.put((byte) code).put((byte) len);
      o.encodeData(dst);
      return;
    }
    int n = (len + MAX_INSTANCE_DATA - 1) / MAX_INSTANCE_DATA;
    dst.position(start + 2 * n);
    o.encodeData(dst);
    for (int i = 0; i < n; i++) {
      int chunk = Math.min(MAX_INSTANCE_DATA, len - MAX_INSTANCE_DATA * i);
      int from = start + 2 * n + MAX_INSTANCE_DATA * i;
      int to = start + (MAX_INSTANCE_DATA + 2) * i + 2;
      // to <= from, so an ascending copy never overwrites bytes not yet moved
      for (int k = 0; k < chunk; k++) {
        dst.put(to + k, dst.get(from + k));
      }
      dst.put(to - 2, (byte) code);
      dst.put(to - 1, (byte) chunk);
    }
    dst.position(start + total);
  }

  /** The data octets of an option, in a new array (for building, never on the encode path). */
  static byte[] data(DhcpOption o) {
    byte[] out = new byte[o.dataLength()];
    ByteBuffer b = ByteBuffer.wrap(out);
    o.encodeData(b);
    if (b.hasRemaining()) {
      throw new IllegalStateException(o.code() + ": dataLength disagrees with encodeData");
    }
    return out;
  }
}
