package io.github.netcodec.address;

import java.util.Arrays;

/**
 * The IPv4 half of {@link RoutingTable}: a three-level multibit trie with strides 16, 8 and 8
 * and leaf pushing, in one {@code int[]} (the DIR-16-8-8 layout).
 *
 * <p>{@code slots[0..65535]} is the root, indexed by the top 16 address bits; a child node is
 * 256 consecutive slots indexed by the next 8 bits. A slot holds
 *
 * <ul>
 *   <li>{@code 0}: no route;
 *   <li>a positive value {@code (route + 1) << 6 | length}: the longest route covering the slot
 *       (a prefix shorter than the level is expanded into every slot it covers);
 *   <li>a negative value {@code ~offset}: a child node starting at {@code slots[offset]}.
 * </ul>
 *
 * <p>A lookup is therefore at most three dependent array reads. A slot remembers the length
 * of the route it holds, so an insertion overwrites only slots held by shorter routes, and a
 * removal puts back the next shorter covering route, found in the exact-match hash index.
 * Child nodes whose 256 slots become equal after a removal are folded back into their parent
 * and reused.
 */
final class Ipv4Lpm {
  private static final int ROOT = 1 << 16;
  private static final int NODE = 256;
  /** Route indices must fit in a slot: {@code (route + 1) << 6} stays positive. */
  static final int MAX_ROUTES = (1 << 25) - 1;

  /** The root of every empty table, shared and never written, so empty tables are small. */
  private static final int[] EMPTY_ROOT = new int[ROOT];

  /** Root and child nodes. */
  private int[] slots = EMPTY_ROOT;
  private int slotsUsed = ROOT;
  /** Offsets of freed child nodes, for reuse. */
  private int[] freeNodes = new int[8];
  private int freeNodeCount;

  /** Routes by index: prefix bits, length, value. */
  private int[] routePrefix = new int[16];
  private byte[] routeLength = new byte[16];
  private Object[] routeValue = new Object[16];
  private int routeCount; // high-water mark of indices
  private int[] freeRoutes = new int[16];
  private int freeRouteCount;
  private int size;

  /** Exact-match index: open addressing with linear probing, holding route index + 1. */
  private int[] index = new int[32];

  int size() {
    return size;
  }

  /** Returns the value of the longest route containing the address, or null. */
  Object lookup(int a) {
    int[] s = slots;
    int e = s[a >>> 16];
    if (e < 0) {
      e = s[~e + ((a >>> 8) & 0xff)];
      if (e < 0) {
        e = s[~e + (a & 0xff)];
      }
    }
    return e == 0 ? null : routeValue[(e >>> 6) - 1];
  }

  /** Returns the index of the longest route containing the address, or -1. */
  int lookupRoute(int a) {
    int[] s = slots;
    int e = s[a >>> 16];
    if (e < 0) {
      e = s[~e + ((a >>> 8) & 0xff)];
      if (e < 0) {
        e = s[~e + (a & 0xff)];
      }
    }
    return (e >>> 6) - 1;
  }

  int routePrefix(int r) {
    return routePrefix[r];
  }

  int routeLength(int r) {
    return routeLength[r];
  }

  Object routeValue(int r) {
    return routeValue[r];
  }

  /** Returns the value stored for exactly this prefix, or null. */
  Object get(int prefix, int length) {
    int r = find(prefix, length);
    return r < 0 ? null : routeValue[r];
  }

