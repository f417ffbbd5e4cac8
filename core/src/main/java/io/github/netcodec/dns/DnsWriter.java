package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Writes one message at a buffer's position, with name compression (RFC 1035 §4.1.4). With a
 * {@code null} buffer it only counts, running the same compression decisions, so that {@code
 * encodedLength()} and {@code encode} always agree. Heap buffers are written through their
 * backing array.
 */
final class DnsWriter {
  /** Pointers hold 14 bits: a suffix written at a higher offset cannot be pointed to. */
  private static final int MAX_POINTER_TARGET = 0x3fff;

  private final ByteBuffer dst;
  /** The backing array of a writable heap buffer, or null. */
  private final byte[] arr;
  /** Index in {@link #arr} (or in {@link #dst}) of the message's first byte. */
  private final int start;
  private final boolean compress;
  /** Offset from the message start of the next byte. */
  int pos;

  // compression table: suffix (wire array + start index) -> offset in the message
  private byte[][] entryWire = new byte[8][];
  private int[] entryStart = new int[8];
  private int[] entryOffset = new int[8];
  private int[] entryHash = new int[8];
  private int entries;
  /** Label starts and suffix hashes of the name being written. */
  private int[] starts = new int[8];
  private int[] hashes = new int[8];

  DnsWriter(ByteBuffer dst, boolean compress) {
    this.dst = dst;
    this.compress = compress;
    if (dst != null && dst.hasArray()) {
      arr = dst.array();
      start = dst.arrayOffset() + dst.position();
    } else {
      arr = null;
      start = dst == null ? 0 : dst.position();
    }
  }

  void u8(int v) {
    if (arr != null) {
      arr[start + pos] = (byte) v;
    } else if (dst != null) {
      dst.put(start + pos, (byte) v);
    }
    pos += 1;
  }

  void u16(int v) {
    if (arr != null) {
      arr[start + pos] = (byte) (v >>> 8);
      arr[start + pos + 1] = (byte) v;
    } else if (dst != null) {
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
    if (arr != null) {
      arr[start + offset] = (byte) (v >>> 8);
      arr[start + offset + 1] = (byte) v;
    } else if (dst != null) {
      dst.put(start + offset, (byte) (v >>> 8));
      dst.put(start + offset + 1, (byte) v);
    }
  }

  void bytes(byte[] b, int from, int length) {
    if (arr != null) {
      System.arraycopy(b, from, arr, start + pos, length);
    } else if (dst != null) {
      dst.put(start + pos, b, from, length);
    }
    pos += length;
  }

  void bytes(ByteString b) {
    if (dst != null) {
      dst.position(bufferIndex());
      b.writeTo(dst);
    }
    pos += b.size();
  }

  void encodable(Encodable e) {
    if (dst != null) {
      dst.position(bufferIndex());
      e.encode(dst);
    }
    pos += e.encodedLength();
  }

  /** The buffer index (not array index) of the next byte. */
  private int bufferIndex() {
    return arr != null ? start - dst.arrayOffset() + pos : start + pos;
  }

  /** Finishes: leaves the buffer's position after the last byte written. */
  void finish() {
    if (dst != null) {
      dst.position(bufferIndex());
    }
  }

  /**
   * Writes a name, replacing its longest suffix already in the message by a pointer when {@code
   * compressible} (owner names, questions and the rdata names of the RFC 1035 types), and
   * remembering its suffixes as pointer targets. Matching ignores case (RFC 1035 §2.3.3).
   */
  void name(DnsName name, boolean compressible) {
    byte[] w = name.wire();
    if (!compress || !compressible || w.length == 1) {
      bytes(w, 0, w.length);
      return;
    }
    // label starts, left to right
    int n = 0;
    for (int p = 0; w[p] != 0; p += 1 + w[p]) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        hashes = Arrays.copyOf(hashes, n * 2);
      }
      starts[n++] = p;
    }
    // one backward pass gives the case-insensitive hash of every label suffix:
    // h(p) = h(p + 1) * 31 + lower(w[p]), recorded at each label start
    int h = 0;
    int i = w.length - 1;
    for (int k = n - 1; k >= 0; k--) {
      for (; i >= starts[k]; i--) {
        h = h * 31 + DnsName.lower(w[i]);
      }
      hashes[k] = h;
    }
    // Every suffix of a remembered suffix is remembered too (unless it lies beyond the 14-bit
    // pointer range, where only compression is lost), so the longest match is found by growing
    // from the shortest suffix until one is missing.
    int match = -1;
    int matchLabel = n;
    for (int k = n - 1; k >= 0; k--) {
      int m = find(w, starts[k], hashes[k]);
      if (m < 0) {
        break;
      }
      match = m;
      matchLabel = k;
    }
    int labelsStart = pos;
    remember(w, matchLabel, labelsStart);
    if (match >= 0) {
      bytes(w, 0, starts[matchLabel]);
      u16(0xc000 | match);
    } else {
      bytes(w, 0, w.length);
    }
  }

  /** Records the suffixes of the first {@code labels} labels, written literally from {@code at}. */
  private void remember(byte[] w, int labels, int at) {
    for (int k = 0; k < labels; k++) {
      int offset = at + starts[k];
      if (offset > MAX_POINTER_TARGET) {
        return;
      }
      if (entries == entryWire.length) {
        int n = entries * 2;
        entryWire = Arrays.copyOf(entryWire, n);
        entryStart = Arrays.copyOf(entryStart, n);
        entryOffset = Arrays.copyOf(entryOffset, n);
        entryHash = Arrays.copyOf(entryHash, n);
      }
      entryWire[entries] = w;
      entryStart[entries] = starts[k];
      entryOffset[entries] = offset;
      entryHash[entries] = hashes[k];
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
