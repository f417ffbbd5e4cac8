package io.github.netcodec.ipv4;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.checksum.InternetChecksum;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decoding of the options area and the sums over it; each option record owns its encoding. */
final class Ipv4Options {
  private static final String IPV4 = "IPv4";

  private Ipv4Options() {}

  /**
   * Parses the options between absolute indexes {@code start} and {@code end}; {@code base} is
   * the index of the header's first byte, so that error offsets are relative to the header.
   */
  static List<Ipv4Option> parse(ByteBuffer buf, int base, int start, int end) {
    List<Ipv4Option> options = new ArrayList<>(4);
    int i = start;
    while (i < end) {
      int type = buf.get(i) & 0xff;
      if (type == Ipv4Option.END_OF_OPTION_LIST) {
        options.add(end - i == 1
            ? Ipv4Option.EndOfOptionList.NO_PADDING
            : new Ipv4Option.EndOfOptionList(ByteString.copyOf(buf, i + 1, end - i - 1)));
        break;
      }
      if (type == Ipv4Option.NO_OPERATION) {
        options.add(Ipv4Option.NoOperation.INSTANCE);
        i++;
        continue;
      }
      int at = i - base + 1; // offset of the length octet
      if (i + 1 >= end) {
        throw new MalformedPacketException(IPV4, "option " + type + " length", at,
            "is missing: the options area ends at offset " + (end - base));
      }
      int length = buf.get(i + 1) & 0xff;
      if (length < 2) {
        throw new MalformedPacketException(IPV4, "option " + type + " length", at,
            "is " + length + ", below the minimum 2");
      }
      if (length > end - i) {
        throw new MalformedPacketException(IPV4, "option " + type + " length", at,
            "is " + length + ", overrunning the options area, which has " + (end - i)
                + " bytes left");
      }
      options.add(parseOne(buf, i, type, length, at));
      i += length;
    }
    return options;
  }

  private static Ipv4Option parseOne(ByteBuffer buf, int i, int type, int length, int at) {
    switch (type) {
      case Ipv4Option.RECORD_ROUTE:
        return new Ipv4Option.RecordRoute(pointer(buf, i, length, at, "record route"),
            route(buf, i, length));
      case Ipv4Option.LOOSE_SOURCE_ROUTE:
        return new Ipv4Option.LooseSourceRoute(pointer(buf, i, length, at, "loose source route"),
            route(buf, i, length));
      case Ipv4Option.STRICT_SOURCE_ROUTE:
        return new Ipv4Option.StrictSourceRoute(pointer(buf, i, length, at, "strict source route"),
            route(buf, i, length));
      case Ipv4Option.TIMESTAMP:
        return timestamp(buf, i, length, at);
      case Ipv4Option.ROUTER_ALERT:
        if (length != 4) {
          throw new MalformedPacketException(IPV4, "router alert length", at,
              "is " + length + ", expected 4");
        }
        return new Ipv4Option.RouterAlert(BigEndian.u16(buf, i + 2));
      default:
        return new Ipv4Option.Raw(type, ByteString.copyOf(buf, i + 2, length - 2));
    }
  }

  private static int pointer(ByteBuffer buf, int i, int length, int at, String name) {
    if (length < 3 || (length - 3) % 4 != 0) {
      throw new MalformedPacketException(IPV4, name + " length", at,
          "is " + length + ", expected 3 plus a multiple of 4");
    }
    return buf.get(i + 2) & 0xff;
  }

  private static List<Ipv4Address> route(ByteBuffer buf, int i, int length) {
    int n = (length - 3) / 4;
    Ipv4Address[] route = new Ipv4Address[n];
    for (int k = 0; k < n; k++) {
      route[k] = Ipv4Address.of(BigEndian.getInt(buf, i + 3 + 4 * k));
    }
    return List.of(route);
  }

  private static Ipv4Option timestamp(ByteBuffer buf, int i, int length, int at) {
    if (length < 4) {
      throw new MalformedPacketException(IPV4, "timestamp length", at,
          "is " + length + ", below the minimum 4");
    }
    int pointer = buf.get(i + 2) & 0xff;
    int overflowFlag = buf.get(i + 3) & 0xff;
    int flag = overflowFlag & 0x0f;
    if (flag != 0 && flag != 1 && flag != 3) {
      throw new MalformedPacketException(IPV4, "timestamp flag", at + 2,
          "is " + flag + ", expected 0, 1 or 3");
    }
    int entryLength = flag == 0 ? 4 : 8;
    if ((length - 4) % entryLength != 0) {
      throw new MalformedPacketException(IPV4, "timestamp length", at,
          "is " + length + ", expected 4 plus a multiple of " + entryLength + " for flag " + flag);
    }
    int n = (length - 4) / entryLength;
    Ipv4Option.Timestamp.Entry[] entries = new Ipv4Option.Timestamp.Entry[n];
    for (int k = 0; k < n; k++) {
      int j = i + 4 + entryLength * k;
      Optional<Ipv4Address> address = flag == 0
          ? Optional.empty()
          : Optional.of(Ipv4Address.of(BigEndian.getInt(buf, j)));
      long time = BigEndian.getInt(buf, j + entryLength - 4) & 0xffff_ffffL;
      entries[k] = new Ipv4Option.Timestamp.Entry(address, time);
    }
    return new Ipv4Option.Timestamp(pointer, overflowFlag >>> 4, flag, List.of(entries));
  }

  /** Returns the encoded length of a list of options. */
  static int length(List<Ipv4Option> options) {
    int n = 0;
    for (int k = 0, size = options.size(); k < size; k++) {
      n += options.get(k).encodedLength();
    }
    return n;
  }

  /**
   * Returns the one's complement sum of the encoded options, which start on a word boundary.
   * Encodes into a 40-byte scratch array: options are rare and at most 40 bytes.
   */
  static int sum(List<Ipv4Option> options) {
    if (options.isEmpty()) {
      return 0;
    }
    byte[] scratch = new byte[Ipv4Fields.MAX_OPTIONS_LENGTH];
    ByteBuffer buf = ByteBuffer.wrap(scratch);
    for (Ipv4Option option : options) {
      option.encode(buf);
    }
    return InternetChecksum.sum(scratch, 0, buf.position());
  }
}
