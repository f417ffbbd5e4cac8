package io.github.netcodec.dns;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that nobody else holds: the decoders build the array of
 * exactly the right size and hand it over, so a parsed section is not copied a second time by
 * the records' compact constructors (which pass a {@code FrozenList} through unchanged and copy
 * every other list with {@link List#copyOf}). Elements are never null. Equality, hash code and
 * string form are those of every {@link List}.
 *
 * @param <E> the element type
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
  private final Object[] elements;

  private FrozenList(Object[] elements) {
    this.elements = elements;
  }

  /**
   * Wraps an array the caller gives up: it must hold no null and must never be changed or
   * handed out afterwards.
   */
  static <E> List<E> wrapTrusted(Object[] elements) {
    return elements.length == 0 ? List.of() : new FrozenList<>(elements);
  }

  /** Returns {@code list} itself when it is already unmodifiable here, else an unmodifiable copy. */
  static <E> List<E> copyOf(List<E> list) {
    return list instanceof FrozenList<E> ? list : List.copyOf(list);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, elements.length);
    return (E) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }
}
