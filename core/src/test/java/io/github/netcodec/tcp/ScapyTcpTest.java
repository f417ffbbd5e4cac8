package io.github.netcodec.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.Hex;
import io.github.netcodec.address.IpAddress;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.testing.Scapy;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * scapy 2.5 (Debian python3-scapy) as the oracle both ways: TCP over IPv4 and IPv6 with random
 * flags (including reserved bits, AE/NS, CWR, ECE), option combinations (MSS, window scale,
 * SACK-permitted, SACK, timestamps, MD5, TCP-AO, MPTCP, Fast Open, unknown kinds, NOP, EOL) and
 * right or wrong checksums; and segments we build, dissected by scapy.
 */
class ScapyTcpTest {

  /** Formats scapy's dissected options; our {@link #describe(TcpOption)} must match. */
  private static final String FORMAT = String.join("\n",
      "import struct",
      "def fmt(o):",
      "    name, v = o",
      "    if name == 'TFO' and isinstance(v, tuple): v = struct.pack('!II', *v)",
      "    if v is None: s = ''",
      "    elif isinstance(v, int): s = str(v)",
      "    elif isinstance(v, tuple): s = '-'.join(str(x) for x in v)",
      "    else: s = bytes(v).hex()",
      "    return '%s:%s' % (name, s)",
      "def line(p, v6):",
      "    t = p[TCP]",
      "    q = p.copy(); del q[TCP].chksum",
      "    good = p.__class__(raw(q))[TCP].chksum",
      "    return ' '.join(str(x) for x in [raw(p).hex(), t.sport, t.dport, t.seq, t.ack,",
      "        t.dataofs, t.reserved, int(t.flags), t.window, t.chksum, t.urgptr,",
      "        ','.join(fmt(o) for o in t.options) or '-', raw(t.payload).hex() or '-',",
      "        int(t.chksum == good), good])");

  private static final String BUILD = String.join("\n",
      "from scapy.all import *",
      FORMAT,
      "import random",
      "r = random.Random(9)",
      "pool = [lambda: ('MSS', r.randrange(65536)), lambda: ('NOP', None),",
      "    lambda: ('WScale', r.randrange(15)), lambda: ('SAckOK', b''),",
      "    lambda: ('Timestamp', (r.getrandbits(32), r.getrandbits(32))),",
      "    lambda: ('SAck', tuple(r.getrandbits(32) for _ in range(2 * r.randrange(1, 4)))),",
      "    lambda: ('MD5', bytes(r.getrandbits(8) for _ in range(16))),",
      "    lambda: (29, bytes(r.getrandbits(8) for _ in range(2 + r.randrange(0, 13)))),",
      "    lambda: (30, bytes([r.randrange(16) << 4]) + bytes(r.getrandbits(8) for _ in",
      "        range(r.randrange(0, 10)))),",
      "    lambda: (34, bytes(r.getrandbits(8) for _ in range(r.choice([0, 4, 8, 16])))),",
      "    lambda: (r.choice([6, 7, 28, 99, 200, 254]), bytes(r.getrandbits(8) for _ in",
      "        range(r.randrange(0, 6))))]",
      "def olen(o):",
      "    return 1 if o[0] in ('NOP', 'EOL') else len(raw(TCP(options=[o]))) - 20",
      "n = 0",
      "while n < 300:",
      "    opts = []; total = 0",
      "    for _ in range(r.randrange(0, 6)):",
      "        o = r.choice(pool)()",
      "        if o[0] in ('SAck',):",
      "            k = 2 + 4 * len(o[1])",
      "        elif o[0] in ('NOP',): k = 1",
      "        else: k = len(raw(TCP(options=[o, ('NOP', None), ('NOP', None),",
      "            ('NOP', None)]))) - 20 - 3",
      "        if total + k > 39: break",
      "        opts.append(o); total += k",
      "    if r.random() < 0.3: opts.append(('EOL', None))",
      "    v6 = n % 2 == 1",
      "    pl = bytes(r.getrandbits(8) for _ in range(r.randrange(0, 30)))",
      "    t = TCP(sport=r.randrange(65536), dport=r.randrange(65536), seq=r.getrandbits(32),",
      "        ack=r.getrandbits(32), flags=r.getrandbits(9), reserved=r.choice([0, 0, 0, 5]),",
      "        window=r.randrange(65536), urgptr=r.randrange(65536), options=opts,",
      "        chksum=None if r.random() < 0.7 else r.randrange(65536))/pl",
      "    ip = IPv6(src='2001:db8::%x' % n, dst='2001:db8:1::%x' % n) if v6 else \\",
      "        IP(src='10.9.%d.%d' % (n % 256, n // 256), dst='172.16.0.1')",
      "    p = (ip/t).__class__(raw(ip/t))",
      "    if len(raw(p[TCP])) != len(raw(t)): continue",
      "    print(line(p, v6)); n += 1");

