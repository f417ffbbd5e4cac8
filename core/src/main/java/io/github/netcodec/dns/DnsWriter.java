package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import java.nio.ByteBuffer;

/**
 * Writes one message at a buffer's position, with name compression (RFC 1035 §4.1.4). With a
 * {@code null} buffer it only counts, running the same compression decisions, so that {@code
 * encodedLength()} and {@code encode} always agree.
 */
final class DnsWriter {
  /** Pointers hold 14 bits: a suffix written at a higher offset cannot be pointed to. */
  private static final int MAX_POINTER_TARGET = 0x3fff;

  private final ByteBuffer dst;
  private final int start;
  private final boolean compress;
  /** Offset from the message start of the next byte. */
  int pos;

  // compression table: suffix (wire array + start index) -> offset in the message
  private byte[][] entryWire = new byte[16][];
  private int[] entryStart = new int[16];
  private int[] entryOffset = new int[16];
  private int[] entryHash = new int[16];
  private int entries;
  private final int[] suffixHash = new int[DnsName.MAX_WIRE_LENGTH + 1];

  DnsWriter(ByteBuffer dst, boolean compress) {
    this.dst = dst;
    this.start = dst == null ? 0 : dst.position();
    this.compress = compress;
  }

  void u8(int v) {
    if (dst != null) {
      dst.put(start + pos, (byte) v);
    }
    pos += 1;
  }

  void u16(int v) {
    if (dst != null) {
      dst.put(start + pos, (byte) (v >>> 8));
      dst.put(start + pos + 1, (byte) v);
    }
    pos += 2;
  }

  void u32(long v) {
    u16((int) (v >>> 16) & 0xffff);
    u16((int) v & 0xffff);
  }

  void u16At(int offset, int v) {
    if (dst != null) {
      dst.put(start + offset, (byte) (v >>> 8));
      dst.put(start + offset + 1, (byte) v);
    }
  }

  void bytes(ByteString b) {
    if (dst != null) {
      dst.position(start + pos);
      b.writeTo(dst);
    }
    pos += b.size();
  }

  void bytes(byte[] b) {
    if (dst != null) {
      dst.put(start + pos, b);
    }
    pos += b.length;
  }

  void encodable(Encodable e) {
    if (dst != null) {
      dst.position(start + pos);
      e.encode(dst);
    }
    pos += e.encodedLength();
  }

  /** Finishes: leaves the buffer's position after the last byte written. */
  void finish() {
    if (dst != null) {
      dst.position(start + pos);
    }
  }

  /**
   * Writes a name, replacing its longest suffix already in the message by a pointer when {@code
   * compressible} (owner names, questions and the rdata names of the RFC 1035 types), and
   * remembering its suffixes as pointer targets. Matching ignores case (RFC 1035 §2.3.3).
   */
  void name(DnsName name, boolean compressible) {
    byte[] w = name.wire();
    if (!compress || !compressible) {
      bytes(w);
      return;
    }
    // suffix hashes, from the end backwards: h(p) = h(p + 1) * 31 + lower(w[p])
    int h = 0;
    for (int p = w.length - 1; p >= 0; p--) {
      h = h * 31 + DnsName.lower(w[p]);
      suffixHash[p] = h;
    }
    int labelsStart = pos;
    int p = 0;
    while (w[p] != 0) {
      int match = find(w, p, suffixHash[p]);
      if (match >= 0) {
        remember(w, p, labelsStart);
        if (dst != null) {
          dst.put(start + pos, w, 0, p);
        }
        pos += p;
        u16(0xc000 | match);
        return;
      }
      p += 1 + w[p];
    }
    remember(w, w.length - 1, labelsStart);
    bytes(w);
  }

  /** Records the suffixes starting before {@code end}, written literally from {@code at}. */
  private void remember(byte[] w, int end, int at) {
    for (int p = 0; p < end; p += 1 + w[p]) {
      int offset = at + p;
      if (offset > MAX_POINTER_TARGET) {
        return;
      }
      if (entries == entryWire.length) {
        int n = entries * 2;
        entryWire = java.util.Arrays.copyOf(entryWire, n);
        entryStart = java.util.Arrays.copyOf(entryStart, n);
        entryOffset = java.util.Arrays.copyOf(entryOffset, n);
        entryHash = java.util.Arrays.copyOf(entryHash, n);
      }
      entryWire[entries] = w;
      entryStart[entries] = p;
      entryOffset[entries] = offset;
      entryHash[entries] = suffixHash[p];
      entries++;
    }
  }

  private int find(byte[] w, int p, int hash) {
    int len = w.length - p;
    for (int i = 0; i < entries; i++) {
      if (entryHash[i] == hash) {
        byte[] e = entryWire[i];
        int s = entryStart[i];
        if (e.length - s == len && DnsName.regionEqualsIgnoreCase(e, s, w, p, len)) {
          return entryOffset[i];
        }
      }
    }
    return -1;
  }
}
