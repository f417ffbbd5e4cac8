package io.github.netcodec.ethernet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netcodec.Hex;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.testing.Scapy;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * scapy (Debian python3-scapy) as an independent oracle in both directions: scapy builds frames
 * with many field combinations that we parse, and scapy dissects frames that we encode. Both
 * sides describe a frame in the same one-line form, field by field:
 *
 * <pre>
 * dst src tags(tpid.pcp.dei.vid,...|-) length/type llc(dsap.ssap.ctrl|-) snap(oui.pid|-)
 * payload(hex|-) padding(hex|-)
 * </pre>
 *
 * <p>scapy 2.5 binds only 0x8100 and 0x88a8 to its VLAN layers; the script dissects the
 * pre-standard TPID 0x9100 as {@code Dot1Q} explicitly, as Wireshark does. scapy's LLC layer has a
 * one-byte control field, so the frames exchanged with it use U-format control values.
 */
class ScapyEthernetTest {

  /** The dissector both directions share: prints the description of each frame on stdin. */
  private static final String DESCRIBE = String.join("\n",
      "from scapy.all import Ether, Dot3, Dot1Q, Dot1AD, LLC, SNAP, Padding, Raw, NoPayload, raw",
      "import sys, random",
      "def describe(b):",
      "    p = Ether(b)",
      "    tags = []",
      "    if isinstance(p, Dot3):",
      "        typ = p.len; nxt = p.payload",
      "    else:",
      "        typ = p.type; nxt = p.payload",
      "        while True:",
      "            if typ == 0x9100 and isinstance(nxt, Raw):",
      "                nxt = Dot1Q(bytes(nxt))",
      "            if not isinstance(nxt, (Dot1Q, Dot1AD)):",
      "                break",
      "            tags.append('%04x.%d.%d.%d' % (typ, nxt.prio, nxt.id, nxt.vlan))",
      "            typ = nxt.type; nxt = nxt.payload",
      "    hl = 14 + 4 * len(tags)",
      "    llc = snap = '-'; used = 0",
      "    if isinstance(nxt, LLC):",
      "        llc = '%d.%d.%d' % (nxt.dsap, nxt.ssap, nxt.ctrl); used = 3; nxt = nxt.payload",
      "        if isinstance(nxt, SNAP):",
      "            snap = '%d.%d' % (nxt.OUI, nxt.code); used = 8; nxt = nxt.payload",
      "    pad = b''",
      "    layer = nxt if typ <= 1500 else None  # Ethernet II: padding stays in the payload",
      "    while layer is not None and not isinstance(layer, NoPayload):",
      "        if isinstance(layer, Padding):",
      "            pad = layer.load; break",
      "        layer = layer.payload",
      "    data = b[hl:]",
      "    payload = data[used:len(data) - len(pad)]",
      "    return ' '.join([p.dst, p.src, ','.join(tags) or '-', str(typ), llc, snap,",
      "                     payload.hex() or '-', pad.hex() or '-'])",
      "");

  /** Builds frames of every kind with random fields and prints their bytes and description. */
  private static final String BUILD = DESCRIBE + String.join("\n",
      "random.seed(8023)",
      "def mac(): return ':'.join('%02x' % random.randrange(256) for _ in range(6))",
      "def blob(lo, hi): return bytes(random.randrange(256) for _ in range(random.randrange(lo, hi)))",
      "def etype():",
      "    while True:",
      "        t = random.choice([0x0800, 0x86dd, 0x0806, 0x88cc, 0x8847, 0x8864, 0x88e5,",
      "                           random.randrange(0x0600, 0x10000)])",
      "        if t not in (0x8100, 0x88a8, 0x9100): return t",
      "def tag(cls, t): return cls(prio=random.randrange(8), id=random.randrange(2),",
      "                            vlan=random.randrange(4096), type=t)",
      "def llc_part():",
      "    if random.randrange(2):",
      "        body = blob(0, 60)",
      "        return LLC(dsap=0xaa, ssap=0xaa, ctrl=3) / SNAP(OUI=random.choice([0, 0xf8, 0x0c,",
      "            random.randrange(1 << 24)]), code=random.randrange(65536)) / Raw(body), 8 + len(body)",
      "    while True:",
      "        d, s = random.randrange(256), random.randrange(256)",
      "        if (d, s) != (0xaa, 0xaa): break",
      "    body = blob(0, 60)",
      "    return LLC(dsap=d, ssap=s, ctrl=random.randrange(64) << 2 | 3) / Raw(body), 3 + len(body)",
      "for i in range(300):",
      "    kind = i % 6",
      "    tpids = [[], [0x8100], [0x88a8, 0x8100], [0x9100, 0x8100], [0x8100, 0x8100, 0x8100],",
      "             [random.choice([0x8100, 0x88a8])]][random.randrange(6)]",
      "    if kind < 3:",
      "        inner, n = Raw(blob(0, 80)), None",
      "        last = etype()",
      "    else:",
      "        inner, n = llc_part()",
      "        last = n",
      "    pad = Padding(load=blob(0, 20)) if kind >= 3 and random.randrange(2) else None",
      "    if not tpids and kind >= 3:",
      "        f = Dot3(dst=mac(), src=mac(), len=n)",
      "    else:",
      "        types = tpids + [last]",
      "        f = Ether(dst=mac(), src=mac(), type=types[0])",
      "        for k, t in enumerate(tpids):",
      "            f = f / tag(Dot1AD if t == 0x88a8 else Dot1Q, types[k + 1])",
      "    f = f / inner",
      "    if pad is not None: f = f / pad",
      "    b = raw(f)",
      "    print(b.hex() + ' ' + describe(b))",
      "");

