package io.github.netcodec.icmpv6;

import io.github.netcodec.internal.CodeTable;
import java.util.Objects;

/**
 * An ICMPv6 code (RFC 4443 §2.1) in the context of its type, with the names of the IANA ICMPv6
 * "Code" Fields registry (ICMPv6 Parameters) and, for RPL Control Messages, of the "RPL
 * Control Codes" registry (RFC 6550 §20.2).
 *
 * <p>Codes are defined per type, so a code is the pair (type, code): code 4 is "port
 * unreachable" under Destination Unreachable and something else, or nothing, under another
 * type. The names are the per-type code tables of the registries above. Any pair
 * round-trips; {@link #isNamed()} says whether the registry names it.
 *
 * <pre>{@code
 * Icmpv6Code.of(Icmpv6Type.DESTINATION_UNREACHABLE, 4)   // port unreachable (4), the constant
 * Icmpv6Code.of(Icmpv6Type.ECHO_REQUEST, 9)             // 9, unnamed, kept as is
 * }</pre>
 *
 * @param type the message type the code belongs to
 * @param value the code, 0..255
 */
public record Icmpv6Code(Icmpv6Type type, int value) implements Comparable<Icmpv6Code> {
  /** The named codes, by type and then code; a row is as long as its largest named code + 1. */
  private static final CodeTable<Icmpv6Code> TABLE = new CodeTable<>();

