package io.github.netcodec.examples;

import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.dhcp.DhcpMessage;
import io.github.netcodec.dhcp.DhcpMessageType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one-line story of a DHCP message that {@link DhcpClientExample} and {@link
 * DhcpServerExample} print for every message they send or receive:
 *
 * <pre>
 * send DHCPDISCOVER xid=0x5c1f03aa to 255.255.255.255:67 chaddr=02:00:5e:10:00:01 broadcast
 * recv DHCPOFFER    xid=0x5c1f03aa from 10.213.0.1:67 chaddr=02:00:5e:10:00:01 broadcast
 *      yiaddr=10.213.0.76 server=10.213.0.1 lease=120s T1=5s T2=8s mask=255.255.255.0 ...
 * </pre>
 *
 * (the second line is one line on the terminal).
 */
final class DhcpLines {
  private DhcpLines() {}

  /**
   * Returns one line: direction, message type, xid, peer, then the fields that are set.
   *
   * @param verb "send" or "recv"
   * @param preposition "to" or "from"
   * @param peer the peer's address and port, as text
   * @param m the message
   * @return the line
   */
  static String line(String verb, String preposition, String peer, DhcpMessage m) {
    StringBuilder sb = new StringBuilder(verb).append(' ');
    String type = m.messageType().map(DhcpMessageType::name).orElse(
        m.magicCookie() ? "DHCP(no type)" : "BOOTP");
    sb.append(String.format("%-12s xid=0x%08x %s %s", type, m.xid(), preposition, peer));
    sb.append(" chaddr=").append(m.clientMac().map(Object::toString)
        .orElse(m.clientHardwareAddress().hex()));
    if (m.isBroadcast()) {
      sb.append(" broadcast");
    }
    if (m.secs() != 0) {
      sb.append(" secs=").append(m.secs());
    }
    address(sb, "ciaddr", m.ciaddr());
    address(sb, "yiaddr", m.yiaddr());
    address(sb, "giaddr", m.giaddr());
    m.requestedAddress().ifPresent(a -> sb.append(" requested=").append(a));
    m.serverIdentifier().ifPresent(a -> sb.append(" server=").append(a));
    m.leaseTime().ifPresent(s -> sb.append(" lease=").append(s).append('s'));
    m.renewalTime().ifPresent(s -> sb.append(" T1=").append(s).append('s'));
    m.rebindingTime().ifPresent(s -> sb.append(" T2=").append(s).append('s'));
    m.subnetMask().ifPresent(a -> sb.append(" mask=").append(a));
    m.routers().ifPresent(r -> sb.append(" router=").append(join(r)));
    m.dnsServers().ifPresent(r -> sb.append(" dns=").append(join(r)));
    m.message().ifPresent(t -> sb.append(" message=\"").append(t).append('"'));
    return sb.toString();
  }

  static String join(List<Ipv4Address> addresses) {
    return addresses.stream().map(Ipv4Address::toString).collect(Collectors.joining(","));
  }

  private static void address(StringBuilder sb, String name, Ipv4Address a) {
    if (!a.isUnspecified()) {
      sb.append(' ').append(name).append('=').append(a);
    }
  }
}
