package io.github.netcodec.address;

import java.util.Arrays;

/**
 * The IPv6 half of {@link RoutingTable}: a path-compressed binary trie (PATRICIA) packed into
 * one {@code long[]}, four longs (32 bytes, half a cache line) per node, so that visiting a node
 * costs one cache miss and no object.
 *
 * <p>Node {@code n} occupies {@code nodes[4n .. 4n+3]}: the prefix's high and low 64 bits (host
 * bits zero), the two children as {@code child0 << 32 | child1} (-1 for none), and the prefix
 * length with bit 8 set if the node holds a route. Values live in a parallel {@code Object[]}.
 *
 * <p>Node 0 is the root {@code ::/0}. Every other node has a prefix strictly longer than its
 * parent's and either holds a route or has two children, so there are fewer than two nodes per
 * route. A multibit layout like the IPv4 one would spend kilobytes per sparse IPv6 prefix.
 */
final class Ipv6Lpm {
  private static final int HAS_VALUE = 1 << 8;

  private static final long NO_CHILDREN = -1L;

  /** Bits of the top-level index: the first 16 address bits select a slot. */
  private static final int TOP_BITS = 16;
  private static final int[] NO_TOP_NODE = new int[1 << TOP_BITS]; // all the root, node 0
  private static final int[] NO_TOP_BEST = new int[1 << TOP_BITS];

  static {
    Arrays.fill(NO_TOP_BEST, -1);
  }

  /**
   * For each value of the first 16 address bits: the deepest node of length at most 16 on that
   * path, where lookups start, skipping the top of the trie ...
   */
  private int[] topNode = NO_TOP_NODE;
  /** ... and the longest route of length at most 16 above or at it, or -1. */
  private int[] topBest = NO_TOP_BEST;
  /** First and last top slot to recompute after the current mutation; first > last if none. */
  private int dirtyFrom = Integer.MAX_VALUE;
  private int dirtyTo = -1;

  private long[] nodes = new long[4 * 16];
  private Object[] value = new Object[16];
  private int nodeCount;
  private int[] freeNodes = new int[16];
  private int freeCount;
  private int size;

  Ipv6Lpm() {
    clear();
  }

