package io.github.netcodec.ipv4;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an IPv4 packet into fragments that fit a link's MTU (RFC 791 §3.2, "Fragmentation").
 *
 * <ul>
 *   <li>Every fragment but the last carries a multiple of 8 payload bytes, as many as fit; its
 *       offset is in 8-byte units from the start of the original datagram's payload (a packet
 *       that is itself a fragment keeps its place), and MF is set on all but the last, which
 *       keeps the original's MF.
 *   <li>The first fragment keeps every option; the others carry only those with the copied flag
 *       set (source routes, Router Alert, security), padded with End of Option List.
 *   <li>Identification, DSCP, ECN, TTL, protocol, addresses and flags are copied; each fragment
 *       gets its own total length and a correct header checksum.
 *   <li>Payloads are read-only views of the original's payload: nothing is copied.
 * </ul>
 *
 * <pre>{@code
 * List<Ipv4Packet> fragments = Ipv4Fragmenter.fragment(packet, 1500);
 * }</pre>
 */
public final class Ipv4Fragmenter {

  /** The smallest MTU every IPv4 link must carry: 68 bytes (RFC 791 §3.2, RFC 1122). */
  public static final int MIN_MTU = 68;

  private Ipv4Fragmenter() {}

  /**
   * Returns the packet as fragments of at most {@code mtu} bytes each, or the packet alone if it
   * fits.
   *
   * @param packet the packet to split, whole (not truncated)
   * @param mtu the largest packet the link carries, in bytes, at least {@value #MIN_MTU}
   * @return the fragments in order of offset; a single element if no split is needed
   * @throws IllegalArgumentException if the MTU is below {@value #MIN_MTU}, the packet is
   *     truncated, or it needs splitting but has Don't Fragment set (a router would answer with
   *     ICMP "fragmentation needed", RFC 1191)
   */
  public static List<Ipv4Packet> fragment(Ipv4Packet packet, int mtu) {
    if (mtu < MIN_MTU) {
      throw new IllegalArgumentException("mtu " + mtu + " is below the IPv4 minimum " + MIN_MTU);
    }
    if (packet.isTruncated()) {
      throw new IllegalArgumentException("cannot fragment a truncated packet: "
          + packet.encodedLength() + " of its " + packet.totalLength() + " bytes are present");
    }
    if (packet.totalLength() <= mtu) {
      return List.of(packet);
    }
    if (packet.dontFragment()) {
      throw new IllegalArgumentException("Don't Fragment is set and the packet of "
          + packet.totalLength() + " bytes exceeds the MTU " + mtu);
    }
    List<Ipv4Option> copied = new ArrayList<>();
    for (Ipv4Option option : packet.options()) {
      if (option.copied()) {
        copied.add(option);
      }
    }
    Ipv4Packet.Builder later = packet.toBuilder().options(copied);
    int laterHeader = later.payload(ByteBuffer.allocate(0)).build().headerLength();

    ByteBuffer payload = packet.payload();
    int length = payload.remaining();
    int base = packet.fragmentOffsetBytes();
    List<Ipv4Packet> fragments = new ArrayList<>(length / (mtu - laterHeader) + 2);
    int at = 0;
    do {
      boolean first = at == 0;
      int room = (mtu - (first ? packet.headerLength() : laterHeader)) & ~7;
      int n = Math.min(room, length - at);
      boolean lastPiece = at + n == length;
      Ipv4Packet.Builder b = first ? packet.toBuilder() : later;
      fragments.add(b
          .fragmentOffset((base + at) / 8)
          .moreFragments(!lastPiece || packet.moreFragments())
          .payload(payload.slice(at, n))
          .build());
      at += n;
    } while (at < length);
    return List.copyOf(fragments);
  }
}
