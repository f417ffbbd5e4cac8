package io.github.netcodec.ip;

/**
 * What a {@link ReassemblyBuffer} does when a fragment covers bytes it already holds.
 *
 * <p>Overlapping fragments are how reassembly is attacked: teardrop-style length confusion,
 * and overlaps whose bytes differ so that a firewall and the destination reassemble different
 * datagrams (RFC 1858, RFC 3128, RFC 5722). Innocent overlaps are duplicates: a fragment sent
 * twice, or a datagram fragmented again along a different path, whose bytes are identical to
 * those already held. The policy sees whether the overlapping bytes are identical and decides.
 *
 * <table class="striped">
 *   <caption>The policies provided</caption>
 *   <thead><tr><th>Policy</th><th>Identical overlap</th><th>Differing overlap</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link #DISCARD_UNLESS_IDENTICAL}</td><td>keep held bytes, fill holes</td>
 *       <td>discard the datagram</td></tr>
 *     <tr><td>{@link #RFC_5722}</td><td>exact duplicate: drop it; else discard</td>
 *       <td>discard the datagram</td></tr>
 *     <tr><td>{@link #KEEP_FIRST}</td><td colspan="2">keep held bytes, fill holes (RFC 815, BSD)</td></tr>
 *     <tr><td>{@link #TAKE_LAST}</td><td colspan="2">new bytes overwrite held ones (RFC 791's
 *       sample)</td></tr>
 *   </tbody>
 * </table>
 */
@FunctionalInterface
public interface OverlapPolicy {

  /**
   * Identical overlaps are accepted (the new fragment fills only the holes); an overlap whose
   * bytes differ discards the whole datagram. Tolerates every duplicate and re-fragmentation,
   * and gives an attacker no way to choose which bytes win. netcodec's IPv4 default.
   */
  OverlapPolicy DISCARD_UNLESS_IDENTICAL =
      overlap -> overlap.identical() ? Action.KEEP_HELD : Action.DISCARD_DATAGRAM;

  /**
   * RFC 5722 §4 (IPv6) with RFC 8200 §4.5: any overlap discards the whole datagram, except an
   * exact duplicate (a fragment lying wholly within held bytes, identical to them), which is
   * dropped on its own.
   */
  OverlapPolicy RFC_5722 = overlap -> overlap.identical()
      && overlap.overlappingBytes() == overlap.length()
      ? Action.DROP_FRAGMENT
      : Action.DISCARD_DATAGRAM;

  /** The first bytes received win; later fragments only fill holes (RFC 815). */
  OverlapPolicy KEEP_FIRST = overlap -> Action.KEEP_HELD;

  /** The last bytes received win, overwriting what is held. */
  OverlapPolicy TAKE_LAST = overlap -> Action.TAKE_NEW;

  /**
   * Decides what to do with a fragment that overlaps bytes already held.
   *
   * @param overlap the fragment's range and how it overlaps
   * @return the action; never {@code null}
   */
  Action onOverlap(Overlap overlap);

  /**
   * A fragment that overlaps held bytes.
   *
   * @param offset the fragment's offset in the datagram, in bytes
   * @param length the fragment's length in bytes
   * @param overlappingBytes how many of its bytes are already held, 1..length
   * @param identical whether all of those bytes equal the ones held
   */
  record Overlap(int offset, int length, int overlappingBytes, boolean identical) {}

  /** What to do with an overlapping fragment. */
  enum Action {
    /** Keep the held bytes; store the fragment's other bytes in the holes. */
    KEEP_HELD,
    /** Overwrite the held bytes with the fragment's, and store its other bytes in the holes. */
    TAKE_NEW,
    /** Ignore the fragment; the datagram goes on. */
    DROP_FRAGMENT,
    /** Discard the whole datagram, and the fragments of it still to come. */
    DISCARD_DATAGRAM
  }
}
