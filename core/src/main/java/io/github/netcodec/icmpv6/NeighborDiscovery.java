package io.github.netcodec.icmpv6;

import static io.github.netcodec.icmpv6.Icmpv6Fields.ND_REDIRECT_DESTINATION;
import static io.github.netcodec.icmpv6.Icmpv6Fields.ND_TARGET;
import static io.github.netcodec.internal.Fields.checkRange;

import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * A Neighbor Discovery message (RFC 4861 §4): the fields after an ICMPv6 header of type 133 to
 * 137, and the options. Decode one from an {@link Icmpv6Message} with {@link
 * #parse(Icmpv6Message)}; turn one into a message with {@link #toMessage()} and {@link
 * Icmpv6Message#withComputedChecksum(Ipv6Address, Ipv6Address)}.
 *
 * <pre>
 * Router Solicitation (133)    | Reserved (32)                                   | options
 * Router Advertisement (134)   | Cur Hop Limit |M|O|H|Prf|P|R| Router Lifetime  |
 *                              | Reachable Time (32) | Retrans Timer (32)        | options
 * Neighbor Solicitation (135)  | Reserved (32)       | Target Address (128)      | options
 * Neighbor Advertisement (136) |R|S|O| Reserved (29) | Target Address (128)      | options
 * Redirect (137)               | Reserved (32) | Target (128) | Destination (128) | options
 * </pre>
 *
 * <p>A neighbor solicitation is IPv6's ARP "who has": sent to the target's solicited-node
 * multicast address, answered by a neighbor advertisement with the target link-layer address.
 */
public sealed interface NeighborDiscovery
    permits NeighborDiscovery.RouterSolicitation,
        NeighborDiscovery.RouterAdvertisement,
        NeighborDiscovery.NeighborSolicitation,
        NeighborDiscovery.NeighborAdvertisement,
        NeighborDiscovery.Redirect {

  /**
   * Returns the ICMPv6 type.
   *
   * @return one of the types 133..137
   */
  Icmpv6Type type();

  /**
   * Returns the options, in wire order.
   *
   * @return the options, unmodifiable
   */
  List<NdpOption> options();

  /**
   * Returns the ICMPv6 message body (everything after the checksum) in a new read-only buffer.
   *
   * @return the body
   */
  ByteBuffer body();

  /**
   * Returns this as an ICMPv6 message with code 0 and a zero checksum.
   *
   * @return the message; fill in the checksum with {@link
   *     Icmpv6Message#withComputedChecksum(Ipv6Address, Ipv6Address)}
   */
  default Icmpv6Message toMessage() {
    return Icmpv6Message.of(type(), 0, body());
  }

  /**
   * Decodes the Neighbor Discovery message in an ICMPv6 message of type 133 to 137. The code is
   * not checked (RFC 4861 says receivers discard a non-zero one; the caller decides).
   *
   * @param message the message
   * @return the typed message
   * @throws MalformedPacketException if the type is not a Neighbor Discovery type, the fixed
   *     fields are cut short, or an option's length is zero or overruns the message; offsets
   *     are from the start of the ICMPv6 message
   */
  static NeighborDiscovery parse(Icmpv6Message message) {
    ByteBuffer b = message.body();
    int base = -Icmpv6Fields.BODY; // offsets in messages count from the ICMPv6 type octet
    int end = b.limit();
    switch (message.type().value()) {
      case 133: // Router Solicitation
        need(b, Icmpv6Fields.RS_OPTIONS, "router solicitation");
        return new RouterSolicitation(BigEndian.getInt(b, 0),
            NdpOptions.parse(b, base, Icmpv6Fields.RS_OPTIONS - 4, end));
      case 134: { // Router Advertisement
        need(b, Icmpv6Fields.RA_OPTIONS, "router advertisement");
        return new RouterAdvertisement(b.get(0) & 0xff, b.get(1) & 0xff,
            BigEndian.u16(b, 2), BigEndian.getInt(b, 4) & 0xffff_ffffL,
            BigEndian.getInt(b, 8) & 0xffff_ffffL,
            NdpOptions.parse(b, base, Icmpv6Fields.RA_OPTIONS - 4, end));
      }
      case 135: // Neighbor Solicitation
        need(b, Icmpv6Fields.NS_NA_OPTIONS, "neighbor solicitation");
        return new NeighborSolicitation(BigEndian.getInt(b, 0),
            Ipv6Address.read(b, ND_TARGET - 4),
            NdpOptions.parse(b, base, Icmpv6Fields.NS_NA_OPTIONS - 4, end));
      case 136: // Neighbor Advertisement
        need(b, Icmpv6Fields.NS_NA_OPTIONS, "neighbor advertisement");
        return new NeighborAdvertisement(BigEndian.getInt(b, 0),
            Ipv6Address.read(b, ND_TARGET - 4),
            NdpOptions.parse(b, base, Icmpv6Fields.NS_NA_OPTIONS - 4, end));
      case 137: // Redirect
        need(b, Icmpv6Fields.REDIRECT_OPTIONS, "redirect");
        return new Redirect(BigEndian.getInt(b, 0), Ipv6Address.read(b, ND_TARGET - 4),
            Ipv6Address.read(b, ND_REDIRECT_DESTINATION - 4),
            NdpOptions.parse(b, base, Icmpv6Fields.REDIRECT_OPTIONS - 4, end));
      default:
        throw new MalformedPacketException(Icmpv6Message.ICMPV6, "type", Icmpv6Fields.TYPE,
            "is " + message.type().value() + ", not a Neighbor Discovery type (133..137)");
    }
  }

  private static void need(ByteBuffer body, int messageLength, String what) {
    if (body.limit() + Icmpv6Fields.BODY < messageLength) {
      throw new TruncatedPacketException(Icmpv6Message.ICMPV6, what, 0, messageLength,
          body.limit() + Icmpv6Fields.BODY);
    }
  }

  private static List<NdpOption> checkOptions(List<NdpOption> options) {
    return List.copyOf(Objects.requireNonNull(options, "options"));
  }

  /**
   * Router Solicitation (type 133, RFC 4861 §4.1).
   *
   * @param reserved the reserved word as received
   * @param options the options (typically SLLA)
   */
  record RouterSolicitation(int reserved, List<NdpOption> options) implements NeighborDiscovery {
    /**
     * Copies the options.
     *
     * @param reserved any 32 bits
     * @param options the options
     */
    public RouterSolicitation {
      options = checkOptions(options);
    }

    @Override
    public Icmpv6Type type() {
      return Icmpv6Type.ROUTER_SOLICITATION;
    }

    @Override
    public ByteBuffer body() {
      return NdpBodies.body(4, options, b -> BigEndian.put32(b, reserved));
    }
  }

  /**
   * Router Advertisement (type 134, RFC 4861 §4.2).
   *
   * @param currentHopLimit the hop limit hosts should use, 0..255 (0: unspecified)
   * @param flags the flags octet: M 0x80, O 0x40, H 0x20 (RFC 3775), Prf 0x18 (RFC 4191), P
   *     0x04 (RFC 4389), reserved bits as received; 0..255
   * @param routerLifetime seconds, 0..65535 (0: not a default router)
   * @param reachableTime milliseconds, 0..2^32-1
   * @param retransTimer milliseconds, 0..2^32-1
   * @param options the options (SLLA, MTU, prefix information, RDNSS, ...)
   */
  record RouterAdvertisement(int currentHopLimit, int flags, int routerLifetime,
      long reachableTime, long retransTimer, List<NdpOption> options)
      implements NeighborDiscovery {
    /**
     * Checks the ranges.
     *
     * @param currentHopLimit 0..255
     * @param flags 0..255
     * @param routerLifetime 0..65535
     * @param reachableTime 0..2^32-1
     * @param retransTimer 0..2^32-1
     * @param options the options
     * @throws IllegalArgumentException if out of range
     */
    public RouterAdvertisement {
      checkRange(currentHopLimit, 255, "currentHopLimit");
      checkRange(flags, 255, "flags");
      checkRange(routerLifetime, 0xffff, "routerLifetime");
      checkRange(reachableTime, 0xffff_ffffL, "reachableTime");
      checkRange(retransTimer, 0xffff_ffffL, "retransTimer");
      options = checkOptions(options);
    }

    /**
     * Returns the M flag: addresses are available via DHCPv6.
     *
     * @return the managed flag
     */
    public boolean managed() {
      return (flags & 0x80) != 0;
    }

    /**
     * Returns the O flag: other configuration is available via DHCPv6.
     *
     * @return the other-configuration flag
     */
    public boolean otherConfiguration() {
      return (flags & 0x40) != 0;
    }

    @Override
    public Icmpv6Type type() {
      return Icmpv6Type.ROUTER_ADVERTISEMENT;
    }

    @Override
    public ByteBuffer body() {
      return NdpBodies.body(12, options, b -> {
        b.put((byte) currentHopLimit).put((byte) flags);
        BigEndian.put16(b, routerLifetime);
        BigEndian.put32(b, (int) reachableTime);
        BigEndian.put32(b, (int) retransTimer);
      });
    }
  }

  /**
   * Neighbor Solicitation (type 135, RFC 4861 §4.3): "who has {@code target}?".
   *
   * @param reserved the reserved word as received
   * @param target the address asked about
   * @param options the options (SLLA unless the source is unspecified)
   */
  record NeighborSolicitation(int reserved, Ipv6Address target, List<NdpOption> options)
      implements NeighborDiscovery {
    /**
     * Checks the fields.
     *
     * @param reserved any 32 bits
     * @param target the target
     * @param options the options
     */
    public NeighborSolicitation {
      Objects.requireNonNull(target, "target");
      options = checkOptions(options);
    }

    @Override
    public Icmpv6Type type() {
      return Icmpv6Type.NEIGHBOR_SOLICITATION;
    }

    @Override
    public ByteBuffer body() {
      return NdpBodies.body(20, options, b -> {
        BigEndian.put32(b, reserved);
        target.write(b);
      });
    }
  }

  /**
   * Neighbor Advertisement (type 136, RFC 4861 §4.4).
   *
   * @param flagsAndReserved the first word: R 0x80000000 (router), S 0x40000000 (solicited), O
   *     0x20000000 (override), the 29 reserved bits as received
   * @param target the address advertised
   * @param options the options (TLLA)
   */
  record NeighborAdvertisement(int flagsAndReserved, Ipv6Address target,
      List<NdpOption> options) implements NeighborDiscovery {
    /** The R flag: the sender is a router. */
    public static final int ROUTER = 0x8000_0000;
    /** The S flag: sent in response to a solicitation. */
    public static final int SOLICITED = 0x4000_0000;
    /** The O flag: override an existing cache entry. */
    public static final int OVERRIDE = 0x2000_0000;

    /**
     * Checks the fields.
     *
     * @param flagsAndReserved any 32 bits
     * @param target the target
     * @param options the options
     */
    public NeighborAdvertisement {
      Objects.requireNonNull(target, "target");
      options = checkOptions(options);
    }

    /**
     * Returns the R flag.
     *
     * @return whether the sender is a router
     */
    public boolean router() {
      return (flagsAndReserved & ROUTER) != 0;
    }

    /**
     * Returns the S flag.
     *
     * @return whether solicited
     */
    public boolean solicited() {
      return (flagsAndReserved & SOLICITED) != 0;
    }

    /**
     * Returns the O flag.
     *
     * @return whether to override
     */
    public boolean override() {
      return (flagsAndReserved & OVERRIDE) != 0;
    }

    @Override
    public Icmpv6Type type() {
      return Icmpv6Type.NEIGHBOR_ADVERTISEMENT;
    }

    @Override
    public ByteBuffer body() {
      return NdpBodies.body(20, options, b -> {
        BigEndian.put32(b, flagsAndReserved);
        target.write(b);
      });
    }
  }

  /**
   * Redirect (type 137, RFC 4861 §4.5): a better first hop for a destination.
   *
   * @param reserved the reserved word as received
   * @param target the better first hop
   * @param destination the destination being redirected
   * @param options the options (TLLA, redirected header)
   */
  record Redirect(int reserved, Ipv6Address target, Ipv6Address destination,
      List<NdpOption> options) implements NeighborDiscovery {
    /**
     * Checks the fields.
     *
     * @param reserved any 32 bits
     * @param target the target
     * @param destination the destination
     * @param options the options
     */
    public Redirect {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(destination, "destination");
      options = checkOptions(options);
    }

    @Override
    public Icmpv6Type type() {
      return Icmpv6Type.REDIRECT;
    }

    @Override
    public ByteBuffer body() {
      return NdpBodies.body(36, options, b -> {
        BigEndian.put32(b, reserved);
        target.write(b);
        destination.write(b);
      });
    }
  }
}
