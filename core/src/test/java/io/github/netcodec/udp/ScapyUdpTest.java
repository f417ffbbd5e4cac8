package io.github.netcodec.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.Hex;
import io.github.netcodec.address.IpAddress;
import io.github.netcodec.ipv4.Ipv4Packet;
import io.github.netcodec.ipv6.Ipv6Packet;
import io.github.netcodec.testing.Scapy;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * scapy (Debian python3-scapy) as the oracle both ways: UDP over IPv4 and IPv6 built by scapy
 * (random ports and payloads, scapy-computed, zero and wrong checksums) parse to scapy's fields
 * and checksum verdict; datagrams we build dissect in scapy with checksums scapy agrees with.
 */
class ScapyUdpTest {

  private static final String BUILD = String.join("\n",
      "from scapy.all import *",
      "import random",
      "r = random.Random(5)",
      "for i in range(200):",
      "    v6 = i % 2 == 1",
      "    pl = bytes(r.getrandbits(8) for _ in range(r.randrange(0, 40)))",
      "    mode = r.randrange(4)",
      "    ck = None if mode < 2 else (0 if mode == 2 else r.randrange(65536))",
      "    u = UDP(sport=r.randrange(65536), dport=r.randrange(65536), chksum=ck)/pl",
      "    ip = IPv6(src='2001:db8::%x' % i, dst='fe80::%x' % (i * 7)) if v6 else \\",
      "        IP(src='10.0.%d.1' % i, dst='192.0.2.%d' % i)",
      "    p = (ip/u).__class__(raw(ip/u))",
      "    q = p.copy(); del q[UDP].chksum",
      "    good = p.__class__(raw(q))[UDP].chksum",
      "    valid = p[UDP].chksum == good or (p[UDP].chksum == 0 and not v6)",
      "    print(raw(p).hex(), p[UDP].sport, p[UDP].dport, p[UDP].len, p[UDP].chksum,",
      "          raw(p[UDP].payload).hex() or '-', int(valid), good)");

  @Test
  void parsesWhatScapyBuilds() {
    String out = Scapy.run(BUILD, "");
    int count = 0;
    for (String line : out.strip().split("\n")) {
      String[] f = line.split(" ");
      byte[] bytes = Hex.parse(f[0]);
      IpAddress src;
      IpAddress dst;
      ByteBuffer udp;
      if ((bytes[0] & 0xf0) == 0x60) {
        Ipv6Packet ip = Ipv6Packet.parse(bytes);
        src = ip.source();
        dst = ip.finalDestination();
        udp = ip.payload();
      } else {
        Ipv4Packet ip = Ipv4Packet.parse(bytes);
        src = ip.source();
        dst = ip.destination();
        udp = ip.payload();
      }
      UdpDatagram d = UdpDatagram.parse(udp);
      assertEquals(Integer.parseInt(f[1]), d.sourcePort(), line);
      assertEquals(Integer.parseInt(f[2]), d.destinationPort(), line);
      assertEquals(Integer.parseInt(f[3]), d.length(), line);
      assertEquals(Integer.parseInt(f[4]), d.checksum(), line);
      assertEquals(f[5].equals("-") ? "" : f[5], Hex.toHex(d.payload()), line);
      assertEquals(f[6].equals("1"), d.hasValidChecksum(src, dst), line);
      assertEquals(Integer.parseInt(f[7]), d.computeChecksum(src, dst), line);
      assertEquals(Hex.toHex(udp), Hex.toHex(d.toByteArray()), line);
      count++;
    }
    assertEquals(200, count);
  }

  private static final String READ = String.join("\n",
      "from scapy.all import *",
      "import sys",
      "for line in sys.stdin.read().split():",
      "    fam, src, dst, h = line.split(',')",
      "    ip = IPv6(src=src, dst=dst, nh=17) if fam == '6' else IP(src=src, dst=dst, proto=17)",
      "    p = ip.__class__(raw(ip/Raw(bytes.fromhex(h))))",
      "    q = p.copy(); del q[UDP].chksum",
      "    good = p.__class__(raw(q))[UDP].chksum",
      "    print(p[UDP].sport, p[UDP].dport, p[UDP].len, p[UDP].chksum, good)");

  @Test
  void scapyReadsWhatWeBuild() {
    Random r = new Random(11);
    StringBuilder in = new StringBuilder();
    UdpDatagram[] built = new UdpDatagram[100];
    for (int i = 0; i < built.length; i++) {
      byte[] payload = new byte[r.nextInt(50)];
      r.nextBytes(payload);
      boolean v6 = i % 2 == 0;
      String src = v6 ? "2001:db8::" + Integer.toHexString(i + 1) : "10.1.2." + i;
      String dst = v6 ? "ff02::fb" : "224.0.0.251";
      IpAddress s = v6 ? io.github.netcodec.address.Ipv6Address.parse(src)
          : io.github.netcodec.address.Ipv4Address.parse(src);
      IpAddress d = v6 ? io.github.netcodec.address.Ipv6Address.parse(dst)
          : io.github.netcodec.address.Ipv4Address.parse(dst);
      built[i] = UdpDatagram.builder().sourcePort(r.nextInt(65536))
          .destinationPort(r.nextInt(65536)).payload(payload).build(s, d);
      in.append(v6 ? '6' : '4').append(',').append(src).append(',').append(dst).append(',')
          .append(Hex.toHex(built[i].toByteArray())).append('\n');
    }
    String[] lines = Scapy.run(READ, in.toString()).strip().split("\n");
    assertEquals(built.length, lines.length);
    for (int i = 0; i < built.length; i++) {
      UdpDatagram d = built[i];
      assertEquals(d.sourcePort() + " " + d.destinationPort() + " " + d.length() + " "
          + d.checksum() + " " + d.checksum(), lines[i], d.toString());
    }
  }
}
