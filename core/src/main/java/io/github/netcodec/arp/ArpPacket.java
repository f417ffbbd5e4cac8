package io.github.netcodec.arp;

import static io.github.netcodec.arp.ArpLayout.FIXED_LENGTH;
import static io.github.netcodec.arp.ArpLayout.HLEN;
import static io.github.netcodec.arp.ArpLayout.HTYPE;
import static io.github.netcodec.arp.ArpLayout.OPER;
import static io.github.netcodec.arp.ArpLayout.PLEN;
import static io.github.netcodec.arp.ArpLayout.PTYPE;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.ethernet.EtherType;
import io.github.netcodec.internal.BigEndian;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Objects;

/**
 * An ARP packet (RFC 826) for any hardware and protocol address lengths, with conveniences for
 * the Ethernet/IPv4 form that almost every ARP packet has.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Hardware Type         |         Protocol Type         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  HW Addr Len  | Proto Addr Len|           Operation           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Sender Hardware Address (HW Addr Len bytes)          |
 * |          Sender Protocol Address (Proto Addr Len bytes)       |
 * |          Target Hardware Address (HW Addr Len bytes)          |
 * |          Target Protocol Address (Proto Addr Len bytes)       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>The address lengths are not components: they are the sizes of the address byte strings,
 * which the constructor requires to agree (sender and target hardware addresses alike, sender and
 * target protocol addresses alike). {@link #parse(ByteBuffer)} reads the packet's own bytes and
 * ignores any that follow, which in an Ethernet frame are padding.
 *
 * <table class="striped">
 *   <caption>{@link #toString()} in tcpdump's form</caption>
 *   <thead><tr><th>Packet</th><th>Text</th></tr></thead>
 *   <tbody>
 *     <tr><td>request</td><td>{@code who-has 128.143.67.140 tell 128.143.67.91}</td></tr>
 *     <tr><td>reply</td><td>{@code 128.143.67.140 is-at 4c:cc:6a:ba:1c:b9}</td></tr>
 *     <tr><td>probe (RFC 5227)</td><td>{@code who-has 10.0.0.7 tell 0.0.0.0}</td></tr>
 *   </tbody>
 * </table>
 *
 * @param hardwareType the hardware type ({@link ArpHardwareType#ETHERNET})
 * @param protocolType the protocol type, an EtherType ({@link EtherType#IPV4})
 * @param operation the operation ({@link ArpOperation#REQUEST}, {@link ArpOperation#REPLY},
 *     ...)
 * @param senderHardwareAddress the sender hardware address (SHA), 0..255 bytes
 * @param senderProtocolAddress the sender protocol address (SPA), 0..255 bytes
 * @param targetHardwareAddress the target hardware address (THA), as long as the SHA
 * @param targetProtocolAddress the target protocol address (TPA), as long as the SPA
 */
