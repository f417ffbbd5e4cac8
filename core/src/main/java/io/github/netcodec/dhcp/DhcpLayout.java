package io.github.netcodec.dhcp;

import io.github.netcodec.ByteString;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Lays typed options out into the octets of the option areas when a message is built: each
 * option as one instance, split into several when longer than 255 octets (RFC 3396), End, and
 * Pad up to the BOOTP minimum; or, when asked to fit a size, continued in {@code file} and then
 * {@code sname} with Option Overload (RFC 2131 §4.1).
 */
final class DhcpLayout {
  /** The options field, and the file and sname fields when they hold options. */
  record Areas(ByteString options, ByteString file, ByteString sname) {}

  private DhcpLayout() {}

  /** Options as given, then End unless the list already ends with it, then Pad to minLength. */
  static ByteString simple(List<DhcpOption> options, int minLength) {
    int n = 0;
    for (DhcpOption o : options) {
      n += o.encodedLength();
    }
    boolean endGiven = !options.isEmpty() && options.get(options.size() - 1)
        instanceof DhcpOption.End;
    int size = Math.max(n + (endGiven ? 0 : 1), minLength);
    ByteBuffer b = ByteBuffer.allocate(size);
    for (DhcpOption o : options) {
      o.encode(b);
    }
    if (!endGiven) {
      b.put((byte) 255);
    }
    return ByteString.copyOf(b.array());
  }

  /**
   * Lays the options out so that the options field holds at most {@code capacity} octets,
   * continuing in {@code file} and then {@code sname} (those given as non-null are free to
   * use). An option that does not fit where the layout stands moves to the next area whole
   * when it fits there, and is split across the two otherwise (RFC 3396 §5 allows both).
   *
   * @throws IllegalArgumentException if the options do not fit
   */
  static Areas overloaded(List<DhcpOption> options, int capacity, int minLength,
      ByteString file, ByteString sname) {
    ByteString simple = simple(options, 0);
    if (simple.size() <= capacity) {
      return new Areas(simple(options, Math.min(minLength, capacity)), file, sname);
    }
    int[] caps = {capacity, file != null ? DhcpFields.FILE_LENGTH : 0,
        sname != null ? DhcpFields.SNAME_LENGTH : 0};
    byte[][] out = {new byte[capacity], new byte[DhcpFields.FILE_LENGTH],
        new byte[DhcpFields.SNAME_LENGTH]};
    int[] used = {3, 0, 0}; // the options field starts with Option Overload (3 octets)
    int cur = 0;
    for (DhcpOption o : options) {
      if (o instanceof DhcpOption.End) {
        continue;
      }
      if (o instanceof DhcpOption.Pad) {
        while (caps[cur] - used[cur] - 1 < 1) {
          cur = next(cur, caps, capacity);
        }
        out[cur][used[cur]++] = 0;
        continue;
      }
      byte[] data = DhcpWire.data(o);
      int code = o.code().value();
      int off = 0;
      boolean first = true;
      while (first || off < data.length) {
        int rem = data.length - off;
        int want = Math.min(rem, DhcpWire.MAX_INSTANCE_DATA);
        int space = caps[cur] - used[cur] - 1; // keep one octet for End
        int chunk;
        if (space >= 2 + want) {
          chunk = want;
        } else if (space >= 3 && rem > 0 && !fitsWholeLater(cur, caps, rem)) {
          chunk = space - 2;
        } else {
          cur = next(cur, caps, capacity);
          continue;
        }
        byte[] a = out[cur];
        a[used[cur]] = (byte) code;
        a[used[cur] + 1] = (byte) chunk;
        System.arraycopy(data, off, a, used[cur] + 2, chunk);
        used[cur] += 2 + chunk;
        off += chunk;
        first = false;
      }
    }
    int overload = (used[1] > 0 ? DhcpOption.Overload.FILE : 0)
        | (used[2] > 0 ? DhcpOption.Overload.SNAME : 0);
    out[0][0] = 52;
    out[0][1] = 1;
    out[0][2] = (byte) overload;
    byte[] main = new byte[Math.max(used[0] + 1, Math.min(minLength, capacity))];
    System.arraycopy(out[0], 0, main, 0, used[0]);
    main[used[0]] = (byte) 255;
    ByteString f = file;
    ByteString s = sname;
    if (used[1] > 0) {
      out[1][used[1]] = (byte) 255;
      f = ByteString.copyOf(out[1]);
    }
    if (used[2] > 0) {
      out[2][used[2]] = (byte) 255;
      s = ByteString.copyOf(out[2]);
    }
    return new Areas(ByteString.copyOf(main), f, s);
  }

  private static boolean fitsWholeLater(int cur, int[] caps, int rem) {
    for (int k = cur + 1; k < caps.length; k++) {
      if (caps[k] - 1 >= rem + 2 && rem <= DhcpWire.MAX_INSTANCE_DATA) {
        return true;
      }
    }
    return false;
  }

  private static int next(int cur, int[] caps, int capacity) {
    for (int k = cur + 1; k < caps.length; k++) {
      if (caps[k] > 0) {
        return k;
      }
    }
    throw new IllegalArgumentException("the options do not fit in an options field of "
        + capacity + " octets with the free file and sname fields");
  }
}
