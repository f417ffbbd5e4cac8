package io.github.netcodec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexTest {

  /** The first 32 bytes of the seed lecture's Ethernet frame. */
  private static final byte[] FRAME_START = {
    0x4c, (byte) 0xcc, 0x6a, (byte) 0xba, 0x1c, (byte) 0xb9, (byte) 0xd8, 0x07,
    (byte) 0xb6, (byte) 0xd9, (byte) 0xae, 0x50, 0x08, 0x00, 0x45, 0x00,
    0x00, 0x60, (byte) 0xdb, (byte) 0x89, 0x40, 0x00, (byte) 0xf2, 0x06,
    (byte) 0xcf, (byte) 0xcd, 0x34, 0x60, (byte) 0xe6, (byte) 0xa2, (byte) 0xc0, (byte) 0xa8,
  };

  @Test
  void seedLectureTabSeparatedRows() {
    // ../shared/seed/networking-lecture.txt, "an Ethernet frame": a 14-byte row, then rows of 16.
    String slide = "4c\tcc\t6a\tba\t1c\tb9\td8\t07\tb6\td9\tae\t50\t08\t00\n"
        + "\n"
        + "45\t00\t00\t60\tdb\t89\t40\t00\tf2\t06\tcf\tcd\t34\t60\te6\ta2\n"
        + "c0\ta8\n";
    assertArrayEquals(FRAME_START, Hex.parse(slide));
  }

  @Test
  void xxdWithAsciiColumn() {
    // xxd of the same bytes; the ASCII column must not be read as hex.
    String xxd = "00000000: 4ccc 6aba 1cb9 d807 b6d9 ae50 0800 4500  L.j........P..E.\n"
        + "00000010: 0060 db89 4000 f206 cfcd 3460 e6a2 c0a8  .`..@.....4`....\n";
    assertArrayEquals(FRAME_START, Hex.parse(xxd));
  }

  @Test
  void xxdPartialLastLineWhoseAsciiLooksLikeHex() {
    // Bytes 63 61 66 65 print as "cafe" in the ASCII column: a width check keeps it out.
    String xxd = "00000000: 6361 6665                                cafe\n";
    assertArrayEquals(new byte[] {0x63, 0x61, 0x66, 0x65}, Hex.parse(xxd));
  }

  @Test
  void tcpdumpDashX() {
    String tcpdump = "\t0x0000:  4ccc 6aba 1cb9 d807 b6d9 ae50 0800 4500  L.j........P..E.\n"
        + "\t0x0010:  0060 db89 4000 f206 cfcd 3460 e6a2 c0a8  .`..@.....4`....\n";
    assertArrayEquals(FRAME_START, Hex.parse(tcpdump));
  }

  @Test
  void wiresharkHexDumpAndHexdumpCanonical() {
    String wireshark = "0000   4c cc 6a ba 1c b9 d8 07 b6 d9 ae 50 08 00 45 00   L.j........P..E.\n"
        + "0010   00 60 db 89 40 00 f2 06 cf cd 34 60 e6 a2 c0 a8   .`..@.....4`....\n";
    assertArrayEquals(FRAME_START, Hex.parse(wireshark));
    String hexdump = "00000000  4c cc 6a ba 1c b9 d8 07  b6 d9 ae 50 08 00 45 00  |L.j........P..E.|\n"
        + "00000010  00 60 db 89 40 00 f2 06  cf cd 34 60 e6 a2 c0 a8  |.`..@.....4`....|\n"
        + "00000020\n";
    assertArrayEquals(FRAME_START, Hex.parse(hexdump));
  }

  @Test
  void streamsEscapesAndSeparators() {
    String stream = "4ccc6aba1cb9d807b6d9ae50080045000060db894000f206cfcd3460e6a2c0a8";
    assertArrayEquals(FRAME_START, Hex.parse(stream));
    assertArrayEquals(new byte[] {0x4c, (byte) 0xcc, 0x6a}, Hex.parse("\"\\x4c\\xcc\\x6a\""));
    assertArrayEquals(new byte[] {0x4c, (byte) 0xcc, 0x6a}, Hex.parse("0x4c, 0xCC, 0x6a"));
    assertArrayEquals(new byte[] {0x4c, (byte) 0xcc, 0x6a}, Hex.parse("4c:cc:6a"));
    assertArrayEquals(new byte[0], Hex.parse("# nothing here\n\n// nor here\n"));
  }

  @Test
  void aLostDumpLineIsAnError() {
    String xxd = "00000000: 4ccc 6aba 1cb9 d807 b6d9 ae50 0800 4500  L.j........P..E.\n"
        + "00000020: 0060 db89 4000 f206 cfcd 3460 e6a2 c0a8  .`..@.....4`....\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hex.parse(xxd));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("0x10"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4c zz 6a", "4c c", "frame's data", "4c\u0663\u0664", "\\x4"})
  void rejectsTextThatIsNotHex(String text) {
    assertThrows(IllegalArgumentException.class, () -> Hex.parse(text));
  }

  @Test
  void rejectionNamesLineAndColumn() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("4c cc\n6a zz ba"));
    assertEquals("line 2, column 4: 'zz' is not hex", e.getMessage());
  }

  @Test
  void dumpIsXxdForm() {
    assertEquals(
        "00000000: 4ccc 6aba 1cb9 d807 b6d9 ae50 0800 4500  L.j........P..E.\n"
            + "00000010: 0060 db89 4000 f206 cfcd 3460 e6a2 c0a8  .`..@.....4`....\n",
        Hex.dump(FRAME_START));
    assertEquals("00000000: 4ccc 6a                                  L.j\n",
        Hex.dump(new byte[] {0x4c, (byte) 0xcc, 0x6a}));
    assertEquals("", Hex.dump(new byte[0]));
  }

  @Test
  void toHexRespectsPositionAndLimitWithoutMovingThem() {
    ByteBuffer buf = ByteBuffer.wrap(FRAME_START).position(12).limit(14);
    assertEquals("0800", Hex.toHex(buf));
    assertEquals(12, buf.position());
    assertEquals(14, buf.limit());
  }

  @Property
  void dumpParsesBack(@ForAll @Size(max = 600) byte[] bytes) {
    assertArrayEquals(bytes, Hex.parse(Hex.dump(bytes)));
    assertArrayEquals(bytes, Hex.parse(Hex.toHex(bytes)));
  }

  @Property
  void parseThrowsNothingButIllegalArgument(@ForAll String text) {
    try {
      Hex.parse(text);
    } catch (IllegalArgumentException expected) {
      // the only permitted failure
    }
  }
}