  private static final class Parsed {
    IpAddress src;
    IpAddress dst;
    ByteBuffer tcp;
  }

  private static Parsed ip(byte[] bytes) {
    Parsed p = new Parsed();
    if ((bytes[0] & 0xf0) == 0x60) {
      Ipv6Packet ip = Ipv6Packet.parse(bytes);
      p.src = ip.source();
      p.dst = ip.finalDestination();
      p.tcp = ip.payload();
    } else {
      Ipv4Packet ip = Ipv4Packet.parse(bytes);
      p.src = ip.source();
      p.dst = ip.destination();
      p.tcp = ip.payload();
    }
    return p;
  }

  /** Our option in scapy's notation (see FORMAT). */
  static String describe(TcpOption o) {
    if (o instanceof TcpOption.EndOfOptionList) {
      return "EOL:";
    } else if (o instanceof TcpOption.NoOperation) {
      return "NOP:";
    } else if (o instanceof TcpOption.MaximumSegmentSize m) {
      return "MSS:" + m.mss();
    } else if (o instanceof TcpOption.WindowScale w) {
      return "WScale:" + w.shift();
    } else if (o instanceof TcpOption.SackPermitted) {
      return "SAckOK:";
    } else if (o instanceof TcpOption.Sack s) {
      return "SAck:" + s.blocks().stream().map(b -> b.left() + "-" + b.right())
          .collect(Collectors.joining("-"));
    } else if (o instanceof TcpOption.Timestamps t) {
      return "Timestamp:" + t.value() + "-" + t.echoReply();
    } else if (o instanceof TcpOption.Md5Signature m) {
      return "MD5:" + m.digest().hex();
    } else if (o instanceof TcpOption.Authentication a) {
      return "AO:" + String.format("%02x%02x", a.keyId(), a.receiveNextKeyId()) + a.mac().hex();
    } else if (o instanceof TcpOption.FastOpen f) {
      return "TFO:" + f.cookie().hex();
    } else if (o instanceof TcpOption.Multipath m) {
      return "30:" + m.data().hex();
    } else if (o instanceof TcpOption.Unknown u) {
      if (u.kind().equals(TcpOptionKind.USER_TIMEOUT) && u.data().size() == 2) {
        return "UTO:" + (u.data().getUnsigned(0) << 8 | u.data().getUnsigned(1));
      }
      return (u.kind().equals(TcpOptionKind.USER_TIMEOUT) ? "UTO"
          : Integer.toString(u.kind().value())) + ":"
          + u.data().hex();
    }
    throw new AssertionError(o);
  }

  private static void assertAgrees(String line, TcpSegment s, IpAddress src, IpAddress dst) {
    String[] f = line.split(" ");
    assertEquals(Integer.parseInt(f[1]), s.sourcePort(), line);
    assertEquals(Integer.parseInt(f[2]), s.destinationPort(), line);
    assertEquals(Long.parseLong(f[3]), s.sequenceNumber(), line);
    assertEquals(Long.parseLong(f[4]), s.acknowledgmentNumber(), line);
    assertEquals(Integer.parseInt(f[5]), s.dataOffset(), line);
    assertEquals(Integer.parseInt(f[6]), s.reservedBits(), line);
    assertEquals(Integer.parseInt(f[7]), s.flags() & 0x1ff, line);
    assertEquals(Integer.parseInt(f[8]), s.window(), line);
    assertEquals(Integer.parseInt(f[9]), s.checksum(), line);
    assertEquals(Integer.parseInt(f[10]), s.urgentPointer(), line);
    List<String> ours = new ArrayList<>();
    for (TcpOption o : s.options()) {
      ours.add(describe(o));
    }
    assertEquals(f[11], ours.isEmpty() ? "-" : String.join(",", ours), line);
    String payload = Hex.toHex(s.payload());
    assertEquals(f[12], payload.isEmpty() ? "-" : payload, line);
    assertEquals(f[13].equals("1"), s.hasValidChecksum(src, dst), line);
    assertEquals(Integer.parseInt(f[14]), s.computeChecksum(src, dst), line);
  }

