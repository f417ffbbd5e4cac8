package io.github.netcodec.dhcp;

import io.github.netcodec.ByteString;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv4Prefix;
import io.github.netcodec.dhcp.DhcpOption.ClasslessStaticRoutes.StaticRoute;
import io.github.netcodec.dhcp.DhcpOption.RelayAgentInformation.SubOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

/**
 * The table from option code to each record's decoder. Decoding never throws: data that does
 * not fit its code's layout becomes {@link DhcpOption.Malformed} with the reason.
 */
final class DhcpOptionCodec {
  private DhcpOptionCodec() {}

  private static final Map<Class<?>, DhcpOptionCode> CODES = Map.ofEntries(
      Map.entry(DhcpOption.SubnetMask.class, DhcpOptionCode.SUBNET_MASK),
      Map.entry(DhcpOption.Routers.class, DhcpOptionCode.ROUTER),
      Map.entry(DhcpOption.DnsServers.class, DhcpOptionCode.DOMAIN_NAME_SERVER),
      Map.entry(DhcpOption.HostName.class, DhcpOptionCode.HOST_NAME),
      Map.entry(DhcpOption.DomainName.class, DhcpOptionCode.DOMAIN_NAME),
      Map.entry(DhcpOption.BroadcastAddress.class, DhcpOptionCode.BROADCAST_ADDRESS),
      Map.entry(DhcpOption.NtpServers.class, DhcpOptionCode.NTP_SERVERS),
      Map.entry(DhcpOption.VendorSpecific.class, DhcpOptionCode.VENDOR_SPECIFIC),
      Map.entry(DhcpOption.RequestedAddress.class, DhcpOptionCode.REQUESTED_IP_ADDRESS),
      Map.entry(DhcpOption.LeaseTime.class, DhcpOptionCode.IP_ADDRESS_LEASE_TIME),
      Map.entry(DhcpOption.Overload.class, DhcpOptionCode.OPTION_OVERLOAD),
      Map.entry(DhcpOption.MessageType.class, DhcpOptionCode.DHCP_MESSAGE_TYPE),
      Map.entry(DhcpOption.ServerIdentifier.class, DhcpOptionCode.SERVER_IDENTIFIER),
      Map.entry(DhcpOption.ParameterRequestList.class, DhcpOptionCode.PARAMETER_REQUEST_LIST),
      Map.entry(DhcpOption.Message.class, DhcpOptionCode.MESSAGE),
      Map.entry(DhcpOption.MaximumMessageSize.class, DhcpOptionCode.MAXIMUM_MESSAGE_SIZE),
      Map.entry(DhcpOption.RenewalTime.class, DhcpOptionCode.RENEWAL_TIME),
      Map.entry(DhcpOption.RebindingTime.class, DhcpOptionCode.REBINDING_TIME),
      Map.entry(DhcpOption.VendorClassIdentifier.class, DhcpOptionCode.VENDOR_CLASS_IDENTIFIER),
      Map.entry(DhcpOption.ClientIdentifier.class, DhcpOptionCode.CLIENT_IDENTIFIER),
      Map.entry(DhcpOption.TftpServerName.class, DhcpOptionCode.TFTP_SERVER_NAME),
      Map.entry(DhcpOption.BootfileName.class, DhcpOptionCode.BOOTFILE_NAME),
      Map.entry(DhcpOption.RapidCommit.class, DhcpOptionCode.RAPID_COMMIT),
      Map.entry(DhcpOption.ClientFqdn.class, DhcpOptionCode.CLIENT_FQDN),
      Map.entry(DhcpOption.RelayAgentInformation.class, DhcpOptionCode.RELAY_AGENT_INFORMATION),
      Map.entry(DhcpOption.DomainSearch.class, DhcpOptionCode.DOMAIN_SEARCH),
      Map.entry(DhcpOption.ClasslessStaticRoutes.class, DhcpOptionCode.CLASSLESS_STATIC_ROUTE));

  /** The code of a typed option record. */
  static DhcpOptionCode codeOf(Class<?> type) {
    DhcpOptionCode code = CODES.get(type);
    if (code == null) {
      throw new IllegalArgumentException(type.getSimpleName()
          + " is not the record of one option code");
    }
    return code;
  }

  /** Why an option's data does not decode; turned into {@link DhcpOption.Malformed}. */
  static final class BadData extends Exception {
    private static final long serialVersionUID = 1L;

