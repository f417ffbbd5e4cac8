package io.github.netcodec.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netcodec.Hex;
import io.github.netcodec.testing.Scapy;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** scapy as an independent oracle: it fills in IPv4, UDP and TCP checksums; we must agree. */
class ScapyChecksumTest {

  private static final String SCRIPT = String.join("\n",
      "from scapy.all import IP, UDP, TCP, Raw, raw",
      "import random",
      "random.seed(1071)",
      "for i in range(60):",
      "    n = random.randrange(0, 1500)",
      "    payload = bytes(random.randrange(256) for _ in range(n))",
      "    l4 = UDP(sport=random.randrange(65536), dport=53) if i % 2 else \\",
      "         TCP(sport=443, dport=random.randrange(65536), flags='PA', seq=i)",
      "    p = IP(src='192.168.1.%d' % (i + 1), dst='52.96.230.162', ttl=64 + i) / l4 / Raw(payload)",
      "    print(raw(p).hex())");

  @Test
  void agreesWithScapyOnIpv4UdpAndTcpChecksums() {
    String[] packets = Scapy.run(SCRIPT, "").trim().split("\n");
    assertEquals(60, packets.length);
    for (String hex : packets) {
      ByteBuffer p = ByteBuffer.wrap(Hex.parse(hex));
      int ihl = (p.get(0) & 0x0f) * 4;
      int total = p.getShort(2) & 0xffff;
      assertEquals(p.capacity(), total);
      // IPv4 header: scapy's checksum must verify, and recomputing with the field zeroed agrees.
      assertEquals(true, InternetChecksum.verify(p, 0, ihl), hex);
      int ipChecksum = p.getShort(10) & 0xffff;
      ByteBuffer header = ByteBuffer.allocate(ihl).put(p.duplicate().limit(ihl));
      header.putShort(10, (short) 0);
      assertEquals(ipChecksum, InternetChecksum.checksum(header, 0, ihl), hex);

      // Transport checksum over the pseudo-header (RFC 768 / RFC 9293 §3.1) and the segment.
      int protocol = p.get(9) & 0xff;
      int length = total - ihl;
      int checksumAt = ihl + (protocol == 17 ? 6 : 16);
      int onWire = p.getShort(checksumAt) & 0xffff;
      ByteBuffer segment = ByteBuffer.allocate(length).put(p.duplicate().position(ihl));
      segment.putShort(checksumAt - ihl, (short) 0);
      int sum = InternetChecksum.addInt(0, p.getInt(12));
      sum = InternetChecksum.addInt(sum, p.getInt(16));
      sum = InternetChecksum.addWord(sum, protocol);
      sum = InternetChecksum.addWord(sum, length);
      sum = InternetChecksum.combine(sum, 12, InternetChecksum.sum(segment, 0, length));
      int computed = InternetChecksum.finish(sum);
      if (protocol == 17 && computed == 0) {
        computed = 0xffff; // RFC 768: a computed zero is transmitted as all ones
      }
      assertEquals(onWire, computed, hex);
    }
  }
}