  /** Type 1 code 0: no route to destination (RFC 4443). */
  public static final Icmpv6Code NO_ROUTE =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 0, "no route to destination");
  /** Type 1 code 1: communication with destination administratively prohibited (RFC 4443). */
  public static final Icmpv6Code ADMINISTRATIVELY_PROHIBITED =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 1,
          "communication with destination administratively prohibited");
  /** Type 1 code 2: beyond scope of source address (RFC 4443). */
  public static final Icmpv6Code BEYOND_SCOPE =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 2, "beyond scope of source address");
  /** Type 1 code 3: address unreachable (RFC 4443). */
  public static final Icmpv6Code ADDRESS_UNREACHABLE =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 3, "address unreachable");
  /** Type 1 code 4: port unreachable (RFC 4443). */
  public static final Icmpv6Code PORT_UNREACHABLE =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 4, "port unreachable");
  /** Type 1 code 5: source address failed ingress/egress policy (RFC 4443). */
  public static final Icmpv6Code SOURCE_ADDRESS_FAILED_POLICY =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 5,
          "source address failed ingress/egress policy");
  /** Type 1 code 6: reject route to destination (RFC 4443). */
  public static final Icmpv6Code REJECT_ROUTE =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 6, "reject route to destination");
  /** Type 1 code 7: Error in Source Routing Header (RFC 6554). */
  public static final Icmpv6Code SOURCE_ROUTING_HEADER_ERROR =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 7, "Error in Source Routing Header");
  /** Type 1 code 8: Headers too long (RFC 8883). */
  public static final Icmpv6Code HEADERS_TOO_LONG =
      register(Icmpv6Type.DESTINATION_UNREACHABLE, 8, "Headers too long");
  /** Type 3 code 0: hop limit exceeded in transit (RFC 4443). */
  public static final Icmpv6Code HOP_LIMIT_EXCEEDED =
      register(Icmpv6Type.TIME_EXCEEDED, 0, "hop limit exceeded in transit");
  /** Type 3 code 1: fragment reassembly time exceeded (RFC 4443). */
  public static final Icmpv6Code REASSEMBLY_TIME_EXCEEDED =
      register(Icmpv6Type.TIME_EXCEEDED, 1, "fragment reassembly time exceeded");
  /** Type 4 code 0: erroneous header field encountered (RFC 4443). */
  public static final Icmpv6Code ERRONEOUS_HEADER_FIELD =
      register(Icmpv6Type.PARAMETER_PROBLEM, 0, "erroneous header field encountered");
  /** Type 4 code 1: unrecognized Next Header type encountered (RFC 4443). */
  public static final Icmpv6Code UNRECOGNIZED_NEXT_HEADER =
      register(Icmpv6Type.PARAMETER_PROBLEM, 1, "unrecognized Next Header type encountered");
  /** Type 4 code 2: unrecognized IPv6 option encountered (RFC 4443). */
  public static final Icmpv6Code UNRECOGNIZED_OPTION =
      register(Icmpv6Type.PARAMETER_PROBLEM, 2, "unrecognized IPv6 option encountered");
  /** Type 4 code 3: IPv6 First Fragment has incomplete IPv6 Header Chain (RFC 7112). */
  public static final Icmpv6Code INCOMPLETE_HEADER_CHAIN =
      register(Icmpv6Type.PARAMETER_PROBLEM, 3,
          "IPv6 First Fragment has incomplete IPv6 Header Chain");
  /** Type 4 code 4: SR Upper-layer Header Error (RFC 8754). */
  public static final Icmpv6Code SR_UPPER_LAYER_HEADER_ERROR =
      register(Icmpv6Type.PARAMETER_PROBLEM, 4, "SR Upper-layer Header Error");
  /** Type 4 code 5: Unrecognized Next Header type encountered by intermediate node (RFC 8883). */
  public static final Icmpv6Code UNRECOGNIZED_NEXT_HEADER_INTERMEDIATE =
      register(Icmpv6Type.PARAMETER_PROBLEM, 5,
          "Unrecognized Next Header type encountered by intermediate node");
  /** Type 4 code 6: Extension header too big (RFC 8883). */
  public static final Icmpv6Code EXTENSION_HEADER_TOO_BIG =
      register(Icmpv6Type.PARAMETER_PROBLEM, 6, "Extension header too big");
  /** Type 4 code 7: Extension header chain too long (RFC 8883). */
  public static final Icmpv6Code EXTENSION_HEADER_CHAIN_TOO_LONG =
      register(Icmpv6Type.PARAMETER_PROBLEM, 7, "Extension header chain too long");
  /** Type 4 code 8: Too many extension headers (RFC 8883). */
  public static final Icmpv6Code TOO_MANY_EXTENSION_HEADERS =
      register(Icmpv6Type.PARAMETER_PROBLEM, 8, "Too many extension headers");
  /** Type 4 code 9: Too many options in extension header (RFC 8883). */
  public static final Icmpv6Code TOO_MANY_OPTIONS =
      register(Icmpv6Type.PARAMETER_PROBLEM, 9, "Too many options in extension header");
  /** Type 4 code 10: Option too big (RFC 8883). */
  public static final Icmpv6Code OPTION_TOO_BIG =
      register(Icmpv6Type.PARAMETER_PROBLEM, 10, "Option too big");
  /** Type 138 code 0: Router Renumbering Command (RFC 2894). */
  public static final Icmpv6Code ROUTER_RENUMBERING_COMMAND =
      register(Icmpv6Type.ROUTER_RENUMBERING, 0, "Router Renumbering Command");
  /** Type 138 code 1: Router Renumbering Result (RFC 2894). */
  public static final Icmpv6Code ROUTER_RENUMBERING_RESULT =
      register(Icmpv6Type.ROUTER_RENUMBERING, 1, "Router Renumbering Result");
  /** Type 138 code 255: Sequence Number Reset (RFC 2894). */
  public static final Icmpv6Code SEQUENCE_NUMBER_RESET =
      register(Icmpv6Type.ROUTER_RENUMBERING, 255, "Sequence Number Reset");
  /** Type 155 code 0: DODAG Information Solicitation (RFC 6550). */
  public static final Icmpv6Code RPL_DIS =
      register(Icmpv6Type.RPL_CONTROL, 0, "DODAG Information Solicitation");
  /** Type 155 code 1: DODAG Information Object (RFC 6550). */
  public static final Icmpv6Code RPL_DIO =
      register(Icmpv6Type.RPL_CONTROL, 1, "DODAG Information Object");
  /** Type 155 code 2: Destination Advertisement Object (RFC 6550). */
  public static final Icmpv6Code RPL_DAO =
      register(Icmpv6Type.RPL_CONTROL, 2, "Destination Advertisement Object");
  /** Type 155 code 3: Destination Advertisement Object Acknowledgment (RFC 6550). */
  public static final Icmpv6Code RPL_DAO_ACK =
      register(Icmpv6Type.RPL_CONTROL, 3, "Destination Advertisement Object Acknowledgment");
  /** Type 155 code 4: Destination Cleanup Object (RFC 9009). */
  public static final Icmpv6Code RPL_DCO =
      register(Icmpv6Type.RPL_CONTROL, 4, "Destination Cleanup Object");
  /** Type 155 code 5: Destination Cleanup Object Acknowledgment (RFC 9009). */
  public static final Icmpv6Code RPL_DCO_ACK =
      register(Icmpv6Type.RPL_CONTROL, 5, "Destination Cleanup Object Acknowledgment");
  /** Type 155 code 128: Secure DODAG Information Solicitation (RFC 6550). */
  public static final Icmpv6Code RPL_SECURE_DIS =
      register(Icmpv6Type.RPL_CONTROL, 128, "Secure DODAG Information Solicitation");
  /** Type 155 code 129: Secure DODAG Information Object (RFC 6550). */
  public static final Icmpv6Code RPL_SECURE_DIO =
      register(Icmpv6Type.RPL_CONTROL, 129, "Secure DODAG Information Object");
  /** Type 155 code 130: Secure Destination Advertisement Object (RFC 6550). */
  public static final Icmpv6Code RPL_SECURE_DAO =
      register(Icmpv6Type.RPL_CONTROL, 130, "Secure Destination Advertisement Object");
  /** Type 155 code 131: Secure Destination Advertisement Object Acknowledgment (RFC 6550). */
  public static final Icmpv6Code RPL_SECURE_DAO_ACK =
      register(Icmpv6Type.RPL_CONTROL, 131,
          "Secure Destination Advertisement Object Acknowledgment");
  /** Type 155 code 138: Consistency Check (RFC 6550). */
  public static final Icmpv6Code RPL_CONSISTENCY_CHECK =
      register(Icmpv6Type.RPL_CONTROL, 138, "Consistency Check");
  /** Type 161 code 0: No Error (RFC 8335). */
  public static final Icmpv6Code EXTENDED_ECHO_NO_ERROR =
      register(Icmpv6Type.EXTENDED_ECHO_REPLY, 0, "No Error");
  /** Type 161 code 1: Malformed Query (RFC 8335). */
  public static final Icmpv6Code EXTENDED_ECHO_MALFORMED_QUERY =
      register(Icmpv6Type.EXTENDED_ECHO_REPLY, 1, "Malformed Query");
  /** Type 161 code 2: No Such Interface (RFC 8335). */
  public static final Icmpv6Code EXTENDED_ECHO_NO_SUCH_INTERFACE =
      register(Icmpv6Type.EXTENDED_ECHO_REPLY, 2, "No Such Interface");
  /** Type 161 code 3: No Such Table Entry (RFC 8335). */
  public static final Icmpv6Code EXTENDED_ECHO_NO_SUCH_TABLE_ENTRY =
      register(Icmpv6Type.EXTENDED_ECHO_REPLY, 3, "No Such Table Entry");
  /** Type 161 code 4: Multiple Interfaces Satisfy Query (RFC 8335). */
  public static final Icmpv6Code EXTENDED_ECHO_MULTIPLE_INTERFACES =
      register(Icmpv6Type.EXTENDED_ECHO_REPLY, 4, "Multiple Interfaces Satisfy Query");

  static {
    register(Icmpv6Type.NODE_INFORMATION_QUERY, 0,
        "The Data field contains an IPv6 address which is the Subject of this Query.");
    register(Icmpv6Type.NODE_INFORMATION_QUERY, 1,
        "The Data field contains a name which is the Subject of this Query, or is empty, as in "
            + "the case of a NOOP.");
    register(Icmpv6Type.NODE_INFORMATION_QUERY, 2,
        "The Data field contains an IPv4 address which is the Subject of this Query.");
    register(Icmpv6Type.NODE_INFORMATION_RESPONSE, 0,
        "A successful reply. The Reply Data field may or may not be empty.");
    register(Icmpv6Type.NODE_INFORMATION_RESPONSE, 1,
        "The Responder refuses to supply the answer. The Reply Data field will be empty.");
    register(Icmpv6Type.NODE_INFORMATION_RESPONSE, 2,
        "The Qtype of the Query is unknown to the Responder. The Reply Data field will be empty.");
    register(Icmpv6Type.EXTENDED_ECHO_REQUEST, 0, "No Error");
  }

  private static Icmpv6Code register(Icmpv6Type type, int value, String name) {
    return TABLE.register(type.value(), value, new Icmpv6Code(type, value), name);
  }

  /**
   * Checks the fields.
   *
   * @param type the message type
   * @param value the code, 0..255
   * @throws IllegalArgumentException if {@code value} is outside 0..255
   * @throws NullPointerException if {@code type} is null
   */
  public Icmpv6Code {
    Objects.requireNonNull(type, "type");
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("ICMPv6 code " + value + " is not in 0..255");
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
  public static Icmpv6Code of(Icmpv6Type type, int value) {
    Icmpv6Code named = TABLE.constant(type.value(), value);
    return named != null ? named : new Icmpv6Code(type, value);
  }

  private String knownName() {
    return TABLE.name(type.value(), value);
  }

  /**
   * Returns the name in the registry's code table for the type, such as {@code "port
   * unreachable"}.
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
  public int compareTo(Icmpv6Code other) {
    int c = type.compareTo(other.type);
    return c != 0 ? c : Integer.compare(value, other.value);
  }

  /**
   * Returns the name and number, e.g. {@code "port unreachable (4)"}, or the number alone when
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
