package io.github.netcodec.address;

import java.util.Objects;

/**
 * One entry of the IANA IPv4 or IPv6 special-purpose address registry (RFC 6890 §2.2.2, RFC
 * 8190): a block, its name, the RFC that made it, and the registry's five flags.
 *
 * @param prefix the address block
 * @param name the registry's name for the block, such as {@code Private-Use}
 * @param rfc the defining document, such as {@code RFC 1918}
 * @param category what the block is for
 * @param source whether an address from the block is valid as the source of a datagram that
 *     transits two devices
 * @param destination whether it is valid as such a datagram's destination
 * @param forwardable whether a router may forward a datagram to it between external interfaces
 * @param globallyReachable whether a datagram to it is forwardable beyond an administrative
 *     domain
 * @param reservedByProtocol whether IP itself gives the block special behaviour
 */
public record SpecialPurposeBlock(
    IpPrefix prefix,
    String name,
    String rfc,
    AddressCategory category,
    RegistryFlag source,
    RegistryFlag destination,
    RegistryFlag forwardable,
    RegistryFlag globallyReachable,
    RegistryFlag reservedByProtocol) {

  /**
   * Validates that no component is null.
   *
   * @param prefix the address block
   * @param name the name
   * @param rfc the defining document
   * @param category the category
   * @param source the source flag
   * @param destination the destination flag
   * @param forwardable the forwardable flag
   * @param globallyReachable the globally-reachable flag
   * @param reservedByProtocol the reserved-by-protocol flag
   * @throws NullPointerException if a component is null
   */
  public SpecialPurposeBlock {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rfc, "rfc");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(forwardable, "forwardable");
    Objects.requireNonNull(globallyReachable, "globallyReachable");
    Objects.requireNonNull(reservedByProtocol, "reservedByProtocol");
  }
}
