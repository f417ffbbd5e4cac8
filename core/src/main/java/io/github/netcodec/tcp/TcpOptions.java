package io.github.netcodec.tcp;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Decoding of the TCP options area into {@link TcpOption} records. */
final class TcpOptions {
  private TcpOptions() {}

  // The kinds as int constants, for switch labels; TcpOptionKind holds the same values.
  private static final int END_OF_OPTION_LIST = 0;
  private static final int NO_OPERATION = 1;
  private static final int MAXIMUM_SEGMENT_SIZE = 2;
  private static final int WINDOW_SCALE = 3;
  private static final int SACK_PERMITTED = 4;
  private static final int SACK = 5;
  private static final int TIMESTAMPS = 8;
  private static final int MD5_SIGNATURE = 19;
  private static final int AUTHENTICATION = 29;
  private static final int MULTIPATH = 30;
  private static final int FAST_OPEN = 34;

  /** Whether a kind with this total length decodes as a typed record rather than Unknown. */
  static boolean isTyped(int kind, int length) {
    return switch (kind) {
      case MAXIMUM_SEGMENT_SIZE -> length == 4;
      case WINDOW_SCALE -> length == 3;
      case SACK_PERMITTED -> length == 2;
      case SACK -> length >= 10 && (length - 2) % 8 == 0;
      case TIMESTAMPS -> length == 10;
      case MD5_SIGNATURE -> length == 18;
      case AUTHENTICATION -> length >= 4;
      case MULTIPATH -> length >= 3;
      case FAST_OPEN -> length >= 2;
      default -> false;
    };
  }

  /**
   * Parses the options in {@code [from, to)} of {@code buf}; offsets in messages are relative
   * to {@code base}, the start of the TCP header.
   */
  static List<TcpOption> parse(ByteBuffer buf, int base, int from, int to) {
    // The first three options are kept in locals and returned with List.of, which needs no
    // intermediate list: NOP, NOP, timestamps (Linux's data segments) allocate no ArrayList.
    Collector options = new Collector();
    int i = from;
    while (i < to) {
      int kind = buf.get(i) & 0xff;
      if (kind == END_OF_OPTION_LIST) {
        options.add(i + 1 == to ? TcpOption.EndOfOptionList.NO_PADDING
            : new TcpOption.EndOfOptionList(ByteString.copyOf(buf, i + 1, to - i - 1)));
        break;
      }
      if (kind == NO_OPERATION) {
        options.add(TcpOption.NoOperation.INSTANCE);
        i++;
        continue;
      }
      if (i + 1 >= to) {
        throw new MalformedPacketException(TcpSegment.TCP, field(kind), i - base,
            "has no length octet before the options end at offset " + (to - base));
      }
      int length = buf.get(i + 1) & 0xff;
      if (length < 2) {
        throw new MalformedPacketException(TcpSegment.TCP, field(kind), i - base,
            "has length " + length + ", below the minimum 2");
      }
      if (i + length > to) {
        throw new MalformedPacketException(TcpSegment.TCP, field(kind), i - base,
            "has length " + length + ", overrunning the options, which end at offset "
                + (to - base));
      }
      options.add(decode(buf, i, kind, length));
      i += length;
    }
    return options.toList();
  }

  /** Collects options, allocating a list only past three. */
  // Built only when an error is thrown: the concatenation costs more than a well-formed option.
  private static String field(int kind) {
    return "option " + TcpOptionKind.of(kind).name();
  }

  private static final class Collector {
    private TcpOption first;
    private TcpOption second;
    private TcpOption third;
    private List<TcpOption> more;
    private int count;

    void add(TcpOption o) {
      switch (count++) {
        case 0 -> first = o;
        case 1 -> second = o;
        case 2 -> third = o;
        case 3 -> {
          more = new ArrayList<>(8);
          more.add(first);
          more.add(second);
          more.add(third);
          more.add(o);
        }
        default -> more.add(o);
      }
    }

    List<TcpOption> toList() {
      return switch (count) {
        case 0 -> List.of();
        case 1 -> List.of(first);
        case 2 -> List.of(first, second);
        case 3 -> List.of(first, second, third);
        default -> List.copyOf(more);
      };
    }
  }

  private static TcpOption decode(ByteBuffer buf, int i, int kind, int length) {
    if (!isTyped(kind, length)) {
      return new TcpOption.Unknown(TcpOptionKind.of(kind), ByteString.copyOf(buf, i + 2, length - 2));
    }
    return switch (kind) {
      case MAXIMUM_SEGMENT_SIZE ->
          new TcpOption.MaximumSegmentSize(BigEndian.u16(buf, i + 2));
      case WINDOW_SCALE -> new TcpOption.WindowScale(buf.get(i + 2) & 0xff);
      case SACK_PERMITTED -> TcpOption.SackPermitted.INSTANCE;
      case SACK -> {
        int n = (length - 2) / 8;
        List<TcpOption.SackBlock> blocks = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          int at = i + 2 + 8 * k;
          blocks.add(new TcpOption.SackBlock(BigEndian.getInt(buf, at) & 0xffff_ffffL,
              BigEndian.getInt(buf, at + 4) & 0xffff_ffffL));
        }
        yield new TcpOption.Sack(blocks);
      }
      case TIMESTAMPS -> new TcpOption.Timestamps(
          BigEndian.getInt(buf, i + 2) & 0xffff_ffffL, BigEndian.getInt(buf, i + 6) & 0xffff_ffffL);
      case MD5_SIGNATURE -> new TcpOption.Md5Signature(ByteString.copyOf(buf, i + 2,
          16));
      case AUTHENTICATION -> new TcpOption.Authentication(buf.get(i + 2) & 0xff,
          buf.get(i + 3) & 0xff, ByteString.copyOf(buf, i + 4, length - 4));
      case MULTIPATH -> new TcpOption.Multipath(ByteString.copyOf(buf, i + 2,
          length - 2));
      case FAST_OPEN -> new TcpOption.FastOpen(ByteString.copyOf(buf, i + 2,
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
