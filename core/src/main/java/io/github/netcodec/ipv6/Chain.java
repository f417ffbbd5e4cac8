package io.github.netcodec.ipv6;

import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.internal.BigEndian;
import io.github.netcodec.ip.IpProtocol;
import java.nio.ByteBuffer;

/**
 * The extension header registry: which Next Header values the chain walk follows, how long each
 * header is, which record decodes it, and how headers link to what follows them.
 */
final class Chain {
  private Chain() {}

  /** Whether the parser reads a header of this type rather than stopping at it. */
  static boolean isExtension(int type) {
    return IpProtocol.of(type).isIpv6ExtensionHeader();
  }

  /**
   * Returns the length of the header of this type at absolute index {@code at}, or -1 if fewer
   * bytes than {@code end} allows are there to read its length field.
   */
  static int length(int type, ByteBuffer buf, int at, int end) {
    switch (type) {
      case Ipv6Fields.TYPE_FRAGMENT: // RFC 8200 §4.5
        return Ipv6Fields.FRAG_LENGTH;
      case Ipv6Fields.TYPE_ESP: // SPI and sequence number, RFC 4303 §2
        return Ipv6Fields.ESP_LENGTH;
      case Ipv6Fields.TYPE_AH: // RFC 4302 §2.2: 4-octet units minus 2
        return end - at < 2
            ? -1
            : (BigEndian.u8(buf, at + Ipv6Fields.AH_LENGTH) + 2) * Ipv6Fields.AH_UNIT;
      default: // RFC 8200 §4 and RFC 6564: 8-octet units not counting the first
        return end - at < 2
            ? -1
            : (BigEndian.u8(buf, at + Ipv6Fields.EXT_LENGTH) + 1) * Ipv6Fields.EXT_UNIT;
    }
  }

  /** Decodes the header of this type whose {@code length} bytes at {@code at} are present. */
  static Ipv6ExtensionHeader decode(int type, ByteBuffer buf, int at, int length, int base) {
    switch (type) {
      case Ipv6Fields.TYPE_HOP_BY_HOP:
        return HopByHopOptions.decode(buf, at, length, base);
      case Ipv6Fields.TYPE_DESTINATION_OPTIONS:
        return DestinationOptions.decode(buf, at, length, base);
      case Ipv6Fields.TYPE_ROUTING:
        return decodeRouting(buf, at, length, base);
      case Ipv6Fields.TYPE_FRAGMENT:
        return FragmentHeader.decode(buf, at);
      case Ipv6Fields.TYPE_ESP:
        return EspHeader.decode(buf, at);
      case Ipv6Fields.TYPE_AH:
        if (length < Ipv6Fields.AH_ICV) {
          throw new MalformedPacketException("IPv6", "Authentication Header payload length",
              at + Ipv6Fields.AH_LENGTH - base, "is " + (length / Ipv6Fields.AH_UNIT - 2)
                  + ", below the minimum 1 (12 bytes)");
        }
        return AuthenticationHeader.decode(buf, at, length);
      default:
        return GenericExtensionHeader.decode(buf, at, type, length);
    }
  }

  private static RoutingHeader decodeRouting(ByteBuffer buf, int at, int length, int base) {
    int routingType = BigEndian.u8(buf, at + Ipv6Fields.RT_TYPE);
    switch (routingType) {
      case RoutingHeader.TYPE_2:
        if (length != Type2RoutingHeader.LENGTH) {
          throw new MalformedPacketException("IPv6", "Type 2 Routing header length",
              at + Ipv6Fields.EXT_LENGTH - base, "is " + (length / Ipv6Fields.EXT_UNIT - 1)
                  + ", expected 2 (RFC 6275 §6.4)");
        }
        return Type2RoutingHeader.decode(buf, at);
      case RoutingHeader.TYPE_RPL:
        return RplSourceRouteHeader.decode(buf, at, length, base);
      case RoutingHeader.TYPE_SEGMENT_ROUTING:
        return SegmentRoutingHeader.decode(buf, at, length, base);
      default:
        return UnknownRoutingHeader.decode(buf, at, length);
    }
  }

  /** The header's Next Header value, or -1 for ESP, whose Next Header is encrypted. */
  static int nextOf(Ipv6ExtensionHeader header) {
    if (header instanceof HopByHopOptions h) {
      return h.nextHeader().value();
    } else if (header instanceof DestinationOptions h) {
      return h.nextHeader().value();
    } else if (header instanceof RoutingHeader h) {
      return h.nextHeader().value();
    } else if (header instanceof FragmentHeader h) {
      return h.nextHeader().value();
    } else if (header instanceof AuthenticationHeader h) {
      return h.nextHeader().value();
    } else if (header instanceof GenericExtensionHeader h) {
      return h.nextHeader().value();
    }
    return -1;
  }

  /** The header with another Next Header value; ESP is returned as it is. */
  static Ipv6ExtensionHeader withNext(Ipv6ExtensionHeader header, IpProtocol next) {
    if (nextOf(header) == next.value()) {
      return header;
    } else if (header instanceof HopByHopOptions h) {
      return h.withNextHeader(next);
    } else if (header instanceof DestinationOptions h) {
      return h.withNextHeader(next);
    } else if (header instanceof Type2RoutingHeader h) {
      return h.withNextHeader(next);
    } else if (header instanceof RplSourceRouteHeader h) {
      return h.withNextHeader(next);
    } else if (header instanceof SegmentRoutingHeader h) {
      return h.withNextHeader(next);
    } else if (header instanceof UnknownRoutingHeader h) {
      return h.withNextHeader(next);
    } else if (header instanceof FragmentHeader h) {
      return h.withNextHeader(next);
    } else if (header instanceof AuthenticationHeader h) {
      return h.withNextHeader(next);
    } else if (header instanceof GenericExtensionHeader h) {
      return h.withNextHeader(next);
    }
    return header;
  }

  /** Whether the parser stops after this header: what follows is fragment data or opaque. */
  static boolean endsChain(Ipv6ExtensionHeader header) {
    return header instanceof FragmentHeader || header instanceof EspHeader;
  }

  /** The header's name in messages. */
  static String name(int type) {
    switch (type) {
      case Ipv6Fields.TYPE_HOP_BY_HOP:
        return "Hop-by-Hop Options header";
      case Ipv6Fields.TYPE_ROUTING:
        return "Routing header";
      case Ipv6Fields.TYPE_FRAGMENT:
        return "Fragment header";
      case Ipv6Fields.TYPE_ESP:
        return "ESP header";
      case Ipv6Fields.TYPE_AH:
        return "Authentication Header";
      case Ipv6Fields.TYPE_DESTINATION_OPTIONS:
        return "Destination Options header";
      default:
        return IpProtocol.of(type).name() + " extension header";
    }
  }
}
