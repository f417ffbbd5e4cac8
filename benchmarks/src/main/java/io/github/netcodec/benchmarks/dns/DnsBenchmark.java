package io.github.netcodec.benchmarks.dns;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.dns.DnsMessage;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.dns.DnsQuestion;
import io.github.netcodec.dns.DnsRecord;
import io.github.netcodec.dns.DnsType;
import io.github.netcodec.dns.Rdata;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DefaultDnsRawRecord;
import io.netty.handler.codec.dns.DefaultDnsResponse;
import io.netty.handler.codec.dns.DnsOpCode;
import io.netty.handler.codec.dns.DnsRecordDecoder;
import io.netty.handler.codec.dns.DnsRecordEncoder;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xbill.DNS.Message;

/**
 * Parsing and encoding whole DNS responses: netcodec's {@link DnsMessage} side by side with
 * dnsjava ({@code new Message(bytes)}, {@code toWire()}) and Netty codec-dns (its {@code
 * DnsRecordDecoder}/{@code DnsRecordEncoder}, which is what {@code DatagramDnsResponseDecoder}
 * and its encoder run per record, without a channel around them), on the same bytes.
 *
 * <ul>
 *   <li>{@code typical}: 145 bytes, compressed: one question, two A answers, two NS, two glue A.
 *   <li>{@code large}: about 1200 bytes: eight 60-octet TXT records and twenty AAAA records.
 * </ul>
 *
 * <p>netcodec decodes every RDATA into its typed record; dnsjava does too; Netty leaves RDATA
 * as raw bytes and does not compress on encode, so its output is longer.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Dns -prof gc -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DnsBenchmark {

  /** Which response. */
  @Param({"typical", "large"})
  public String response;

  private byte[] bytes;
  private DnsMessage message;
  private Message dnsjavaMessage;
  private DefaultDnsResponse nettyResponse;
  private ByteBuffer out;
  private ByteBuf nettyOut;

  static DnsMessage typical() {
    DnsName www = DnsName.of("www.example.com.");
    DnsName zone = DnsName.of("example.com.");
    return new DnsMessage(0x4d2, 0x8180, List.of(new DnsQuestion(www, DnsType.A,
        io.github.netcodec.dns.DnsClass.IN)),
        List.of(DnsRecord.of("www.example.com.", 300,
                new Rdata.A(Ipv4Address.parse("93.184.216.34"))),
            DnsRecord.of("www.example.com.", 300,
                new Rdata.A(Ipv4Address.parse("93.184.216.35")))),
        List.of(new DnsRecord(zone, io.github.netcodec.dns.DnsClass.IN, 172800,
                Rdata.NameRdata.ns(DnsName.of("a.iana-servers.net."))),
            new DnsRecord(zone, io.github.netcodec.dns.DnsClass.IN, 172800,
                Rdata.NameRdata.ns(DnsName.of("b.iana-servers.net.")))),
        List.of(DnsRecord.of("a.iana-servers.net.", 172800,
                new Rdata.A(Ipv4Address.parse("199.43.135.53"))),
            DnsRecord.of("b.iana-servers.net.", 172800,
                new Rdata.A(Ipv4Address.parse("199.43.133.53")))));
  }

  static DnsMessage large() {
    List<DnsRecord> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(DnsRecord.of("example.com.", 3600, Rdata.Txt.of(
          String.format("v=spf1 include:_spf%02d.example.com ip4:192.0.2.0/24 ip6:2001:db8::/32", i)
              .substring(0, 60))));
    }
    for (int i = 0; i < 20; i++) {
      answers.add(DnsRecord.of("v6.example.com.", 300,
          new Rdata.Aaaa(Ipv6Address.parse("2001:db8:1234:5678::" + Integer.toHexString(i + 1)))));
    }
    return new DnsMessage(0x4d3, 0x8180, List.of(new DnsQuestion(DnsName.of("example.com."),
        DnsType.ANY, io.github.netcodec.dns.DnsClass.IN)), answers, List.of(), List.of());
  }

  /** Builds the response once; every library then reads the same bytes. */
  @Setup
  public void setUp() throws IOException {
    message = response.equals("typical") ? typical() : large();
    bytes = message.toByteArray();
    dnsjavaMessage = new Message(bytes);
    nettyResponse = nettyParse(bytes);
    out = ByteBuffer.allocate(4096);
    nettyOut = Unpooled.buffer(4096);
  }

  /** netcodec: parse with every RDATA typed. */
  @Benchmark
  public DnsMessage parseNetcodec() {
    return DnsMessage.parse(bytes);
  }

  /** dnsjava: {@code new Message(bytes)}. */
  @Benchmark
  public Message parseDnsjava() throws IOException {
    return new Message(bytes);
  }

  /** Netty: the response decoder's steps, RDATA left raw; the response is released after. */
  @Benchmark
  public int parseNetty() {
    DefaultDnsResponse r = nettyParse(bytes);
    int n = r.count();
    r.release();
    return n;
  }

  /** netcodec: compressed encode into a new array. */
  @Benchmark
  public byte[] encodeNetcodec() {
    return message.toByteArray();
  }

  /** netcodec: compressed encode into a reused buffer. */
  @Benchmark
  public int encodeNetcodecIntoBuffer() {
    out.clear();
    message.encode(out);
    return out.position();
  }

  /** dnsjava: {@code toWire()}, compressed. */
  @Benchmark
  public byte[] encodeDnsjava() {
    return dnsjavaMessage.toWire();
  }

  /** Netty: header and the record encoder into a reused buffer, uncompressed. */
  @Benchmark
  public int encodeNetty() throws Exception {
    ByteBuf b = nettyOut.clear();
    DefaultDnsResponse r = nettyResponse;
    b.writeShort(r.id());
    b.writeShort(0x8180);
    b.writeShort(r.count(DnsSection.QUESTION));
    b.writeShort(r.count(DnsSection.ANSWER));
    b.writeShort(r.count(DnsSection.AUTHORITY));
    b.writeShort(r.count(DnsSection.ADDITIONAL));
    for (int i = 0, n = r.count(DnsSection.QUESTION); i < n; i++) {
      DnsRecordEncoder.DEFAULT.encodeQuestion(r.recordAt(DnsSection.QUESTION, i), b);
    }
    for (DnsSection s : new DnsSection[] {DnsSection.ANSWER, DnsSection.AUTHORITY,
        DnsSection.ADDITIONAL}) {
      for (int i = 0, n = r.count(s); i < n; i++) {
        DnsRecordEncoder.DEFAULT.encodeRecord(r.recordAt(s, i), b);
      }
    }
    return b.writerIndex();
  }

  /** What Netty's DnsResponseDecoder does for one datagram's content. */
  static DefaultDnsResponse nettyParse(byte[] bytes) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    int id = buf.readUnsignedShort();
    int flags = buf.readUnsignedShort();
    DefaultDnsResponse r = new DefaultDnsResponse(id, DnsOpCode.valueOf(flags >> 11 & 0xf),
        DnsResponseCode.valueOf(flags & 0xf));
    r.setRecursionDesired((flags >> 8 & 1) == 1);
    r.setAuthoritativeAnswer((flags >> 10 & 1) == 1);
    r.setTruncated((flags >> 9 & 1) == 1);
    r.setRecursionAvailable((flags >> 7 & 1) == 1);
    r.setZ(flags >> 4 & 0x7);
    int qd = buf.readUnsignedShort();
    int an = buf.readUnsignedShort();
    int ns = buf.readUnsignedShort();
    int ar = buf.readUnsignedShort();
    try {
      for (int i = 0; i < qd; i++) {
        r.addRecord(DnsSection.QUESTION, DnsRecordDecoder.DEFAULT.decodeQuestion(buf));
      }
      addRecords(r, DnsSection.ANSWER, an, buf);
      addRecords(r, DnsSection.AUTHORITY, ns, buf);
      addRecords(r, DnsSection.ADDITIONAL, ar, buf);
    } catch (Exception e) {
      r.release();
      throw new IllegalStateException(e);
    }
    return r;
  }

  private static void addRecords(DefaultDnsResponse r, DnsSection s, int n, ByteBuf buf)
      throws Exception {
    for (int i = 0; i < n; i++) {
      r.addRecord(s, DnsRecordDecoder.DEFAULT.<io.netty.handler.codec.dns.DnsRecord>decodeRecord(
          buf));
    }
  }

  // referenced so the imports document which Netty types the decoder produces
  static final Class<?>[] NETTY_TYPES = {DefaultDnsQuestion.class, DefaultDnsRawRecord.class,
      DnsRecordType.class};
}
