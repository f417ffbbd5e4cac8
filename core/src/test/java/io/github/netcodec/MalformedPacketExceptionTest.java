package io.github.netcodec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MalformedPacketExceptionTest {

  @Test
  void messageIsOneSentenceWithEveryPart() {
    MalformedPacketException e =
        new MalformedPacketException("IPv4", "IHL", 0, "is 4, below the minimum 5");
    assertEquals("IPv4: IHL at offset 0 is 4, below the minimum 5", e.getMessage());
    assertEquals("IPv4", e.protocol());
    assertEquals("IHL", e.field());
    assertEquals(0, e.offset());
    assertEquals("is 4, below the minimum 5", e.expectation());
    assertInstanceOf(RuntimeException.class, e);
  }

  @Test
  void truncationSaysHowMuchWasNeededAndPresent() {
    TruncatedPacketException e = new TruncatedPacketException("TCP", "header", 34, 20, 12);
    assertEquals("TCP: header at offset 34 needs 20 bytes, but only 12 are present",
        e.getMessage());
    assertEquals(20, e.needed());
    assertEquals(12, e.available());
    assertEquals(0, new TruncatedPacketException("TCP", "header", 34, 20, -3).available());
  }

  @Test
  void nestedCauseIsKept() {
    MalformedPacketException inner = new MalformedPacketException("DNS", "name", 12, "loops");
    MalformedPacketException outer =
        new MalformedPacketException("UDP", "payload", 8, "is not a DNS message", inner);
    assertSame(inner, outer.getCause());
  }
}
