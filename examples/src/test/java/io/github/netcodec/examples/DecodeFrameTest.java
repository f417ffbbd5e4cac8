package io.github.netcodec.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodeFrameTest {

  private static String decode(String dump) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DecodeFrame.run(dump, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void seedFrameIsDecodedAsCutShort() {
    String out = decode(SeedFrameChecksum.SEED_FRAME);
    assertTrue(out.startsWith("94 bytes"), out);
    assertTrue(out.contains("4c:cc:6a:ba:1c:b9"), out);
    assertTrue(out.contains("d8:07:b6:d9:ae:50"), out);
    assertTrue(out.contains("cut short: IPv4: total length at offset 2 needs 96 bytes, but only 80"
        + " are present"), out);
    assertTrue(out.contains("52.96.230.162"), out);
    assertTrue(out.contains("192.168.1.149"), out);
  }

  @Test
  void arpRequestFromTheLectureStory() {
    // scapy: raw(Ether(dst='ff:ff:ff:ff:ff:ff', src='d8:07:b6:d9:ae:50')
    //            / ARP(hwsrc='d8:07:b6:d9:ae:50', psrc='128.143.67.91', pdst='128.143.67.140'))
    String out = decode("ffffffffffffd807b6d9ae5008060001080006040001d807b6d9ae50808f435b"
        + "000000000000808f438c");
    assertTrue(out.contains("who-has 128.143.67.140 tell 128.143.67.91"), out);
  }

  @Test
  void garbageIsReportedNotThrown() {
    String out = decode("4c cc 6a");
    assertTrue(out.contains("malformed: Ethernet: header at offset 0 needs 14 bytes, but only 3"
        + " are present"), out);
  }
}
