package io.github.netcodec.address;

import java.util.Arrays;

/**
 * The IPv6 half of {@link RoutingTable}: a path-compressed binary trie (PATRICIA) stored in
 * parallel arrays, one index per node, so that a node costs about 40 bytes and no object.
 *
 * <p>Node 0 is the root {@code ::/0}. Every other node has a prefix strictly longer than its
 * parent's and either holds a route or has two children, so the trie has fewer than two nodes
 * per route and a lookup visits at most one node per distinct prefix length on its path. A
 * multibit layout like the IPv4 one would spend kilobytes per sparse IPv6 prefix.
 */
final class Ipv6Lpm {
  private long[] keyHigh = new long[16];
  private long[] keyLow = new long[16];
  private byte[] length = new byte[16];
  private int[] child0 = new int[16];
  private int[] child1 = new int[16];
  private Object[] value = new Object[16];
  private int nodeCount;
  private int[] freeNodes = new int[16];
  private int freeCount;
  private int size;

  Ipv6Lpm() {
    clear();
  }

  void clear() {
    Arrays.fill(value, null);
    nodeCount = 0;
    freeCount = 0;
    size = 0;
    newNode(0, 0, 0, null);
  }

  int size() {
    return size;
  }

  private static boolean bit(long hi, long lo, int i) {
    return i < 64 ? (hi << i) < 0 : (lo << (i - 64)) < 0;
  }

  private boolean matches(int n, long hi, long lo) {
    int len = length[n] & 0xff;
    return (hi & Ipv6Prefix.maskHigh(len)) == keyHigh[n]
        && (lo & Ipv6Prefix.maskLow(len)) == keyLow[n];
  }

  /** Returns the node of the longest route containing the address, or -1. */
  int lookupNode(long hi, long lo) {
    int best = -1;
    int n = 0;
    while (n >= 0 && matches(n, hi, lo)) {
      if (value[n] != null) {
        best = n;
      }
      int len = length[n] & 0xff;
      if (len == 128) {
        break;
      }
      n = bit(hi, lo, len) ? child1[n] : child0[n];
    }
    return best;
  }

  Object lookup(long hi, long lo) {
    int n = lookupNode(hi, lo);
    return n < 0 ? null : value[n];
  }

  long nodeHigh(int n) {
    return keyHigh[n];
  }

  long nodeLow(int n) {
    return keyLow[n];
  }

  int nodeLength(int n) {
    return length[n] & 0xff;
  }

  Object nodeValue(int n) {
    return value[n];
  }

  /** Returns the node with exactly this prefix, or -1. */
  private int findExact(long hi, long lo, int len) {
    int n = 0;
    while (n >= 0) {
      int nl = length[n] & 0xff;
      if (nl > len || !matches(n, hi, lo)) {
        return -1;
      }
      if (nl == len) {
        return n;
      }
      n = bit(hi, lo, nl) ? child1[n] : child0[n];
    }
    return -1;
  }

  Object get(long hi, long lo, int len) {
    int n = findExact(hi, lo, len);
    return n < 0 ? null : value[n];
  }

  Object put(long hi, long lo, int len, Object v) {
    int n = 0;
    while (true) {
      int nl = length[n] & 0xff;
      if (nl == len) {
        Object old = value[n];
        value[n] = v;
        if (old == null) {
          size++;
        }
        return old;
      }
      boolean b = bit(hi, lo, nl);
      int c = b ? child1[n] : child0[n];
      if (c < 0) {
        setChild(n, b, newNode(hi, lo, len, v));
        size++;
        return null;
      }
      int cl = length[c] & 0xff;
      int common = Math.min(Math.min(cl, len), commonLength(hi, lo, keyHigh[c], keyLow[c]));
      if (common == cl) {
        n = c; // c's prefix is a prefix of the new one
        continue;
      }
      if (common == len) {
        // The new prefix sits between n and c.
        int m = newNode(hi, lo, len, v);
        setChild(m, bit(keyHigh[c], keyLow[c], len), c);
        setChild(n, b, m);
        size++;
        return null;
      }
      // They diverge at bit `common`: a new branch node with both below it.
      int branch = newNode(hi & Ipv6Prefix.maskHigh(common), lo & Ipv6Prefix.maskLow(common),
          common, null);
      int leaf = newNode(hi, lo, len, v);
      boolean leafBit = bit(hi, lo, common);
      setChild(branch, leafBit, leaf);
      setChild(branch, !leafBit, c);
      setChild(n, b, branch);
      size++;
      return null;
    }
  }

