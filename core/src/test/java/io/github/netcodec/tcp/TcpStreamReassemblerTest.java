package io.github.netcodec.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.netcodec.tcp.TcpStreamReassembler.Gap;
import io.github.netcodec.tcp.TcpStreamReassembler.Outcome;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class TcpStreamReassemblerTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private void sink(ByteBuffer b) {
    byte[] bytes = new byte[b.remaining()];
    b.get(bytes);
    out.write(bytes, 0, bytes.length);
  }

  private static ByteBuffer text(String s) {
    return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
  }

  private String stream() {
    return out.toString(StandardCharsets.US_ASCII);
  }

  @Test
  void writesOfAandBAreOneStreamAB() {
    // The seed lecture: for TCP, write("a"); write("b") is the same stream as write("ab").
    TcpStreamReassembler r = new TcpStreamReassembler(1000, 100, this::sink);
    assertEquals(Outcome.DELIVERED, r.add(1000, text("a")));
    assertEquals(Outcome.DELIVERED, r.add(1001, text("b")));
    assertEquals("ab", stream());
  }

  @Test
  void reorderedRetransmittedAndOverlappingSegmentsAcrossWrapAround() {
    long isn = 0xffff_fffcL; // "hello world" crosses 2^32 after 4 bytes
    TcpStreamReassembler r = new TcpStreamReassembler(isn, 100, this::sink);
    assertEquals(Outcome.BUFFERED, r.add(SequenceNumber.add(isn, 6), text("world")));
    assertEquals(List.of(new Gap(isn, 2, 6)), r.gaps());
    assertEquals(Outcome.BUFFERED, r.add(SequenceNumber.add(isn, 4), text("o wor")));
    assertEquals(Outcome.DUPLICATE, r.add(SequenceNumber.add(isn, 6), text("world")));
    assertEquals(7, r.bufferedBytes());
    assertEquals(Outcome.DELIVERED, r.add(isn, text("hel")));
    assertEquals("hel", stream());
    assertEquals(Outcome.DELIVERED, r.add(SequenceNumber.add(isn, 2), text("llo")));
    assertEquals("hello world", stream());
    assertEquals(List.of(), r.gaps());
    assertEquals(0, r.bufferedBytes());
    assertEquals(7, r.nextSequence()); // 0xfffffffc + 11 wrapped
    assertEquals(Outcome.DUPLICATE, r.add(isn, text("hello")));
    assertEquals(Outcome.EMPTY, r.add(7, ByteBuffer.allocate(0)));
  }

  @Test
  void memoryCapRefusesAndSkippingAGapReleasesHeldData() {
    TcpStreamReassembler r = new TcpStreamReassembler(0, 6, this::sink);
    assertEquals(Outcome.BUFFERED, r.add(10, text("abcdef")));
    assertEquals(Outcome.OVER_CAPACITY, r.add(20, text("x")));
    assertEquals(6, r.bufferedBytes());
    Gap gap = r.skipGap();
    assertEquals(new Gap(0, 10, 10), gap);
    assertEquals("abcdef", stream());
    assertEquals(List.of(gap), r.gapsSkipped());
    assertEquals(16, r.nextSequence());
    assertNull(r.skipGap());
    assertEquals(Outcome.BUFFERED, r.add(20, text("x")));
  }

  @Test
  void deliversInOrderDataWithoutCopying() {
    byte[] payload = "zero-copy".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer[] seen = new ByteBuffer[1];
    TcpStreamReassembler r = new TcpStreamReassembler(5, 0, b -> seen[0] = b);
    r.add(5, ByteBuffer.wrap(payload));
    payload[0] = 'Z';
    assertEquals('Z', seen[0].get(0));
    assertThrows(IllegalArgumentException.class, () -> r.add(1L << 32, text("x")));
    EqualsVerifier.forClass(Gap.class).suppress(nl.jqno.equalsverifier.Warning.ZERO_FIELDS)
        .withPrefabValuesForField("length", 1L, 2L).verify();
  }
}
