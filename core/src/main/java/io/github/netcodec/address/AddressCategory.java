package io.github.netcodec.address;

/**
 * What an IP address is for: the purpose of the most specific special-purpose block it falls
 * in (IANA IPv4 and IPv6 special-purpose registries, RFC 6890 and RFC 8190), multicast, or
 * ordinary global unicast. See {@link SpecialPurpose#category(IpAddress)}.
 */
public enum AddressCategory {
  /** {@code 0.0.0.0/8}, "this network" (RFC 791 §3.2). */
  THIS_NETWORK,
  /** {@code 0.0.0.0/32} ("this host on this network", RFC 1122) or {@code ::/128}. */
  UNSPECIFIED,
  /** {@code 127.0.0.0/8} or {@code ::1/128}. */
  LOOPBACK,
  /** RFC 1918 private-use: {@code 10.0.0.0/8}, {@code 172.16.0.0/12}, {@code 192.168.0.0/16}. */
  PRIVATE,
  /** {@code 100.64.0.0/10}, shared address space for carrier-grade NAT (RFC 6598). */
  SHARED,
  /** {@code 169.254.0.0/16} (RFC 3927) or {@code fe80::/10} (RFC 4291). */
  LINK_LOCAL,
  /** {@code 192.0.0.0/24} or {@code 2001::/23} outside more specific entries. */
  IETF_PROTOCOL_ASSIGNMENTS,
  /** {@code 192.0.0.0/29}, IPv4 service continuity prefix (DS-Lite, RFC 7335). */
  SERVICE_CONTINUITY,
  /** {@code 192.0.0.8/32}, the IPv4 dummy address (RFC 7600). */
  DUMMY,
  /** A well-known anycast service address: PCP (RFC 7723), TURN (RFC 8155), DNS-SD SRP. */
  ANYCAST_SERVICE,
  /** {@code 192.0.0.170/32} and {@code 192.0.0.171/32}, NAT64/DNS64 discovery (RFC 7050). */
  NAT64_DISCOVERY,
  /** Documentation: TEST-NET-1/2/3 (RFC 5737), {@code 2001:db8::/32}, {@code 3fff::/20}. */
  DOCUMENTATION,
  /** AS112 DNS sink service (RFC 7534, RFC 7535). */
  AS112,
  /** Automatic Multicast Tunneling (RFC 7450). */
  AMT,
  /** A block the registry lists as deprecated (6to4 relay anycast, ORCHID v1). */
  DEPRECATED,
  /** Benchmarking: {@code 198.18.0.0/15} (RFC 2544) or {@code 2001:2::/48} (RFC 5180). */
  BENCHMARKING,
  /** {@code 240.0.0.0/4}, reserved for future use (RFC 1112 §4). */
  RESERVED,
  /** {@code 255.255.255.255/32} (RFC 919, RFC 8190). */
  LIMITED_BROADCAST,
  /** {@code 224.0.0.0/4} or {@code ff00::/8}; not in the special-purpose registries. */
  MULTICAST,
  /** {@code ::ffff:0:0/96} (RFC 4291 §2.5.5.2). */
  IPV4_MAPPED,
  /** {@code 64:ff9b::/96}, the NAT64 well-known prefix (RFC 6052). */
  NAT64,
  /** {@code 64:ff9b:1::/48}, local-use IPv4/IPv6 translation (RFC 8215). */
  LOCAL_NAT64,
  /** {@code 100::/64}, discard-only (RFC 6666). */
  DISCARD_ONLY,
  /** {@code 2001::/32}, Teredo (RFC 4380). */
  TEREDO,
  /** {@code 2001:20::/28}, ORCHIDv2 (RFC 7343). */
  ORCHID,
  /** {@code 2001:30::/28}, drone remote ID entity tags (RFC 9374). */
  DRONE_REMOTE_ID,
  /** {@code 2002::/16}, 6to4 (RFC 3056). */
  SIX_TO_FOUR,
  /** {@code 5f00::/16}, segment routing SIDs (RFC 9602). */
  SEGMENT_ROUTING,
  /** {@code fc00::/7}, unique local (RFC 4193). */
  UNIQUE_LOCAL,
  /** Not in any special-purpose block and not multicast: an ordinary global unicast address. */
  GLOBAL_UNICAST
}
