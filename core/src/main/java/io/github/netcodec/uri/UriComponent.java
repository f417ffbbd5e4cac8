package io.github.netcodec.uri;

/**
 * The components of a URI reference (RFC 3986 §3), used to say where a syntax error is and
 * which characters a component may hold unencoded.
 */
public enum UriComponent {
  /** The scheme (§3.1), such as {@code https}. */
  SCHEME("scheme"),
  /** The user information of the authority (§3.2.1), such as {@code cr4bd}. */
  USER_INFO("userinfo"),
  /** The host of the authority (§3.2.2): a registered name, IPv4 address or IP literal. */
  HOST("host"),
  /** The port of the authority (§3.2.3), decimal digits. */
  PORT("port"),
  /** The path (§3.3). */
  PATH("path"),
  /** The query (§3.4), without its leading {@code '?'}. */
  QUERY("query"),
  /** The fragment (§3.5), without its leading {@code '#'}. */
  FRAGMENT("fragment");

  private final String label;

  UriComponent(String label) {
    this.label = label;
  }

  /**
   * Returns the component's name as RFC 3986 spells it, for messages.
   *
   * @return the name, e.g. {@code "userinfo"}
   */
  @Override
  public String toString() {
    return label;
  }
}