    BadData(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Whether a code has a record of its own (Pad and End included). */
  static boolean isModelled(int code) {
    return switch (code) {
      case 0, 255, 1, 3, 6, 12, 15, 28, 42, 43, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
          66, 67, 80, 81, 82, 119, 121 -> true;
      default -> false;
    };
  }

  static DhcpOption decode(int code, ByteString d) {
    return decode(code, d.toByteArray(), 0, d.size());
  }

  /** Decodes the data at {@code a[off..off+n)}; only opaque data is copied out. */
  static DhcpOption decode(int code, byte[] a, int off, int n) {
    try {
      return decodeOrThrow(code, a, off, n);
    } catch (BadData e) {
      return new DhcpOption.Malformed(DhcpOptionCode.of(code), ByteString.copyOf(a, off, n),
          e.getMessage());
    }
  }

  private static DhcpOption decodeOrThrow(int code, byte[] a, int off, int n) throws BadData {
    return switch (code) {
      case 1 -> new DhcpOption.SubnetMask(address(a, off, n));
      case 3 -> new DhcpOption.Routers(addresses(a, off, n));
      case 6 -> new DhcpOption.DnsServers(addresses(a, off, n));
      case 12 -> new DhcpOption.HostName(text(a, off, n));
      case 15 -> new DhcpOption.DomainName(text(a, off, n));
      case 28 -> new DhcpOption.BroadcastAddress(address(a, off, n));
      case 42 -> new DhcpOption.NtpServers(addresses(a, off, n));
      case 43 -> new DhcpOption.VendorSpecific(bytes(a, off, n, 1));
      case 50 -> new DhcpOption.RequestedAddress(address(a, off, n));
      case 51 -> new DhcpOption.LeaseTime(u32(a, off, n));
      case 52 -> {
        exactly(n, 1);
        int v = a[off] & 0xff;
        if (v < 1 || v > 3) {
          throw new BadData("has value " + v + ", not 1, 2 or 3");
        }
        yield new DhcpOption.Overload(v);
      }
      case 53 -> {
        exactly(n, 1);
        yield new DhcpOption.MessageType(DhcpMessageType.of(a[off] & 0xff));
      }
      case 54 -> new DhcpOption.ServerIdentifier(address(a, off, n));
      case 55 -> {
        atLeast(n, 1);
        DhcpOptionCode[] codes = new DhcpOptionCode[n];
        for (int i = 0; i < n; i++) {
          codes[i] = DhcpOptionCode.of(a[off + i] & 0xff);
        }
        yield new DhcpOption.ParameterRequestList(List.of(codes));
      }
      case 56 -> new DhcpOption.Message(text(a, off, n));
      case 57 -> {
        exactly(n, 2);
        yield new DhcpOption.MaximumMessageSize((a[off] & 0xff) << 8 | (a[off + 1] & 0xff));
      }
      case 58 -> new DhcpOption.RenewalTime(u32(a, off, n));
      case 59 -> new DhcpOption.RebindingTime(u32(a, off, n));
      case 60 -> new DhcpOption.VendorClassIdentifier(text(a, off, n));
      case 61 -> new DhcpOption.ClientIdentifier(bytes(a, off, n, 2));
      case 66 -> new DhcpOption.TftpServerName(text(a, off, n));
      case 67 -> new DhcpOption.BootfileName(text(a, off, n));
      case 80 -> {
        exactly(n, 0);
        yield DhcpOption.RapidCommit.INSTANCE;
      }
      case 81 -> fqdn(a, off, n);
      case 82 -> relayAgent(a, off, n);
      case 119 -> new DhcpOption.DomainSearch(DhcpNames.decodeSearchList(
          ByteString.copyOf(a, off, n)));
      case 121 -> routes(a, off, n);
      default -> new DhcpOption.Unknown(DhcpOptionCode.of(code), ByteString.copyOf(a, off, n));
    };
  }

  private static void exactly(int n, int expected) throws BadData {
    if (n != expected) {
      throw new BadData("has " + n + (n == 1 ? " octet" : " octets") + ", not " + expected);
    }
  }

  private static void atLeast(int n, int min) throws BadData {
    if (n < min) {
      throw new BadData("has " + n + (n == 1 ? " octet" : " octets")
          + ", fewer than the minimum " + min);
    }
  }

  private static ByteString bytes(byte[] a, int off, int n, int min) throws BadData {
    atLeast(n, min);
    return ByteString.copyOf(a, off, n);
  }

  static int u32At(ByteString d, int i) {
    return d.getUnsigned(i) << 24 | d.getUnsigned(i + 1) << 16 | d.getUnsigned(i + 2) << 8
        | d.getUnsigned(i + 3);
  }

  private static Ipv4Address address(byte[] a, int off, int n) throws BadData {
    exactly(n, 4);
    return Ipv4Address.of(DhcpOptionArea.u32(a, off));
  }

  private static long u32(byte[] a, int off, int n) throws BadData {
    exactly(n, 4);
    return DhcpOptionArea.u32(a, off) & 0xffff_ffffL;
  }

  private static List<Ipv4Address> addresses(byte[] a, int off, int n) throws BadData {
    if (n == 0 || n % 4 != 0) {
      throw new BadData("has " + n + " octets, not a positive multiple of 4");
    }
    Ipv4Address[] out = new Ipv4Address[n / 4];
    for (int i = 0; i < out.length; i++) {
      out[i] = Ipv4Address.of(DhcpOptionArea.u32(a, off + 4 * i));
    }
    return List.of(out);
  }

  private static String text(byte[] a, int off, int n) throws BadData {
    atLeast(n, 1);
    return new String(a, off, n, StandardCharsets.ISO_8859_1);
  }

  private static DhcpOption fqdn(byte[] a, int off, int n) throws BadData {
    atLeast(n, 3);
    int flags = a[off] & 0xff;
    String name = (flags & DhcpOption.ClientFqdn.FLAG_E) != 0
        ? DhcpNames.decodeFqdn(ByteString.copyOf(a, off, n), 3)
        : new String(a, off + 3, n - 3, StandardCharsets.ISO_8859_1);
    return new DhcpOption.ClientFqdn(flags, a[off + 1] & 0xff, a[off + 2] & 0xff, name);
  }

  private static DhcpOption relayAgent(byte[] a, int off, int n) throws BadData {
    if (n == 0) {
      throw new BadData("is empty; it needs at least one sub-option");
    }
    List<SubOption> subs = new ArrayList<>();
    int p = 0;
    while (p < n) {
      int c = a[off + p] & 0xff;
      if (p + 1 >= n) {
        throw new BadData("has sub-option " + c + " at data offset " + p
            + " without a length octet");
      }
      int len = a[off + p + 1] & 0xff;
      if (p + 2 + len > n) {
        throw new BadData("has sub-option " + c + " at data offset " + p + " with length " + len
            + ", overrunning the data");
      }
      subs.add(new SubOption(c, ByteString.copyOf(a, off + p + 2, len)));
      p += 2 + len;
    }
    return new DhcpOption.RelayAgentInformation(subs);
  }

  private static DhcpOption routes(byte[] a, int off, int n) throws BadData {
    if (n == 0) {
      throw new BadData("is empty; it needs at least one route");
    }
    List<StaticRoute> routes = new ArrayList<>();
    int p = 0;
    while (p < n) {
      int width = a[off + p] & 0xff;
      if (width > 32) {
        throw new BadData("has a route at data offset " + p + " with prefix length " + width
            + ", above 32");
      }
      int significant = (width + 7) / 8;
      if (p + 1 + significant + 4 > n) {
        throw new BadData("has a route at data offset " + p + " that needs "
            + (1 + significant + 4) + " octets, but only " + (n - p) + " remain");
      }
      int v = 0;
      for (int k = 0; k < significant; k++) {
        v |= (a[off + p + 1 + k] & 0xff) << (24 - 8 * k);
      }
      int mask = width == 0 ? 0 : -1 << (32 - width);
      if ((v & ~mask) != 0) {
        throw new BadData("has a route at data offset " + p + " with bits set beyond its /"
            + width + " prefix");
      }
      Ipv4Address router = Ipv4Address.of(DhcpOptionArea.u32(a, off + p + 1 + significant));
      routes.add(new StaticRoute(Ipv4Prefix.of(Ipv4Address.of(v), width), router));
      p += 1 + significant + 4;
    }
    return new DhcpOption.ClasslessStaticRoutes(routes);
  }
}
