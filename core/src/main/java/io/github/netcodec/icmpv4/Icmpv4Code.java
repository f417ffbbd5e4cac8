package io.github.netcodec.icmpv4;

import io.github.netcodec.internal.CodeTable;
import java.util.Objects;

/**
 * An ICMP code for IPv4 (RFC 792) in the context of its type, with the names of the IANA "ICMP
 * Type Numbers" registry's code tables (Internet Control Message Protocol (ICMP) Parameters).
 *
 * <p>Codes are defined per type, so a code is the pair (type, code): code 3 is "Port
 * Unreachable" under Destination Unreachable and something else, or nothing, under another
 * type. The names are the IANA "ICMP Type Numbers" registry's per-type code tables. Any pair
 * round-trips; {@link #isNamed()} says whether the registry names it.
 *
 * <pre>{@code
 * Icmpv4Code.of(Icmpv4Type.DESTINATION_UNREACHABLE, 3)   // Port Unreachable (3), the constant
 * Icmpv4Code.of(Icmpv4Type.TIME_EXCEEDED, 9)             // 9, unnamed, kept as is
 * }</pre>
 *
 * @param type the message type the code belongs to
 * @param value the code, 0..255
 */
public record Icmpv4Code(Icmpv4Type type, int value) implements Comparable<Icmpv4Code> {
  /** The named codes, by type and then code; a row is as long as its largest named code + 1. */
  private static final CodeTable<Icmpv4Code> TABLE = new CodeTable<>();

