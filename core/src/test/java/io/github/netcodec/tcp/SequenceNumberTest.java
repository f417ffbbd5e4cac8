package io.github.netcodec.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequenceNumberTest {

  @Test
  void wrapsAroundTwoToThe32() {
    // RFC 1982 §3.1-3.2 with SERIAL_BITS = 32: adding wraps, and order follows the distance.
    assertEquals(0x10L, SequenceNumber.add(0xffff_fff0L, 0x20));
    assertTrue(SequenceNumber.isBefore(0xffff_fff0L, 0x10L));
    assertEquals(32, SequenceNumber.distance(0xffff_fff0L, 0x10L));
    assertTrue(SequenceNumber.inWindow(0xffff_fff0L, 0x5L, 0x10L));
    assertFalse(SequenceNumber.inWindow(0xffff_fff0L, 0x10L, 0x10L));
    assertFalse(SequenceNumber.isBefore(5, 5));
    assertEquals(0, SequenceNumber.compare(5, 5));
    assertEquals("4294967295", SequenceNumber.ofBits(-1).toString());
    assertTrue(new SequenceNumber(1).isAfter(new SequenceNumber(0xffff_ffffL)));
    assertEquals(-1, new SequenceNumber(0xffff_ffffL).compareTo(new SequenceNumber(1)));
    assertThrows(IllegalArgumentException.class, () -> new SequenceNumber(-1));
    assertThrows(IllegalArgumentException.class, () -> new SequenceNumber(1L << 32));
  }
}
