package io.github.netcodec.address;

/** The three ranges of the IANA port number space (RFC 6335 §6). */
public enum PortRange {
  /** 0–1023: system (well-known) ports, assigned by IETF review. */
  SYSTEM,
  /** 1024–49151: user (registered) ports, assigned by IANA. */
  USER,
  /** 49152–65535: dynamic (private, ephemeral) ports, never assigned. */
  DYNAMIC
}
