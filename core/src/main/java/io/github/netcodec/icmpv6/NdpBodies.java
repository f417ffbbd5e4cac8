package io.github.netcodec.icmpv6;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;

/** Builds Neighbor Discovery message bodies: fixed fields, then options. */
final class NdpBodies {
  private NdpBodies() {}

  static ByteBuffer body(int fixed, List<NdpOption> options, Consumer<ByteBuffer> writer) {
    int length = fixed;
    for (NdpOption o : options) {
      length += o.encodedLength();
    }
    ByteBuffer b = ByteBuffer.allocate(length);
    writer.accept(b);
    for (NdpOption o : options) {
      o.encode(b);
    }
    return b.flip().asReadOnlyBuffer();
  }
}