  /** Stores a value for a prefix; returns the previous value or null. */
  Object put(int prefix, int length, Object value) {
    int r = find(prefix, length);
    if (r >= 0) {
      Object old = routeValue[r];
      routeValue[r] = value;
      return old;
    }
    if (slots == EMPTY_ROOT) {
      slots = new int[ROOT];
    }
    r = newRoute(prefix, length, value);
    indexInsert(r);
    int entry = (r + 1) << 6 | length;
    if (length <= 16) {
      int from = prefix >>> 16;
      for (int i = from, end = from + (1 << (16 - length)); i < end; i++) {
        slots[i] = pushInto(slots[i], entry, length);
      }
    } else {
      int node = child(prefix >>> 16);
      if (length <= 24) {
        int from = node + ((prefix >>> 8) & 0xff);
        for (int i = from, end = from + (1 << (24 - length)); i < end; i++) {
          slots[i] = pushInto(slots[i], entry, length);
        }
      } else {
        int node2 = child(node + ((prefix >>> 8) & 0xff));
        int from = node2 + (prefix & 0xff);
        for (int i = from, end = from + (1 << (32 - length)); i < end; i++) {
          slots[i] = pushInto(slots[i], entry, length);
        }
      }
    }
    size++;
    return null;
  }

  /** The new value of a slot when a route of {@code length} is added over it. */
  private int pushInto(int slot, int entry, int length) {
    if (slot < 0) {
      int node = ~slot;
      for (int i = node; i < node + NODE; i++) {
        slots[i] = pushInto(slots[i], entry, length);
      }
      return slot;
    }
    return slot == 0 || (slot & 63) <= length ? entry : slot;
  }

  /** Returns the offset of the child node at a slot, creating it (leaf-pushed) if needed. */
  private int child(int at) {
    int slot = slots[at];
    if (slot < 0) {
      return ~slot;
    }
    int node;
    if (freeNodeCount > 0) {
      node = freeNodes[--freeNodeCount];
    } else {
      if (slotsUsed + NODE > slots.length) {
        slots = Arrays.copyOf(slots, Math.max(slotsUsed + NODE, slots.length + (slots.length >> 1)));
      }
      node = slotsUsed;
      slotsUsed += NODE;
    }
    Arrays.fill(slots, node, node + NODE, slot);
    slots[at] = ~node;
    return node;
  }

  /** Removes a prefix; returns its value or null if it was not present. */
  Object remove(int prefix, int length) {
    int r = find(prefix, length);
    if (r < 0) {
      return null;
    }
    Object old = routeValue[r];
    int entry = (r + 1) << 6 | length;
    int replacement = 0;
    for (int l = length - 1; l >= 0; l--) {
      int q = find(prefix & Ipv4Prefix.mask(l), l);
      if (q >= 0) {
        replacement = (q + 1) << 6 | l;
        break;
      }
    }
    if (length <= 16) {
      int from = prefix >>> 16;
      for (int i = from, end = from + (1 << (16 - length)); i < end; i++) {
        slots[i] = replace(slots[i], entry, replacement);
      }
    } else {
      int rootAt = prefix >>> 16;
      int node = ~slots[rootAt];
      int at1 = node + ((prefix >>> 8) & 0xff);
      if (length <= 24) {
        for (int i = at1, end = at1 + (1 << (24 - length)); i < end; i++) {
          slots[i] = replace(slots[i], entry, replacement);
        }
      } else {
        int node2 = ~slots[at1];
        int from = node2 + (prefix & 0xff);
        for (int i = from, end = from + (1 << (32 - length)); i < end; i++) {
          slots[i] = replace(slots[i], entry, replacement);
        }
        fold(at1);
      }
      fold(rootAt);
    }
    indexRemove(r);
    routeValue[r] = null;
    if (freeRouteCount == freeRoutes.length) {
      freeRoutes = Arrays.copyOf(freeRoutes, freeRoutes.length * 2);
    }
    freeRoutes[freeRouteCount++] = r;
    size--;
    return old;
  }

  private int replace(int slot, int entry, int replacement) {
    if (slot < 0) {
      int node = ~slot;
      for (int i = node; i < node + NODE; i++) {
        slots[i] = replace(slots[i], entry, replacement);
      }
      return slot;
    }
    return slot == entry ? replacement : slot;
  }

