package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The character-strings of a parsed TXT record, kept as one copy of their wire form (each a
 * length octet and that many bytes) instead of one {@link ByteString} per string: 16 bytes
 * plus the copy, where a list of byte strings costs a list, a byte string and an array each.
 * {@link #get(int)} makes the {@code ByteString} when asked (a fresh, equal one each time), and
 * the encoder writes the wire form back as it is. Unmodifiable; equal to, and with the hash of,
 * every list of the same byte strings.
 *
 * <p>It implements {@link List} directly rather than extending {@code AbstractList}, whose
 * {@code modCount} would add 8 bytes to every parsed TXT record.
 */
final class TxtStrings implements List<ByteString>, RandomAccess {
  /** The wire form: at least one string, each length octet followed by that many bytes. */
  private final byte[] wire;

  /** Takes over {@code wire}, which the decoder checked and nobody else holds. */
  TxtStrings(byte[] wire) {
    this.wire = wire;
  }

  /** Package access for the encoder; callers must not change it. */
  byte[] wire() {
    return wire;
  }

  @Override
  public int size() {
    int n = 0;
    for (int p = 0; p < wire.length; p += 1 + (wire[p] & 0xff)) {
      n++;
    }
    return n;
  }

  @Override
  public boolean isEmpty() {
    return wire.length == 0;
  }

  @Override
  public ByteString get(int index) {
    int p = 0;
    for (int i = 0; i < index && p < wire.length; i++) {
      p += 1 + (wire[p] & 0xff);
    }
    if (index < 0 || p >= wire.length) {
      throw new IndexOutOfBoundsException("index " + index + " out of bounds for length "
          + size());
    }
    return ByteString.copyOf(wire, p + 1, wire[p] & 0xff);
  }

  /** All the strings as an ordinary unmodifiable list, for the bulk views. */
  private List<ByteString> materialize() {
    ByteString[] out = new ByteString[size()];
    int p = 0;
    for (int i = 0; i < out.length; i++) {
      int n = wire[p] & 0xff;
      out[i] = ByteString.copyOf(wire, p + 1, n);
      p += 1 + n;
    }
    return List.of(out);
  }

  @Override
  public Iterator<ByteString> iterator() {
    return materialize().iterator();
  }

  @Override
  public ListIterator<ByteString> listIterator() {
    return materialize().listIterator();
  }

  @Override
  public ListIterator<ByteString> listIterator(int index) {
    return materialize().listIterator(index);
  }

  @Override
  public List<ByteString> subList(int fromIndex, int toIndex) {
    return materialize().subList(fromIndex, toIndex);
  }

  @Override
  public boolean contains(Object o) {
    return indexOf(o) >= 0;
  }

  @Override
  public boolean containsAll(Collection<?> c) {
    return materialize().containsAll(c);
  }

  @Override
  public int indexOf(Object o) {
    return materialize().indexOf(Objects.requireNonNull(o));
  }

  @Override
  public int lastIndexOf(Object o) {
    return materialize().lastIndexOf(Objects.requireNonNull(o));
  }

  @Override
  public Object[] toArray() {
    return materialize().toArray();
  }

  @Override
  public <T> T[] toArray(T[] a) {
    return materialize().toArray(a);
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof TxtStrings other) {
      return Arrays.equals(wire, other.wire);
    }
    return o instanceof List<?> && materialize().equals(o);
  }

  /** The {@link List#hashCode()} of the byte strings, each hashed as {@link ByteString} does. */
  @Override
  public int hashCode() {
    int h = 1;
    for (int p = 0; p < wire.length; ) {
      int n = wire[p] & 0xff;
      int s = 1;
      for (int k = p + 1; k <= p + n; k++) {
        s = 31 * s + wire[k];
      }
      h = 31 * h + s;
      p += 1 + n;
    }
    return h;
  }

  @Override
  public String toString() {
    return materialize().toString();
  }

  // ------------------------------------------------------------- unmodifiable

  @Override
  public boolean add(ByteString e) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(int index, ByteString e) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean addAll(Collection<? extends ByteString> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean addAll(int index, Collection<? extends ByteString> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ByteString set(int index, ByteString e) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ByteString remove(int index) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }
}
