package io.github.netcodec.dns;

import io.github.netcodec.MalformedPacketException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * DNS over TCP (RFC 1035 §4.2.2, RFC 7766 §8): each message is preceded by its length as a
 * two-octet big-endian number. {@link #frame(DnsMessage)} writes that form; a decoder instance
 * reassembles messages from reads that end anywhere, even inside the length prefix.
 *
 * <pre>{@code
 * DnsStreamDecoder decoder = new DnsStreamDecoder();
 * while (channel.read(buf) > 0) {
 *   buf.flip();
 *   for (DnsMessage m : decoder.feed(buf)) { ... }
 *   buf.clear();
 * }
 * }</pre>
 *
 * <p>A decoder holds at most one partial message (at most 65535 octets) and is not thread-safe.
 * A message that arrives whole but does not parse throws {@link MalformedPacketException} from
 * {@link #feed(ByteBuffer)}; the framing is intact, so the decoder stays usable for the next one.
 */
public final class DnsStreamDecoder {
  private final byte[] prefix = new byte[2];
  private int prefixLength;
  private byte[] message;
  private int filled;

  /** Creates a decoder with nothing buffered. */
  public DnsStreamDecoder() {}

  /**
   * Returns a message's TCP form: the two-octet length, then the message.
   *
   * @param message the message
   * @return the framed bytes
   * @throws IllegalArgumentException if the message is longer than 65535 octets
   */
  public static byte[] frame(DnsMessage message) {
    byte[] body = message.toByteArray();
    if (body.length > 0xffff) {
      throw new IllegalArgumentException(
          "message of " + body.length + " octets is longer than the 65535 TCP framing allows");
    }
    byte[] out = new byte[2 + body.length];
    out[0] = (byte) (body.length >>> 8);
    out[1] = (byte) body.length;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  /**
   * Writes a message's TCP form at the buffer's position and advances it.
   *
   * @param message the message
   * @param dst the buffer
   * @throws IllegalArgumentException if the message is longer than 65535 octets
   * @throws BufferOverflowException if the buffer has too little room; nothing is written then
   */
  public static void frame(DnsMessage message, ByteBuffer dst) {
    byte[] framed = frame(message);
    if (dst.remaining() < framed.length) {
      throw new BufferOverflowException();
    }
    dst.put(framed);
  }

  /**
   * Consumes all the bytes from the buffer's position to its limit (advancing the position to
   * the limit) and returns the messages they complete, in order.
   *
   * @param chunk the bytes read from the stream
   * @return the complete messages, possibly none
   * @throws MalformedPacketException if a complete message does not parse; the bytes after it
   *     in the chunk are then left in the buffer (its position is just past the bad message)
   */
  public List<DnsMessage> feed(ByteBuffer chunk) {
    List<DnsMessage> out = new ArrayList<>(1);
    while (chunk.hasRemaining()) {
      if (message == null) {
        prefix[prefixLength++] = chunk.get();
        if (prefixLength == 2) {
          int len = (prefix[0] & 0xff) << 8 | (prefix[1] & 0xff);
          prefixLength = 0;
          message = new byte[len];
          filled = 0;
        } else {
          continue;
        }
      }
      int n = Math.min(chunk.remaining(), message.length - filled);
      chunk.get(message, filled, n);
      filled += n;
      if (filled == message.length) {
        byte[] whole = message;
        message = null;
        out.add(DnsMessage.parse(whole));
      }
    }
    return out;
  }

  /**
   * Returns how many bytes of an incomplete frame (prefix included) are buffered.
   *
   * @return 0 when the stream is between messages
   */
  public int bufferedBytes() {
    return message == null ? prefixLength : 2 + filled;
  }
}