  /** Type 3 code 0: Net Unreachable (RFC 792). */
  public static final Icmpv4Code NET_UNREACHABLE =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 0, "Net Unreachable");
  /** Type 3 code 1: Host Unreachable (RFC 792). */
  public static final Icmpv4Code HOST_UNREACHABLE =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 1, "Host Unreachable");
  /** Type 3 code 2: Protocol Unreachable (RFC 792). */
  public static final Icmpv4Code PROTOCOL_UNREACHABLE =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 2, "Protocol Unreachable");
  /** Type 3 code 3: Port Unreachable (RFC 792). */
  public static final Icmpv4Code PORT_UNREACHABLE =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 3, "Port Unreachable");
  /**
   * Type 3 code 4: Fragmentation Needed and Don't Fragment was Set (RFC 792; next-hop MTU, RFC
   * 1191).
   */
  public static final Icmpv4Code FRAGMENTATION_NEEDED =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 4,
          "Fragmentation Needed and Don't Fragment was Set");
  /** Type 3 code 5: Source Route Failed (RFC 792). */
  public static final Icmpv4Code SOURCE_ROUTE_FAILED =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 5, "Source Route Failed");
  /** Type 3 code 6: Destination Network Unknown (RFC 1122). */
  public static final Icmpv4Code DESTINATION_NETWORK_UNKNOWN =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 6, "Destination Network Unknown");
  /** Type 3 code 7: Destination Host Unknown (RFC 1122). */
  public static final Icmpv4Code DESTINATION_HOST_UNKNOWN =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 7, "Destination Host Unknown");
  /** Type 3 code 8: Source Host Isolated (RFC 1122). */
  public static final Icmpv4Code SOURCE_HOST_ISOLATED =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 8, "Source Host Isolated");
  /**
   * Type 3 code 9: Communication with Destination Network is Administratively Prohibited (RFC
   * 1122).
   */
  public static final Icmpv4Code NETWORK_ADMINISTRATIVELY_PROHIBITED =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 9,
          "Communication with Destination Network is Administratively Prohibited");
  /**
   * Type 3 code 10: Communication with Destination Host is Administratively Prohibited (RFC 1122).
   */
  public static final Icmpv4Code HOST_ADMINISTRATIVELY_PROHIBITED =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 10,
          "Communication with Destination Host is Administratively Prohibited");
  /** Type 3 code 11: Destination Network Unreachable for Type of Service (RFC 1122). */
  public static final Icmpv4Code NETWORK_UNREACHABLE_FOR_TOS =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 11,
          "Destination Network Unreachable for Type of Service");
  /** Type 3 code 12: Destination Host Unreachable for Type of Service (RFC 1122). */
  public static final Icmpv4Code HOST_UNREACHABLE_FOR_TOS =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 12,
          "Destination Host Unreachable for Type of Service");
  /** Type 3 code 13: Communication Administratively Prohibited (RFC 1812). */
  public static final Icmpv4Code ADMINISTRATIVELY_PROHIBITED =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 13, "Communication Administratively Prohibited");
  /** Type 3 code 14: Host Precedence Violation (RFC 1812). */
  public static final Icmpv4Code HOST_PRECEDENCE_VIOLATION =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 14, "Host Precedence Violation");
  /** Type 3 code 15: Precedence cutoff in effect (RFC 1812). */
  public static final Icmpv4Code PRECEDENCE_CUTOFF =
      register(Icmpv4Type.DESTINATION_UNREACHABLE, 15, "Precedence cutoff in effect");
  /** Type 5 code 0: Redirect Datagram for the Network (or subnet) (RFC 792). */
  public static final Icmpv4Code REDIRECT_NETWORK =
      register(Icmpv4Type.REDIRECT, 0, "Redirect Datagram for the Network (or subnet)");
  /** Type 5 code 1: Redirect Datagram for the Host (RFC 792). */
  public static final Icmpv4Code REDIRECT_HOST =
      register(Icmpv4Type.REDIRECT, 1, "Redirect Datagram for the Host");
  /** Type 5 code 2: Redirect Datagram for the Type of Service and Network (RFC 792). */
  public static final Icmpv4Code REDIRECT_TOS_NETWORK =
      register(Icmpv4Type.REDIRECT, 2, "Redirect Datagram for the Type of Service and Network");
  /** Type 5 code 3: Redirect Datagram for the Type of Service and Host (RFC 792). */
  public static final Icmpv4Code REDIRECT_TOS_HOST =
      register(Icmpv4Type.REDIRECT, 3, "Redirect Datagram for the Type of Service and Host");
  /** Type 9 code 0: Normal router advertisement (RFC 3344). */
  public static final Icmpv4Code NORMAL_ROUTER_ADVERTISEMENT =
      register(Icmpv4Type.ROUTER_ADVERTISEMENT, 0, "Normal router advertisement");
  /** Type 9 code 16: Does not route common traffic (RFC 3344). */
  public static final Icmpv4Code DOES_NOT_ROUTE_COMMON_TRAFFIC =
      register(Icmpv4Type.ROUTER_ADVERTISEMENT, 16, "Does not route common traffic");
  /** Type 11 code 0: Time to Live exceeded in Transit (RFC 792). */
  public static final Icmpv4Code TTL_EXCEEDED =
      register(Icmpv4Type.TIME_EXCEEDED, 0, "Time to Live exceeded in Transit");
  /** Type 11 code 1: Fragment Reassembly Time Exceeded (RFC 792). */
  public static final Icmpv4Code REASSEMBLY_TIME_EXCEEDED =
      register(Icmpv4Type.TIME_EXCEEDED, 1, "Fragment Reassembly Time Exceeded");
  /** Type 12 code 0: Pointer indicates the error (RFC 792). */
  public static final Icmpv4Code POINTER_INDICATES_ERROR =
      register(Icmpv4Type.PARAMETER_PROBLEM, 0, "Pointer indicates the error");
  /** Type 12 code 1: Missing a Required Option (RFC 1108). */
  public static final Icmpv4Code MISSING_REQUIRED_OPTION =
      register(Icmpv4Type.PARAMETER_PROBLEM, 1, "Missing a Required Option");
  /** Type 12 code 2: Bad Length (RFC 792). */
  public static final Icmpv4Code BAD_LENGTH =
      register(Icmpv4Type.PARAMETER_PROBLEM, 2, "Bad Length");
  /** Type 40 code 0: Bad SPI (RFC 2521). */
  public static final Icmpv4Code PHOTURIS_BAD_SPI = register(Icmpv4Type.PHOTURIS, 0, "Bad SPI");
  /** Type 40 code 1: Authentication Failed (RFC 2521). */
  public static final Icmpv4Code PHOTURIS_AUTHENTICATION_FAILED =
      register(Icmpv4Type.PHOTURIS, 1, "Authentication Failed");
  /** Type 40 code 2: Decompression Failed (RFC 2521). */
  public static final Icmpv4Code PHOTURIS_DECOMPRESSION_FAILED =
      register(Icmpv4Type.PHOTURIS, 2, "Decompression Failed");
  /** Type 40 code 3: Decryption Failed (RFC 2521). */
  public static final Icmpv4Code PHOTURIS_DECRYPTION_FAILED =
      register(Icmpv4Type.PHOTURIS, 3, "Decryption Failed");
  /** Type 40 code 4: Need Authentication (RFC 2521). */
  public static final Icmpv4Code PHOTURIS_NEED_AUTHENTICATION =
      register(Icmpv4Type.PHOTURIS, 4, "Need Authentication");
  /** Type 40 code 5: Need Authorization (RFC 2521). */
  public static final Icmpv4Code PHOTURIS_NEED_AUTHORIZATION =
      register(Icmpv4Type.PHOTURIS, 5, "Need Authorization");
  /** Type 43 code 0: No Error (RFC 8335). */
  public static final Icmpv4Code EXTENDED_ECHO_NO_ERROR =
      register(Icmpv4Type.EXTENDED_ECHO_REPLY, 0, "No Error");
  /** Type 43 code 1: Malformed Query (RFC 8335). */
  public static final Icmpv4Code EXTENDED_ECHO_MALFORMED_QUERY =
      register(Icmpv4Type.EXTENDED_ECHO_REPLY, 1, "Malformed Query");
  /** Type 43 code 2: No Such Interface (RFC 8335). */
  public static final Icmpv4Code EXTENDED_ECHO_NO_SUCH_INTERFACE =
      register(Icmpv4Type.EXTENDED_ECHO_REPLY, 2, "No Such Interface");
  /** Type 43 code 3: No Such Table Entry (RFC 8335). */
  public static final Icmpv4Code EXTENDED_ECHO_NO_SUCH_TABLE_ENTRY =
      register(Icmpv4Type.EXTENDED_ECHO_REPLY, 3, "No Such Table Entry");
  /** Type 43 code 4: Multiple Interfaces Satisfy Query (RFC 8335). */
  public static final Icmpv4Code EXTENDED_ECHO_MULTIPLE_INTERFACES =
      register(Icmpv4Type.EXTENDED_ECHO_REPLY, 4, "Multiple Interfaces Satisfy Query");

  static {
    register(Icmpv4Type.ECHO_REPLY, 0, "No Code");
    register(Icmpv4Type.SOURCE_QUENCH, 0, "No Code");
    register(Icmpv4Type.ALTERNATE_HOST_ADDRESS, 0, "Alternate Address for Host");
    register(Icmpv4Type.ECHO_REQUEST, 0, "No Code");
    register(Icmpv4Type.ROUTER_SOLICITATION, 0, "No Code");
    register(Icmpv4Type.TIMESTAMP, 0, "No Code");
    register(Icmpv4Type.TIMESTAMP_REPLY, 0, "No Code");
    register(Icmpv4Type.INFORMATION_REQUEST, 0, "No Code");
    register(Icmpv4Type.INFORMATION_REPLY, 0, "No Code");
    register(Icmpv4Type.ADDRESS_MASK_REQUEST, 0, "No Code");
    register(Icmpv4Type.ADDRESS_MASK_REPLY, 0, "No Code");
    register(Icmpv4Type.EXTENDED_ECHO_REQUEST, 0, "No Error");
  }

  private static Icmpv4Code register(Icmpv4Type type, int value, String name) {
    return TABLE.register(type.value(), value, new Icmpv4Code(type, value), name);
  }

  /**
   * Checks the fields.
   *
   * @param type the message type
   * @param value the code, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   * @throws NullPointerException if {@code type} is null
   */
  public Icmpv4Code {
    Objects.requireNonNull(type, "type");
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("ICMPv4 code " + value + " is not in 0..255");
    }
  }

  /**
   * Returns the code {@code value} of messages of type {@code type}: the shared constant for a
   * named pair, a new value otherwise.
   *
   * @param type the message type
   * @param value the code, 0..255
   * @return the code
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   * @throws NullPointerException if {@code type} is null
   */
  public static Icmpv4Code of(Icmpv4Type type, int value) {
    Icmpv4Code named = TABLE.constant(type.value(), value);
    return named != null ? named : new Icmpv4Code(type, value);
  }

  private String knownName() {
    return TABLE.name(type.value(), value);
  }

  /**
   * Returns the name in the registry's code table for the type, such as {@code "Port
   * Unreachable"}.
   *
   * @return the name, or the decimal number for a code the table does not name
   */
  public String name() {
    String name = knownName();
    return name != null ? name : Integer.toString(value);
  }

  /**
   * Returns whether the registry names this code for this type.
   *
   * @return {@code true} for a named (type, code) pair
   */
  public boolean isNamed() {
    return knownName() != null;
  }

  /**
   * Orders by type, then by code.
   *
   * @param other the code to compare with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Icmpv4Code other) {
    int c = type.compareTo(other.type);
    return c != 0 ? c : Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "Port Unreachable (3)"}, or the number alone when
   * unnamed.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    String name = knownName();
    return name != null ? name + " (" + value + ")" : Integer.toString(value);
  }
}
