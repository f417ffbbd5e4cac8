package io.github.netcodec.dhcpv6;

import static io.github.netcodec.testing.CodecAssertions.assertLosslessOnEveryBufferKind;
import static io.github.netcodec.testing.CodecAssertions.parseOrReject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.netcodec.MalformedPacketException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class Dhcpv6Properties {

  @Property(tries = 300)
  void builtMessagesRoundTripLosslessly(@ForAll long seed) {
    Dhcpv6Message m = new RandomDhcpv6(new Random(seed), false).message(3);
    byte[] bytes = m.toByteArray();
    assertEquals(m, Dhcpv6Message.parse(bytes));
    assertEquals(m, Dhcpv6Message.parseLenient(bytes));
    assertEquals(m, assertLosslessOnEveryBufferKind(bytes, Dhcpv6Message::parse));
  }

  @Property(tries = 300)
  void messagesWithMalformedOptionsRoundTripLeniently(@ForAll long seed) {
    Dhcpv6Message m = new RandomDhcpv6(new Random(seed), false).withMalformed().message(2);
    byte[] bytes = m.toByteArray();
    assertEquals(m, Dhcpv6Message.parseLenient(bytes));
    assertArrayEquals(bytes, Dhcpv6Message.parseLenient(bytes).toByteArray());
    if (hasMalformed(m.options())) {
      assertThrows(MalformedPacketException.class, () -> Dhcpv6Message.parse(bytes));
    } else {
      assertEquals(m, Dhcpv6Message.parse(bytes));
    }
  }

  private static boolean hasMalformed(java.util.List<Dhcpv6Option> options) {
    for (Dhcpv6Option o : options) {
      if (o instanceof Dhcpv6Option.Malformed
          || o instanceof Dhcpv6Option.IaNa ia && hasMalformed(ia.options())
          || o instanceof Dhcpv6Option.IaTa ta && hasMalformed(ta.options())
          || o instanceof Dhcpv6Option.IaPd pd && hasMalformed(pd.options())
          || o instanceof Dhcpv6Option.IaAddress a && hasMalformed(a.options())
          || o instanceof Dhcpv6Option.IaPrefix p && hasMalformed(p.options())
          || o instanceof Dhcpv6Option.RelayMessage rm && hasMalformed(rm.message().options())) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 1000)
  void arbitraryBytesThrowOnlyMalformedAndParsedOnesEncodeBack(
      @ForAll @Size(max = 120) byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 2000)
  void optionShapedBytesThrowOnlyMalformedAndParsedOnesEncodeBack(@ForAll long seed) {
    // Random data under well-framed headers of typed codes: reaches every body decoder.
    Random r = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean relay = r.nextInt(4) == 0;
    out.write(relay ? 12 : 1 + r.nextInt(11));
    out.writeBytes(new byte[relay ? 33 : 3]);
    out.writeBytes(framed(r, 3));
    check(out.toByteArray());
  }

  private static byte[] framed(Random r, int depth) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] codes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 18, 20, 23, 24, 25, 26, 99};
    for (int k = r.nextInt(4); k > 0; k--) {
      int code = codes[r.nextInt(codes.length)];
      byte[] data;
      if (depth > 0 && r.nextInt(3) == 0) {
        byte[] fixed = new byte[r.nextInt(30)];
        r.nextBytes(fixed);
        if (code == 9 && fixed.length > 0) {
          fixed[0] = (byte) (r.nextBoolean() ? 12 : 1);
        }
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        d.writeBytes(fixed);
        d.writeBytes(framed(r, depth - 1));
        data = d.toByteArray();
      } else {
        data = new byte[r.nextInt(26)];
        r.nextBytes(data);
        if (code == 24) {
          for (int i = 0; i < data.length; i++) {
            data[i] = (byte) r.nextInt(5); // short labels and root labels
          }
        }
      }
      out.write(code >>> 8);
      out.write(code);
      int len = r.nextInt(20) == 0 ? r.nextInt(65536) : data.length;
      out.write(len >>> 8);
      out.write(len);
      out.writeBytes(data);
    }
    return out.toByteArray();
  }

  private static void check(byte[] bytes) {
    Dhcpv6Message strict = parseOrReject(bytes, Dhcpv6Message::parse);
    Dhcpv6Message lenient = parseOrReject(bytes, Dhcpv6Message::parseLenient);
    if (strict != null) {
      assertArrayEquals(bytes, strict.toByteArray());
      assertEquals(strict, lenient, "lenient parsing agrees where strict accepts");
    }
    if (lenient != null) {
      assertArrayEquals(bytes, lenient.toByteArray());
      assertEquals(lenient, Dhcpv6Message.parseLenient(lenient.toByteArray()));
      // accessors never throw once parse has returned
      lenient.clientId();
      lenient.iaNa();
      lenient.dnsServers();
      lenient.domainList();
      lenient.statusCode();
      lenient.toString();
      for (Dhcpv6Option o : lenient.options()) {
        if (o instanceof Dhcpv6Option.Malformed m) {
          assertFalse(m.error().isEmpty());
        }
      }
    }
  }

  @Property(tries = 1000)
  void mutatedMessagesThrowOnlyMalformedAndAreLossless(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int mutations) {
    Random r = new Random(seed);
    byte[] bytes = new RandomDhcpv6(r, false).message(2).toByteArray();
    for (int k = 0; k < mutations; k++) {
      int at = r.nextInt(bytes.length);
      bytes[at] = (byte) (r.nextBoolean() ? r.nextInt(256) : bytes[at] ^ (1 << r.nextInt(8)));
    }
    if (r.nextInt(4) == 0) {
      bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
    }
    check(bytes);
  }

  @Property(tries = 200)
  void encodeWritesNothingWhenTheBufferIsTooSmall(@ForAll long seed) {
    Dhcpv6Message m = new RandomDhcpv6(new Random(seed), false).message(1);
    ByteBuffer small = ByteBuffer.allocate(m.encodedLength() - 1);
    try {
      m.encode(small);
    } catch (java.nio.BufferOverflowException expected) {
      assertEquals(0, small.position());
      return;
    }
    throw new AssertionError("encode into a buffer one byte short did not throw");
  }
}
