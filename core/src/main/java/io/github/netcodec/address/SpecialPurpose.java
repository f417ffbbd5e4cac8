package io.github.netcodec.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classification of IP addresses by the IANA IPv4 and IPv6 Special-Purpose Address Registries
 * (RFC 6890, RFC 8190 and the RFCs that added entries since).
 *
 * <pre>{@code
 * SpecialPurpose.category(IpAddress.parse("192.168.1.1"))   // PRIVATE
 * SpecialPurpose.category(IpAddress.parse("100.64.0.1"))    // SHARED
 * SpecialPurpose.category(IpAddress.parse("2001:db8::1"))   // DOCUMENTATION
 * SpecialPurpose.lookup(IpAddress.parse("192.0.0.9"))       // Port Control Protocol Anycast,
 *                                                           // inside 192.0.0.0/24
 * }</pre>
 *
 * <p>Where blocks nest (for example {@code 192.0.0.9/32} inside {@code 192.0.0.0/24}), the most
 * specific block wins, as RFC 8190 §2.3 prescribes. Multicast blocks are not in these
 * registries; {@link #category(IpAddress)} reports them as {@link AddressCategory#MULTICAST}.
 *
 * <p>The tables were transcribed from the registries (IPv4 and IPv6, 2025 editions); a block
 * the registries add later classifies as {@link AddressCategory#GLOBAL_UNICAST} until it is
 * added here.
 */
public final class SpecialPurpose {

  // prefix | name | RFC | category | source, destination, forwardable, global, reserved
  // (T = True, F = False, - = N/A)
  private static final String[] IPV4 = {
    "0.0.0.0/8|This network|RFC 791|THIS_NETWORK|TFFFT",
    "0.0.0.0/32|This host on this network|RFC 1122|UNSPECIFIED|TFFFT",
    "10.0.0.0/8|Private-Use|RFC 1918|PRIVATE|TTTFF",
    "100.64.0.0/10|Shared Address Space|RFC 6598|SHARED|TTTFF",
    "127.0.0.0/8|Loopback|RFC 1122|LOOPBACK|FFFFT",
    "169.254.0.0/16|Link Local|RFC 3927|LINK_LOCAL|TTFFT",
    "172.16.0.0/12|Private-Use|RFC 1918|PRIVATE|TTTFF",
    "192.0.0.0/24|IETF Protocol Assignments|RFC 6890|IETF_PROTOCOL_ASSIGNMENTS|FFFFF",
    "192.0.0.0/29|IPv4 Service Continuity Prefix|RFC 7335|SERVICE_CONTINUITY|TTTFF",
    "192.0.0.8/32|IPv4 dummy address|RFC 7600|DUMMY|TFFFF",
    "192.0.0.9/32|Port Control Protocol Anycast|RFC 7723|ANYCAST_SERVICE|TTTTF",
    "192.0.0.10/32|Traversal Using Relays around NAT Anycast|RFC 8155|ANYCAST_SERVICE|TTTTF",
    "192.0.0.170/32|NAT64/DNS64 Discovery|RFC 7050|NAT64_DISCOVERY|FFFFT",
    "192.0.0.171/32|NAT64/DNS64 Discovery|RFC 7050|NAT64_DISCOVERY|FFFFT",
    "192.0.2.0/24|Documentation (TEST-NET-1)|RFC 5737|DOCUMENTATION|FFFFF",
    "192.31.196.0/24|AS112-v4|RFC 7535|AS112|TTTTF",
    "192.52.193.0/24|AMT|RFC 7450|AMT|TTTTF",
    "192.88.99.0/24|Deprecated (6to4 Relay Anycast)|RFC 7526|DEPRECATED|-----",
    "192.168.0.0/16|Private-Use|RFC 1918|PRIVATE|TTTFF",
    "192.175.48.0/24|Direct Delegation AS112 Service|RFC 7534|AS112|TTTTF",
    "198.18.0.0/15|Benchmarking|RFC 2544|BENCHMARKING|TTTFF",
    "198.51.100.0/24|Documentation (TEST-NET-2)|RFC 5737|DOCUMENTATION|FFFFF",
    "203.0.113.0/24|Documentation (TEST-NET-3)|RFC 5737|DOCUMENTATION|FFFFF",
    "240.0.0.0/4|Reserved|RFC 1112|RESERVED|FFFFT",
    "255.255.255.255/32|Limited Broadcast|RFC 919|LIMITED_BROADCAST|FTFFT",
  };

  private static final String[] IPV6 = {
    "::1/128|Loopback Address|RFC 4291|LOOPBACK|FFFFT",
    "::/128|Unspecified Address|RFC 4291|UNSPECIFIED|TFFFT",
    "::ffff:0:0/96|IPv4-mapped Address|RFC 4291|IPV4_MAPPED|FFFFT",
    "64:ff9b::/96|IPv4-IPv6 Translat.|RFC 6052|NAT64|TTTTF",
    "64:ff9b:1::/48|IPv4-IPv6 Translat.|RFC 8215|LOCAL_NAT64|TTTFF",
    "100::/64|Discard-Only Address Block|RFC 6666|DISCARD_ONLY|TTTFF",
    "2001::/23|IETF Protocol Assignments|RFC 2928|IETF_PROTOCOL_ASSIGNMENTS|FFFFF",
    "2001::/32|TEREDO|RFC 4380|TEREDO|TTT-F",
    "2001:1::1/128|Port Control Protocol Anycast|RFC 7723|ANYCAST_SERVICE|TTTTF",
    "2001:1::2/128|Traversal Using Relays around NAT Anycast|RFC 8155|ANYCAST_SERVICE|TTTTF",
    "2001:1::3/128|DNS-SD Service Registration Protocol Anycast|RFC 9665|ANYCAST_SERVICE|TTTTF",
    "2001:2::/48|Benchmarking|RFC 5180|BENCHMARKING|TTTFF",
    "2001:3::/32|AMT|RFC 7450|AMT|TTTTF",
    "2001:4:112::/48|AS112-v6|RFC 7535|AS112|TTTTF",
    "2001:10::/28|Deprecated (previously ORCHID)|RFC 4843|DEPRECATED|-----",
    "2001:20::/28|ORCHIDv2|RFC 7343|ORCHID|TTTTF",
    "2001:30::/28|Drone Remote ID Protocol Entity Tags (DETs) Prefix|RFC 9374|DRONE_REMOTE_ID|TTTTF",
    "2001:db8::/32|Documentation|RFC 3849|DOCUMENTATION|FFFFF",
    "2002::/16|6to4|RFC 3056|SIX_TO_FOUR|TTT-F",
    "2620:4f:8000::/48|Direct Delegation AS112 Service|RFC 7534|AS112|TTTTF",
    "3fff::/20|Documentation|RFC 9637|DOCUMENTATION|FFFFF",
    "5f00::/16|Segment Routing (SRv6) SIDs|RFC 9602|SEGMENT_ROUTING|TTTFF",
    "fc00::/7|Unique-Local|RFC 4193|UNIQUE_LOCAL|TTTFF",
    "fe80::/10|Link-Local Unicast|RFC 4291|LINK_LOCAL|TTFFT",
  };

  private static final List<SpecialPurposeBlock> IPV4_BLOCKS = load(IPV4);
  private static final List<SpecialPurposeBlock> IPV6_BLOCKS = load(IPV6);

  private SpecialPurpose() {}

  private static List<SpecialPurposeBlock> load(String[] rows) {
    List<SpecialPurposeBlock> out = new ArrayList<>(rows.length);
    for (String row : rows) {
      String[] f = row.split("\\|");
      String flags = f[4];
      out.add(new SpecialPurposeBlock(IpPrefix.parse(f[0]), f[1], f[2],
          AddressCategory.valueOf(f[3]), RegistryFlag.of(flags.charAt(0)),
          RegistryFlag.of(flags.charAt(1)), RegistryFlag.of(flags.charAt(2)),
          RegistryFlag.of(flags.charAt(3)), RegistryFlag.of(flags.charAt(4))));
    }
    return List.copyOf(out);
  }

  /**
   * Returns every IPv4 registry entry, in registry order.
   *
   * @return the unmodifiable list
   */
  public static List<SpecialPurposeBlock> ipv4Registry() {
    return IPV4_BLOCKS;
  }

  /**
   * Returns every IPv6 registry entry, in registry order.
   *
   * @return the unmodifiable list
   */
  public static List<SpecialPurposeBlock> ipv6Registry() {
    return IPV6_BLOCKS;
  }

  /**
   * Returns the most specific registry entry containing an address.
   *
   * @param address the address
   * @return the entry, or empty if the address is in no special-purpose block
   */
  public static Optional<SpecialPurposeBlock> lookup(IpAddress address) {
    List<SpecialPurposeBlock> blocks = address instanceof Ipv4Address ? IPV4_BLOCKS : IPV6_BLOCKS;
    SpecialPurposeBlock best = null;
    for (SpecialPurposeBlock b : blocks) {
      if (b.prefix().contains(address)
          && (best == null || b.prefix().length() > best.prefix().length())) {
        best = b;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns what an address is for: its most specific registry entry's category, {@link
   * AddressCategory#MULTICAST}, or {@link AddressCategory#GLOBAL_UNICAST}.
   *
   * @param address the address
   * @return the category
   */
  public static AddressCategory category(IpAddress address) {
    if (address.isMulticast()) {
      return AddressCategory.MULTICAST;
    }
    return lookup(address).map(SpecialPurposeBlock::category)
        .orElse(AddressCategory.GLOBAL_UNICAST);
  }

  /**
   * Returns whether datagrams to an address may be forwarded beyond an administrative domain:
   * the registry's "Globally Reachable" flag of the most specific entry, {@code TRUE} for an
   * address in no entry, and for multicast the scope: IPv6 {@link MulticastScope#GLOBAL} only;
   * IPv4 not the local network control block {@code 224.0.0.0/24} (RFC 5771) nor the
   * administratively scoped {@code 239.0.0.0/8} (RFC 2365).
   *
   * @param address the address
   * @return the flag; {@code NOT_APPLICABLE} for Teredo and 6to4, whose reachability depends on
   *     the embedded IPv4 address
   */
  public static RegistryFlag globallyReachable(IpAddress address) {
    if (address instanceof Ipv6Address a && a.isMulticast()) {
      return a.multicastScope().orElseThrow() == MulticastScope.GLOBAL
          ? RegistryFlag.TRUE : RegistryFlag.FALSE;
    }
    if (address instanceof Ipv4Address a && a.isMulticast()) {
      int v = a.value();
      return (v >>> 8) == 0xe0_0000 || (v >>> 24) == 239 ? RegistryFlag.FALSE : RegistryFlag.TRUE;
    }
    return lookup(address).map(SpecialPurposeBlock::globallyReachable).orElse(RegistryFlag.TRUE);
  }
}
