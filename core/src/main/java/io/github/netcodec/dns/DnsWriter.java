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

  /** The buffer written to; for the array constructor a view made at its first need. */
  private ByteBuffer dst;
  /** The backing array of a writable heap buffer, or the array written to, or null. */
  private final byte[] arr;
  /** Index in {@link #arr} (or in {@link #dst}) of the message's first byte. */
  private final int start;
  private final boolean compress;
  /** Offset from the message start of the next byte. */
  int pos;

  /*
   * Compression table: every suffix written literally (a name's wire array and the index its
   * suffix starts at) with its offset in the message, found through an open-addressing hash
   * table of entry numbers keyed by the suffix's case-insensitive hash (DnsName.hashStep, the
   * same function DnsName.hashCode caches for whole names, so a repeated name is found without
   * hashing it again). Allocated at the first compressed name.
   */
  private byte[][] entryWire;
  /** Per entry: the suffix hash, its start index in the wire array, its offset in the message. */
  private int[] entryData;
  private int entries;
  /** Entry number + 1 per slot, 0 when free; the length is a power of two, at most half full. */
  private int[] slots;

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

  /** Writes into {@code out} from index 0, with compression; {@code out} must be large enough. */
  DnsWriter(byte[] out) {
    this.dst = null;
    this.compress = true;
    this.arr = out;
    this.start = 0;
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
    u32((int) v);
  }

  void u32(int v) {
    if (arr != null) {
      int i = start + pos;
      arr[i] = (byte) (v >>> 24);
      arr[i + 1] = (byte) (v >>> 16);
      arr[i + 2] = (byte) (v >>> 8);
      arr[i + 3] = (byte) v;
    } else if (dst != null) { // byte by byte: the buffer's byte order is not ours to rely on
      dst.put(start + pos, (byte) (v >>> 24));
      dst.put(start + pos + 1, (byte) (v >>> 16));
      dst.put(start + pos + 2, (byte) (v >>> 8));
      dst.put(start + pos + 3, (byte) v);
    }
    pos += 4;
  }

  void u64(long v) {
    u32((int) (v >>> 32));
    u32((int) v);
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
    ByteBuffer d = target();
    if (d != null) {
      d.position(bufferIndex());
      b.writeTo(d);
    }
    pos += b.size();
  }

  void encodable(Encodable e) {
    ByteBuffer d = target();
    if (d != null) {
      d.position(bufferIndex());
      e.encode(d);
    }
    pos += e.encodedLength();
  }

  /** The buffer to hand to other encoders, or null when only counting. */
  private ByteBuffer target() {
    if (dst == null && arr != null) {
      dst = ByteBuffer.wrap(arr); // array constructor: start is 0, the view's offset too
    }
    return dst;
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
    if (slots == null) {
      allocateTable();
    } else {
      // the whole name already in the message (owner names of an RRset, glue): its hash is
      // cached in the name, so this costs a probe and one comparison
      int whole = find(w, 0, name.hashCode());
      if (whole >= 0) {
        u16(0xc000 | whole);
        return;
      }
    }
    suffixes(w, name.labelIndex().data);
  }

  /**
   * Writes a name whose whole is not in the message yet, given its label starts and suffix
   * hashes ({@link DnsName.LabelIndex}).
   */
  private void suffixes(byte[] w, int[] ls) {
    // Every suffix of a remembered suffix is remembered too (unless it lies beyond the 14-bit
    // pointer range, where only compression is lost), so the longest match is found by growing
    // from the shortest suffix until one is missing. The whole name was looked up already.
    int n = ls.length / 2;
    int match = -1;
    int matchLabel = n;
    if (entries > 0) {
      for (int k = n - 1; k > 0; k--) {
        int m = find(w, ls[2 * k], ls[2 * k + 1]);
        if (m < 0) {
          break;
        }
        match = m;
        matchLabel = k;
      }
    }
    remember(w, ls, matchLabel, pos);
    if (match >= 0) {
      bytes(w, 0, ls[2 * matchLabel]);
      u16(0xc000 | match);
    } else {
      bytes(w, 0, w.length);
    }
  }

  private void allocateTable() {
    entryWire = new byte[8][];
    entryData = new int[3 * 8];
    slots = new int[16];
  }

  /** Spreads a hash over the table's index bits. */
  private static int slotOf(int hash, int mask) {
    int x = hash * 0x9e3779b9;
    return (x ^ x >>> 16) & mask;
  }

  /**
   * Records the suffixes of the first {@code count} labels ({@code ls} as in {@link
   * DnsName.LabelIndex}), written literally from {@code at}.
   */
  private void remember(byte[] w, int[] ls, int count, int at) {
    for (int k = 0; k < count; k++) {
      int offset = at + ls[2 * k];
      if (offset > MAX_POINTER_TARGET) {
        return;
      }
      if (entries == entryWire.length) {
        entryWire = Arrays.copyOf(entryWire, entries * 2);
        entryData = Arrays.copyOf(entryData, 3 * entries * 2);
      }
      if ((entries + 1) * 2 > slots.length) {
        rehash(slots.length * 2);
      }
      int e = entries++;
      entryWire[e] = w;
      entryData[3 * e] = ls[2 * k + 1];
      entryData[3 * e + 1] = ls[2 * k];
      entryData[3 * e + 2] = offset;
      insert(e);
    }
  }

  private void insert(int entry) {
    int mask = slots.length - 1;
    int s = slotOf(entryData[3 * entry], mask);
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = entry + 1;
  }

  private void rehash(int size) {
    slots = new int[size];
    for (int e = 0; e < entries; e++) {
      insert(e);
    }
  }

  /** Returns the offset of the suffix of {@code w} from {@code p}, or -1 if none was written. */
  private int find(byte[] w, int p, int hash) {
    int len = w.length - p;
    int[] data = entryData;
    int mask = slots.length - 1;
    for (int s = slotOf(hash, mask); ; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (e < 0) {
        return -1;
      }
      if (data[3 * e] == hash) {
        byte[] ew = entryWire[e];
        int es = data[3 * e + 1];
        if (ew.length - es == len
            && (ew == w && es == p || DnsName.regionEqualsIgnoreCase(ew, es, w, p, len))) {
          return data[3 * e + 2];
        }
      }
    }
  }
}