  @Test
  void parsesWhatScapyBuilds() {
    String[] lines = Scapy.run(BUILD, "").strip().split("\n");
    assertEquals(300, lines.length);
    for (String line : lines) {
      Parsed p = ip(Hex.parse(line.split(" ")[0]));
      TcpSegment s = TcpSegment.parse(p.tcp);
      assertAgrees(line, s, p.src, p.dst);
      assertEquals(Hex.toHex(p.tcp), Hex.toHex(s.toByteArray()), line);
    }
  }

  private static final String READ = String.join("\n",
      "from scapy.all import *",
      FORMAT,
      "import sys",
      "for h in sys.stdin.read().split():",
      "    b = bytes.fromhex(h)",
      "    p = IPv6(b) if b[0] >> 4 == 6 else IP(b)",
      "    print(line(p, b[0] >> 4 == 6))");

  @Test
  void scapyReadsWhatWeBuild() {
    Random r = new Random(3);
    List<byte[]> packets = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      List<TcpOption> options = new ArrayList<>();
      if (r.nextBoolean()) {
        options.add(new TcpOption.MaximumSegmentSize(r.nextInt(65536)));
      }
      if (r.nextBoolean()) {
        options.add(TcpOption.NoOperation.INSTANCE);
        options.add(new TcpOption.WindowScale(r.nextInt(15)));
      }
      if (r.nextBoolean()) {
        options.add(TcpOption.SackPermitted.INSTANCE);
      }
      if (r.nextBoolean()) {
        options.add(new TcpOption.Timestamps(r.nextInt() & 0xffff_ffffL,
            r.nextInt() & 0xffff_ffffL));
      }
      byte[] payload = new byte[r.nextInt(40)];
      r.nextBytes(payload);
      boolean v6 = i % 2 == 0;
      IpAddress src = v6 ? Ipv6Address.of(r.nextLong(), r.nextLong()) : Ipv4Address.of(
          r.nextInt());
      IpAddress dst = v6 ? Ipv6Address.of(r.nextLong(), r.nextLong()) : Ipv4Address.of(
          r.nextInt());
      TcpSegment s = TcpSegment.builder().sourcePort(r.nextInt(65536))
          .destinationPort(r.nextInt(65536)).sequenceNumber(r.nextInt() & 0xffff_ffffL)
          .acknowledgmentNumber(r.nextInt() & 0xffff_ffffL).flags(r.nextInt(0x200))
          .window(r.nextInt(65536)).options(options).payload(payload).build(src, dst);
      byte[] ip = v6
          ? Ipv6Packet.builder().source((Ipv6Address) src).destination((Ipv6Address) dst)
              .protocol(io.github.netcodec.ip.IpProtocol.TCP)
              .payload(s.toByteArray()).build().toByteArray()
          : Ipv4Packet.builder().source((Ipv4Address) src).destination((Ipv4Address) dst)
              .protocol(io.github.netcodec.ip.IpProtocol.TCP).payload(s.toByteArray()).build()
              .toByteArray();
      packets.add(ip);
    }
    String in = packets.stream().map(Hex::toHex).collect(Collectors.joining("\n"));
    String[] lines = Scapy.run(READ, in).strip().split("\n");
    assertEquals(packets.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      Parsed p = ip(packets.get(i));
      TcpSegment s = TcpSegment.parse(p.tcp);
      assertEquals("1", lines[i].split(" ")[13], lines[i]);
      assertAgrees(lines[i], s, p.src, p.dst);
    }
  }
}