  private static int commonLength(long h1, long l1, long h2, long l2) {
    long x = h1 ^ h2;
    if (x != 0) {
      return Long.numberOfLeadingZeros(x);
    }
    return 64 + Long.numberOfLeadingZeros(l1 ^ l2); // 128 when equal
  }

  private void setChild(int n, boolean one, int c) {
    if (one) {
      child1[n] = c;
    } else {
      child0[n] = c;
    }
  }

  Object remove(long hi, long lo, int len) {
    int parent = -1;
    int n = 0;
    while (n >= 0) {
      int nl = length[n] & 0xff;
      if (nl > len || !matches(n, hi, lo)) {
        return null;
      }
      if (nl == len) {
        break;
      }
      parent = n;
      n = bit(hi, lo, nl) ? child1[n] : child0[n];
    }
    if (n < 0 || value[n] == null) {
      return null;
    }
    Object old = value[n];
    value[n] = null;
    size--;
    if (n != 0) {
      compact(n, parent);
    }
    return old;
  }

  /** Removes a route-less node with fewer than two children, then maybe its parent. */
  private void compact(int n, int parent) {
    int c0 = child0[n];
    int c1 = child1[n];
    if (c0 >= 0 && c1 >= 0) {
      return;
    }
    int only = c0 >= 0 ? c0 : c1; // -1 if a leaf
    if (child0[parent] == n) {
      child0[parent] = only;
    } else {
      child1[parent] = only;
    }
    freeNode(n);
    // The parent may now be a route-less branch with one child.
    if (parent != 0 && value[parent] == null && (child0[parent] < 0 || child1[parent] < 0)) {
      int grand = findParent(parent);
      compact(parent, grand);
    }
  }

  private int findParent(int target) {
    long hi = keyHigh[target];
    long lo = keyLow[target];
    int n = 0;
    while (true) {
      int c = bit(hi, lo, length[n] & 0xff) ? child1[n] : child0[n];
      if (c == target) {
        return n;
      }
      n = c;
    }
  }

  private int newNode(long hi, long lo, int len, Object v) {
    int n;
    if (freeCount > 0) {
      n = freeNodes[--freeCount];
    } else {
      if (nodeCount == keyHigh.length) {
        int cap = nodeCount * 2;
        keyHigh = Arrays.copyOf(keyHigh, cap);
        keyLow = Arrays.copyOf(keyLow, cap);
        length = Arrays.copyOf(length, cap);
        child0 = Arrays.copyOf(child0, cap);
        child1 = Arrays.copyOf(child1, cap);
        value = Arrays.copyOf(value, cap);
      }
      n = nodeCount++;
    }
    keyHigh[n] = hi;
    keyLow[n] = lo;
    length[n] = (byte) len;
    child0[n] = -1;
    child1[n] = -1;
    value[n] = v;
    return n;
  }

  private void freeNode(int n) {
    value[n] = null;
    child0[n] = -1;
    child1[n] = -1;
    if (freeCount == freeNodes.length) {
      freeNodes = Arrays.copyOf(freeNodes, freeCount * 2);
    }
    freeNodes[freeCount++] = n;
  }

  /** Calls the visitor with every node holding a route, in prefix order (pre-order). */
  int[] routesInOrder() {
    int[] out = new int[size];
    int k = 0;
    int[] stack = new int[130];
    int sp = 0;
    stack[sp++] = 0;
    while (sp > 0) {
      int n = stack[--sp];
      if (value[n] != null) {
        out[k++] = n;
      }
      if (child1[n] >= 0) {
        stack[sp++] = child1[n];
      }
      if (child0[n] >= 0) {
        stack[sp++] = child0[n];
      }
    }
    return out;
  }

  long footprintBytes() {
    return 8L * keyHigh.length + 8L * keyLow.length + length.length + 4L * child0.length
        + 4L * child1.length + 4L * value.length + 4L * freeNodes.length;
  }
}