  /** Folds the child node at a slot back into the slot if its 256 slots are one leaf value. */
  private void fold(int at) {
    int slot = slots[at];
    if (slot >= 0) {
      return;
    }
    int node = ~slot;
    int first = slots[node];
    if (first < 0) {
      return;
    }
    for (int i = node + 1; i < node + NODE; i++) {
      if (slots[i] != first) {
        return;
      }
    }
    slots[at] = first;
    if (freeNodeCount == freeNodes.length) {
      freeNodes = Arrays.copyOf(freeNodes, freeNodes.length * 2);
    }
    freeNodes[freeNodeCount++] = node;
  }

  void clear() {
    slots = EMPTY_ROOT;
    slotsUsed = ROOT;
    freeNodeCount = 0;
    Arrays.fill(routeValue, null);
    routeCount = 0;
    freeRouteCount = 0;
    size = 0;
    index = new int[32];
  }

  /** Returns the indices of all routes, in no particular order. */
  int[] routes() {
    int[] out = new int[size];
    int k = 0;
    for (int r = 0; r < routeCount; r++) {
      if (routeValue[r] != null) {
        out[k++] = r;
      }
    }
    return out;
  }

  /** Bytes held by the arrays (excluding the values themselves). */
  long footprintBytes() {
    return (slots == EMPTY_ROOT ? 0 : 4L * slots.length) + 4L * freeNodes.length + 4L * routePrefix.length
        + routeLength.length + 4L * routeValue.length + 4L * freeRoutes.length
        + 4L * index.length;
  }

  private int newRoute(int prefix, int length, Object value) {
    int r;
    if (freeRouteCount > 0) {
      r = freeRoutes[--freeRouteCount];
    } else {
      if (routeCount == MAX_ROUTES) {
        throw new IllegalStateException("an IPv4 table holds at most " + MAX_ROUTES + " routes");
      }
      if (routeCount == routePrefix.length) {
        int n = routeCount * 2;
        routePrefix = Arrays.copyOf(routePrefix, n);
        routeLength = Arrays.copyOf(routeLength, n);
        routeValue = Arrays.copyOf(routeValue, n);
      }
      r = routeCount++;
    }
    routePrefix[r] = prefix;
    routeLength[r] = (byte) length;
    routeValue[r] = value;
    return r;
  }

  // ---------------------------------------------------------------- exact-match index

  private static int hash(int prefix, int length) {
    int h = prefix * 0x9E3779B1 + length * 0x85EBCA6B;
    return h ^ (h >>> 15);
  }

  private int find(int prefix, int length) {
    int mask = index.length - 1;
    for (int i = hash(prefix, length) & mask; ; i = (i + 1) & mask) {
      int e = index[i];
      if (e == 0) {
        return -1;
      }
      int r = e - 1;
      if (routePrefix[r] == prefix && routeLength[r] == length) {
        return r;
      }
    }
  }

  private void indexInsert(int r) {
    if ((size + 1) * 2 > index.length) {
      int[] old = index;
      index = new int[old.length * 2];
      for (int e : old) {
        if (e != 0) {
          place(e - 1);
        }
      }
    }
    place(r);
  }

  private void place(int r) {
    int mask = index.length - 1;
    int i = hash(routePrefix[r], routeLength[r]) & mask;
    while (index[i] != 0) {
      i = (i + 1) & mask;
    }
    index[i] = r + 1;
  }

  /** Linear-probing deletion by backward shift (no tombstones). */
  private void indexRemove(int r) {
    int mask = index.length - 1;
    int i = hash(routePrefix[r], routeLength[r]) & mask;
    while (index[i] != r + 1) {
      i = (i + 1) & mask;
    }
    int hole = i;
    for (int j = (hole + 1) & mask; index[j] != 0; j = (j + 1) & mask) {
      int q = index[j] - 1;
      int home = hash(routePrefix[q], routeLength[q]) & mask;
      // Move q into the hole if its home is not cyclically within (hole, j].
      boolean homeBetween = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!homeBetween) {
        index[hole] = index[j];
        hole = j;
      }
    }
    index[hole] = 0;
  }
}
