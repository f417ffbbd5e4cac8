package io.github.netcodec.dhcpv6;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.dns.DnsName;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A DHCPv6 message (RFC 8415): a {@link ClientServer} message (§8) or a {@link Relay} message
 * (§9), each followed by options. The UDP payload on ports 546 and 547.
 *
 * <pre>
 * Client/server message (§8):              Relay message (§9):
 * |    msg-type   |     transaction-id     |    msg-type   |   hop-count   |
 * |            options (variable)          |          link-address (16)    |
 *                                          |          peer-address (16)    |
 *                                          |       options (variable)      |
 * </pre>
 *
 * <pre>{@code
 * Dhcpv6Message solicit = Dhcpv6Message.solicit(0x1234ab,
 *     Duid.LinkLayer.of(MacAddress.parse("00:11:22:33:44:55")), 1,
 *     Dhcpv6OptionCode.DNS_SERVERS, Dhcpv6OptionCode.DOMAIN_LIST);
 * Dhcpv6Message reply = Dhcpv6Message.parse(udpPayload);
 * reply.dnsServers();   // Optional[[2001:db8::53]]
 * }</pre>
 *
 * <p><b>Lossless.</b> Every octet is kept: unknown message types (in the client/server layout,
 * as every type other than Relay-forw and Relay-repl uses), unknown options and DUID types, the
 * status message bytes, and the host bits of an IA Prefix. So {@code parse(b).toByteArray()}
 * equals {@code b} for every input {@code parse} accepts, and {@code parse(m.toByteArray())}
 * equals {@code m}. Option lengths are computed when encoding.
 *
 * <p><b>Strict and lenient parsing.</b> {@link #parse(ByteBuffer)} throws {@link
 * MalformedPacketException} on anything malformed, including an option whose data does not fit
 * its layout (an IA_NA shorter than 12 octets, a Preference not 1 octet long, a DUID too short
 * for its type, a compressed name in the domain list). {@link #parseLenient(ByteBuffer)} keeps
 * such an option as {@link Dhcpv6Option.Malformed} with its octets, so one bad option costs that
 * option rather than the message, as a server must tolerate (RFC 8415 §16). Both throw when the
 * framing is broken (a header or option-len running past the bytes that hold it: nothing after
 * it can be located) and when nesting exceeds the bounds: 32 Relay Message options inside one
 * another, and 8 option levels inside one message (the deepest RFC layout needs 3). Errors
 * running past the end of the input are {@link io.github.netcodec.TruncatedPacketException}s.
 */
public sealed interface Dhcpv6Message extends Encodable
    permits Dhcpv6Message.ClientServer, Dhcpv6Message.Relay {

  /** The UDP port clients listen on (RFC 8415 §7.2). */
  int CLIENT_PORT = 546;
  /** The UDP port servers and relay agents listen on (RFC 8415 §7.2). */
  int SERVER_PORT = 547;
  /** All_DHCP_Relay_Agents_and_Servers, ff02::1:2 (RFC 8415 §7.1). */
  Ipv6Address ALL_DHCP_RELAY_AGENTS_AND_SERVERS = Ipv6Address.parse("ff02::1:2");
  /** All_DHCP_Servers, ff05::1:3 (RFC 8415 §7.1). */
  Ipv6Address ALL_DHCP_SERVERS = Ipv6Address.parse("ff05::1:3");

  /**
   * Returns the message type.
   *
   * @return the msg-type
   */
  Dhcpv6MessageType type();

  /**
   * Returns the message's options, in wire order.
   *
   * @return the options, unmodifiable
   */
  List<Dhcpv6Option> options();

  /**
   * Parses a message strictly from the buffer's position to its limit, leaving the buffer
   * untouched.
   *
   * @param buf the buffer
   * @return the message
   * @throws MalformedPacketException if anything is malformed (see the class comment)
   */
  static Dhcpv6Message parse(ByteBuffer buf) {
    return Dhcpv6Decoder.parse(buf, true);
  }

  /**
   * Parses a message strictly from an array.
   *
   * @param bytes the message
   * @return the message
   * @throws MalformedPacketException if anything is malformed
   */
  static Dhcpv6Message parse(byte[] bytes) {
    return Dhcpv6Decoder.parse(ByteBuffer.wrap(bytes), true);
  }

  /**
   * Parses a message leniently: an option whose data does not fit its layout becomes {@link
   * Dhcpv6Option.Malformed} (see the class comment). The buffer is left untouched.
   *
   * @param buf the buffer
   * @return the message
   * @throws MalformedPacketException if the framing is broken or nesting too deep
   */
  static Dhcpv6Message parseLenient(ByteBuffer buf) {
    return Dhcpv6Decoder.parse(buf, false);
  }

  /**
   * Parses a message leniently from an array.
   *
   * @param bytes the message
   * @return the message
   * @throws MalformedPacketException if the framing is broken or nesting too deep
   */
  static Dhcpv6Message parseLenient(byte[] bytes) {
    return Dhcpv6Decoder.parse(ByteBuffer.wrap(bytes), false);
  }

  /**
   * Returns the options of one kind, in order.
   *
   * @param <T> the option record type
   * @param kind the record class, e.g. {@code Dhcpv6Option.IaNa.class}
   * @return the matching options, unmodifiable
   */
  default <T extends Dhcpv6Option> List<T> options(Class<T> kind) {
    return Dhcpv6Fields.select(options(), kind);
  }

  /**
   * Returns the first option of one kind.
   *
   * @param <T> the option record type
   * @param kind the record class
   * @return the option, or empty
   */
  default <T extends Dhcpv6Option> Optional<T> option(Class<T> kind) {
    return Dhcpv6Fields.first(options(), kind);
  }

  /**
   * Returns the first option with a code, whatever its record.
   *
   * @param code the option code
   * @return the option, or empty
   */
  default Optional<Dhcpv6Option> option(Dhcpv6OptionCode code) {
    for (Dhcpv6Option o : options()) {
      if (o.code().equals(code)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the DUID of the Client Identifier option.
   *
   * @return the client's DUID, or empty
   */
  default Optional<Duid> clientId() {
    return option(Dhcpv6Option.ClientId.class).map(Dhcpv6Option.ClientId::duid);
  }

  /**
   * Returns the DUID of the Server Identifier option.
   *
   * @return the server's DUID, or empty
   */
  default Optional<Duid> serverId() {
    return option(Dhcpv6Option.ServerId.class).map(Dhcpv6Option.ServerId::duid);
  }

  /**
   * Returns the IA_NA options.
   *
   * @return the IA_NAs in order, possibly none
   */
  default List<Dhcpv6Option.IaNa> iaNa() {
    return options(Dhcpv6Option.IaNa.class);
  }

  /**
   * Returns the IA_TA options.
   *
   * @return the IA_TAs in order, possibly none
   */
  default List<Dhcpv6Option.IaTa> iaTa() {
    return options(Dhcpv6Option.IaTa.class);
  }

  /**
   * Returns the IA_PD options.
   *
   * @return the IA_PDs in order, possibly none
   */
  default List<Dhcpv6Option.IaPd> iaPd() {
    return options(Dhcpv6Option.IaPd.class);
  }

  /**
   * Returns the codes of the Option Request option.
   *
   * @return the requested codes, or empty when there is no Option Request
   */
  default Optional<List<Dhcpv6OptionCode>> requestedOptions() {
    return option(Dhcpv6Option.OptionRequest.class).map(Dhcpv6Option.OptionRequest::codes);
  }

  /**
   * Returns the server preference of the Preference option.
   *
   * @return the preference, 0..255, or empty
   */
  default OptionalInt preference() {
    Optional<Dhcpv6Option.Preference> p = option(Dhcpv6Option.Preference.class);
    return p.isPresent() ? OptionalInt.of(p.get().value()) : OptionalInt.empty();
  }

  /**
   * Returns the Elapsed Time option's value.
   *
   * @return hundredths of a second, or empty
   */
  default OptionalInt elapsedTime() {
    Optional<Dhcpv6Option.ElapsedTime> t = option(Dhcpv6Option.ElapsedTime.class);
    return t.isPresent() ? OptionalInt.of(t.get().hundredths()) : OptionalInt.empty();
  }

  /**
   * Returns the message-level Status Code option (not those inside IA options).
   *
   * @return the status, or empty
   */
  default Optional<Dhcpv6Option.StatusCode> statusCode() {
    return option(Dhcpv6Option.StatusCode.class);
  }

  /**
   * Returns whether the message carries a Rapid Commit option.
   *
   * @return {@code true} if present
   */
  default boolean rapidCommit() {
    return option(Dhcpv6Option.RapidCommit.class).isPresent();
  }

  /**
   * Returns the addresses of the DNS Recursive Name Server option.
   *
   * @return the servers, or empty when there is no such option
   */
  default Optional<List<Ipv6Address>> dnsServers() {
    return option(Dhcpv6Option.DnsServers.class).map(Dhcpv6Option.DnsServers::servers);
  }

  /**
   * Returns the names of the Domain Search List option.
   *
   * @return the names, or empty when there is no such option
   */
  default Optional<List<DnsName>> domainList() {
    return option(Dhcpv6Option.DomainList.class).map(Dhcpv6Option.DomainList::domains);
  }

  /**
   * Returns a builder of a client/server message of a type, options in the order added.
   *
   * @param type the message type, not Relay-forw or Relay-repl
   * @return the builder
   */
  static Builder builder(Dhcpv6MessageType type) {
    return new Builder(type);
  }

  /**
   * Returns a Solicit (RFC 8415 §18.2.1) with a Client Identifier, one empty IA_NA, an Option
   * Request when codes are given, and Elapsed Time 0.
   *
   * @param transactionId the transaction id, 0..2^24-1
   * @param clientId the client's DUID
   * @param iaid the IA_NA's identifier
   * @param requested the options to ask for, e.g. DNS_SERVERS and DOMAIN_LIST
   * @return the message
   */
  static ClientServer solicit(int transactionId, Duid clientId, long iaid,
      Dhcpv6OptionCode... requested) {
    return builder(Dhcpv6MessageType.SOLICIT).transactionId(transactionId).clientId(clientId)
        .option(Dhcpv6Option.IaNa.of(iaid)).optionRequest(requested).elapsedTime(0).build();
  }

  /**
   * Returns a Request (RFC 8415 §18.2.2) for the IA_NA a server advertised: Client and Server
   * Identifiers, the IA_NA, an Option Request when codes are given, and Elapsed Time 0.
   *
   * @param transactionId the transaction id, 0..2^24-1
   * @param clientId the client's DUID
   * @param serverId the chosen server's DUID
   * @param iaNa the IA_NA, usually as the Advertise carried it
   * @param requested the options to ask for
   * @return the message
   */
  static ClientServer request(int transactionId, Duid clientId, Duid serverId,
      Dhcpv6Option.IaNa iaNa, Dhcpv6OptionCode... requested) {
    return builder(Dhcpv6MessageType.REQUEST).transactionId(transactionId).clientId(clientId)
        .serverId(serverId).option(iaNa).optionRequest(requested).elapsedTime(0).build();
  }

  /**
   * Returns a Renew (RFC 8415 §18.2.4) of an IA_NA with the server that leased it.
   *
   * @param transactionId the transaction id, 0..2^24-1
   * @param clientId the client's DUID
   * @param serverId the leasing server's DUID
   * @param iaNa the IA_NA with the addresses to renew
   * @param requested the options to ask for
   * @return the message
   */
  static ClientServer renew(int transactionId, Duid clientId, Duid serverId,
      Dhcpv6Option.IaNa iaNa, Dhcpv6OptionCode... requested) {
    return builder(Dhcpv6MessageType.RENEW).transactionId(transactionId).clientId(clientId)
        .serverId(serverId).option(iaNa).optionRequest(requested).elapsedTime(0).build();
  }

  /**
   * Returns a Release (RFC 8415 §18.2.7) of an IA_NA.
   *
   * @param transactionId the transaction id, 0..2^24-1
   * @param clientId the client's DUID
   * @param serverId the leasing server's DUID
   * @param iaNa the IA_NA with the addresses to release
   * @return the message
   */
  static ClientServer release(int transactionId, Duid clientId, Duid serverId,
      Dhcpv6Option.IaNa iaNa) {
    return builder(Dhcpv6MessageType.RELEASE).transactionId(transactionId).clientId(clientId)
        .serverId(serverId).option(iaNa).elapsedTime(0).build();
  }

  /**
   * Returns an Information-request (RFC 8415 §18.2.6): a Client Identifier, an Option Request
   * when codes are given, and Elapsed Time 0.
   *
   * @param transactionId the transaction id, 0..2^24-1
   * @param clientId the client's DUID
   * @param requested the options to ask for
   * @return the message
   */
  static ClientServer informationRequest(int transactionId, Duid clientId,
      Dhcpv6OptionCode... requested) {
    return builder(Dhcpv6MessageType.INFORMATION_REQUEST).transactionId(transactionId)
        .clientId(clientId).optionRequest(requested).elapsedTime(0).build();
  }

  /**
   * Returns a Relay-forw (RFC 8415 §19.1) carrying a message.
   *
   * @param hopCount the relay agents the message has passed, 0..255
   * @param linkAddress an address identifying the client's link, or {@code ::}
   * @param peerAddress the address the message came from
   * @param message the relayed message
   * @param extra options after the Relay Message, e.g. an {@link Dhcpv6Option.InterfaceId}
   * @return the message
   */
  static Relay relayForward(int hopCount, Ipv6Address linkAddress, Ipv6Address peerAddress,
      Dhcpv6Message message, Dhcpv6Option... extra) {
    List<Dhcpv6Option> options = new ArrayList<>(1 + extra.length);
    options.add(new Dhcpv6Option.RelayMessage(message));
    options.addAll(Arrays.asList(extra));
    return new Relay(Dhcpv6MessageType.RELAY_FORW, hopCount, linkAddress, peerAddress, options);
  }

  /**
   * Returns the Relay-repl that answers a Relay-forw (RFC 8415 §19.3): the same hop-count,
   * link-address and peer-address, the answer in a Relay Message option, and the Interface-Id
   * option copied when the Relay-forw had one.
   *
   * @param forward the Relay-forw being answered
   * @param answer the message for the relay agent to deliver, e.g. a Reply or an inner Relay-repl
   * @return the message
   */
  static Relay relayReply(Relay forward, Dhcpv6Message answer) {
    List<Dhcpv6Option> options = new ArrayList<>(2);
    options.add(new Dhcpv6Option.RelayMessage(answer));
    forward.option(Dhcpv6Option.InterfaceId.class).ifPresent(options::add);
    return new Relay(Dhcpv6MessageType.RELAY_REPL, forward.hopCount(), forward.linkAddress(),
        forward.peerAddress(), options);
  }

  /**
   * A client/server message (RFC 8415 §8): every type but Relay-forw and Relay-repl.
   *
   * <pre>
   * |    msg-type   |               transaction-id                  |
   * .                            options                            .
   * </pre>
   *
   * @param type the message type, not a relay type
   * @param transactionId the transaction id, 0..2^24-1
   * @param options the options, unmodifiable
   */
  record ClientServer(Dhcpv6MessageType type, int transactionId, List<Dhcpv6Option> options)
      implements Dhcpv6Message {
    /**
     * Checks the fields and copies the options.
     *
     * @param type not Relay-forw or Relay-repl
     * @param transactionId 0..2^24-1
     * @param options the options
     * @throws IllegalArgumentException if out of range or a relay type
     */
    public ClientServer {
      Objects.requireNonNull(type, "type");
      if (type.isRelay()) {
        throw new IllegalArgumentException(type + " uses the relay layout; use Relay");
      }
      checkRange(transactionId, 0xff_ffff, "transactionId");
      options = List.copyOf(options);
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.CLIENT_SERVER_HEADER + (int) Math.min(Integer.MAX_VALUE,
          Dhcpv6Fields.length(options));
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) type.value()).put((byte) (transactionId >>> 16))
          .put((byte) (transactionId >>> 8)).put((byte) transactionId);
      Dhcpv6Fields.encode(options, dst);
    }
  }

  /**
   * A relay message (RFC 8415 §9): Relay-forw from a relay agent towards servers, or Relay-repl
   * back. The relayed message is in a {@link Dhcpv6Option.RelayMessage} option.
   *
   * <pre>
   * |    msg-type   |   hop-count   |                               |
   * |                         link-address (16 octets)              |
   * |                         peer-address (16 octets)              |
   * .                            options                            .
   * </pre>
   *
   * @param type Relay-forw or Relay-repl
   * @param hopCount the relay agents passed, 0..255
   * @param linkAddress the link-address field
   * @param peerAddress the peer-address field
   * @param options the options, unmodifiable
   */
  record Relay(Dhcpv6MessageType type, int hopCount, Ipv6Address linkAddress,
      Ipv6Address peerAddress, List<Dhcpv6Option> options) implements Dhcpv6Message {
    /**
     * Checks the fields and copies the options.
     *
     * @param type Relay-forw or Relay-repl
     * @param hopCount 0..255
     * @param linkAddress the link address
     * @param peerAddress the peer address
     * @param options the options
     * @throws IllegalArgumentException if out of range or not a relay type
     */
    public Relay {
      Objects.requireNonNull(type, "type");
      if (!type.isRelay()) {
        throw new IllegalArgumentException(type + " uses the client/server layout; use "
            + "ClientServer");
      }
      checkRange(hopCount, 0xff, "hopCount");
      Objects.requireNonNull(linkAddress, "linkAddress");
      Objects.requireNonNull(peerAddress, "peerAddress");
      options = List.copyOf(options);
    }

    /**
     * Returns the message of the Relay Message option.
     *
     * @return the relayed message, or empty
     */
    public Optional<Dhcpv6Message> relayedMessage() {
      return option(Dhcpv6Option.RelayMessage.class).map(Dhcpv6Option.RelayMessage::message);
    }

    /**
     * Returns the client or server message inside all the relay layers.
     *
     * @return the innermost message, or empty when a layer has no Relay Message option
     */
    public Optional<Dhcpv6Message> innermostMessage() {
      Dhcpv6Message m = this;
      while (m instanceof Relay r) {
        Optional<Dhcpv6Message> inner = r.relayedMessage();
        if (inner.isEmpty()) {
          return Optional.empty();
        }
        m = inner.get();
      }
      return Optional.of(m);
    }

    /**
     * Returns the identifier of the Interface-Id option.
     *
     * @return the interface id, or empty
     */
    public Optional<ByteString> interfaceId() {
      return option(Dhcpv6Option.InterfaceId.class).map(Dhcpv6Option.InterfaceId::id);
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.RELAY_HEADER + (int) Math.min(Integer.MAX_VALUE,
          Dhcpv6Fields.length(options));
    }

    @Override
    public void encode(ByteBuffer dst) {
      checkRoom(dst, encodedLength());
      dst.put((byte) type.value()).put((byte) hopCount);
      linkAddress.write(dst);
      peerAddress.write(dst);
      Dhcpv6Fields.encode(options, dst);
    }
  }

  /**
   * Builds a client/server message, options in the order added. Not thread-safe.
   *
   * <pre>{@code
   * Dhcpv6Message.builder(Dhcpv6MessageType.SOLICIT).randomTransactionId()
   *     .clientId(duid).option(Dhcpv6Option.IaNa.of(1)).rapidCommit()
   *     .optionRequest(Dhcpv6OptionCode.DNS_SERVERS).elapsedTime(0).build();
   * }</pre>
   */
  final class Builder {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Dhcpv6MessageType type;
    private int transactionId;
    private final List<Dhcpv6Option> options = new ArrayList<>();

    private Builder(Dhcpv6MessageType type) {
      this.type = Objects.requireNonNull(type, "type");
      if (type.isRelay()) {
        throw new IllegalArgumentException(type + " uses the relay layout; use relayForward "
            + "or the Relay record");
      }
    }

    /**
     * Sets the transaction id.
     *
     * @param transactionId 0..2^24-1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder transactionId(int transactionId) {
      checkRange(transactionId, 0xff_ffff, "transactionId");
      this.transactionId = transactionId;
      return this;
    }

    /**
     * Sets a transaction id drawn from a {@link SecureRandom}, as RFC 8415 §16.1 asks.
     *
     * @return this builder
     */
    public Builder randomTransactionId() {
      this.transactionId = RANDOM.nextInt(1 << 24);
      return this;
    }

    /**
     * Adds a Client Identifier.
     *
     * @param duid the client's DUID
     * @return this builder
     */
    public Builder clientId(Duid duid) {
      return option(new Dhcpv6Option.ClientId(duid));
    }

    /**
     * Adds a Server Identifier.
     *
     * @param duid the server's DUID
     * @return this builder
     */
    public Builder serverId(Duid duid) {
      return option(new Dhcpv6Option.ServerId(duid));
    }

    /**
     * Adds an empty IA_NA, asking for addresses.
     *
     * @param iaid the identifier
     * @return this builder
     */
    public Builder iaNa(long iaid) {
      return option(Dhcpv6Option.IaNa.of(iaid));
    }

    /**
     * Adds an Option Request for the codes, or nothing when none are given.
     *
     * @param codes the codes to ask for
     * @return this builder
     */
    public Builder optionRequest(Dhcpv6OptionCode... codes) {
      return codes.length == 0 ? this : option(Dhcpv6Option.OptionRequest.of(codes));
    }

    /**
     * Adds an Elapsed Time.
     *
     * @param hundredths hundredths of a second since the exchange began, 0..65535
     * @return this builder
     */
    public Builder elapsedTime(int hundredths) {
      return option(new Dhcpv6Option.ElapsedTime(hundredths));
    }

    /**
     * Adds a Rapid Commit.
     *
     * @return this builder
     */
    public Builder rapidCommit() {
      return option(new Dhcpv6Option.RapidCommit());
    }

    /**
     * Adds any option.
     *
     * @param option the option
     * @return this builder
     */
    public Builder option(Dhcpv6Option option) {
      options.add(Objects.requireNonNull(option, "option"));
      return this;
    }

    /**
     * Returns the message.
     *
     * @return the message with the options added so far
     */
    public ClientServer build() {
      return new ClientServer(type, transactionId, options);
    }
  }
}