public record ArpPacket(
    ArpHardwareType hardwareType,
    EtherType protocolType,
    ArpOperation operation,
    ByteString senderHardwareAddress,
    ByteString senderProtocolAddress,
    ByteString targetHardwareAddress,
    ByteString targetProtocolAddress)
    implements Encodable {
  private static final String PROTOCOL = "ARP";

  /** The size of the fixed part before the addresses: 8 bytes. */
  public static final int FIXED_BYTES = FIXED_LENGTH;
  /** The size of an Ethernet/IPv4 ARP packet: 28 bytes. */
  public static final int ETHERNET_IPV4_BYTES = ArpLayout.ETHERNET_IPV4_LENGTH;

  /**
   * Checks the fields.
   *
   * @param hardwareType the hardware type
   * @param protocolType the protocol type
   * @param operation the operation
   * @param senderHardwareAddress the SHA, at most 255 bytes
   * @param senderProtocolAddress the SPA, at most 255 bytes
   * @param targetHardwareAddress the THA, as long as the SHA
   * @param targetProtocolAddress the TPA, as long as the SPA
   * @throws IllegalArgumentException if an address is longer than 255 bytes, or the sender and
   *     target addresses of a kind differ in length
   * @throws NullPointerException if an argument is null
   */
  public ArpPacket {
    Objects.requireNonNull(hardwareType, "hardwareType");
    Objects.requireNonNull(protocolType, "protocolType");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(senderHardwareAddress, "senderHardwareAddress");
    Objects.requireNonNull(senderProtocolAddress, "senderProtocolAddress");
    Objects.requireNonNull(targetHardwareAddress, "targetHardwareAddress");
    Objects.requireNonNull(targetProtocolAddress, "targetProtocolAddress");
    if (senderHardwareAddress.size() > 255) {
      throw new IllegalArgumentException("senderHardwareAddress has "
          + senderHardwareAddress.size() + " bytes, more than the 255 a length byte holds");
    }
    if (senderProtocolAddress.size() > 255) {
      throw new IllegalArgumentException("senderProtocolAddress has "
          + senderProtocolAddress.size() + " bytes, more than the 255 a length byte holds");
    }
    if (targetHardwareAddress.size() != senderHardwareAddress.size()) {
      throw new IllegalArgumentException("targetHardwareAddress has "
          + targetHardwareAddress.size() + " bytes, but senderHardwareAddress has "
          + senderHardwareAddress.size() + "; one length field covers both");
    }
    if (targetProtocolAddress.size() != senderProtocolAddress.size()) {
      throw new IllegalArgumentException("targetProtocolAddress has "
          + targetProtocolAddress.size() + " bytes, but senderProtocolAddress has "
          + senderProtocolAddress.size() + "; one length field covers both");
    }
  }

  // ------------------------------------------------------------------------------ parsing

  /**
   * Parses an ARP packet from the buffer's position; bytes after the packet (Ethernet padding)
   * are ignored. The buffer's position, limit and byte order are not changed.
   *
   * @param buf the packet
   * @return the packet
   * @throws TruncatedPacketException if the fixed part or the addresses are cut short, e.g.
   *     {@code "ARP: addresses at offset 8 needs 20 bytes, but only 12 are present"}
   */
  public static ArpPacket parse(ByteBuffer buf) {
    int start = buf.position();
    int n = buf.limit() - start;
    if (n < FIXED_LENGTH) {
      throw new TruncatedPacketException(PROTOCOL, "header", 0, FIXED_LENGTH, n);
    }
    int hlen = buf.get(start + HLEN) & 0xff;
    int plen = buf.get(start + PLEN) & 0xff;
    int addresses = 2 * (hlen + plen);
    if (n - FIXED_LENGTH < addresses) {
      throw new TruncatedPacketException(PROTOCOL, "addresses", FIXED_LENGTH, addresses,
          n - FIXED_LENGTH);
    }
    int at = start + FIXED_LENGTH;
    ByteString sha = ByteString.copyOf(buf, at, hlen);
    ByteString spa = ByteString.copyOf(buf, at + hlen, plen);
    ByteString tha = ByteString.copyOf(buf, at + hlen + plen, hlen);
    ByteString tpa = ByteString.copyOf(buf, at + 2 * hlen + plen, plen);
    return new ArpPacket(ArpHardwareType.of(BigEndian.u16(buf, start + HTYPE)),
        EtherType.of(BigEndian.u16(buf, start + PTYPE)), ArpOperation.of(BigEndian.u16(buf, start + OPER)), sha,
        spa, tha, tpa);
  }

  /**
   * Parses an ARP packet from an array.
   *
   * @param bytes the packet
   * @return the packet
   * @throws MalformedPacketException as {@link #parse(ByteBuffer)} does
   */
  public static ArpPacket parse(byte[] bytes) {
    return parse(ByteBuffer.wrap(bytes));
  }

  // ------------------------------------------------------------------------------ factories

  /**
   * Returns an Ethernet/IPv4 packet.
   *
   * @param operation the operation
   * @param senderMac the SHA
   * @param senderIp the SPA
   * @param targetMac the THA
   * @param targetIp the TPA
   * @return the packet
   */
  public static ArpPacket ethernetIpv4(ArpOperation operation, MacAddress senderMac,
      Ipv4Address senderIp, MacAddress targetMac, Ipv4Address targetIp) {
    return new ArpPacket(ArpHardwareType.ETHERNET, EtherType.IPV4, operation, bytes(senderMac),
        bytes(senderIp), bytes(targetMac), bytes(targetIp));
  }

  /**
   * Returns a request: who has {@code targetIp}? Tell {@code senderIp}. The target hardware
   * address is all zeros, as RFC 826 leaves it unknown.
   *
   * @param senderMac the asker's MAC address
   * @param senderIp the asker's IPv4 address
   * @param targetIp the address to resolve
   * @return the request
   */
  public static ArpPacket request(MacAddress senderMac, Ipv4Address senderIp,
      Ipv4Address targetIp) {
    return ethernetIpv4(ArpOperation.REQUEST, senderMac, senderIp, MacAddress.ZERO, targetIp);
  }

  /**
   * Returns a reply: {@code senderIp} is at {@code senderMac}, sent to the asker.
   *
   * @param senderMac the answering MAC address
   * @param senderIp the resolved IPv4 address
   * @param targetMac the asker's MAC address
   * @param targetIp the asker's IPv4 address
   * @return the reply
   */
  public static ArpPacket reply(MacAddress senderMac, Ipv4Address senderIp, MacAddress targetMac,
      Ipv4Address targetIp) {
    return ethernetIpv4(ArpOperation.REPLY, senderMac, senderIp, targetMac, targetIp);
  }

  /**
   * Returns a gratuitous ARP, in the form RFC 5227 §3 calls an ARP Announcement: a request whose
   * sender and target protocol addresses are both the announced address.
   *
   * @param mac the announcing MAC address
   * @param ip the announced IPv4 address
   * @return the announcement
   */
  public static ArpPacket gratuitous(MacAddress mac, Ipv4Address ip) {
    return ethernetIpv4(ArpOperation.REQUEST, mac, ip, MacAddress.ZERO, ip);
  }

  /**
   * Returns an ARP Probe (RFC 5227 §2.1.1): a request with sender protocol address 0.0.0.0
   * asking whether anyone uses {@code ip}.
   *
   * @param mac the probing MAC address
   * @param ip the address to probe
   * @return the probe
   */
  public static ArpPacket probe(MacAddress mac, Ipv4Address ip) {
    return ethernetIpv4(ArpOperation.REQUEST, mac, Ipv4Address.ANY, MacAddress.ZERO, ip);
  }

  private static ByteString bytes(MacAddress mac) {
    return ByteString.copyOf(Objects.requireNonNull(mac, "mac").toByteArray());
  }

  private static ByteString bytes(Ipv4Address ip) {
    return ByteString.copyOf(Objects.requireNonNull(ip, "ip").toByteArray());
  }

  // ------------------------------------------------------------------------------ accessors

  /**
   * Returns the hardware address length (HLEN).
   *
   * @return the size of each hardware address in bytes
   */
  public int hardwareAddressLength() {
    return senderHardwareAddress.size();
  }

  /**
   * Returns the protocol address length (PLEN).
   *
   * @return the size of each protocol address in bytes
   */
  public int protocolAddressLength() {
    return senderProtocolAddress.size();
  }

  /**
   * Returns whether this is the Ethernet/IPv4 form: hardware type 1, protocol type IPv4, 6-byte
   * hardware and 4-byte protocol addresses. The MAC and IP accessors need it.
   *
   * @return {@code true} for Ethernet/IPv4
   */
  public boolean isEthernetIpv4() {
    return hardwareType.equals(ArpHardwareType.ETHERNET)
        && protocolType.value() == EtherType.IPV4.value()
        && senderHardwareAddress.size() == MacAddress.BYTES
        && senderProtocolAddress.size() == Ipv4Address.BYTES;
  }

  /**
   * Returns whether this is a request.
   *
   * @return {@code true} if the operation is 1, {@link ArpOperation#REQUEST}
   */
  public boolean isRequest() {
    return operation.equals(ArpOperation.REQUEST);
  }

  /**
   * Returns whether this is a reply.
   *
   * @return {@code true} if the operation is 2, {@link ArpOperation#REPLY}
   */
  public boolean isReply() {
    return operation.equals(ArpOperation.REPLY);
  }

  /**
   * Returns whether this is gratuitous: a request or reply whose sender and target protocol
   * addresses are equal, as in an announcement (RFC 5227 §2.3) or a gratuitous reply. Other
   * operations (RARP, InARP) are never gratuitous, as Wireshark also judges.
   *
   * @return {@code true} for a request or reply whose SPA equals its TPA, neither empty
   */
  public boolean isGratuitous() {
    return (isRequest() || isReply()) && !senderProtocolAddress.isEmpty()
        && senderProtocolAddress.equals(targetProtocolAddress);
  }

  /**
   * Returns whether this is an RFC 5227 probe: a request whose sender protocol address is all
   * zeros.
   *
   * @return {@code true} for a probe
   */
  public boolean isProbe() {
    if (!isRequest() || senderProtocolAddress.isEmpty()) {
      return false;
    }
    for (int i = 0; i < senderProtocolAddress.size(); i++) {
      if (senderProtocolAddress.get(i) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the sender hardware address as a MAC address.
   *
   * @return the SHA
   * @throws IllegalStateException if {@link #isEthernetIpv4()} is false
   */
  public MacAddress senderMac() {
    return mac(senderHardwareAddress);
  }

  /**
   * Returns the target hardware address as a MAC address.
   *
   * @return the THA
   * @throws IllegalStateException if {@link #isEthernetIpv4()} is false
   */
  public MacAddress targetMac() {
    return mac(targetHardwareAddress);
  }

  /**
   * Returns the sender protocol address as an IPv4 address.
   *
   * @return the SPA
   * @throws IllegalStateException if {@link #isEthernetIpv4()} is false
   */
  public Ipv4Address senderIp() {
    return ip(senderProtocolAddress);
  }

  /**
   * Returns the target protocol address as an IPv4 address.
   *
   * @return the TPA
   * @throws IllegalStateException if {@link #isEthernetIpv4()} is false
   */
  public Ipv4Address targetIp() {
    return ip(targetProtocolAddress);
  }

  private MacAddress mac(ByteString address) {
    requireEthernetIpv4();
    long v = 0;
    for (int i = 0; i < MacAddress.BYTES; i++) {
      v = v << 8 | address.getUnsigned(i);
    }
    return MacAddress.of(v);
  }

  private Ipv4Address ip(ByteString address) {
    requireEthernetIpv4();
    int v = 0;
    for (int i = 0; i < Ipv4Address.BYTES; i++) {
      v = v << 8 | address.getUnsigned(i);
    }
    return Ipv4Address.of(v);
  }

  private void requireEthernetIpv4() {
    if (!isEthernetIpv4()) {
      throw new IllegalStateException("not an Ethernet/IPv4 ARP packet: hardware type "
          + hardwareType + ", protocol type " + protocolType + ", lengths "
          + hardwareAddressLength() + "/" + protocolAddressLength());
    }
  }

  // ------------------------------------------------------------------------------ encoding

  /**
   * Returns the packet's size: 8 bytes plus twice each address length.
   *
   * @return the encoded length in bytes
   */
  @Override
  public int encodedLength() {
    return FIXED_LENGTH + 2 * (senderHardwareAddress.size() + senderProtocolAddress.size());
  }

  /**
   * Writes the packet.
   *
   * @param dst the buffer to write to
   */
  @Override
  public void encode(ByteBuffer dst) {
    int p = dst.position();
    if (dst.isReadOnly()) {
      throw new ReadOnlyBufferException();
    }
    if (dst.limit() - p < encodedLength()) {
      throw new BufferOverflowException();
    }
    BigEndian.put16(dst, p + HTYPE, hardwareType.value());
    BigEndian.put16(dst, p + PTYPE, protocolType.value());
    dst.put(p + HLEN, (byte) senderHardwareAddress.size());
    dst.put(p + PLEN, (byte) senderProtocolAddress.size());
    BigEndian.put16(dst, p + OPER, operation.value());
    dst.position(p + FIXED_LENGTH);
    senderHardwareAddress.writeTo(dst);
    senderProtocolAddress.writeTo(dst);
    targetHardwareAddress.writeTo(dst);
    targetProtocolAddress.writeTo(dst);
  }

  /**
   * Returns the packet as tcpdump prints it: {@code "who-has 128.143.67.140 tell 128.143.67.91"}
   * for a request (with the target MAC in parentheses when it is not all zeros), {@code
   * "128.143.67.140 is-at 4c:cc:6a:ba:1c:b9"} for a reply; other operations and address kinds
   * print every field, addresses in hex.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    if (isEthernetIpv4() && isRequest()) {
      MacAddress tha = targetMac();
      return "who-has " + targetIp() + (tha.equals(MacAddress.ZERO) ? "" : " (" + tha + ")")
          + " tell " + senderIp();
    }
    if (isEthernetIpv4() && isReply()) {
      return senderIp() + " is-at " + senderMac();
    }
    return "ARP operation " + operation + ", hardware type " + hardwareType + ", protocol type "
        + protocolType + ", sha " + senderHardwareAddress.hex() + ", spa "
        + senderProtocolAddress.hex() + ", tha " + targetHardwareAddress.hex() + ", tpa "
        + targetProtocolAddress.hex();
  }
}
