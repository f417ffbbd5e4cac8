package io.github.netcodec.benchmarks.address;

import com.google.common.net.InetAddresses;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing and formatting the seed's {@code 128.143.67.11} and {@code 2607:f8b0:400d:c00::6a}:
 * netcodec against Guava {@code InetAddresses}, {@code java.net.InetAddress} and IPAddress.
 *
 * <p>Formatting with IPAddress builds a fresh address each time, because IPAddress caches the
 * string inside the address object after the first call.
 *
 * <p>The {@code floor} methods do no parsing or formatting; they only make what an IPv4 parse or
 * format must return (a 16-byte address, a 13-character String), the least any of the libraries
 * could cost on this JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class AddressTextBenchmark {
  String v4Text = "128.143.67.11";
  String v6Text = "2607:f8b0:400d:c00::6a";
  int v4Bits = 0x808f430b;
  byte[] v4Ascii = v4Text.getBytes(StandardCharsets.ISO_8859_1);
  char c0 = '1', c1 = '2', c2 = '8', c3 = '.', c4 = '1', c5 = '4', c6 = '3', c7 = '.';
  char c8 = '6', c9 = '7', c10 = '.', c11 = '1', c12 = '1';
  Ipv4Address v4;
  Ipv6Address v6;
  InetAddress inet4;
  InetAddress inet6;

  /** Prepares the values to format. */
  @Setup
  public void setUp() throws UnknownHostException {
    v4 = Ipv4Address.parse(v4Text);
    v6 = Ipv6Address.parse(v6Text);
    inet4 = InetAddress.getByName(v4Text);
    inet6 = InetAddress.getByName(v6Text);
  }

  /** netcodec IPv4 parse. */
  @Benchmark
  public Ipv4Address parseV4Netcodec() {
    return Ipv4Address.parse(v4Text);
  }

  /** Guava IPv4 parse. */
  @Benchmark
  public InetAddress parseV4Guava() {
    return InetAddresses.forString(v4Text);
  }

  /** java.net IPv4 literal parse. */
  @Benchmark
  public InetAddress parseV4InetAddress() throws UnknownHostException {
    return InetAddress.getByName(v4Text);
  }

  /** IPAddress IPv4 parse. */
  @Benchmark
  public IPAddress parseV4IpAddress() {
    return new IPAddressString(v4Text).getAddress();
  }

  /** netcodec IPv6 parse. */
  @Benchmark
  public Ipv6Address parseV6Netcodec() {
    return Ipv6Address.parse(v6Text);
  }

  /** Guava IPv6 parse. */
  @Benchmark
  public InetAddress parseV6Guava() {
    return InetAddresses.forString(v6Text);
  }

  /** java.net IPv6 literal parse. */
  @Benchmark
  public InetAddress parseV6InetAddress() throws UnknownHostException {
    return InetAddress.getByName(v6Text);
  }

  /** IPAddress IPv6 parse. */
  @Benchmark
  public IPAddress parseV6IpAddress() {
    return new IPAddressString(v6Text).getAddress();
  }

  /** netcodec IPv4 format. */
  @Benchmark
  public String formatV4Netcodec() {
    return v4.toString();
  }

  /** Guava IPv4 format. */
  @Benchmark
  public String formatV4Guava() {
    return InetAddresses.toAddrString(inet4);
  }

  /** java.net IPv4 format. */
  @Benchmark
  public String formatV4InetAddress() {
    return inet4.getHostAddress();
  }

  /** IPAddress IPv4 format (fresh address, see the class comment). */
  @Benchmark
  public String formatV4IpAddress() {
    return new IPv4Address(v4.value()).toCanonicalString();
  }

  /** netcodec IPv6 format (RFC 5952). */
  @Benchmark
  public String formatV6Netcodec() {
    return v6.toString();
  }

  /** Guava IPv6 format (RFC 5952). */
  @Benchmark
  public String formatV6Guava() {
    return InetAddresses.toAddrString(inet6);
  }

  /** java.net IPv6 format (not RFC 5952: no "::" compression). */
  @Benchmark
  public String formatV6InetAddress() {
    return inet6.getHostAddress();
  }

  /** IPAddress IPv6 format (fresh address, see the class comment). */
  @Benchmark
  public String formatV6IpAddress() {
    return new IPv6Address(v6.high(), v6.low()).toCanonicalString();
  }

  /** Floor for an IPv4 parse: allocating the 16-byte result from bits already known. */
  @Benchmark
  public Ipv4Address floorV4Address() {
    return Ipv4Address.of(v4Bits);
  }

  /** Floor for an IPv4 format: a 13-character String copied from a 13-byte array. */
  @Benchmark
  public String floorV4StringCopy() {
    return new String(v4Ascii, StandardCharsets.ISO_8859_1);
  }

  /**
   * Floor for an IPv4 format: a 13-character String concatenated from 13 chars (one array,
   * allocated at its exact size, no copy).
   */
  @Benchmark
  public String floorV4StringChars() {
    return "" + c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11 + c12;
  }
}
