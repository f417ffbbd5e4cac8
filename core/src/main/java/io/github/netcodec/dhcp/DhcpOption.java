package io.github.netcodec.dhcp;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.address.MacAddress;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DHCP option (RFC 2132 §2): a record per modelled code that owns its data encoding, {@link
 * Unknown} for every other code and {@link Malformed} for a modelled code whose data does not
 * fit its layout, both kept byte for byte.
 *
 * <pre>
 *  Code   Len   Data
 * +-----+-----+-----+-----+---
 * |  c  |  n  |  d1 |  d2 | ...        (Pad, code 0, and End, code 255, are one octet)
 * +-----+-----+-----+-----+---
 * </pre>
 *
 * <p>A record is the option's <em>logical</em> value: its data after the instances of its code
 * have been concatenated (RFC 3396), which is how {@link DhcpMessage#options()} presents them.
 * {@link #encode(ByteBuffer)} writes the code, length and data, split into instances of at most
 * 255 octets when the data is longer. Text options hold one char per octet (ISO 8859-1), so any
 * octets round-trip; they are ASCII in practice.
 *
 * <table class="striped">
 *   <caption>Modelled options</caption>
 *   <thead><tr><th>Code</th><th>Record</th><th>Data</th><th>Source</th></tr></thead>
 *   <tbody>
 *     <tr><td>0</td><td>{@link Pad}</td><td>(none, one octet)</td><td>RFC 2132 §3.1</td></tr>
 *     <tr><td>255</td><td>{@link End}</td><td>(none, one octet)</td><td>RFC 2132 §3.2</td></tr>
 *     <tr><td>1</td><td>{@link SubnetMask}</td><td>address</td><td>RFC 2132 §3.3</td></tr>
 *     <tr><td>3</td><td>{@link Routers}</td><td>addresses</td><td>RFC 2132 §3.5</td></tr>
 *     <tr><td>6</td><td>{@link DnsServers}</td><td>addresses</td><td>RFC 2132 §3.8</td></tr>
 *     <tr><td>12</td><td>{@link HostName}</td><td>text</td><td>RFC 2132 §3.14</td></tr>
 *     <tr><td>15</td><td>{@link DomainName}</td><td>text</td><td>RFC 2132 §3.17</td></tr>
 *     <tr><td>28</td><td>{@link BroadcastAddress}</td><td>address</td><td>RFC 2132 §5.3</td></tr>
 *     <tr><td>42</td><td>{@link NtpServers}</td><td>addresses</td><td>RFC 2132 §8.3</td></tr>
 *     <tr><td>43</td><td>{@link VendorSpecific}</td><td>octets</td><td>RFC 2132 §8.4</td></tr>
 *     <tr><td>50</td><td>{@link RequestedAddress}</td><td>address</td><td>RFC 2132 §9.1</td></tr>
 *     <tr><td>51</td><td>{@link LeaseTime}</td><td>seconds (4)</td><td>RFC 2132 §9.2</td></tr>
 *     <tr><td>52</td><td>{@link Overload}</td><td>1, 2 or 3</td><td>RFC 2132 §9.3</td></tr>
 *     <tr><td>53</td><td>{@link MessageType}</td><td>type (1)</td><td>RFC 2132 §9.6</td></tr>
 *     <tr><td>54</td><td>{@link ServerIdentifier}</td><td>address</td><td>RFC 2132 §9.7</td></tr>
 *     <tr><td>55</td><td>{@link ParameterRequestList}</td><td>codes</td>
 *         <td>RFC 2132 §9.8</td></tr>
 *     <tr><td>56</td><td>{@link Message}</td><td>text</td><td>RFC 2132 §9.9</td></tr>
 *     <tr><td>57</td><td>{@link MaximumMessageSize}</td><td>size (2)</td>
 *         <td>RFC 2132 §9.10</td></tr>
 *     <tr><td>58</td><td>{@link RenewalTime}</td><td>seconds (4)</td><td>RFC 2132 §9.11</td></tr>
 *     <tr><td>59</td><td>{@link RebindingTime}</td><td>seconds (4)</td><td>RFC 2132 §9.12</td></tr>
 *     <tr><td>60</td><td>{@link VendorClassIdentifier}</td><td>text</td>
 *         <td>RFC 2132 §9.13</td></tr>
 *     <tr><td>61</td><td>{@link ClientIdentifier}</td><td>type, octets</td>
 *         <td>RFC 2132 §9.14</td></tr>
 *     <tr><td>66</td><td>{@link TftpServerName}</td><td>text</td><td>RFC 2132 §9.4</td></tr>
 *     <tr><td>67</td><td>{@link BootfileName}</td><td>text</td><td>RFC 2132 §9.5</td></tr>
 *     <tr><td>80</td><td>{@link RapidCommit}</td><td>(empty)</td><td>RFC 4039</td></tr>
 *     <tr><td>81</td><td>{@link ClientFqdn}</td><td>flags, rcodes, name</td><td>RFC 4702</td></tr>
 *     <tr><td>82</td><td>{@link RelayAgentInformation}</td><td>sub-options</td>
 *         <td>RFC 3046</td></tr>
 *     <tr><td>119</td><td>{@link DomainSearch}</td><td>compressed names</td>
 *         <td>RFC 3397</td></tr>
 *     <tr><td>121</td><td>{@link ClasslessStaticRoutes}</td><td>routes</td><td>RFC 3442</td></tr>
 *     <tr><td>other</td><td>{@link Unknown}</td><td>octets</td><td></td></tr>
 *   </tbody>
 * </table>
 */
public sealed interface DhcpOption extends Encodable
    permits DhcpOption.Pad,
        DhcpOption.End,
        DhcpOption.SubnetMask,
        DhcpOption.Routers,
        DhcpOption.DnsServers,
        DhcpOption.HostName,
        DhcpOption.DomainName,
        DhcpOption.BroadcastAddress,
        DhcpOption.NtpServers,
        DhcpOption.VendorSpecific,
        DhcpOption.RequestedAddress,
        DhcpOption.LeaseTime,
        DhcpOption.Overload,
        DhcpOption.MessageType,
        DhcpOption.ServerIdentifier,
        DhcpOption.ParameterRequestList,
        DhcpOption.Message,
        DhcpOption.MaximumMessageSize,
        DhcpOption.RenewalTime,
        DhcpOption.RebindingTime,
        DhcpOption.VendorClassIdentifier,
        DhcpOption.ClientIdentifier,
        DhcpOption.TftpServerName,
        DhcpOption.BootfileName,
        DhcpOption.RapidCommit,
        DhcpOption.ClientFqdn,
        DhcpOption.RelayAgentInformation,
        DhcpOption.DomainSearch,
        DhcpOption.ClasslessStaticRoutes,
        DhcpOption.Unknown,
        DhcpOption.Malformed {

  /**
   * Returns the option code.
   *
   * @return the code
   */
  DhcpOptionCode code();

  /**
   * Returns the number of data octets, without code and length octets and before any split.
   *
   * @return the data length; 0 for Pad and End
   */
  int dataLength();

  /**
   * Writes the data octets (no code, no length) at the buffer's position and advances it by
   * {@link #dataLength()}.
   *
   * @param dst the buffer to write to
   * @throws java.nio.BufferOverflowException if fewer than {@link #dataLength()} bytes remain
   */
  void encodeData(ByteBuffer dst);

  /**
   * Returns the bytes of the option's instances: code, length and data, plus two octets per
   * further instance when the data is longer than 255 octets.
   *
   * @return the encoded length
   */
  @Override
  default int encodedLength() {
    return DhcpWire.instancesLength(dataLength());
  }

  /**
   * Writes the option as one instance, or as consecutive instances of at most 255 data octets
   * (RFC 3396 §5) when it is longer.
   *
   * @param dst the buffer to write to
   */
  @Override
  default void encode(ByteBuffer dst) {
    DhcpWire.encodeInstances(this, dst);
  }

  /**
   * Decodes an option from its code and (concatenated) data: the typed record for a modelled
   * code whose data fits, {@link Malformed} for a modelled code whose data does not, {@link
   * Unknown} for any other code. Never throws on any data.
   *
   * @param code the option code; not Pad or End
   * @param data the data octets
   * @return the option
   * @throws IllegalArgumentException if the code is Pad or End, which have no data
   */
  static DhcpOption of(DhcpOptionCode code, ByteString data) {
    if (code.value() == 0 || code.value() == 255) {
      throw new IllegalArgumentException(code + " has no data octets");
    }
    return DhcpOptionCodec.decode(code.value(), Objects.requireNonNull(data, "data"));
  }

  /** Pad (code 0): one zero octet that aligns later options (RFC 2132 §3.1). */
  record Pad() implements DhcpOption {
    /** The shared instance. */
    public static final Pad INSTANCE = new Pad();

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.PAD;
    }

    @Override
    public int dataLength() {
      return 0;
    }

    @Override
    public void encodeData(ByteBuffer dst) {}

    @Override
    public int encodedLength() {
      return 1;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 1);
      dst.put((byte) 0);
    }

    /**
     * Returns {@code "Pad"}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "Pad";
    }
  }

  /** End (code 255): marks the end of an options area (RFC 2132 §3.2). */
  record End() implements DhcpOption {
    /** The shared instance. */
    public static final End INSTANCE = new End();

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.END;
    }

    @Override
    public int dataLength() {
      return 0;
    }

    @Override
    public void encodeData(ByteBuffer dst) {}

    @Override
    public int encodedLength() {
      return 1;
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, 1);
      dst.put((byte) 255);
    }

    /**
     * Returns {@code "End"}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "End";
    }
  }

  /**
   * Subnet Mask (code 1, RFC 2132 §3.3). Any four octets are kept, contiguous or not.
   *
   * @param mask the subnet mask
   */
  record SubnetMask(Ipv4Address mask) implements DhcpOption {
    /**
     * Checks the component.
     *
     * @param mask the subnet mask
     */
    public SubnetMask {
      Objects.requireNonNull(mask, "mask");
    }

    /**
     * Returns the mask of a prefix length: {@code ofLength(24)} is {@code 255.255.255.0}.
     *
     * @param length the prefix length, 0..32
     * @return the option
     * @throws IllegalArgumentException if the length is outside 0..32
     */
    public static SubnetMask ofLength(int length) {
      checkRange(length, 32, "prefix length");
      return new SubnetMask(Ipv4Address.of(length == 0 ? 0 : -1 << (32 - length)));
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.SUBNET_MASK;
    }

    @Override
    public int dataLength() {
      return 4;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      mask.write(dst);
    }
  }

  /**
   * Router (code 3, RFC 2132 §3.5): default gateways in order of preference.
   *
   * @param routers the routers, at least one
   */
  record Routers(List<Ipv4Address> routers) implements DhcpOption {
    /**
     * Checks and copies the list.
     *
     * @param routers the routers, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public Routers {
      routers = DhcpWire.addresses(routers, "routers");
    }

    /**
     * Returns the option listing the given routers.
     *
     * @param routers the routers, at least one
     * @return the option
     */
    public static Routers of(Ipv4Address... routers) {
      return new Routers(List.of(routers));
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.ROUTER;
    }

    @Override
    public int dataLength() {
      return 4 * routers.size();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeAddresses(routers, dst);
    }
  }

  /**
   * Domain Name Server (code 6, RFC 2132 §3.8): DNS resolvers in order of preference.
   *
   * @param servers the servers, at least one
   */
  record DnsServers(List<Ipv4Address> servers) implements DhcpOption {
    /**
     * Checks and copies the list.
     *
     * @param servers the servers, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public DnsServers {
      servers = DhcpWire.addresses(servers, "servers");
    }

    /**
     * Returns the option listing the given servers.
     *
     * @param servers the servers, at least one
     * @return the option
     */
    public static DnsServers of(Ipv4Address... servers) {
      return new DnsServers(List.of(servers));
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.DOMAIN_NAME_SERVER;
    }

    @Override
    public int dataLength() {
      return 4 * servers.size();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeAddresses(servers, dst);
    }
  }

  /**
   * Host Name (code 12, RFC 2132 §3.14), one char per octet.
   *
   * @param name the host name, at least one octet
   */
  record HostName(String name) implements DhcpOption {
    /**
     * Checks the text.
     *
     * @param name the host name, at least one char, each in U+0000..U+00FF
     * @throws IllegalArgumentException if empty or a char is not one octet
     */
    public HostName {
      DhcpWire.text(name, "name", 1);
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.HOST_NAME;
    }

    @Override
    public int dataLength() {
      return name.length();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeText(name, dst);
    }
  }

  /**
   * Domain Name (code 15, RFC 2132 §3.17), one char per octet.
   *
   * @param name the domain name for resolving host names, at least one octet
   */
  record DomainName(String name) implements DhcpOption {
    /**
     * Checks the text.
     *
     * @param name the domain name, at least one char, each in U+0000..U+00FF
     * @throws IllegalArgumentException if empty or a char is not one octet
     */
    public DomainName {
      DhcpWire.text(name, "name", 1);
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.DOMAIN_NAME;
    }

    @Override
    public int dataLength() {
      return name.length();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeText(name, dst);
    }
  }

  /**
   * Broadcast Address (code 28, RFC 2132 §5.3).
   *
   * @param address the subnet's broadcast address
   */
  record BroadcastAddress(Ipv4Address address) implements DhcpOption {
    /**
     * Checks the component.
     *
     * @param address the broadcast address
     */
    public BroadcastAddress {
      Objects.requireNonNull(address, "address");
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.BROADCAST_ADDRESS;
    }

    @Override
    public int dataLength() {
      return 4;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      address.write(dst);
    }
  }

  /**
   * Network Time Protocol Servers (code 42, RFC 2132 §8.3).
   *
   * @param servers the NTP servers in order of preference, at least one
   */
  record NtpServers(List<Ipv4Address> servers) implements DhcpOption {
    /**
     * Checks and copies the list.
     *
     * @param servers the servers, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public NtpServers {
      servers = DhcpWire.addresses(servers, "servers");
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.NTP_SERVERS;
    }

    @Override
    public int dataLength() {
      return 4 * servers.size();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeAddresses(servers, dst);
    }
  }

  /**
   * Vendor Specific Information (code 43, RFC 2132 §8.4), opaque to the protocol.
   *
   * @param data the vendor's octets, at least one
   */
  record VendorSpecific(ByteString data) implements DhcpOption {
    /**
     * Checks the component.
     *
     * @param data the vendor's octets, at least one
     * @throws IllegalArgumentException if empty
     */
    public VendorSpecific {
      DhcpWire.bytes(data, "data", 1);
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.VENDOR_SPECIFIC;
    }

    @Override
    public int dataLength() {
      return data.size();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      data.writeTo(dst);
    }
  }

  /**
   * Requested IP Address (code 50, RFC 2132 §9.1).
   *
   * @param address the address the client asks for
   */
  record RequestedAddress(Ipv4Address address) implements DhcpOption {
    /**
     * Checks the component.
     *
     * @param address the requested address
     */
    public RequestedAddress {
      Objects.requireNonNull(address, "address");
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.REQUESTED_IP_ADDRESS;
    }

    @Override
    public int dataLength() {
      return 4;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      address.write(dst);
    }
  }

  /**
   * IP Address Lease Time (code 51, RFC 2132 §9.2); {@link #INFINITE} means forever (RFC 2131
   * §3.3).
   *
   * @param seconds the lease time in seconds, 0..4294967295
   */
  record LeaseTime(long seconds) implements DhcpOption {
    /** The value that means an infinite lease, 0xffffffff. */
    public static final long INFINITE = 0xffff_ffffL;

    /**
     * Checks the range.
     *
     * @param seconds the lease time in seconds, 0..4294967295
     * @throws IllegalArgumentException if out of range
     */
    public LeaseTime {
      checkRange(seconds, INFINITE, "seconds");
    }

    /**
     * Returns whether the lease never expires.
     *
     * @return {@code true} for 0xffffffff
     */
    public boolean isInfinite() {
      return seconds == INFINITE;
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.IP_ADDRESS_LEASE_TIME;
    }

    @Override
    public int dataLength() {
      return 4;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      BigEndian.put32(dst, seconds);
    }
  }

  /**
   * Option Overload (code 52, RFC 2132 §9.3): the {@code file} and/or {@code sname} fields hold
   * further options.
   *
   * @param value {@link #FILE} (1), {@link #SNAME} (2) or {@link #BOTH} (3)
   */
  record Overload(int value) implements DhcpOption {
    /** The {@code file} field holds options. */
    public static final int FILE = 1;
    /** The {@code sname} field holds options. */
    public static final int SNAME = 2;
    /** Both fields hold options. */
    public static final int BOTH = 3;

    /**
     * Checks the value.
     *
     * @param value 1, 2 or 3
     * @throws IllegalArgumentException if not 1, 2 or 3
     */
    public Overload {
      if (value < FILE || value > BOTH) {
        throw new IllegalArgumentException("overload " + value + " is not 1, 2 or 3");
      }
    }

    /**
     * Returns whether the {@code file} field holds options.
     *
     * @return {@code true} for 1 and 3
     */
    public boolean file() {
      return (value & FILE) != 0;
    }

    /**
     * Returns whether the {@code sname} field holds options.
     *
     * @return {@code true} for 2 and 3
     */
    public boolean sname() {
      return (value & SNAME) != 0;
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.OPTION_OVERLOAD;
    }

    @Override
    public int dataLength() {
      return 1;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      dst.put((byte) value);
    }
  }

  /**
   * DHCP Message Type (code 53, RFC 2132 §9.6).
   *
   * @param type the message type
   */
  record MessageType(DhcpMessageType type) implements DhcpOption {
    /**
     * Checks the component.
     *
     * @param type the message type
     */
    public MessageType {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.DHCP_MESSAGE_TYPE;
    }

    @Override
    public int dataLength() {
      return 1;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      dst.put((byte) type.value());
    }
  }

  /**
   * Server Identifier (code 54, RFC 2132 §9.7).
   *
   * @param address the server's address
   */
  record ServerIdentifier(Ipv4Address address) implements DhcpOption {
    /**
     * Checks the component.
     *
     * @param address the server's address
     */
    public ServerIdentifier {
      Objects.requireNonNull(address, "address");
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.SERVER_IDENTIFIER;
    }

    @Override
    public int dataLength() {
      return 4;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      address.write(dst);
    }
  }

  /**
   * Parameter Request List (code 55, RFC 2132 §9.8): the options a client asks for, in its
   * order of preference.
   *
   * @param codes the requested codes, at least one
   */
  record ParameterRequestList(List<DhcpOptionCode> codes) implements DhcpOption {
    /**
     * Checks and copies the list.
     *
     * @param codes the requested codes, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public ParameterRequestList {
      codes = List.copyOf(codes);
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("codes must hold at least one code");
      }
    }

    /**
     * Returns the option requesting the given codes.
     *
     * @param codes the codes, at least one
     * @return the option
     */
    public static ParameterRequestList of(DhcpOptionCode... codes) {
      return new ParameterRequestList(List.of(codes));
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.PARAMETER_REQUEST_LIST;
    }

    @Override
    public int dataLength() {
      return codes.size();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      for (int i = 0, n = codes.size(); i < n; i++) {
        dst.put((byte) codes.get(i).value());
      }
    }
  }

  /**
   * Message (code 56, RFC 2132 §9.9): an error text, e.g. in a DHCPNAK.
   *
   * @param text the message, at least one octet
   */
  record Message(String text) implements DhcpOption {
    /**
     * Checks the text.
     *
     * @param text the message, at least one char, each in U+0000..U+00FF
     * @throws IllegalArgumentException if empty or a char is not one octet
     */
    public Message {
      DhcpWire.text(text, "text", 1);
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.MESSAGE;
    }

    @Override
    public int dataLength() {
      return text.length();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeText(text, dst);
    }
  }

  /**
   * Maximum DHCP Message Size (code 57, RFC 2132 §9.10). RFC 2132 sets the smallest meaningful
   * value at 576; smaller values are kept as received.
   *
   * @param size the largest message the sender accepts, 0..65535
   */
  record MaximumMessageSize(int size) implements DhcpOption {
    /**
     * Checks the range.
     *
     * @param size the size, 0..65535
     * @throws IllegalArgumentException if out of range
     */
    public MaximumMessageSize {
      checkRange(size, 0xffff, "size");
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.MAXIMUM_MESSAGE_SIZE;
    }

    @Override
    public int dataLength() {
      return 2;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      dst.put((byte) (size >>> 8)).put((byte) size);
    }
  }

  /**
   * Renewal (T1) Time Value (code 58, RFC 2132 §9.11).
   *
   * @param seconds seconds from assignment until the client starts renewing, 0..4294967295
   */
  record RenewalTime(long seconds) implements DhcpOption {
    /**
     * Checks the range.
     *
     * @param seconds the time in seconds, 0..4294967295
     * @throws IllegalArgumentException if out of range
     */
    public RenewalTime {
      checkRange(seconds, LeaseTime.INFINITE, "seconds");
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.RENEWAL_TIME;
    }

    @Override
    public int dataLength() {
      return 4;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      BigEndian.put32(dst, seconds);
    }
  }

  /**
   * Rebinding (T2) Time Value (code 59, RFC 2132 §9.12).
   *
   * @param seconds seconds from assignment until the client starts rebinding, 0..4294967295
   */
  record RebindingTime(long seconds) implements DhcpOption {
    /**
     * Checks the range.
     *
     * @param seconds the time in seconds, 0..4294967295
     * @throws IllegalArgumentException if out of range
     */
    public RebindingTime {
      checkRange(seconds, LeaseTime.INFINITE, "seconds");
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.REBINDING_TIME;
    }

    @Override
    public int dataLength() {
      return 4;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      BigEndian.put32(dst, seconds);
    }
  }

  /**
   * Vendor Class Identifier (code 60, RFC 2132 §9.13), e.g. {@code "MSFT 5.0"} or {@code
   * "PXEClient:Arch:00000:UNDI:002001"}; one char per octet.
   *
   * @param identifier the vendor class, at least one octet
   */
  record VendorClassIdentifier(String identifier) implements DhcpOption {
    /**
     * Checks the text.
     *
     * @param identifier the vendor class, at least one char, each in U+0000..U+00FF
     * @throws IllegalArgumentException if empty or a char is not one octet
     */
    public VendorClassIdentifier {
      DhcpWire.text(identifier, "identifier", 1);
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.VENDOR_CLASS_IDENTIFIER;
    }

    @Override
    public int dataLength() {
      return identifier.length();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeText(identifier, dst);
    }
  }

  /**
   * Client Identifier (code 61, RFC 2132 §9.14): a type octet (a hardware type, or 0 for other
   * identifiers, or 255 for the RFC 4361 DUID form) and the identifier.
   *
   * @param identifier the whole option data, type octet first, at least two octets
   */
  record ClientIdentifier(ByteString identifier) implements DhcpOption {
    /**
     * Checks the length.
     *
     * @param identifier the option data, at least two octets
     * @throws IllegalArgumentException if shorter than two octets
     */
    public ClientIdentifier {
      DhcpWire.bytes(identifier, "identifier", 2);
    }

    /**
     * Returns the identifier most clients send: hardware type 1 (Ethernet) and the MAC address.
     *
     * @param mac the client's MAC address
     * @return the option, data {@code 01} and the six octets
     */
    public static ClientIdentifier of(MacAddress mac) {
      byte[] b = new byte[7];
      b[0] = 1;
      System.arraycopy(mac.toByteArray(), 0, b, 1, 6);
      return new ClientIdentifier(ByteString.copyOf(b));
    }

    /**
     * Returns the type octet.
     *
     * @return the first octet, 0..255
     */
    public int type() {
      return identifier.getUnsigned(0);
    }

    /**
     * Returns the MAC address when the type is 1 (Ethernet) and six octets follow.
     *
     * @return the MAC address, or empty
     */
    public Optional<MacAddress> mac() {
      return identifier.size() == 7 && type() == 1
          ? Optional.of(MacAddress.fromBytes(identifier.toByteArray(), 1)) : Optional.empty();
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.CLIENT_IDENTIFIER;
    }

    @Override
    public int dataLength() {
      return identifier.size();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      identifier.writeTo(dst);
    }
  }

  /**
   * TFTP Server Name (code 66, RFC 2132 §9.4), one char per octet.
   *
   * @param name the TFTP server, at least one octet
   */
  record TftpServerName(String name) implements DhcpOption {
    /**
     * Checks the text.
     *
     * @param name the server name, at least one char, each in U+0000..U+00FF
     * @throws IllegalArgumentException if empty or a char is not one octet
     */
    public TftpServerName {
      DhcpWire.text(name, "name", 1);
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.TFTP_SERVER_NAME;
    }

    @Override
    public int dataLength() {
      return name.length();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeText(name, dst);
    }
  }

  /**
   * Bootfile Name (code 67, RFC 2132 §9.5), one char per octet.
   *
   * @param name the boot file, at least one octet
   */
  record BootfileName(String name) implements DhcpOption {
    /**
     * Checks the text.
     *
     * @param name the boot file, at least one char, each in U+0000..U+00FF
     * @throws IllegalArgumentException if empty or a char is not one octet
     */
    public BootfileName {
      DhcpWire.text(name, "name", 1);
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.BOOTFILE_NAME;
    }

    @Override
    public int dataLength() {
      return name.length();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      DhcpWire.writeText(name, dst);
    }
  }

  /** Rapid Commit (code 80, RFC 4039): a two-message exchange; no data. */
  record RapidCommit() implements DhcpOption {
    /** The shared instance. */
    public static final RapidCommit INSTANCE = new RapidCommit();

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.RAPID_COMMIT;
    }

    @Override
    public int dataLength() {
      return 0;
    }

    @Override
    public void encodeData(ByteBuffer dst) {}

    /**
     * Returns {@code "RapidCommit"}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return "RapidCommit";
    }
  }

  /**
   * Client FQDN (code 81, RFC 4702): flags, two deprecated RCODE octets and the client's name.
   *
   * <pre>
   *  Code  Len    Flags  RCODE1 RCODE2   Domain Name
   * +------+------+------+------+------+------+--
   * |  81  |   n  |      |      |      |       ...
   * +------+------+------+------+------+------+--
   *
   * Flags:  0 1 2 3 4 5 6 7
   *        +-+-+-+-+-+-+-+-+
   *        |  MBZ  |N|E|O|S|
   *        +-+-+-+-+-+-+-+-+
   * </pre>
   *
   * <p>With the E bit set the name is in DNS wire format (RFC 4702 §2.3.1): a name ending in
   * the root label is fully qualified and written here with a trailing dot ({@code
   * "host.example."}); a partial name, whose wire form lacks the root label, is written without
   * one ({@code "host"}). Labels use the escapes of {@link DnsName#toString()}. With the E bit
   * clear the name is the deprecated ASCII form, one char per octet. The MBZ bits are kept.
   *
   * @param flags the flags octet, 0..255
   * @param rcode1 the first RCODE octet, 0..255 (255 from servers, 0 from clients)
   * @param rcode2 the second RCODE octet, 0..255
   * @param domainName the name in the encoding the E bit selects, possibly empty
   */
  record ClientFqdn(int flags, int rcode1, int rcode2, String domainName) implements DhcpOption {
    /** S: the server should perform the A RR (FQDN-to-address) update. */
    public static final int FLAG_S = 0x01;
    /** O: the server has overridden the client's S bit. */
    public static final int FLAG_O = 0x02;
    /** E: the name is in canonical DNS wire format. */
    public static final int FLAG_E = 0x04;
    /** N: the server should perform no DNS updates. */
    public static final int FLAG_N = 0x08;

    /**
     * Checks the octets and, with the E bit set, the name, which is normalized to the
     * presentation form {@link DnsName#toString()} gives (so {@code "a\\066c"} becomes {@code
     * "aBc"}).
     *
     * @param flags the flags octet, 0..255
     * @param rcode1 the first RCODE octet, 0..255
     * @param rcode2 the second RCODE octet, 0..255
     * @param domainName the name
     * @throws IllegalArgumentException if an octet is out of range or the name is not valid in
     *     the selected encoding
     */
    public ClientFqdn {
      checkRange(flags, 255, "flags");
      checkRange(rcode1, 255, "rcode1");
      checkRange(rcode2, 255, "rcode2");
      Objects.requireNonNull(domainName, "domainName");
      domainName = (flags & FLAG_E) != 0
          ? DhcpNames.canonicalFqdn(domainName) : DhcpWire.text(domainName, "domainName", 0);
    }

    /**
     * Returns the option a client sends to have the server update both A and PTR records,
     * with the name in wire format: flags {@code S|E}, RCODEs 0.
     *
     * @param domainName the name: fully qualified with a trailing dot, or partial without
     * @return the option
     */
    public static ClientFqdn serverUpdates(String domainName) {
      return new ClientFqdn(FLAG_S | FLAG_E, 0, 0, domainName);
    }

    /**
     * Returns whether the S bit is set.
     *
     * @return the S bit
     */
    public boolean serverUpdatesARecord() {
      return (flags & FLAG_S) != 0;
    }

    /**
     * Returns whether the O bit is set.
     *
     * @return the O bit
     */
    public boolean overridden() {
      return (flags & FLAG_O) != 0;
    }

    /**
     * Returns whether the E bit is set: the name is in DNS wire format.
     *
     * @return the E bit
     */
    public boolean wireEncoded() {
      return (flags & FLAG_E) != 0;
    }

    /**
     * Returns whether the N bit is set.
     *
     * @return the N bit
     */
    public boolean noUpdates() {
      return (flags & FLAG_N) != 0;
    }

    /**
     * Returns whether the name is fully qualified: in wire format, it ends in the root label.
     *
     * @return {@code true} for a fully qualified name
     */
    public boolean isFullyQualified() {
      return wireEncoded() && DhcpNames.endsWithUnescapedDot(domainName);
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.CLIENT_FQDN;
    }

    @Override
    public int dataLength() {
      return 3 + (wireEncoded() ? DhcpNames.fqdnWire(domainName).length : domainName.length());
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      checkRoom(dst, dataLength());
      dst.put((byte) flags).put((byte) rcode1).put((byte) rcode2);
      if (wireEncoded()) {
        dst.put(DhcpNames.fqdnWire(domainName));
      } else {
        DhcpWire.writeText(domainName, dst);
      }
    }
  }

  /**
   * Relay Agent Information (code 82, RFC 3046): sub-options a relay adds and the server
   * echoes.
   *
   * @param subOptions the sub-options in wire order, at least one
   */
  record RelayAgentInformation(List<SubOption> subOptions) implements DhcpOption {
    /**
     * Checks and copies the list.
     *
     * @param subOptions the sub-options, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public RelayAgentInformation {
      subOptions = List.copyOf(subOptions);
      if (subOptions.isEmpty()) {
        throw new IllegalArgumentException("subOptions must hold at least one sub-option");
      }
    }

    /**
     * Returns the option with the given sub-options.
     *
     * @param subOptions the sub-options, at least one
     * @return the option
     */
    public static RelayAgentInformation of(SubOption... subOptions) {
      return new RelayAgentInformation(List.of(subOptions));
    }

    /**
     * Returns the data of the first Agent Circuit ID sub-option (1).
     *
     * @return the circuit id, or empty
     */
    public Optional<ByteString> circuitId() {
      return find(SubOption.CIRCUIT_ID);
    }

    /**
     * Returns the data of the first Agent Remote ID sub-option (2).
     *
     * @return the remote id, or empty
     */
    public Optional<ByteString> remoteId() {
      return find(SubOption.REMOTE_ID);
    }

    /**
     * Returns the data of the first sub-option with a code.
     *
     * @param code the sub-option code
     * @return its data, or empty
     */
    public Optional<ByteString> find(int code) {
      for (SubOption s : subOptions) {
        if (s.code() == code) {
          return Optional.of(s.data());
        }
      }
      return Optional.empty();
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.RELAY_AGENT_INFORMATION;
    }

    @Override
    public int dataLength() {
      int n = 0;
      for (SubOption s : subOptions) {
        n += 2 + s.data().size();
      }
      return n;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      checkRoom(dst, dataLength());
      for (SubOption s : subOptions) {
        dst.put((byte) s.code()).put((byte) s.data().size());
        s.data().writeTo(dst);
      }
    }

    /**
     * One sub-option of the relay agent information (RFC 3046 §2.0): a code, a length and data.
     *
     * @param code the sub-option code, 0..255
     * @param data the data, at most 255 octets
     */
    public record SubOption(int code, ByteString data) {
      /** Agent Circuit ID (RFC 3046 §3.1). */
      public static final int CIRCUIT_ID = 1;
      /** Agent Remote ID (RFC 3046 §3.2). */
      public static final int REMOTE_ID = 2;
      /** Link Selection (RFC 3527). */
      public static final int LINK_SELECTION = 5;
      /** Subscriber ID (RFC 3993). */
      public static final int SUBSCRIBER_ID = 6;

      /**
       * Checks the components.
       *
       * @param code the sub-option code, 0..255
       * @param data the data, at most 255 octets
       * @throws IllegalArgumentException if out of range
       */
      public SubOption {
        checkRange(code, 255, "code");
        Objects.requireNonNull(data, "data");
        checkRange(data.size(), 255, "data length");
      }

      /**
       * Returns an Agent Circuit ID sub-option.
       *
       * @param id the circuit id, at most 255 octets
       * @return the sub-option
       */
      public static SubOption circuitId(ByteString id) {
        return new SubOption(CIRCUIT_ID, id);
      }

      /**
       * Returns an Agent Remote ID sub-option.
       *
       * @param id the remote id, at most 255 octets
       * @return the sub-option
       */
      public static SubOption remoteId(ByteString id) {
        return new SubOption(REMOTE_ID, id);
      }
    }
  }

  /**
   * Domain Search (code 119, RFC 3397): the DNS search list, in DNS wire format with
   * compression pointers that are offsets into the option's concatenated data. Encoding
   * compresses repeated suffixes, matching them case-sensitively so the case survives.
   *
   * @param names the search domains in order, at least one
   */
  record DomainSearch(List<DnsName> names) implements DhcpOption {
    /**
     * Checks and copies the list.
     *
     * @param names the search domains, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public DomainSearch {
      names = List.copyOf(names);
      if (names.isEmpty()) {
        throw new IllegalArgumentException("names must hold at least one name");
      }
    }

    /**
     * Returns the option for names in presentation form.
     *
     * @param names the search domains, e.g. {@code "eng.example.com"}
     * @return the option
     * @throws IllegalArgumentException if a name is invalid or none is given
     */
    public static DomainSearch of(String... names) {
      DnsName[] parsed = new DnsName[names.length];
      for (int i = 0; i < names.length; i++) {
        parsed[i] = DnsName.of(names[i]);
      }
      return new DomainSearch(List.of(parsed));
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.DOMAIN_SEARCH;
    }

    @Override
    public int dataLength() {
      return DhcpNames.encodeSearchList(names, null);
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      checkRoom(dst, dataLength());
      DhcpNames.encodeSearchList(names, dst);
    }
  }

  /**
   * Classless Static Route (code 121, RFC 3442): destinations with their routers. Each route
   * is the prefix length, the significant octets of the destination and the router.
   *
   * @param routes the routes in order, at least one
   */
  record ClasslessStaticRoutes(List<StaticRoute> routes) implements DhcpOption {
    /**
     * Checks and copies the list.
     *
     * @param routes the routes, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public ClasslessStaticRoutes {
      routes = List.copyOf(routes);
      if (routes.isEmpty()) {
        throw new IllegalArgumentException("routes must hold at least one route");
      }
    }

    /**
     * Returns the option with the given routes.
     *
     * @param routes the routes, at least one
     * @return the option
     */
    public static ClasslessStaticRoutes of(StaticRoute... routes) {
      return new ClasslessStaticRoutes(List.of(routes));
    }

    @Override
    public DhcpOptionCode code() {
      return DhcpOptionCode.CLASSLESS_STATIC_ROUTE;
    }

    @Override
    public int dataLength() {
      int n = 0;
      for (StaticRoute r : routes) {
        n += 1 + (r.destination().length() + 7) / 8 + 4;
      }
      return n;
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      checkRoom(dst, dataLength());
      for (StaticRoute r : routes) {
        int len = r.destination().length();
        dst.put((byte) len);
        int a = r.destination().address().value();
        for (int k = 0; k < (len + 7) / 8; k++) {
          dst.put((byte) (a >>> (24 - 8 * k)));
        }
        r.router().write(dst);
      }
    }

    /**
     * One classless route: packets for {@code destination} go to {@code router} (0.0.0.0 for
     * a destination on the link itself).
     *
     * @param destination the destination prefix
     * @param router the router
     */
    public record StaticRoute(Ipv4Prefix destination, Ipv4Address router) {
      /**
       * Checks the components.
       *
       * @param destination the destination prefix
       * @param router the router
       */
      public StaticRoute {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(router, "router");
      }
    }
  }

  /**
   * An option whose code has no record here, kept byte for byte.
   *
   * @param code the option code, one without a record here
   * @param data the (concatenated) data octets
   */
  record Unknown(DhcpOptionCode code, ByteString data) implements DhcpOption {
    /**
     * Checks the components.
     *
     * @param code the option code; a code with a record (or Pad, End) is refused, so that
     *     decoding gives back an equal value
     * @param data the data octets
     * @throws IllegalArgumentException if the code has a record of its own
     */
    public Unknown {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(data, "data");
      if (DhcpOptionCodec.isModelled(code.value())) {
        throw new IllegalArgumentException(code + " has a record of its own; use it, or "
            + "Malformed for data that does not fit it");
      }
    }

    /**
     * Returns the option for a code and data.
     *
     * @param code the option code, 1..254, one without a record here
     * @param data the data octets
     * @return the option
     */
    public static Unknown of(int code, ByteString data) {
      return new Unknown(DhcpOptionCode.of(code), data);
    }

    @Override
    public int dataLength() {
      return data.size();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      data.writeTo(dst);
    }
  }

  /**
   * An option of a modelled code whose data does not fit the code's layout (a lease time of
   * three octets, an empty host name, a domain search list with a forward pointer), kept byte
   * for byte with the decoder's reason.
   *
   * @param code the option code
   * @param data the (concatenated) data octets as received
   * @param error why the data does not decode, e.g. {@code "has 3 octets, not 4"}
   */
  record Malformed(DhcpOptionCode code, ByteString data, String error) implements DhcpOption {
    /**
     * Checks the components.
     *
     * @param code the option code, not Pad or End
     * @param data the data octets
     * @param error the reason
     * @throws IllegalArgumentException if the code is Pad or End
     */
    public Malformed {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(error, "error");
      if (code.value() == 0 || code.value() == 255) {
        throw new IllegalArgumentException(code + " has no data octets");
      }
    }

    @Override
    public int dataLength() {
      return data.size();
    }

    @Override
    public void encodeData(ByteBuffer dst) {
      data.writeTo(dst);
    }
  }
}
