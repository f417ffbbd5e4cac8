package io.github.netcodec.dhcpv6;

import static io.github.netcodec.internal.Fields.checkRange;
import static io.github.netcodec.internal.Fields.checkRoom;

import io.github.netcodec.ByteString;
import io.github.netcodec.Encodable;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.address.Ipv6Prefix;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DHCPv6 option (RFC 8415 §21.1): a 16-bit code, a 16-bit length and that many octets of
 * data. The options of RFC 8415 a client or server commonly uses, and the DNS options of RFC
 * 3646, are typed; {@link Unknown} keeps every other code byte for byte.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          option-code          |           option-len          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          option-data                          |
 * |                      (option-len octets)                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>Options decode by code wherever they appear, as scapy and Wireshark do: an IA Address
 * option is typed inside an IA_NA and at the top of a message alike. The option-len of every
 * record is computed; a body that does not fit its code's layout is malformed (see {@link
 * Dhcpv6Message} for strict and lenient parsing, and {@link Malformed}).
 */
public sealed interface Dhcpv6Option extends Encodable
    permits Dhcpv6Option.ClientId, Dhcpv6Option.ServerId, Dhcpv6Option.IaNa,
        Dhcpv6Option.IaTa, Dhcpv6Option.IaPd, Dhcpv6Option.IaAddress, Dhcpv6Option.IaPrefix,
        Dhcpv6Option.OptionRequest, Dhcpv6Option.Preference, Dhcpv6Option.ElapsedTime,
        Dhcpv6Option.RelayMessage, Dhcpv6Option.StatusCode, Dhcpv6Option.RapidCommit,
        Dhcpv6Option.InterfaceId, Dhcpv6Option.ReconfigureAccept, Dhcpv6Option.DnsServers,
        Dhcpv6Option.DomainList, Dhcpv6Option.Unknown, Dhcpv6Option.Malformed {

  /**
   * Returns the option code.
   *
   * @return the code
   */
  Dhcpv6OptionCode code();

  /**
   * Returns the length of the option's data, the option-len field.
   *
   * @return the data length, 0..65535
   */
  default int dataLength() {
    return encodedLength() - Dhcpv6Fields.OPTION_HEADER;
  }

  private static void header(ByteBuffer dst, int code, int total) {
    checkRoom(dst, total);
    BigEndian.put16(dst, code);
    BigEndian.put16(dst, total - Dhcpv6Fields.OPTION_HEADER);
  }

  /**
   * Client Identifier (code 1, RFC 8415 §21.2): the client's DUID.
   *
   * @param duid the client's DUID
   */
  record ClientId(Duid duid) implements Dhcpv6Option {
    /**
     * Checks the component.
     *
     * @param duid the DUID
     */
    public ClientId {
      Objects.requireNonNull(duid, "duid");
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.CLIENTID;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + duid.encodedLength();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 1, encodedLength());
      duid.encode(dst);
    }
  }

  /**
   * Server Identifier (code 2, RFC 8415 §21.3): the server's DUID.
   *
   * @param duid the server's DUID
   */
  record ServerId(Duid duid) implements Dhcpv6Option {
    /**
     * Checks the component.
     *
     * @param duid the DUID
     */
    public ServerId {
      Objects.requireNonNull(duid, "duid");
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.SERVERID;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + duid.encodedLength();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 2, encodedLength());
      duid.encode(dst);
    }
  }

  /**
   * Identity Association for Non-temporary Addresses (code 3, RFC 8415 §21.4).
   *
   * <pre>
   * |          OPTION_IA_NA         |          option-len           |
   * |                        IAID (4 octets)                        |
   * |                        T1 (4 octets)                          |
   * |                        T2 (4 octets)                          |
   * .                         IA_NA-options                         .
   * </pre>
   *
   * @param iaid the identity association's identifier, 0..2^32-1
   * @param t1 seconds until the client contacts the server to extend its leases, 0..2^32-1
   * @param t2 seconds until the client contacts any server, 0..2^32-1
   * @param options the nested options, typically IA Address and Status Code; unmodifiable
   */
  record IaNa(long iaid, long t1, long t2, List<Dhcpv6Option> options) implements Dhcpv6Option {
    /**
     * Checks the ranges and copies the options.
     *
     * @param iaid 0..2^32-1
     * @param t1 0..2^32-1
     * @param t2 0..2^32-1
     * @param options the nested options, fitting the option-len and the nesting bound
     * @throws IllegalArgumentException if out of range
     */
    public IaNa {
      checkRange(iaid, 0xffff_ffffL, "iaid");
      checkRange(t1, 0xffff_ffffL, "t1");
      checkRange(t2, 0xffff_ffffL, "t2");
      options = List.copyOf(options);
      Dhcpv6Fields.checkBody(Dhcpv6Fields.IA_FIXED + Dhcpv6Fields.length(options), "IA_NA");
      Dhcpv6Fields.checkNesting(options, "IA_NA");
    }

    /**
     * Returns an IA_NA without times or options, as a client asks for addresses in a Solicit.
     *
     * @param iaid the identifier
     * @return the option
     */
    public static IaNa of(long iaid) {
      return new IaNa(iaid, 0, 0, List.of());
    }

    /**
     * Returns the addresses of the nested IA Address options.
     *
     * @return the addresses, in order
     */
    public List<IaAddress> addresses() {
      return Dhcpv6Fields.select(options, IaAddress.class);
    }

    /**
     * Returns the nested Status Code option.
     *
     * @return the first Status Code, or empty
     */
    public Optional<StatusCode> statusCode() {
      return Dhcpv6Fields.first(options, StatusCode.class);
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.IA_NA;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + Dhcpv6Fields.IA_FIXED
          + (int) Dhcpv6Fields.length(options);
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 3, encodedLength());
      BigEndian.put32(dst, iaid);
      BigEndian.put32(dst, t1);
      BigEndian.put32(dst, t2);
      Dhcpv6Fields.encode(options, dst);
    }
  }

  /**
   * Identity Association for Temporary Addresses (code 4, RFC 8415 §21.5): an IAID and nested
   * options, without times.
   *
   * @param iaid the identity association's identifier, 0..2^32-1
   * @param options the nested options; unmodifiable
   */
  record IaTa(long iaid, List<Dhcpv6Option> options) implements Dhcpv6Option {
    /**
     * Checks the range and copies the options.
     *
     * @param iaid 0..2^32-1
     * @param options the nested options, fitting the option-len and the nesting bound
     * @throws IllegalArgumentException if out of range
     */
    public IaTa {
      checkRange(iaid, 0xffff_ffffL, "iaid");
      options = List.copyOf(options);
      Dhcpv6Fields.checkBody(Dhcpv6Fields.IA_TA_FIXED + Dhcpv6Fields.length(options), "IA_TA");
      Dhcpv6Fields.checkNesting(options, "IA_TA");
    }

    /**
     * Returns the addresses of the nested IA Address options.
     *
     * @return the addresses, in order
     */
    public List<IaAddress> addresses() {
      return Dhcpv6Fields.select(options, IaAddress.class);
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.IA_TA;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + Dhcpv6Fields.IA_TA_FIXED
          + (int) Dhcpv6Fields.length(options);
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 4, encodedLength());
      BigEndian.put32(dst, iaid);
      Dhcpv6Fields.encode(options, dst);
    }
  }

  /**
   * Identity Association for Prefix Delegation (code 25, RFC 8415 §21.21): the layout of IA_NA,
   * holding IA Prefix options.
   *
   * @param iaid the identity association's identifier, 0..2^32-1
   * @param t1 seconds until the requesting router contacts the delegating router, 0..2^32-1
   * @param t2 seconds until it contacts any delegating router, 0..2^32-1
   * @param options the nested options, typically IA Prefix and Status Code; unmodifiable
   */
  record IaPd(long iaid, long t1, long t2, List<Dhcpv6Option> options) implements Dhcpv6Option {
    /**
     * Checks the ranges and copies the options.
     *
     * @param iaid 0..2^32-1
     * @param t1 0..2^32-1
     * @param t2 0..2^32-1
     * @param options the nested options, fitting the option-len and the nesting bound
     * @throws IllegalArgumentException if out of range
     */
    public IaPd {
      checkRange(iaid, 0xffff_ffffL, "iaid");
      checkRange(t1, 0xffff_ffffL, "t1");
      checkRange(t2, 0xffff_ffffL, "t2");
      options = List.copyOf(options);
      Dhcpv6Fields.checkBody(Dhcpv6Fields.IA_FIXED + Dhcpv6Fields.length(options), "IA_PD");
      Dhcpv6Fields.checkNesting(options, "IA_PD");
    }

    /**
     * Returns the prefixes of the nested IA Prefix options.
     *
     * @return the prefixes, in order
     */
    public List<IaPrefix> prefixes() {
      return Dhcpv6Fields.select(options, IaPrefix.class);
    }

    /**
     * Returns the nested Status Code option.
     *
     * @return the first Status Code, or empty
     */
    public Optional<StatusCode> statusCode() {
      return Dhcpv6Fields.first(options, StatusCode.class);
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.IA_PD;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + Dhcpv6Fields.IA_FIXED
          + (int) Dhcpv6Fields.length(options);
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 25, encodedLength());
      BigEndian.put32(dst, iaid);
      BigEndian.put32(dst, t1);
      BigEndian.put32(dst, t2);
      Dhcpv6Fields.encode(options, dst);
    }
  }

  /**
   * IA Address (code 5, RFC 8415 §21.6): an address of an IA_NA or IA_TA with its lifetimes.
   *
   * <pre>
   * |          OPTION_IAADDR        |          option-len           |
   * |                         IPv6-address (16 octets)              |
   * |                      preferred-lifetime                       |
   * |                        valid-lifetime                         |
   * .                        IAaddr-options                         .
   * </pre>
   *
   * @param address the address
   * @param preferredLifetime seconds, 0xffffffff meaning infinity
   * @param validLifetime seconds, 0xffffffff meaning infinity
   * @param options the nested options, typically a Status Code; unmodifiable
   */
  record IaAddress(Ipv6Address address, long preferredLifetime, long validLifetime,
      List<Dhcpv6Option> options) implements Dhcpv6Option {
    /**
     * Checks the ranges and copies the options.
     *
     * @param address the address
     * @param preferredLifetime 0..2^32-1
     * @param validLifetime 0..2^32-1
     * @param options the nested options, fitting the option-len and the nesting bound
     * @throws IllegalArgumentException if out of range
     */
    public IaAddress {
      Objects.requireNonNull(address, "address");
      checkRange(preferredLifetime, 0xffff_ffffL, "preferredLifetime");
      checkRange(validLifetime, 0xffff_ffffL, "validLifetime");
      options = List.copyOf(options);
      Dhcpv6Fields.checkBody(Dhcpv6Fields.IAADDR_FIXED + Dhcpv6Fields.length(options), "IAADDR");
      Dhcpv6Fields.checkNesting(options, "IAADDR");
    }

    /**
     * Returns an IA Address without nested options.
     *
     * @param address the address
     * @param preferredLifetime seconds
     * @param validLifetime seconds
     * @return the option
     */
    public static IaAddress of(Ipv6Address address, long preferredLifetime, long validLifetime) {
      return new IaAddress(address, preferredLifetime, validLifetime, List.of());
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.IAADDR;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + Dhcpv6Fields.IAADDR_FIXED
          + (int) Dhcpv6Fields.length(options);
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 5, encodedLength());
      address.write(dst);
      BigEndian.put32(dst, preferredLifetime);
      BigEndian.put32(dst, validLifetime);
      Dhcpv6Fields.encode(options, dst);
    }
  }

  /**
   * IA Prefix (code 26, RFC 8415 §21.22): a delegated prefix of an IA_PD with its lifetimes.
   * The prefix is kept as the 16 octets and the length octet received, so host bits below the
   * length, and a length above 128, round-trip; {@link #ipv6Prefix()} gives the prefix proper.
   *
   * <pre>
   * |        OPTION_IAPREFIX        |          option-len           |
   * |                      preferred-lifetime                       |
   * |                        valid-lifetime                         |
   * | prefix-length |                                               |
   * +-+-+-+-+-+-+-+-+          IPv6-prefix (16 octets)              |
   * .                       IAprefix-options                        .
   * </pre>
   *
   * @param preferredLifetime seconds, 0xffffffff meaning infinity
   * @param validLifetime seconds, 0xffffffff meaning infinity
   * @param prefixLength the prefix length octet, 0..255 (0..128 is meaningful)
   * @param prefix the 16 prefix octets as an address, host bits kept
   * @param options the nested options; unmodifiable
   */
  record IaPrefix(long preferredLifetime, long validLifetime, int prefixLength,
      Ipv6Address prefix, List<Dhcpv6Option> options) implements Dhcpv6Option {
    /**
     * Checks the ranges and copies the options.
     *
     * @param preferredLifetime 0..2^32-1
     * @param validLifetime 0..2^32-1
     * @param prefixLength 0..255
     * @param prefix the prefix octets
     * @param options the nested options, fitting the option-len and the nesting bound
     * @throws IllegalArgumentException if out of range
     */
    public IaPrefix {
      checkRange(preferredLifetime, 0xffff_ffffL, "preferredLifetime");
      checkRange(validLifetime, 0xffff_ffffL, "validLifetime");
      checkRange(prefixLength, 0xff, "prefixLength");
      Objects.requireNonNull(prefix, "prefix");
      options = List.copyOf(options);
      Dhcpv6Fields.checkBody(Dhcpv6Fields.IAPREFIX_FIXED + Dhcpv6Fields.length(options),
          "IAPREFIX");
      Dhcpv6Fields.checkNesting(options, "IAPREFIX");
    }

    /**
     * Returns an IA Prefix without nested options.
     *
     * @param prefix the prefix
     * @param preferredLifetime seconds
     * @param validLifetime seconds
     * @return the option
     */
    public static IaPrefix of(Ipv6Prefix prefix, long preferredLifetime, long validLifetime) {
      return new IaPrefix(preferredLifetime, validLifetime, prefix.length(), prefix.address(),
          List.of());
    }

    /**
     * Returns the prefix with its host bits cleared, when the length is at most 128.
     *
     * @return the prefix, or empty for a length above 128
     */
    public Optional<Ipv6Prefix> ipv6Prefix() {
      return prefixLength <= 128 ? Optional.of(Ipv6Prefix.containing(prefix, prefixLength))
          : Optional.empty();
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.IAPREFIX;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + Dhcpv6Fields.IAPREFIX_FIXED
          + (int) Dhcpv6Fields.length(options);
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 26, encodedLength());
      BigEndian.put32(dst, preferredLifetime);
      BigEndian.put32(dst, validLifetime);
      dst.put((byte) prefixLength);
      prefix.write(dst);
      Dhcpv6Fields.encode(options, dst);
    }
  }

  /**
   * Option Request (code 6, RFC 8415 §21.7): the codes of the options a client asks for.
   *
   * @param codes the requested codes, in order; unmodifiable
   */
  record OptionRequest(List<Dhcpv6OptionCode> codes) implements Dhcpv6Option {
    /**
     * Copies the codes.
     *
     * @param codes at most 32767 codes
     * @throws IllegalArgumentException if there are too many
     */
    public OptionRequest {
      codes = List.copyOf(codes);
      Dhcpv6Fields.checkBody(2L * codes.size(), "ORO");
    }

    /**
     * Returns the option asking for the given codes.
     *
     * @param codes the codes
     * @return the option
     */
    public static OptionRequest of(Dhcpv6OptionCode... codes) {
      return new OptionRequest(List.of(codes));
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.ORO;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + 2 * codes.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 6, encodedLength());
      for (int i = 0, n = codes.size(); i < n; i++) {
        BigEndian.put16(dst, codes.get(i).value());
      }
    }
  }

  /**
   * Preference (code 7, RFC 8415 §21.8): a server's preference, 255 making a client stop
   * waiting for other Advertise messages.
   *
   * @param value the preference, 0..255
   */
  record Preference(int value) implements Dhcpv6Option {
    /**
     * Checks the range.
     *
     * @param value 0..255
     * @throws IllegalArgumentException if out of range
     */
    public Preference {
      checkRange(value, 0xff, "preference");
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.PREFERENCE;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + 1;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 7, 5);
      dst.put((byte) value);
    }
  }

  /**
   * Elapsed Time (code 8, RFC 8415 §21.9): how long the client has been trying, in hundredths
   * of a second, 0xffff meaning longer than 655.34 s.
   *
   * @param hundredths the time, 0..65535
   */
  record ElapsedTime(int hundredths) implements Dhcpv6Option {
    /**
     * Checks the range.
     *
     * @param hundredths 0..65535
     * @throws IllegalArgumentException if out of range
     */
    public ElapsedTime {
      checkRange(hundredths, 0xffff, "hundredths");
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.ELAPSED_TIME;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + 2;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 8, 6);
      BigEndian.put16(dst, hundredths);
    }
  }

  /**
   * Relay Message (code 9, RFC 8415 §21.10): the message a relay agent forwards or delivers,
   * parsed. Relay messages nest at most 32 deep.
   *
   * @param message the relayed message
   */
  record RelayMessage(Dhcpv6Message message) implements Dhcpv6Option {
    /**
     * Checks the size and nesting.
     *
     * @param message the message, at most 65535 bytes, holding at most 31 nested relay messages
     * @throws IllegalArgumentException if it is too long or nests too deeply
     */
    public RelayMessage {
      Objects.requireNonNull(message, "message");
      Dhcpv6Fields.checkBody(message.encodedLength(), "RELAY_MSG");
      int nesting = 1 + Dhcpv6Fields.relayNesting(message.options());
      if (nesting > Dhcpv6Fields.MAX_RELAY_NESTING) {
        throw new IllegalArgumentException("RELAY_MSG nests relay messages " + nesting
            + " deep; at most " + Dhcpv6Fields.MAX_RELAY_NESTING + " are parsed");
      }
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.RELAY_MSG;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + message.encodedLength();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 9, encodedLength());
      message.encode(dst);
    }
  }

  /**
   * Status Code (code 13, RFC 8415 §21.13): a code and a UTF-8 message for people. The message
   * octets are kept as received, so invalid UTF-8 round-trips; {@link #message()} decodes them.
   *
   * @param status the status code
   * @param messageBytes the status message as UTF-8 octets
   */
  record StatusCode(Dhcpv6StatusCode status, ByteString messageBytes) implements Dhcpv6Option {
    /**
     * Checks the components.
     *
     * @param status the status code
     * @param messageBytes at most 65533 octets
     * @throws IllegalArgumentException if too long
     */
    public StatusCode {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(messageBytes, "messageBytes");
      Dhcpv6Fields.checkBody(2L + messageBytes.size(), "STATUS_CODE");
    }

    /**
     * Returns a Status Code with a message encoded as UTF-8.
     *
     * @param status the status code
     * @param message the message, possibly empty
     * @return the option
     */
    public static StatusCode of(Dhcpv6StatusCode status, String message) {
      return new StatusCode(status, ByteString.copyOf(message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Returns the status message decoded as UTF-8, malformed sequences replaced by U+FFFD.
     *
     * @return the message
     */
    public String message() {
      return new String(messageBytes.toByteArray(), StandardCharsets.UTF_8);
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.STATUS_CODE;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + 2 + messageBytes.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 13, encodedLength());
      BigEndian.put16(dst, status.value());
      messageBytes.writeTo(dst);
    }
  }

  /** Rapid Commit (code 14, RFC 8415 §21.14): no data; asks for the two-message exchange. */
  record RapidCommit() implements Dhcpv6Option {
    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.RAPID_COMMIT;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 14, 4);
    }
  }

  /**
   * Interface-Id (code 18, RFC 8415 §21.18): an opaque identifier a relay agent gives the
   * interface a message arrived on.
   *
   * @param id the identifier octets
   */
  record InterfaceId(ByteString id) implements Dhcpv6Option {
    /**
     * Checks the length.
     *
     * @param id at most 65535 octets
     * @throws IllegalArgumentException if too long
     */
    public InterfaceId {
      Objects.requireNonNull(id, "id");
      Dhcpv6Fields.checkBody(id.size(), "INTERFACE_ID");
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.INTERFACE_ID;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + id.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 18, encodedLength());
      id.writeTo(dst);
    }
  }

  /** Reconfigure Accept (code 20, RFC 8415 §21.20): no data; the client accepts Reconfigure. */
  record ReconfigureAccept() implements Dhcpv6Option {
    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.RECONF_ACCEPT;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 20, 4);
    }
  }

  /**
   * DNS Recursive Name Server (code 23, RFC 3646 §3): resolver addresses, in order of
   * preference.
   *
   * @param servers the addresses; unmodifiable
   */
  record DnsServers(List<Ipv6Address> servers) implements Dhcpv6Option {
    /**
     * Copies the addresses.
     *
     * @param servers at most 4095 addresses
     * @throws IllegalArgumentException if there are too many
     */
    public DnsServers {
      servers = List.copyOf(servers);
      Dhcpv6Fields.checkBody(16L * servers.size(), "DNS_SERVERS");
    }

    /**
     * Returns the option listing the given servers.
     *
     * @param servers the addresses
     * @return the option
     */
    public static DnsServers of(Ipv6Address... servers) {
      return new DnsServers(List.of(servers));
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.DNS_SERVERS;
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + 16 * servers.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 23, encodedLength());
      for (int i = 0, n = servers.size(); i < n; i++) {
        servers.get(i).write(dst);
      }
    }
  }

  /**
   * Domain Search List (code 24, RFC 3646 §4): domain names in the uncompressed wire form of
   * RFC 1035 §3.1 (RFC 8415 §10 forbids compression here), each ending with the root label.
   *
   * @param domains the names; unmodifiable
   */
  record DomainList(List<DnsName> domains) implements Dhcpv6Option {
    /**
     * Copies the names.
     *
     * @param domains names whose wire forms fit in 65535 octets together
     * @throws IllegalArgumentException if they are too long together
     */
    public DomainList {
      domains = List.copyOf(domains);
      long n = 0;
      for (DnsName d : domains) {
        n += d.wireLength();
      }
      Dhcpv6Fields.checkBody(n, "DOMAIN_LIST");
    }

    /**
     * Returns the option listing the given names, in presentation form.
     *
     * @param domains the names, e.g. {@code "example.com"}
     * @return the option
     * @throws IllegalArgumentException if a name is not valid
     */
    public static DomainList of(String... domains) {
      DnsName[] names = new DnsName[domains.length];
      for (int i = 0; i < names.length; i++) {
        names[i] = DnsName.of(domains[i]);
      }
      return new DomainList(List.of(names));
    }

    @Override
    public Dhcpv6OptionCode code() {
      return Dhcpv6OptionCode.DOMAIN_LIST;
    }

    @Override
    public int encodedLength() {
      int n = Dhcpv6Fields.OPTION_HEADER;
      for (int i = 0, k = domains.size(); i < k; i++) {
        n += domains.get(i).wireLength();
      }
      return n;
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, 24, encodedLength());
      for (int i = 0, n = domains.size(); i < n; i++) {
        domains.get(i).encode(dst);
      }
    }
  }

  /**
   * Any option without a record here, kept byte for byte. Codes that have a record are refused,
   * so that a record always encodes to bytes that parse back to it.
   *
   * @param code the option code, not one with a record
   * @param data the option data
   */
  record Unknown(Dhcpv6OptionCode code, ByteString data) implements Dhcpv6Option {
    /**
     * Checks the components.
     *
     * @param code the code, not one of the typed codes
     * @param data at most 65535 octets
     * @throws IllegalArgumentException if the code is typed or the data too long
     */
    public Unknown {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(data, "data");
      if (Dhcpv6Decoder.isTyped(code.value())) {
        throw new IllegalArgumentException("option " + code + " is typed; use its record");
      }
      Dhcpv6Fields.checkBody(data.size(), "option " + code.value());
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, code.value(), encodedLength());
      data.writeTo(dst);
    }
  }

  /**
   * A typed option whose data does not fit its code's layout, kept byte for byte by {@link
   * Dhcpv6Message#parseLenient(ByteBuffer)}. The constructor refuses data that does decode (even
   * leniently), so a {@code Malformed} always parses back to itself.
   *
   * @param code the option code, one with a record
   * @param data the option data as received
   */
  record Malformed(Dhcpv6OptionCode code, ByteString data) implements Dhcpv6Option {
    /**
     * Checks that the data really is malformed for the code.
     *
     * @param code a typed code
     * @param data at most 65535 octets that do not decode as the code's option
     * @throws IllegalArgumentException if the data decodes, or the code is not typed
     */
    public Malformed {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(data, "data");
      Dhcpv6Fields.checkBody(data.size(), "option " + code.value());
      if (!Dhcpv6Decoder.isTyped(code.value())) {
        throw new IllegalArgumentException("option " + code + " has no layout to violate; use "
            + "Unknown");
      }
      if (Dhcpv6Decoder.error(code.value(), data).isEmpty()) {
        throw new IllegalArgumentException("option " + code + " data " + data
            + " decodes; use its record");
      }
    }

    /**
     * Returns why the data does not decode: the strict parser's message, with offsets counted
     * from the option's first byte (its code), so the data starts at offset 4.
     *
     * @return the error message
     */
    public String error() {
      return Dhcpv6Decoder.error(code.value(), data).orElse("");
    }

    @Override
    public int encodedLength() {
      return Dhcpv6Fields.OPTION_HEADER + data.size();
    }

    @Override
    public void encode(ByteBuffer dst) {
      header(dst, code.value(), encodedLength());
      data.writeTo(dst);
    }
  }
}
