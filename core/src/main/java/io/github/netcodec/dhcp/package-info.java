/**
 * DHCPv4 (RFC 2131, RFC 2132) and BOOTP (RFC 951): {@link io.github.netcodec.dhcp.DhcpMessage}
 * with typed {@link io.github.netcodec.dhcp.DhcpOption}s, open registries for option codes
 * ({@link io.github.netcodec.dhcp.DhcpOptionCode}), message types ({@link
 * io.github.netcodec.dhcp.DhcpMessageType}) and the op field ({@link
 * io.github.netcodec.dhcp.DhcpOp}), a builder and factories for every message of RFC 2131.
 *
 * <p><b>Representation: the wire, with a typed view.</b> A DHCP message is lossless only if
 * its option <em>layout</em> is kept: Pad options, the End option and the octets after it,
 * options continued in {@code file} and {@code sname} (Option Overload, RFC 2131 §4.1), and
 * long options split into several instances (RFC 3396). So a {@code DhcpMessage} holds the
 * octets of its option areas as they came (a {@link io.github.netcodec.dhcp.DhcpOptionArea}
 * for the options field, and the raw {@code file} and {@code sname}), and {@code
 * parse(b).toByteArray()} equals {@code b} byte for byte. The options field's framing is
 * checked once, when it is read, which also notes which of the common codes occur and how
 * often, so that a getter skips absent options. Users see typed options: {@link
 * io.github.netcodec.dhcp.DhcpMessage#options()} lists one record per code, the data of its
 * instances concatenated in the RFC 3396 order (options field, {@code file}, {@code sname}),
 * and getters such as {@link io.github.netcodec.dhcp.DhcpMessage#leaseTime()} find one option
 * without decoding the others. Messages are built from typed options by {@link
 * io.github.netcodec.dhcp.DhcpMessage#builder()} or the factories, which write each option
 * once (split past 255 octets), End, and Pad to the 300-octet BOOTP minimum, and can continue
 * in {@code file} and {@code sname} to fit a maximum message size.
 *
 * <p><b>Strict framing, lenient data.</b> {@code parse} rejects, with {@link
 * io.github.netcodec.MalformedPacketException}, a message shorter than its 236 fixed octets and
 * an option whose length octet is missing or whose data overruns its area, because nothing
 * after such an option can be located. The data of an option is decoded leniently, the way the
 * DNS package's {@code parseLenient} treats RDATA: data that does not fit its code (a lease time
 * of three octets, an empty host name, a search list with a forward pointer) becomes {@link
 * io.github.netcodec.dhcp.DhcpOption.Malformed} with the reason, keeps its octets, and reads as
 * absent through the typed getters. Real DHCP clients and relays send such options, and one bad
 * option should not cost a server the whole message; lenient is also what lets {@code parse}
 * skip decoding the options nobody asks for. {@link
 * io.github.netcodec.dhcp.DhcpMessage#parseStrict(java.nio.ByteBuffer)} decodes them all and
 * throws instead, for tools that want the DNS package's strict default.
 *
 * <p>The codec contract of the root package holds: {@code parse} reads by absolute index and
 * leaves the buffer untouched, impossible input throws {@link
 * io.github.netcodec.MalformedPacketException} and nothing else, and once {@code parse}
 * returns, no accessor throws.
 */
package io.github.netcodec.dhcp;
