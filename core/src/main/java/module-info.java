/**
 * netcodec core: immutable, zero-copy {@link java.nio.ByteBuffer} codecs for the
 * Internet protocol stack, the Internet checksum, and shared plumbing.
 *
 * <p>The module has no dependencies beyond {@code java.base}.
 */
module io.github.netcodec {
  exports io.github.netcodec;
  exports io.github.netcodec.address;
  exports io.github.netcodec.arp;
  exports io.github.netcodec.checksum;
  exports io.github.netcodec.dhcp;
  exports io.github.netcodec.dhcpv6;
  exports io.github.netcodec.dns;
  exports io.github.netcodec.ethernet;
  exports io.github.netcodec.icmpv4;
  exports io.github.netcodec.icmpv6;
  exports io.github.netcodec.ip;
  exports io.github.netcodec.ipv4;
  exports io.github.netcodec.ipv6;
  exports io.github.netcodec.tcp;
  exports io.github.netcodec.udp;
  exports io.github.netcodec.uri;
}