  void clear() {
    topNode = NO_TOP_NODE;
    topBest = NO_TOP_BEST;
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

  private static boolean matches(long[] s, int b, long hi, long lo, int len) {
    return (hi & Ipv6Prefix.maskHigh(len)) == s[b] && (lo & Ipv6Prefix.maskLow(len)) == s[b + 1];
  }

  private int len(int n) {
    return (int) nodes[4 * n + 3] & 0xff;
  }

  private int child(int n, boolean one) {
    long c = nodes[4 * n + 2];
    return one ? (int) c : (int) (c >> 32);
  }

  private void setChild(int n, boolean one, int c) {
    long old = nodes[4 * n + 2];
    nodes[4 * n + 2] = one
        ? (old & 0xffff_ffff_0000_0000L) | (c & 0xffff_ffffL)
        : (old & 0xffff_ffffL) | ((long) c << 32);
  }

  /** Returns the node of the longest route containing the address, or -1. */
  int lookupNode(long hi, long lo) {
    long[] s = nodes;
    int slot = (int) (hi >>> (64 - TOP_BITS));
    int best = topBest[slot];
    int n = topNode[slot];
    while (n >= 0) {
      int b = 4 * n;
      int meta = (int) s[b + 3];
      int len = meta & 0xff;
      // Only route nodes need the comparison: below a non-matching branch nothing matches.
      if ((meta & HAS_VALUE) != 0) {
        if (!matches(s, b, hi, lo, len)) {
          break;
        }
        best = n;
      }
      if (len == 128) {
        break;
      }
      long c = s[b + 2];
      n = bit(hi, lo, len) ? (int) c : (int) (c >> 32);
    }
    return best;
  }

  Object lookup(long hi, long lo) {
    int n = lookupNode(hi, lo);
    return n < 0 ? null : value[n];
  }

  long nodeHigh(int n) {
    return nodes[4 * n];
  }

  long nodeLow(int n) {
    return nodes[4 * n + 1];
  }

  int nodeLength(int n) {
    return len(n);
  }

  Object nodeValue(int n) {
    return value[n];
  }

  /** Returns the node with exactly this prefix (route or not), or -1. */
  private int findExact(long hi, long lo, int len) {
    int n = 0;
    while (n >= 0) {
      int nl = len(n);
      if (nl > len || !matches(nodes, 4 * n, hi, lo, nl)) {
        return -1;
      }
      if (nl == len) {
        return n;
      }
      n = child(n, bit(hi, lo, nl));
    }
    return -1;
  }

  Object get(long hi, long lo, int len) {
    int n = findExact(hi, lo, len);
    return n < 0 ? null : value[n];
  }

  private void setValue(int n, Object v) {
    touched(n);
    value[n] = v;
    int b = 4 * n + 3;
    nodes[b] = v == null ? nodes[b] & ~HAS_VALUE : nodes[b] | HAS_VALUE;
  }

  Object put(long hi, long lo, int len, Object v) {
    Object old = put0(hi, lo, len, v);
    refreshTop();
    return old;
  }

  private Object put0(long hi, long lo, int len, Object v) {
    int n = 0;
    while (true) {
      int nl = len(n);
      if (nl == len) {
        Object old = value[n];
        setValue(n, v);
        if (old == null) {
          size++;
        }
        return old;
      }
      boolean b = bit(hi, lo, nl);
      int c = child(n, b);
      if (c < 0) {
        int leaf = newNode(hi, lo, len, v);
        setChild(n, b, leaf);
        size++;
        return null;
      }
      int cl = len(c);
      long ch = nodes[4 * c];
      long clo = nodes[4 * c + 1];
      int common = Math.min(Math.min(cl, len), commonLength(hi, lo, ch, clo));
      if (common == cl) {
        n = c; // c's prefix is a prefix of the new one
        continue;
      }
      if (common == len) {
        // The new prefix sits between n and c.
        int m = newNode(hi, lo, len, v);
        setChild(m, bit(ch, clo, len), c);
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

  /** Notes that node n (created, removed or given a new value) may change the top index. */
  private void touched(int n) {
    int len = len(n);
    if (len <= TOP_BITS) {
      int from = (int) (nodes[4 * n] >>> (64 - TOP_BITS));
      dirtyFrom = Math.min(dirtyFrom, from);
      dirtyTo = Math.max(dirtyTo, from + (1 << (TOP_BITS - len)) - 1);
    }
  }

  /** Recomputes the top index over the dirty slots by walking down from the root. */
  private void refreshTop() {
    if (dirtyFrom > dirtyTo) {
      return;
    }
    if (topNode == NO_TOP_NODE) {
      topNode = NO_TOP_NODE.clone();
      topBest = NO_TOP_BEST.clone();
    }
    for (int slot = dirtyFrom; slot <= dirtyTo; slot++) {
      long hi = (long) slot << (64 - TOP_BITS);
      int n = 0;
      int best = value[0] != null ? 0 : -1;
      while (true) {
        int c = child(n, bit(hi, 0, len(n)));
        if (c < 0 || len(c) > TOP_BITS || !matches(nodes, 4 * c, hi, 0, len(c))) {
          break;
        }
        n = c;
        if (value[n] != null) {
          best = n;
        }
      }
      topNode[slot] = n;
      topBest[slot] = best;
    }
    dirtyFrom = Integer.MAX_VALUE;
    dirtyTo = -1;
  }

  private static int commonLength(long h1, long l1, long h2, long l2) {
    long x = h1 ^ h2;
    if (x != 0) {
      return Long.numberOfLeadingZeros(x);
    }
    return 64 + Long.numberOfLeadingZeros(l1 ^ l2); // 128 when equal
  }

  Object remove(long hi, long lo, int len) {
    Object old = remove0(hi, lo, len);
    refreshTop();
    return old;
  }

  private Object remove0(long hi, long lo, int len) {
    int parent = -1;
    int n = 0;
    while (n >= 0) {
      int nl = len(n);
      if (nl > len || !matches(nodes, 4 * n, hi, lo, nl)) {
        return null;
      }
      if (nl == len) {
        break;
      }
      parent = n;
      n = child(n, bit(hi, lo, nl));
    }
    if (n < 0 || value[n] == null) {
      return null;
    }
    Object old = value[n];
    setValue(n, null);
    size--;
    if (n != 0) {
      compact(n, parent);
    }
    return old;
  }

  /** Removes a route-less node with fewer than two children, then maybe its parent. */
  private void compact(int n, int parent) {
    int c0 = child(n, false);
    int c1 = child(n, true);
    if (c0 >= 0 && c1 >= 0) {
      return;
    }
    int only = c0 >= 0 ? c0 : c1; // -1 if a leaf
    setChild(parent, child(parent, true) == n, only);
    freeNode(n);
    // The parent may now be a route-less branch with one child.
    if (parent != 0 && value[parent] == null
        && (child(parent, false) < 0 || child(parent, true) < 0)) {
      compact(parent, findParent(parent));
    }
  }

  private int findParent(int target) {
    long hi = nodes[4 * target];
    long lo = nodes[4 * target + 1];
    int n = 0;
    while (true) {
      int c = child(n, bit(hi, lo, len(n)));
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
      if (nodeCount == value.length) {
        int cap = nodeCount * 2;
        nodes = Arrays.copyOf(nodes, 4 * cap);
        value = Arrays.copyOf(value, cap);
      }
      n = nodeCount++;
    }
    int b = 4 * n;
    nodes[b] = hi;
    nodes[b + 1] = lo;
    nodes[b + 2] = NO_CHILDREN;
    nodes[b + 3] = len | (v != null ? HAS_VALUE : 0);
    value[n] = v;
    touched(n);
    return n;
  }

  private void freeNode(int n) {
    touched(n);
    value[n] = null;
    nodes[4 * n + 2] = NO_CHILDREN;
    nodes[4 * n + 3] = 0;
    if (freeCount == freeNodes.length) {
      freeNodes = Arrays.copyOf(freeNodes, freeCount * 2);
    }
    freeNodes[freeCount++] = n;
  }

  /** Returns the nodes holding a route, in prefix order (pre-order: node, child 0, child 1). */
  int[] routesInOrder() {
    int[] out = new int[size];
    int k = 0;
    int[] stack = new int[260];
    int sp = 0;
    stack[sp++] = 0;
    while (sp > 0) {
      int n = stack[--sp];
      if (value[n] != null) {
        out[k++] = n;
      }
      int c1 = child(n, true);
      int c0 = child(n, false);
      if (c1 >= 0) {
        stack[sp++] = c1;
      }
      if (c0 >= 0) {
        stack[sp++] = c0;
      }
    }
    return out;
  }

  long footprintBytes() {
    long top = topNode == NO_TOP_NODE ? 0 : 8L << TOP_BITS;
    return 8L * nodes.length + 4L * value.length + 4L * freeNodes.length + top;
  }
}
