package io.github.netcodec.address;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * An IP address and a port: one end of a TCP connection or UDP flow, written {@code
 * 128.143.67.91:22} or {@code [2001:db8::1]:443} (RFC 3986 §3.2.2, RFC 5952 §6).
 *
 * @param address the IP address
 * @param port the port number, 0 to 65535
 */
public record Endpoint(IpAddress address, int port) {

  /**
   * Validates the components.
   *
   * @param address the IP address
   * @param port the port number
   * @throws IllegalArgumentException if the port is outside 0..65535
   * @throws NullPointerException if the address is null
   */
  public Endpoint {
    Objects.requireNonNull(address, "address");
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException("port " + port + " is outside 0..65535");
    }
  }

  /**
   * Returns the endpoint of an address and port.
   *
   * @param address the IP address
   * @param port the port number, 0 to 65535
   * @return the endpoint
   * @throws IllegalArgumentException if the port is out of range
   */
  public static Endpoint of(IpAddress address, int port) {
    return new Endpoint(address, port);
  }

  /**
   * Returns the endpoint of an address and port.
   *
   * @param address the IP address
   * @param port the port
   * @return the endpoint
   */
  public static Endpoint of(IpAddress address, Port port) {
    return new Endpoint(address, port.value());
  }

  /**
   * Converts a resolved {@link InetSocketAddress}.
   *
   * @param socketAddress the socket address
   * @return the endpoint
   * @throws IllegalArgumentException if the socket address is unresolved
   */
  public static Endpoint of(InetSocketAddress socketAddress) {
    if (socketAddress.isUnresolved()) {
      throw new IllegalArgumentException(socketAddress + " is unresolved");
    }
    return new Endpoint(IpAddress.of(socketAddress.getAddress()), socketAddress.getPort());
  }

  /**
   * Parses {@code a.b.c.d:port} or {@code [ipv6]:port}.
   *
   * @param text the text, such as {@code 1.2.3.4:80} or {@code [2001:db8::1]:443}
   * @return the endpoint
   * @throws IllegalArgumentException if the text is not an endpoint; the message says why
   */
  public static Endpoint parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(text, true);
  }

  /**
   * Parses like {@link #parse(CharSequence)} but returns an empty {@code Optional} instead of
   * throwing.
   *
   * @param text the text
   * @return the endpoint, or empty
   */
  public static Optional<Endpoint> tryParse(CharSequence text) {
    return Optional.ofNullable(parse(Objects.requireNonNull(text, "text"), false));
  }

  private static Endpoint parse(CharSequence s, boolean raise) {
    int n = s.length();
    IpAddress address;
    int portStart;
    if (n > 0 && s.charAt(0) == '[') {
      int close = -1;
      for (int i = 1; i < n; i++) {
        if (s.charAt(i) == ']') {
          close = i;
          break;
        }
      }
      if (close < 0) {
        return fail(raise, s, "has '[' without ']'");
      }
      address = Ipv6Address.parse(s, 1, close, raise);
      if (address == null) {
        return null;
      }
      if (close + 1 >= n || s.charAt(close + 1) != ':') {
        return fail(raise, s, "needs ':' and a port after ']'");
      }
      portStart = close + 2;
    } else {
      int colon = -1;
      for (int i = 0; i < n; i++) {
        if (s.charAt(i) == ':') {
          if (colon >= 0) {
            return fail(raise, s,
                "has more than one ':'; write an IPv6 endpoint as [address]:port");
          }
          colon = i;
        }
      }
      if (colon < 0) {
        return fail(raise, s, "has no ':' and port");
      }
      long v = Ipv4Address.parse(s, 0, colon, raise, -1);
      if (v < 0) {
        return null;
      }
      address = Ipv4Address.of((int) v);
      portStart = colon + 1;
    }
    int port = Port.parse(s, portStart, n);
    if (port < 0) {
      return fail(raise, s, "has port " + Text.quote(s, portStart, n)
          + " where a decimal number 0..65535 without sign or leading zeros was expected");
    }
    return new Endpoint(address, port);
  }

  private static Endpoint fail(boolean raise, CharSequence s, String reason) {
    if (!raise) {
      return null;
    }
    throw new IllegalArgumentException("invalid endpoint " + Text.quote(s) + ": " + reason);
  }

  /**
   * Returns the port with its range and service name.
   *
   * @return the port
   */
  public Port portInfo() {
    return new Port(port);
  }

  /**
   * Converts to a resolved {@link InetSocketAddress}, without any name lookup.
   *
   * @return the socket address
   */
  public InetSocketAddress toInetSocketAddress() {
    return new InetSocketAddress(address.toInetAddress(), port);
  }

  /**
   * Returns {@code a.b.c.d:port} or {@code [ipv6]:port}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return address instanceof Ipv6Address ? "[" + address + "]:" + port : address + ":" + port;
  }
}
