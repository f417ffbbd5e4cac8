package io.github.netcodec.ipv6;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Decoding and encoding of the options area shared by Hop-by-Hop and Destination Options. */
final class Options {
  private Options() {}

  /** Zero data for the PadN options that alignment needs (up to 5 data bytes), shared. */
  private static final ByteString[] ZEROS = new ByteString[6];

  /** Router Alert values 0 (MLD), 1 (RSVP) and 2 (active networks), shared (RFC 2711 §2.1). */
  private static final Ipv6Option.RouterAlert[] ROUTER_ALERTS = {
    new Ipv6Option.RouterAlert(0), new Ipv6Option.RouterAlert(1), new Ipv6Option.RouterAlert(2)
  };

  static {
    for (int i = 0; i < ZEROS.length; i++) {
      ZEROS[i] = ByteString.copyOf(new byte[i]);
    }
  }

  /**
   * Decodes the options between absolute indexes {@code from} and {@code to}.
   *
   * @param base the absolute index of the start of the region parsed, for error offsets
   * @param header the header's name for messages, "Hop-by-Hop" or "Destination Options"
   */
  static List<Ipv6Option> decode(ByteBuffer buf, int from, int to, int base, String header) {
    // Most headers hold one or two options: List.of(a) and List.of(a, b) are one object each.
    Ipv6Option first = null;
    Ipv6Option second = null;
    List<Ipv6Option> more = null;
    int i = from;
    while (i < to) {
      int type = BigEndian.u8(buf, i);
      Ipv6Option option;
      if (type == Ipv6Fields.OPT_PAD1) {
        option = Ipv6Option.Pad1.INSTANCE;
        i++;
      } else {
        if (i + 2 > to) {
          throw new MalformedPacketException("IPv6", header + " option", i - base,
              "has type " + type + " but no room for its length byte before the header ends");
        }
        int length = BigEndian.u8(buf, i + 1);
        if (i + 2 + length > to) {
          throw new MalformedPacketException("IPv6", header + " option", i - base,
              "has type " + type + " and " + length + " data bytes, overrunning its header by "
                  + (i + 2 + length - to));
        }
        option = decodeTlv(buf, i, type, length, base, header);
        i += 2 + length;
      }
      if (first == null) {
        first = option;
      } else if (second == null) {
        second = option;
      } else {
        if (more == null) {
          more = new ArrayList<>(8);
          more.add(first);
          more.add(second);
        }
        more.add(option);
      }
    }
    if (more != null) {
      return List.copyOf(more);
    }
    return first == null ? List.of() : second == null ? List.of(first) : List.of(first, second);
  }

  private static Ipv6Option decodeTlv(
      ByteBuffer buf, int i, int type, int length, int base, String header) {
    switch (type) {
      case Ipv6Fields.OPT_PADN:
        return new Ipv6Option.PadN(data(buf, i + 2, length));
      case Ipv6Fields.OPT_ROUTER_ALERT:
        checkLength(header, "Router Alert", i, length, Ipv6Fields.ROUTER_ALERT_DATA_LENGTH, base);
        int value = BigEndian.u16(buf, i + 2);
        return value < ROUTER_ALERTS.length
            ? ROUTER_ALERTS[value]
            : new Ipv6Option.RouterAlert(value);
      case Ipv6Fields.OPT_JUMBO:
        checkLength(header, "Jumbo Payload", i, length, Ipv6Fields.JUMBO_DATA_LENGTH, base);
        return new Ipv6Option.JumboPayload(BigEndian.u32(buf, i + 2));
      default:
        return new Ipv6Option.UnknownOption(type, ByteString.copyOf(buf, i + 2, length));
    }
  }

  private static ByteString data(ByteBuffer buf, int index, int length) {
    if (length < ZEROS.length) {
      boolean zero = true;
      for (int k = 0; k < length; k++) {
        zero &= buf.get(index + k) == 0;
      }
      if (zero) {
        return ZEROS[length];
      }
    }
    return ByteString.copyOf(buf, index, length);
  }

  private static void checkLength(
      String header, String option, int i, int length, int expected, int base) {
    if (length != expected) {
      throw new MalformedPacketException("IPv6", header + " " + option + " option length",
          i + 1 - base, "is " + length + ", expected " + expected);
    }
  }

  /** Bytes the options take, without the header's first two bytes. */
  static int length(List<Ipv6Option> options) {
    int n = 0;
    for (int i = 0, size = options.size(); i < size; i++) {
      n += options.get(i).encodedLength();
    }
    return n;
  }

  /** Copies and checks a header's options: they fill whole 8-octet units and fit the length. */
  static List<Ipv6Option> check(List<Ipv6Option> options, String record) {
    List<Ipv6Option> copy = List.copyOf(options);
    int total = 2 + length(copy);
    if (total % Ipv6Fields.EXT_UNIT != 0 || total > Ipv6Fields.EXT_MAX_LENGTH) {
      throw new IllegalArgumentException(record + ".options take " + (total - 2)
          + " bytes; with the 2 header bytes that must be a multiple of 8 up to 2048 (pad with"
          + " Pad1 or PadN, or use " + record + ".padded)");
    }
    return copy;
  }

  /** Appends Pad1 or PadN so that the options end the header on an 8-octet boundary. */
  static List<Ipv6Option> pad(List<Ipv6Option> options) {
    int rem = (2 + length(options)) % Ipv6Fields.EXT_UNIT;
    if (rem == 0) {
      return options;
    }
    int need = Ipv6Fields.EXT_UNIT - rem;
    List<Ipv6Option> out = new ArrayList<>(options);
    out.add(need == 1 ? Ipv6Option.Pad1.INSTANCE : new Ipv6Option.PadN(ZEROS[need - 2]));
    return out;
  }

  /** Writes Next Header, Hdr Ext Len and the options at the position, advancing it. */
  static void encode(ByteBuffer dst, int nextHeader, List<Ipv6Option> options) {
    int total = 2 + length(options);
    int p = Wire.reserve(dst, total);
    BigEndian.put8(dst, p, nextHeader);
    BigEndian.put8(dst, p + 1, total / Ipv6Fields.EXT_UNIT - 1);
    dst.position(p + 2);
    for (int i = 0, size = options.size(); i < size; i++) {
      options.get(i).encode(dst);
    }
  }
}
