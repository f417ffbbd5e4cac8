package io.github.netcodec.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.checksum.InternetChecksum;
import java.nio.ByteBuffer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link PseudoHeader#sum} equals the checksum sum of the pseudo-header written out byte by byte
 * as RFC 9293 §3.1 (IPv4: source, destination, zero, protocol, 16-bit length) and RFC 8200 §8.1
 * (IPv6: source, destination, 32-bit length, three zero bytes, next header) draw it.
 */
class PseudoHeaderProperties {

  @Property(tries = 2000)
  void ipv4MatchesTheWrittenOutHeader(@ForAll int source, @ForAll int destination,
      @ForAll @IntRange(min = 0, max = 255) int protocol,
      @ForAll @IntRange(min = 0, max = 0xffff) int length) {
    ByteBuffer header = ByteBuffer.allocate(12)
        .putInt(source).putInt(destination).put((byte) 0).put((byte) protocol)
        .putShort((short) length);
    assertEquals(InternetChecksum.sum(header.flip()),
        PseudoHeader.sum(Ipv4Address.of(source), Ipv4Address.of(destination),
            IpProtocol.of(protocol), length));
  }

  @Property(tries = 2000)
  void ipv6MatchesTheWrittenOutHeader(@ForAll long sourceHigh, @ForAll long sourceLow,
      @ForAll long destinationHigh, @ForAll long destinationLow,
      @ForAll @IntRange(min = 0, max = 255) int protocol,
      @ForAll @LongRange(min = 0, max = 0xffff_ffffL) long length) {
    ByteBuffer header = ByteBuffer.allocate(40)
        .putLong(sourceHigh).putLong(sourceLow).putLong(destinationHigh).putLong(destinationLow)
        .putInt((int) length).putShort((short) 0).put((byte) 0).put((byte) protocol);
    assertEquals(InternetChecksum.sum(header.flip()),
        PseudoHeader.sum(Ipv6Address.of(sourceHigh, sourceLow),
            Ipv6Address.of(destinationHigh, destinationLow), IpProtocol.of(protocol), length));
  }

  /** All-ones words are where a single late fold could lose a carry. */
  @Property(tries = 200)
  void allOnesAddressesKeepTheirCarries(@ForAll @IntRange(min = 0, max = 255) int protocol,
      @ForAll @LongRange(min = 0, max = 0xffff_ffffL) long length) {
    ByteBuffer header = ByteBuffer.allocate(40)
        .putLong(-1L).putLong(-1L).putLong(-1L).putLong(-1L)
        .putInt((int) length).putShort((short) 0).put((byte) 0).put((byte) protocol);
    assertEquals(InternetChecksum.sum(header.flip()),
        PseudoHeader.sum(Ipv6Address.of(-1L, -1L), Ipv6Address.of(-1L, -1L),
            IpProtocol.of(protocol), length));
  }
}
