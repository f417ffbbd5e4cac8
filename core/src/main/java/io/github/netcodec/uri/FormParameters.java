package io.github.netcodec.uri;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered multi-map of {@code application/x-www-form-urlencoded} parameters (the WHATWG URL
 * Standard's form format), as found in query strings and form bodies.
 *
 * <pre>{@code
 * FormParameters p = FormParameters.parse("q=a+b&lang=en&lang=fr&flag");
 * p.first("q")       // "a b"
 * p.all("lang")      // [en, fr]
 * p.first("flag")    // null: present without '='
 * p.contains("flag") // true
 * p.with("x", "1&2").toString()  // "q=a+b&lang=en&lang=fr&flag&x=1%262"
 * }</pre>
 *
 * <p>Parsing splits at {@code '&'}, drops empty pieces, splits each piece at its first {@code
 * '='}, reads {@code '+'} as a space and decodes triplets as UTF-8 (a {@code '%'} that does not
 * start a triplet is kept, bytes that are not UTF-8 become U+FFFD); it never throws. Writing
 * keeps letters, digits and {@code *-._}, writes a space as {@code '+'} and encodes the rest.
 * For every value {@code p}, {@code parse(p.toString())} equals {@code p}; for text that
 * {@code toString()} produced, the text comes back unchanged.
 *
 * @param entries the parameters in order; names may repeat
 */
public record FormParameters(List<FormParameter> entries) {

  private static final FormParameters EMPTY = new FormParameters(List.of());

  /**
   * Copies the list.
   *
   * @param entries the parameters in order
   * @throws NullPointerException if the list or an entry is null
   */
  public FormParameters {
    entries = List.copyOf(entries);
  }

  /**
   * Returns the empty list of parameters.
   *
   * @return no parameters
   */
  public static FormParameters of() {
    return EMPTY;
  }

  /**
   * Parses form-urlencoded text.
   *
   * @param text the text, e.g. a query without its {@code '?'}
   * @return the parameters
   */
  public static FormParameters parse(CharSequence text) {
    String s = text.toString();
    int n = s.length();
    if (n == 0) {
      return EMPTY;
    }
    List<FormParameter> list = new ArrayList<>();
    int start = 0;
    while (start <= n) {
      int amp = s.indexOf('&', start);
      int end = amp < 0 ? n : amp;
      if (end > start) {
        int eq = s.indexOf('=', start);
        if (eq < 0 || eq > end) {
          list.add(new FormParameter(PercentEncoding.decode(s.substring(start, end), true, false), null));
        } else {
          list.add(
              new FormParameter(
                  PercentEncoding.decode(s.substring(start, eq), true, false),
                  PercentEncoding.decode(s.substring(eq + 1, end), true, false)));
        }
      }
      start = end + 1;
    }
    return new FormParameters(list);
  }

  /**
   * Returns a copy with one more parameter at the end.
   *
   * @param name the decoded name
   * @param value the decoded value, or {@code null} to write the name without {@code '='}
   * @return the new parameters
   */
  public FormParameters with(String name, String value) {
    List<FormParameter> list = new ArrayList<>(entries.size() + 1);
    list.addAll(entries);
    list.add(new FormParameter(name, value));
    return new FormParameters(list);
  }

  /**
   * Returns a copy without any parameter of this name.
   *
   * @param name the decoded name
   * @return the new parameters
   */
  public FormParameters without(String name) {
    List<FormParameter> list = new ArrayList<>(entries.size());
    for (FormParameter p : entries) {
      if (!p.name().equals(name)) {
        list.add(p);
      }
    }
    return new FormParameters(list);
  }

  /**
   * Whether a parameter of this name is present.
   *
   * @param name the decoded name
   * @return true if at least one entry has it
   */
  public boolean contains(String name) {
    for (FormParameter p : entries) {
      if (p.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the value of the first parameter of this name.
   *
   * @param name the decoded name
   * @return the value, or {@code null} when there is no such parameter or it has no {@code '='}
   *     (tell them apart with {@link #contains})
   */
  public String first(String name) {
    Objects.requireNonNull(name, "name");
    for (FormParameter p : entries) {
      if (p.name().equals(name)) {
        return p.value();
      }
    }
    return null;
  }

  /**
   * Returns the values of every parameter of this name, in order.
   *
   * @param name the decoded name
   * @return an unmodifiable list, empty if there is none; a pair without {@code '='} gives
   *     {@code ""}
   */
  public List<String> all(String name) {
    List<String> values = new ArrayList<>();
    for (FormParameter p : entries) {
      if (p.name().equals(name)) {
        values.add(p.value() == null ? "" : p.value());
      }
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Returns the parameters grouped by name, names in order of first appearance.
   *
   * @return an unmodifiable map from name to its values as {@link #all} gives them
   */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (FormParameter p : entries) {
      map.computeIfAbsent(p.name(), k -> new ArrayList<>())
          .add(p.value() == null ? "" : p.value());
    }
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the number of parameters.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  /**
   * Whether there are no parameters.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Writes the parameters as form-urlencoded text, usable as a query.
   *
   * @return e.g. {@code "q=a+b&x=1%262"}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (FormParameter p : entries) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(PercentEncoding.encodeForm(p.name()));
      if (p.value() != null) {
        out.append('=').append(PercentEncoding.encodeForm(p.value()));
      }
    }
    return out.toString();
  }
}
