package io.github.netcodec.address;

/**
 * A column value of the IANA special-purpose address registries (RFC 8190 §2.2): true, false,
 * or "N/A" where the registry gives none (a deprecated block, or reachability that depends on
 * the IPv4 address embedded in a Teredo or 6to4 address).
 */
public enum RegistryFlag {
  /** The registry says True. */
  TRUE,
  /** The registry says False. */
  FALSE,
  /** The registry says N/A. */
  NOT_APPLICABLE;

  static RegistryFlag of(char c) {
    return switch (c) {
      case 'T' -> TRUE;
      case 'F' -> FALSE;
      case '-' -> NOT_APPLICABLE;
      default -> throw new AssertionError(c);
    };
  }
}