  /** Reads frames from stdin, one hex line each, and prints the description of each. */
  private static final String DISSECT = DESCRIBE + String.join("\n",
      "for line in sys.stdin:",
      "    line = line.strip()",
      "    if line: print(describe(bytes.fromhex(line)))",
      "");

  static String describe(EthernetFrame f) {
    String tags = f.vlanTags().isEmpty() ? "-" : f.vlanTags().stream()
        .map(t -> String.format("%04x.%d.%d.%d", t.tpid().value(), t.pcp(), t.dei() ? 1 : 0,
            t.vid()))
        .collect(Collectors.joining(","));
    String llc = f.llc().map(l -> l.dsap() + "." + l.ssap() + "." + l.control()).orElse("-");
    String snap = f.snap().map(s -> s.oui() + "." + s.protocolId()).orElse("-");
    return String.join(" ", f.destination().toString(), f.source().toString(), tags,
        Integer.toString(f.etherType().value()), llc, snap, hexOrDash(f.payload()),
        hexOrDash(f.padding()));
  }

  private static String hexOrDash(ByteBuffer b) {
    return b.hasRemaining() ? Hex.toHex(b) : "-";
  }

  @Test
  void parsesEveryFieldOfFramesScapyBuilds() {
    String[] lines = Scapy.run(BUILD, "").trim().split("\n");
    assertEquals(300, lines.length);
    int tagged = 0;
    int ieee8023 = 0;
    int snap = 0;
    for (String line : lines) {
      int space = line.indexOf(' ');
      byte[] bytes = Hex.parse(line.substring(0, space));
      EthernetFrame frame = EthernetFrame.parse(bytes);
      assertEquals(line.substring(space + 1), describe(frame), line);
      assertArrayEquals(bytes, frame.toByteArray(), line);
      tagged += frame.vlanTags().isEmpty() ? 0 : 1;
      ieee8023 += frame.isIeee8023() ? 1 : 0;
      snap += frame.snap().isPresent() ? 1 : 0;
    }
    // The generator covers every shape, so that a broken branch cannot hide.
    assertTrue(tagged > 100 && ieee8023 > 100 && snap > 30,
        tagged + " tagged, " + ieee8023 + " 802.3, " + snap + " SNAP");
  }

  @Test
  void scapyReadsBackEveryFieldOfFramesWeEncode() {
    Random random = new Random(8021);
    List<EthernetFrame> frames = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      frames.add(randomFrame(random, i));
    }
    String stdin = frames.stream().map(f -> Hex.toHex(f.toByteArray()))
        .collect(Collectors.joining("\n"));
    String[] lines = Scapy.run(DISSECT, stdin).trim().split("\n");
    assertEquals(frames.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertEquals(describe(frames.get(i)), lines[i], frames.get(i).toString());
    }
  }

  @Test
  void pythonZlibAgreesWithEveryFcsWeAppend() {
    Random random = new Random(3);
    List<EthernetFrame> frames = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      EthernetFrame f = randomFrame(random, i);
      // Every other frame gets a wrong FCS, which python must call wrong.
      frames.add(i % 2 == 0 ? f.withFcs() : new EthernetFrame(f.destination(), f.source(),
          f.vlanTags(), f.etherType(), f.data(), OptionalLong.of(f.computeFcs() ^ 1L << i % 32)));
    }
    String script = String.join("\n",
        "import sys, zlib",
        "for line in sys.stdin:",
        "    b = bytes.fromhex(line.strip())",
        "    print(zlib.crc32(b[:-4]) == int.from_bytes(b[-4:], 'little'))");
    String[] lines = Scapy.run(script, frames.stream().map(f -> Hex.toHex(f.toByteArray()))
        .collect(Collectors.joining("\n"))).trim().split("\n");
    assertEquals(frames.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertEquals(i % 2 == 0 ? "True" : "False", lines[i]);
      assertEquals(i % 2 == 0, EthernetFrame.parseWithFcs(frames.get(i).toByteArray())
          .hasValidFcs());
    }
  }

  /** A frame of one of six shapes, with U-format LLC control values as scapy can read them. */
  static EthernetFrame randomFrame(Random random, int i) {
    EthernetFrame.Builder b = EthernetFrame.builder()
        .destination(MacAddress.of(random.nextLong() & 0xffff_ffff_ffffL))
        .source(MacAddress.of(random.nextLong() & 0xffff_ffff_ffffL))
        .pad(random.nextBoolean());
    int tags = i % 4 == 0 ? 0 : random.nextInt(4);
    EtherType[] tpids = {EtherType.VLAN, EtherType.QINQ, EtherType.QINQ_LEGACY};
    for (int k = 0; k < tags; k++) {
      b.vlanTag(new VlanTag(tpids[random.nextInt(3)], random.nextInt(8), random.nextBoolean(),
          random.nextInt(4096)));
    }
    byte[] payload = new byte[random.nextInt(90)];
    random.nextBytes(payload);
    b.payload(ByteBuffer.wrap(payload));
    switch (i % 3) {
      case 0 -> {
        int type;
        do {
          type = EtherType.MIN_TYPE + random.nextInt(0x10000 - EtherType.MIN_TYPE);
        } while (EtherType.of(type).isVlanTpid());
        b.etherType(EtherType.of(type));
      }
      case 1 -> {
        int dsap;
        do {
          dsap = random.nextInt(256);
        } while (dsap == LlcHeader.SAP_SNAP);
        b.llc(new LlcHeader(dsap, random.nextInt(256), random.nextInt(64) << 2 | 3));
      }
      default -> b.snap(new SnapHeader(random.nextInt(1 << 24), random.nextInt(1 << 16)));
    }
    return b.build();
  }
}
