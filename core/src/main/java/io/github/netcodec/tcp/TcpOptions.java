package io.github.netcodec.tcp;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Decoding of the TCP options area into {@link TcpOption} records. */
final class TcpOptions {
  private TcpOptions() {}

  /** Whether a kind with this total length decodes as a typed record rather than Unknown. */
  static boolean isTyped(int kind, int length) {
    return switch (kind) {
      case TcpOption.MAXIMUM_SEGMENT_SIZE -> length == 4;
      case TcpOption.WINDOW_SCALE -> length == 3;
      case TcpOption.SACK_PERMITTED -> length == 2;
      case TcpOption.SACK -> length >= 10 && (length - 2) % 8 == 0;
      case TcpOption.TIMESTAMPS -> length == 10;
      case TcpOption.MD5_SIGNATURE -> length == 18;
      case TcpOption.AUTHENTICATION -> length >= 4;
      case TcpOption.MULTIPATH -> length >= 3;
      case TcpOption.FAST_OPEN -> length >= 2;
      default -> false;
    };
  }

  /**
   * Parses the options in {@code [from, to)} of {@code buf}; offsets in messages are relative
   * to {@code base}, the start of the TCP header.
   */
  static List<TcpOption> parse(ByteBuffer buf, int base, int from, int to) {
    List<TcpOption> options = new ArrayList<>(4);
    int i = from;
    while (i < to) {
      int kind = buf.get(i) & 0xff;
      if (kind == TcpOption.END_OF_OPTION_LIST) {
        options.add(i + 1 == to ? TcpOption.EndOfOptionList.NO_PADDING
            : new TcpOption.EndOfOptionList(ByteString.copyOf(buf, i + 1, to - i - 1)));
        break;
      }
      if (kind == TcpOption.NO_OPERATION) {
        options.add(TcpOption.NoOperation.INSTANCE);
        i++;
        continue;
      }
      String field = "option " + TcpOption.kindName(kind);
      if (i + 1 >= to) {
        throw new MalformedPacketException(TcpSegment.TCP, field, i - base,
            "has no length octet before the options end at offset " + (to - base));
      }
      int length = buf.get(i + 1) & 0xff;
      if (length < 2) {
        throw new MalformedPacketException(TcpSegment.TCP, field, i - base,
            "has length " + length + ", below the minimum 2");
      }
      if (i + length > to) {
        throw new MalformedPacketException(TcpSegment.TCP, field, i - base,
            "has length " + length + ", overrunning the options, which end at offset "
                + (to - base));
      }
      options.add(decode(buf, i, kind, length));
      i += length;
    }
    return options;
  }

  private static TcpOption decode(ByteBuffer buf, int i, int kind, int length) {
    if (!isTyped(kind, length)) {
      return new TcpOption.Unknown(kind, ByteString.copyOf(buf, i + 2, length - 2));
    }
    return switch (kind) {
      case TcpOption.MAXIMUM_SEGMENT_SIZE ->
          new TcpOption.MaximumSegmentSize(TcpFields.getUnsignedShort(buf, i + 2));
      case TcpOption.WINDOW_SCALE -> new TcpOption.WindowScale(buf.get(i + 2) & 0xff);
      case TcpOption.SACK_PERMITTED -> TcpOption.SackPermitted.INSTANCE;
      case TcpOption.SACK -> {
        int n = (length - 2) / 8;
        List<TcpOption.SackBlock> blocks = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          int at = i + 2 + 8 * k;
          blocks.add(new TcpOption.SackBlock(TcpFields.getInt(buf, at) & 0xffff_ffffL,
              TcpFields.getInt(buf, at + 4) & 0xffff_ffffL));
        }
        yield new TcpOption.Sack(blocks);
      }
      case TcpOption.TIMESTAMPS -> new TcpOption.Timestamps(
          TcpFields.getInt(buf, i + 2) & 0xffff_ffffL, TcpFields.getInt(buf, i + 6) & 0xffff_ffffL);
      case TcpOption.MD5_SIGNATURE -> new TcpOption.Md5Signature(ByteString.copyOf(buf, i + 2,
          16));
      case TcpOption.AUTHENTICATION -> new TcpOption.Authentication(buf.get(i + 2) & 0xff,
          buf.get(i + 3) & 0xff, ByteString.copyOf(buf, i + 4, length - 4));
      case TcpOption.MULTIPATH -> new TcpOption.Multipath(ByteString.copyOf(buf, i + 2,
          length - 2));
      case TcpOption.FAST_OPEN -> new TcpOption.FastOpen(ByteString.copyOf(buf, i + 2,
          length - 2));
      default -> throw new AssertionError(kind);
    };
  }

  /** The encoded length of a list of options. */
  static int length(List<TcpOption> options) {
    int n = 0;
    for (int k = 0, size = options.size(); k < size; k++) {
      n += options.get(k).encodedLength();
    }
    return n;
  }
}
