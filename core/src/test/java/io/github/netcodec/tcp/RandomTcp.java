package io.github.netcodec.tcp;

import io.github.netcodec.ByteString;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random TCP segments and options for the properties. */
final class RandomTcp {
  private RandomTcp() {}

  static ByteString bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return ByteString.copyOf(b);
  }

  static long u32(Random r) {
    return r.nextInt() & 0xffff_ffffL;
  }

  static TcpOption option(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> TcpOption.NoOperation.INSTANCE;
      case 1 -> new TcpOption.MaximumSegmentSize(r.nextInt(65536));
      case 2 -> new TcpOption.WindowScale(r.nextInt(256));
      case 3 -> TcpOption.SackPermitted.INSTANCE;
      case 4 -> {
        List<TcpOption.SackBlock> blocks = new ArrayList<>();
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
          blocks.add(new TcpOption.SackBlock(u32(r), u32(r)));
        }
        yield new TcpOption.Sack(blocks);
      }
      case 5 -> new TcpOption.Timestamps(u32(r), u32(r));
      case 6 -> new TcpOption.Md5Signature(bytes(r, 16));
      case 7 -> new TcpOption.Authentication(r.nextInt(256), r.nextInt(256),
          bytes(r, r.nextInt(13)));
      case 8 -> new TcpOption.Multipath(bytes(r, 1 + r.nextInt(12)));
      case 9 -> new TcpOption.FastOpen(bytes(r, r.nextInt(17)));
      case 10 -> TcpOption.Unknown.of(6 + r.nextInt(12), bytes(r, r.nextInt(8)));
      default -> TcpOption.Unknown.of(2, bytes(r, 1));
    };
  }

  static TcpSegment.Builder builder(Random r, int maxPayload) {
    List<TcpOption> options = new ArrayList<>();
    int length = 0;
    for (int k = 0, n = r.nextInt(6); k < n; k++) {
      TcpOption o = option(r);
      if (length + o.encodedLength() > 36) {
        break;
      }
      options.add(o);
      length += o.encodedLength();
    }
    if (r.nextInt(4) == 0) {
      options.add(new TcpOption.EndOfOptionList(bytes(r, r.nextInt(3))));
    }
    byte[] payload = new byte[r.nextInt(maxPayload + 1)];
    r.nextBytes(payload);
    return TcpSegment.builder().sourcePort(r.nextInt(65536)).destinationPort(r.nextInt(65536))
        .sequenceNumber(u32(r)).acknowledgmentNumber(u32(r)).flags(r.nextInt(0x1000))
        .window(r.nextInt(65536)).urgentPointer(r.nextInt(65536)).options(options)
        .payload(payload);
  }
}
