package io.github.netcodec.examples;

import io.github.netcodec.Hex;
import io.github.netcodec.checksum.InternetChecksum;
import java.io.PrintStream;
import java.nio.ByteBuffer;

/**
 * The lecture's "lost and corrupted messages" story on real bytes: the IPv4 header of the seed
 * lecture's Ethernet frame carries checksum {@code cf cd}; it verifies; a router decrementing the
 * TTL patches the checksum incrementally (RFC 1624); a single flipped bit is caught.
 *
 * <pre>
 * java -cp core/target/classes:examples/target/classes \
 *     io.github.netcodec.examples.SeedFrameChecksum
 * </pre>
 */
public final class SeedFrameChecksum {
  /** The frame as the lecture prints it: tab-separated bytes (see ../shared/seed). */
  static final String SEED_FRAME =
      "4c\tcc\t6a\tba\t1c\tb9\td8\t07\tb6\td9\tae\t50\t08\t00\n"
          + "45\t00\t00\t60\tdb\t89\t40\t00\tf2\t06\tcf\tcd\t34\t60\te6\ta2\n"
          + "c0\ta8\t01\t95\t01\tbb\taa\tc4\t40\t2b\td6\t46\t7c\t9d\t15\te4\n"
          + "80\t18\t40\t02\t65\tfe\t00\t00\t01\t01\t08\t0a\t03\t83\t98\t62\n"
          + "19\t70\t27\t9e\t17\t03\t03\t00\t27\t00\t00\t00\t00\t00\t00\t00\n"
          + "c8\tb9\tab\t81\t50\te0\tef\t1a\td8\t97\t73\t76\t9a\tee\t33\td4\n";

  private static final int IP = 14; // the IPv4 header follows the 14-byte Ethernet header
  private static final int TTL = IP + 8;
  private static final int CHECKSUM = IP + 10;

  private SeedFrameChecksum() {}

  /**
   * Runs the demonstration, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ByteBuffer frame = Hex.parseBuffer(SEED_FRAME);
    out.print(Hex.dump(frame));

    int onWire = frame.getShort(CHECKSUM) & 0xffff;
    boolean valid = InternetChecksum.verify(frame, IP, 20);
    out.printf("IPv4 header checksum on the wire: 0x%04x, %s%n", onWire, valid ? "valid" : "BAD");

    // A router forwards the packet: TTL 242 -> 241, checksum patched without re-reading the header.
    int ttl = frame.get(TTL) & 0xff;
    int protocol = frame.get(TTL + 1) & 0xff;
    int patched = InternetChecksum.update16(onWire, ttl << 8 | protocol, (ttl - 1) << 8 | protocol);
    frame.put(TTL, (byte) (ttl - 1)).putShort(CHECKSUM, (short) patched);
    out.printf("after one hop: TTL %d, checksum 0x%04x, %s%n", ttl - 1, patched,
        InternetChecksum.verify(frame, IP, 20) ? "valid" : "BAD");

    // A bit flips on the wire: the receiver's check catches it and drops the packet.
    frame.put(IP + 15, (byte) (frame.get(IP + 15) ^ 0x04));
    out.printf("one bit flipped in the source address: %s%n",
        InternetChecksum.verify(frame, IP, 20) ? "valid (undetected!)" : "BAD, drop it");
  }
}
