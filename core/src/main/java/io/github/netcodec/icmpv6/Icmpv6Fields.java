package io.github.netcodec.icmpv6;

/**
 * Byte offsets of ICMPv6 (RFC 4443 §2.1) and Neighbor Discovery (RFC 4861 §4) messages, in one
 * place. Offsets below {@code BODY} are from the start of the message;
 * the Neighbor Discovery ones are from the start of the message too.
 */
final class Icmpv6Fields {
  /** Type. */
  static final int TYPE = 0;
  /** Code. */
  static final int CODE = 1;
  /** Checksum. */
  static final int CHECKSUM = 2;
  /** Message body: everything after the checksum. */
  static final int BODY = 4;
  /** Type, code and checksum. */
  static final int HEADER_LENGTH = 4;

  /** Echo: identifier and sequence number, 4 bytes; errors: MTU, pointer or unused, 4 bytes. */
  static final int ERROR_FIELD_LENGTH = 4;
  /** RS, NS, NA, redirect: the 4 bytes of reserved or flags before the target. */
  static final int ND_TARGET = 8;
  /** Redirect: the destination address after the target. */
  static final int ND_REDIRECT_DESTINATION = 24;
  /** RS: options start. */
  static final int RS_OPTIONS = 8;
  /** RA: options start, after hop limit, flags, lifetime, reachable time and retrans timer. */
  static final int RA_OPTIONS = 16;
  /** NS and NA: options start, after the target. */
  static final int NS_NA_OPTIONS = 24;
  /** Redirect: options start, after the target and the destination. */
  static final int REDIRECT_OPTIONS = 40;

  private Icmpv6Fields() {}
}
