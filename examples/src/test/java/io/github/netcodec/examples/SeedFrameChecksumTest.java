package io.github.netcodec.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedFrameChecksumTest {

  @Test
  void tellsTheStoryOfTheSeedFrame() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeedFrameChecksum.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("00000000: 4ccc 6aba 1cb9 d807 b6d9 ae50 0800 4500"), out);
    assertTrue(out.contains("checksum on the wire: 0xcfcd, valid"), out);
    assertTrue(out.contains("after one hop: TTL 241, checksum 0xd0cd, valid"), out);
    assertTrue(out.contains("source address: BAD, drop it"), out);
  }
}
