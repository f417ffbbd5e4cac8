package io.github.netcodec.icmpv6;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Decoding of Neighbor Discovery options (RFC 4861 §4.6) into {@link NdpOption} records. */
final class NdpOptions {
  private NdpOptions() {}

  /**
   * Parses the options in {@code [from, to)} of a message starting at {@code base}.
   *
   * @param buf the buffer holding the message
   * @param base the index of the message's first byte, for offsets in errors
   * @param from the index of the first option
   * @param to the index after the last option
   * @return the options, unmodifiable
   * @throws MalformedPacketException if an option's length is zero or overruns the message
   */
  static List<NdpOption> parse(ByteBuffer buf, int base, int from, int to) {
    List<NdpOption> options = new ArrayList<>();
    int i = from;
    while (i < to) {
      int type = buf.get(i) & 0xff;
      String field = "ND option " + NdpOptionType.of(type).name();
      if (i + 2 > to) {
        throw new MalformedPacketException(Icmpv6Message.ICMPV6, field, i - base,
            "has no length octet before the message ends at offset " + (to - base));
      }
      int units = buf.get(i + 1) & 0xff;
      if (units == 0) {
        throw new MalformedPacketException(Icmpv6Message.ICMPV6, field, i - base,
            "has length 0, which RFC 4861 §4.6 forbids");
      }
      int length = units * 8;
      if (i + length > to) {
        throw new MalformedPacketException(Icmpv6Message.ICMPV6, field, i - base,
            "has length " + length + " bytes, overrunning the message, which ends at offset "
                + (to - base));
      }
      options.add(decode(buf, i, type, length));
      i += length;
    }
    return List.copyOf(options);
  }

  /** Whether an option of this type and total length decodes as a typed record. */
  static boolean isTyped(int type, int length) {
    switch (type) {
      case 1: // source link-layer address
      case 2: // target link-layer address
      case 4: // redirected header
        return true;
      case 3: // prefix information
        return length == 32;
      case 5: // MTU
        return length == 8;
      case 25: // recursive DNS server
        return length >= 24 && (length - 8) % 16 == 0;
      default:
        return false;
    }
  }

  private static NdpOption decode(ByteBuffer buf, int i, int type, int length) {
    if (!isTyped(type, length)) {
      return new NdpOption.Unknown(NdpOptionType.of(type), ByteString.copyOf(buf, i + 2,
          length - 2));
    }
    switch (type) {
      case 1:
        return new NdpOption.SourceLinkLayerAddress(ByteString.copyOf(buf, i + 2, length - 2));
      case 2:
        return new NdpOption.TargetLinkLayerAddress(ByteString.copyOf(buf, i + 2, length - 2));
      case 3: {
        int flags = buf.get(i + 3) & 0xff;
        return new NdpOption.PrefixInformation(buf.get(i + 2) & 0xff, (flags & 0x80) != 0,
            (flags & 0x40) != 0, flags & 0x3f, BigEndian.getInt(buf, i + 4) & 0xffff_ffffL,
            BigEndian.getInt(buf, i + 8) & 0xffff_ffffL,
            BigEndian.getInt(buf, i + 12), Ipv6Address.read(buf, i + 16));
      }
      case 4:
        return new NdpOption.RedirectedHeader(
            (long) BigEndian.u16(buf, i + 2) << 32
                | BigEndian.getInt(buf, i + 4) & 0xffff_ffffL,
            ByteString.copyOf(buf, i + 8, length - 8));
      case 5:
        return new NdpOption.Mtu(BigEndian.u16(buf, i + 2),
            BigEndian.getInt(buf, i + 4) & 0xffff_ffffL);
      default: {
        List<Ipv6Address> servers = new ArrayList<>();
        for (int at = i + 8; at < i + length; at += 16) {
          servers.add(Ipv6Address.read(buf, at));
        }
        return new NdpOption.RecursiveDnsServer(BigEndian.u16(buf, i + 2),
            BigEndian.getInt(buf, i + 4) & 0xffff_ffffL, servers);
      }
    }
  }
}
