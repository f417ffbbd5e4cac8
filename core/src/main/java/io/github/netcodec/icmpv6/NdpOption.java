package io.github.netcodec.icmpv6;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Neighbor Discovery option (RFC 4861 §4.6): type, length in units of 8 octets, data.
 * {@link Unknown} keeps any other type, and a known type whose length does not fit its layout,
 * byte for byte.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type      |    Length     |              ...              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                              ...                              ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>Source and Target Link-Layer Address (types 1, 2), Prefix Information (3), Redirected
 * Header (4) and MTU (5) are RFC 4861's; Recursive DNS Server (25) is RFC 8106's. Types are
 * an open registry, {@link NdpOptionType}.
 */
public sealed interface NdpOption extends Encodable
    permits NdpOption.SourceLinkLayerAddress,
        NdpOption.TargetLinkLayerAddress,
        NdpOption.PrefixInformation,
        NdpOption.RedirectedHeader,
        NdpOption.Mtu,
        NdpOption.RecursiveDnsServer,
        NdpOption.Unknown {

  /**
   * Returns the option type.
   *
   * @return the type
   */
  NdpOptionType type();

  private static void checkLinkLayer(ByteString address) {
    Objects.requireNonNull(address, "address");
    if ((address.size() + 2) % 8 != 0 || address.size() > 255 * 8 - 2) {
      throw new IllegalArgumentException("address length " + address.size()
          + " does not fill whole 8-octet units with the type and length (6, 14, 22, ...)");
    }
  }

  /**
   * Source Link-Layer Address (type 1): the sender's link-layer address, 6 bytes on Ethernet.
   *
   * @param address the address bytes, filling whole 8-octet units with the type and length
   */
  record SourceLinkLayerAddress(ByteString address) implements NdpOption {
    /**
     * Checks the length.
     *
     * @param address 6, 14, 22, ... bytes
     * @throws IllegalArgumentException if the length does not fill whole units
     */
    public SourceLinkLayerAddress {
      checkLinkLayer(address);
    }

    /**
     * Returns the option for an Ethernet address.
     *
     * @param mac the address
     * @return the option
     */
    public static SourceLinkLayerAddress of(MacAddress mac) {
      return new SourceLinkLayerAddress(ByteString.copyOf(mac.toByteArray()));
    }

    /**
     * Returns the address as an Ethernet address when it is 6 bytes long.
     *
     * @return the MAC address, or empty
     */
    public Optional<MacAddress> macAddress() {
      return address.size() == 6 ? Optional.of(MacAddress.fromBytes(address.toByteArray()))
          : Optional.empty();
    }

    @Override
    public NdpOptionType type() {
      return NdpOptionType.SOURCE_LINK_LAYER_ADDRESS;
    }

    @Override
    public int encodedLength() {
      return 2 + address.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) type().value()).put((byte) (encodedLength() / 8));
      address.writeTo(dst);
    }
  }

  /**
   * Target Link-Layer Address (type 2): the target's link-layer address.
   *
   * @param address the address bytes, filling whole 8-octet units with the type and length
   */
  record TargetLinkLayerAddress(ByteString address) implements NdpOption {
    /**
     * Checks the length.
     *
     * @param address 6, 14, 22, ... bytes
     * @throws IllegalArgumentException if the length does not fill whole units
     */
    public TargetLinkLayerAddress {
      checkLinkLayer(address);
    }

    /**
     * Returns the option for an Ethernet address.
     *
     * @param mac the address
     * @return the option
     */
    public static TargetLinkLayerAddress of(MacAddress mac) {
      return new TargetLinkLayerAddress(ByteString.copyOf(mac.toByteArray()));
    }

    /**
     * Returns the address as an Ethernet address when it is 6 bytes long.
     *
     * @return the MAC address, or empty
     */
    public Optional<MacAddress> macAddress() {
      return address.size() == 6 ? Optional.of(MacAddress.fromBytes(address.toByteArray()))
          : Optional.empty();
    }

    @Override
    public NdpOptionType type() {
      return NdpOptionType.TARGET_LINK_LAYER_ADDRESS;
    }

    @Override
    public int encodedLength() {
      return 2 + address.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) type().value()).put((byte) (encodedLength() / 8));
      address.writeTo(dst);
    }
  }

  /**
   * Prefix Information (type 3, length 4 units, RFC 4861 §4.6.2).
   *
   * <pre>
   * |     Type      |    Length     | Prefix Length |L|A| Reserved1 |
   * |                         Valid Lifetime                        |
   * |                       Preferred Lifetime                      |
   * |                           Reserved2                           |
   * |                            Prefix (16 bytes)                  |
   * </pre>
   *
   * @param prefixLength the number of leading prefix bits, 0..255 (0..128 is meaningful)
   * @param onLink the L flag
   * @param autonomous the A flag (SLAAC)
   * @param reserved1 the six other flag bits as received, 0..63
   * @param validLifetime seconds, 0xffffffff meaning infinity
   * @param preferredLifetime seconds, 0xffffffff meaning infinity
   * @param reserved2 the reserved word as received
   * @param prefix the prefix
   */
  record PrefixInformation(int prefixLength, boolean onLink, boolean autonomous, int reserved1,
      long validLifetime, long preferredLifetime, int reserved2, Ipv6Address prefix)
      implements NdpOption {
    /**
     * Checks the ranges.
     *
     * @param prefixLength 0..255
     * @param onLink the L flag
     * @param autonomous the A flag
     * @param reserved1 0..63
     * @param validLifetime 0..2^32-1
     * @param preferredLifetime 0..2^32-1
     * @param reserved2 any 32 bits
     * @param prefix the prefix
     * @throws IllegalArgumentException if a field is out of range
     */
    public PrefixInformation {
      checkRange(prefixLength, 255, "prefixLength");
      checkRange(reserved1, 63, "reserved1");
      checkRange(validLifetime, 0xffff_ffffL, "validLifetime");
      checkRange(preferredLifetime, 0xffff_ffffL, "preferredLifetime");
      Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public NdpOptionType type() {
      return NdpOptionType.PREFIX_INFORMATION;
    }

    @Override
    public int encodedLength() {
      return 32;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 32);
      dst.put((byte) NdpOptionType.PREFIX_INFORMATION.value()).put((byte) 4).put((byte) prefixLength)
          .put((byte) ((onLink ? 0x80 : 0) | (autonomous ? 0x40 : 0) | reserved1));
      BigEndian.put32(dst, (int) validLifetime);
      BigEndian.put32(dst, (int) preferredLifetime);
      BigEndian.put32(dst, reserved2);
      prefix.write(dst);
    }
  }

  /**
   * Redirected Header (type 4, RFC 4861 §4.6.3), carried by a Redirect message: as much of
   * the redirected packet, from its IP header on, as fits in a Redirect of at most 1280
   * octets, kept as received (with any padding to the 8-octet boundary).
   *
   * <pre>
   * |     Type      |    Length     |            Reserved           |
   * |                           Reserved                            |
   * ~                       IP header + data                        ~
   * </pre>
   *
   * @param reserved the 48 reserved bits as received
   * @param packet the octets after the reserved field: 0, 8, 16, ... of them
   */
  record RedirectedHeader(long reserved, ByteString packet) implements NdpOption {
    /**
     * Checks the ranges.
     *
     * @param reserved 0..2^48-1
     * @param packet a multiple of 8 octets, at most 2032
     * @throws IllegalArgumentException if out of range
     */
    public RedirectedHeader {
      checkRange(reserved, 0xffff_ffff_ffffL, "reserved");
      Objects.requireNonNull(packet, "packet");
      if (packet.size() % 8 != 0 || packet.size() > 254 * 8) {
        throw new IllegalArgumentException("packet length " + packet.size()
            + " is not a multiple of 8 in 0..2032 (the option fills whole 8-octet units)");
      }
    }

    /**
     * Returns the option for the start of a redirected packet, padded with zeros to the
     * 8-octet boundary as RFC 4861 §4.6.3 asks.
     *
     * @param packet the IP header and data, at most 2032 octets
     * @return the option
     */
    public static RedirectedHeader of(ByteString packet) {
      int padded = (packet.size() + 7) / 8 * 8;
      byte[] bytes = new byte[padded];
      System.arraycopy(packet.toByteArray(), 0, bytes, 0, packet.size());
      return new RedirectedHeader(0, ByteString.copyOf(bytes));
    }

    /**
     * Returns the redirected packet as a read-only buffer, for {@code Ipv6Packet.parseTruncated}.
     *
     * @return the octets after the reserved field
     */
    public ByteBuffer packetBuffer() {
      return packet.asReadOnlyBuffer();
    }

    @Override
    public NdpOptionType type() {
      return NdpOptionType.REDIRECTED_HEADER;
    }

    @Override
    public int encodedLength() {
      return 8 + packet.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) NdpOptionType.REDIRECTED_HEADER.value())
          .put((byte) (encodedLength() / 8));
      BigEndian.put16(dst, (int) (reserved >>> 32));
      BigEndian.put32(dst, (int) reserved);
      packet.writeTo(dst);
    }
  }

  /**
   * MTU (type 5, length 1 unit, RFC 4861 §4.6.4): the link MTU a router advertises.
   *
   * @param reserved the 16 reserved bits as received
   * @param mtu the MTU, 0..2^32-1
   */
  record Mtu(int reserved, long mtu) implements NdpOption {
    /**
     * Checks the ranges.
     *
     * @param reserved 0..65535
     * @param mtu 0..2^32-1
     * @throws IllegalArgumentException if out of range
     */
    public Mtu {
      checkRange(reserved, 0xffff, "reserved");
      checkRange(mtu, 0xffff_ffffL, "mtu");
    }

    @Override
    public NdpOptionType type() {
      return NdpOptionType.MTU;
    }

    @Override
    public int encodedLength() {
      return 8;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 8);
      dst.put((byte) NdpOptionType.MTU.value()).put((byte) 1);
      BigEndian.put16(dst, reserved);
      BigEndian.put32(dst, (int) mtu);
    }
  }

  /**
   * Recursive DNS Server (type 25, length 1 + 2n units, RFC 8106 §5.1).
   *
   * @param reserved the 16 reserved bits as received
   * @param lifetime seconds the servers may be used, 0xffffffff meaning infinity
   * @param servers one or more server addresses, unmodifiable
   */
  record RecursiveDnsServer(int reserved, long lifetime, List<Ipv6Address> servers)
      implements NdpOption {
    /**
     * Checks the ranges.
     *
     * @param reserved 0..65535
     * @param lifetime 0..2^32-1
     * @param servers 1..127 addresses
     * @throws IllegalArgumentException if out of range
     */
    public RecursiveDnsServer {
      checkRange(reserved, 0xffff, "reserved");
      checkRange(lifetime, 0xffff_ffffL, "lifetime");
      servers = List.copyOf(servers);
      if (servers.isEmpty() || servers.size() > 127) {
        throw new IllegalArgumentException("servers: " + servers.size() + " is not in 1..127");
      }
    }

    @Override
    public NdpOptionType type() {
      return NdpOptionType.RECURSIVE_DNS_SERVER;
    }

    @Override
    public int encodedLength() {
      return 8 + 16 * servers.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) NdpOptionType.RECURSIVE_DNS_SERVER.value())
          .put((byte) (encodedLength() / 8));
      BigEndian.put16(dst, reserved);
      BigEndian.put32(dst, (int) lifetime);
      for (Ipv6Address server : servers) {
        server.write(dst);
      }
    }
  }

  /**
   * Any other option, kept byte for byte, including a known type whose length does not fit
   * its layout. A type and length that decode as a typed option are refused, so that a record
   * always encodes to bytes that parse back to it.
   *
   * @param type the type
   * @param data the bytes after the length octet: 6, 14, 22, ... bytes
   */
  record Unknown(NdpOptionType type, ByteString data) implements NdpOption {
    /**
     * Checks the fields.
     *
     * @param type the type
     * @param data 6, 14, 22, ... bytes
     * @throws IllegalArgumentException if out of range or typed
     */
    public Unknown {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(data, "data");
      if ((data.size() + 2) % 8 != 0 || data.size() > 255 * 8 - 2) {
        throw new IllegalArgumentException("data length " + data.size()
            + " does not fill whole 8-octet units with the type and length (6, 14, 22, ...)");
      }
      int length = data.size() + 2;
      if (NdpOptions.isTyped(type.value(), length)) {
        throw new IllegalArgumentException("type " + type + " with length " + length
            + " has a record of its own; use it");
      }
    }

    /**
     * Returns the option for a type number.
     *
     * @param type the type, 0..255
     * @param data 6, 14, 22, ... bytes
     * @return the option
     * @throws IllegalArgumentException if out of range or typed
     */
    public static Unknown of(int type, ByteString data) {
      return new Unknown(NdpOptionType.of(type), data);
    }

    @Override
    public int encodedLength() {
      return 2 + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) type.value()).put((byte) (encodedLength() / 8));
      data.writeTo(dst);
    }
  }
}
