package io.github.netcodec.benchmarks.checksum;

import io.github.netcodec.checksum.InternetChecksum;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
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
import org.pcap4j.util.ByteArrays;

/**
 * The Internet checksum over packet-sized data, heap and direct, side by side with a
 * straightforward RFC 1071 loop, pcap4j's checksum, and the JDK's intrinsic CRC32 as a reference
 * for what the hardware can stream.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ChecksumBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChecksumBenchmark {

  /** Bytes summed: an IPv4 header, a small packet, an Ethernet MTU, a jumbo frame, 64 KiB - 1. */
  @Param({"20", "64", "1500", "9000", "65535"})
  public int size;

  /** Where the data lives: a heap buffer (array-backed) or a direct buffer. */
  @Param({"heap", "direct"})
  public String memory;

  private ByteBuffer buffer;
  private byte[] array;
  private final CRC32 crc = new CRC32();

  /** Fills both the buffer under test and an array copy (pcap4j takes arrays only). */
  @Setup
  public void setUp() {
    array = new byte[size];
    new SplittableRandom(1071).nextBytes(array);
    buffer = "direct".equals(memory) ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
    buffer.put(array).flip();
  }

  /**
   * netcodec's wide-word sum.
   *
   * @return the checksum
   */
  @Benchmark
  public int netcodec() {
    return InternetChecksum.checksum(buffer, 0, size);
  }

  /**
   * The straightforward RFC 1071 loop: one 16-bit word per step, carries folded at the end.
   *
   * @return the checksum
   */
  @Benchmark
  public int rfc1071Loop() {
    ByteBuffer b = buffer;
    int n = size;
    long sum = 0;
    int i = 0;
    for (; i + 1 < n; i += 2) {
      sum += b.getShort(i) & 0xffff;
    }
    if (i < n) {
      sum += (b.get(i) & 0xff) << 8;
    }
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return (int) ~sum & 0xffff;
  }

  /**
   * pcap4j's {@code ByteArrays.calcChecksum}, on a byte array of the same data (it accepts
   * nothing else, so the direct case measures it on the heap).
   *
   * @return the checksum
   */
  @Benchmark
  public short pcap4j() {
    return ByteArrays.calcChecksum(array);
  }

  /**
   * {@link CRC32} over the same buffer: an intrinsic, the reference for streaming speed.
   *
   * @return the CRC
   */
  @Benchmark
  public long crc32() {
    crc.reset();
    buffer.clear();
    crc.update(buffer);
    return crc.getValue();
  }
}
