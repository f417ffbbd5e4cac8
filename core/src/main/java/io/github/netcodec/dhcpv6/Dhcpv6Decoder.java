package io.github.netcodec.dhcpv6;

import static io.github.netcodec.dhcpv6.Dhcpv6Fields.PROTOCOL;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.TruncatedPacketException;
import io.github.netcodec.address.Ipv6Address;
import io.github.netcodec.dns.DnsName;
import io.github.netcodec.internal.BigEndian;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decoding of DHCPv6 messages, options and DUIDs by absolute index. Errors name the option path
 * (parent and option, e.g. {@code IA_NA.IAADDR}) and an offset relative to {@code base}.
 *
 * <p>Framing errors (an option header or option-len running past the area that holds it) always
 * throw: nothing after them can be located. A body that does not fit its code's layout throws
 * when strict and becomes {@link Dhcpv6Option.Malformed} when lenient. Exceeding a nesting bound
 * always throws.
 */
final class Dhcpv6Decoder {
  private final ByteBuffer buf;
  /** Index of offset 0 in error messages. */
  private final int base;
  private final boolean strict;

  private Dhcpv6Decoder(ByteBuffer buf, int base, boolean strict) {
    this.buf = buf;
    this.base = base;
    this.strict = strict;
  }

  /** A nesting bound was exceeded: thrown in lenient parsing too, never kept as Malformed. */
  static final class NestingException extends MalformedPacketException {
    private static final long serialVersionUID = 1L;

    NestingException(String field, int offset, String expectation) {
      super(PROTOCOL, field, offset, expectation);
    }
  }

  /** Parses the message in the buffer's position..limit. */
  static Dhcpv6Message parse(ByteBuffer buf, boolean strict) {
    int from = buf.position();
    int to = buf.limit();
    return new Dhcpv6Decoder(buf, from, strict).message(from, to, 0, "");
  }

  /** Whether the code has a record of its own. */
  static boolean isTyped(int code) {
    switch (code) {
      case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8: case 9: case 13: case 14:
      case 18: case 20: case 23: case 24: case 25: case 26:
        return true;
      default:
        return false;
    }
  }

  /**
   * Decodes option data leniently on its own, as {@link Dhcpv6Option.Malformed} needs: empty if
   * it decodes, else the error with offsets from the option's first byte.
   *
   * @throws IllegalArgumentException if the data nests beyond a bound
   */
  static Optional<String> error(int code, ByteString data) {
    ByteBuffer b = data.asReadOnlyBuffer();
    Dhcpv6Decoder d = new Dhcpv6Decoder(b, -Dhcpv6Fields.OPTION_HEADER, false);
    try {
      d.body(code, -Dhcpv6Fields.OPTION_HEADER, 0, data.size(), 1, 0, "");
      return Optional.empty();
    } catch (NestingException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (MalformedPacketException e) {
      return Optional.of(e.getMessage());
    }
  }

  private int off(int index) {
    return index - base;
  }

  private MalformedPacketException malformed(String field, int index, String expectation) {
    return new MalformedPacketException(PROTOCOL, field, off(index), expectation);
  }

  /**
   * A message in {@code [from, to)}, inside {@code relayDepth} Relay Message options; {@code
   * path} prefixes field names ({@code "RELAY_MSG."} for a relayed message).
   */
  private Dhcpv6Message message(int from, int to, int relayDepth, String path) {
    int len = to - from;
    if (len < 1) {
      throw truncatedOrMalformed(relayDepth == 0, path + "msg-type", from, to, 1);
    }
    Dhcpv6MessageType type = Dhcpv6MessageType.of(buf.get(from) & 0xff);
    if (type.isRelay()) {
      if (len < Dhcpv6Fields.RELAY_HEADER) {
        throw truncatedOrMalformed(relayDepth == 0, path + type.name() + " header", from, to,
            Dhcpv6Fields.RELAY_HEADER);
      }
      List<Dhcpv6Option> options =
          options(from + Dhcpv6Fields.RELAY_HEADER, to, 1, relayDepth, "");
      return new Dhcpv6Message.Relay(type, buf.get(from + Dhcpv6Fields.HOP_COUNT) & 0xff,
          Ipv6Address.read(buf, from + Dhcpv6Fields.LINK_ADDRESS),
          Ipv6Address.read(buf, from + Dhcpv6Fields.PEER_ADDRESS), options);
    }
    if (len < Dhcpv6Fields.CLIENT_SERVER_HEADER) {
      throw truncatedOrMalformed(relayDepth == 0, path + type.name() + " header", from, to,
          Dhcpv6Fields.CLIENT_SERVER_HEADER);
    }
    List<Dhcpv6Option> options =
        options(from + Dhcpv6Fields.CLIENT_SERVER_HEADER, to, 1, relayDepth, "");
    return new Dhcpv6Message.ClientServer(type,
        Dhcpv6Fields.getU24(buf, from + Dhcpv6Fields.TRANSACTION_ID), options);
  }

  /**
   * Truncation when the area is the outermost message, which more input could complete; in an
   * option's data, whose length is fixed, a malformation.
   */
  private MalformedPacketException truncatedOrMalformed(boolean outermost, String field, int at,
      int to, int need) {
    if (outermost) {
      return new TruncatedPacketException(PROTOCOL, field, off(at), need, to - at);
    }
    return malformed(field, at, "needs " + need + " bytes, but its enclosing option ends after "
        + (to - at));
  }

  /** The options in {@code [from, to)} at option level {@code level} (a message's own are 1). */
  private List<Dhcpv6Option> options(int from, int to, int level, int relayDepth, String parent) {
    if (from == to) {
      return List.of();
    }
    if (level > Dhcpv6Fields.MAX_OPTION_NESTING) {
      throw new NestingException(parent + "options", off(from), "nest options " + level
          + " levels deep, more than the " + Dhcpv6Fields.MAX_OPTION_NESTING + " accepted");
    }
    boolean outermost = level == 1 && relayDepth == 0;
    // at most one option per 4 bytes; most lists are short, so start small
    List<Dhcpv6Option> out = new ArrayList<>(Math.min(8, (to - from) / 4));
    int i = from;
    while (i < to) {
      if (to - i < Dhcpv6Fields.OPTION_HEADER) {
        String name = to - i >= 2 ? Dhcpv6OptionCode.name(BigEndian.u16(buf, i)) : "option";
        throw truncatedOrMalformed(outermost, parent + name + " header", i, to,
            Dhcpv6Fields.OPTION_HEADER);
      }
      int code = BigEndian.u16(buf, i);
      int len = BigEndian.u16(buf, i + 2);
      int data = i + Dhcpv6Fields.OPTION_HEADER;
      if (len > to - data) {
        String field = parent + Dhcpv6OptionCode.name(code) + " option-len";
        if (outermost) {
          throw new TruncatedPacketException(PROTOCOL, field, off(i + 2),
              Dhcpv6Fields.OPTION_HEADER - 2 + len, to - i - 2);
        }
        throw malformed(field, i + 2, "is " + len + ", overrunning its enclosing option, "
            + "which ends " + (to - data) + " bytes after the header");
      }
      out.add(option(code, i, data, len, level, relayDepth, parent));
      i = data + len;
    }
    return List.copyOf(out);
  }

  private Dhcpv6Option option(int code, int at, int data, int len, int level, int relayDepth,
      String parent) {
    if (strict) {
      return body(code, at, data, len, level, relayDepth, parent);
    }
    try {
      return body(code, at, data, len, level, relayDepth, parent);
    } catch (NestingException e) {
      throw e;
    } catch (MalformedPacketException e) {
      return new Dhcpv6Option.Malformed(Dhcpv6OptionCode.of(code), ByteString.copyOf(buf, data,
          len));
    }
  }

  /** The body of option {@code code} whose header is at {@code at} and data at {@code d}. */
  private Dhcpv6Option body(int code, int at, int d, int len, int level, int relayDepth,
      String parent) {
    switch (code) {
      case 1:
        return new Dhcpv6Option.ClientId(duid(d, len, parent, "CLIENTID"));
      case 2:
        return new Dhcpv6Option.ServerId(duid(d, len, parent, "SERVERID"));
      case 3:
        atLeast(code, at, len, Dhcpv6Fields.IA_FIXED, "IAID, T1 and T2", parent);
        return new Dhcpv6Option.IaNa(BigEndian.u32(buf, d), BigEndian.u32(buf, d + 4), BigEndian.u32(buf, d + 8),
            options(d + Dhcpv6Fields.IA_FIXED, d + len, level + 1, relayDepth, "IA_NA."));
      case 4:
        atLeast(code, at, len, Dhcpv6Fields.IA_TA_FIXED, "IAID", parent);
        return new Dhcpv6Option.IaTa(BigEndian.u32(buf, d),
            options(d + Dhcpv6Fields.IA_TA_FIXED, d + len, level + 1, relayDepth, "IA_TA."));
      case 25:
        atLeast(code, at, len, Dhcpv6Fields.IA_FIXED, "IAID, T1 and T2", parent);
        return new Dhcpv6Option.IaPd(BigEndian.u32(buf, d), BigEndian.u32(buf, d + 4), BigEndian.u32(buf, d + 8),
            options(d + Dhcpv6Fields.IA_FIXED, d + len, level + 1, relayDepth, "IA_PD."));
      case 5:
        atLeast(code, at, len, Dhcpv6Fields.IAADDR_FIXED,
            "the address, preferred-lifetime and valid-lifetime", parent);
        return new Dhcpv6Option.IaAddress(Ipv6Address.read(buf, d), BigEndian.u32(buf, d + 16),
            BigEndian.u32(buf, d + 20),
            options(d + Dhcpv6Fields.IAADDR_FIXED, d + len, level + 1, relayDepth, "IAADDR."));
      case 26:
        atLeast(code, at, len, Dhcpv6Fields.IAPREFIX_FIXED,
            "the lifetimes, prefix-length and prefix", parent);
        return new Dhcpv6Option.IaPrefix(BigEndian.u32(buf, d), BigEndian.u32(buf, d + 4),
            buf.get(d + 8) & 0xff, Ipv6Address.read(buf, d + 9),
            options(d + Dhcpv6Fields.IAPREFIX_FIXED, d + len, level + 1, relayDepth,
                "IAPREFIX."));
      case 6: {
        if (len % 2 != 0) {
          throw badLength(code, at, len, "an even number: 2 octets per requested code", parent);
        }
        Dhcpv6OptionCode[] codes = new Dhcpv6OptionCode[len / 2];
        for (int k = 0; k < codes.length; k++) {
          codes[k] = Dhcpv6OptionCode.of(BigEndian.u16(buf, d + 2 * k));
        }
        return new Dhcpv6Option.OptionRequest(List.of(codes));
      }
      case 7:
        exactly(code, at, len, 1, parent);
        return new Dhcpv6Option.Preference(buf.get(d) & 0xff);
      case 8:
        exactly(code, at, len, 2, parent);
        return new Dhcpv6Option.ElapsedTime(BigEndian.u16(buf, d));
      case 9:
        if (relayDepth >= Dhcpv6Fields.MAX_RELAY_NESTING) {
          throw new NestingException(parent + "RELAY_MSG", off(at), "nests relay messages "
              + (relayDepth + 1) + " deep, more than the " + Dhcpv6Fields.MAX_RELAY_NESTING
              + " accepted");
        }
        return new Dhcpv6Option.RelayMessage(message(d, d + len, relayDepth + 1, "RELAY_MSG."));
      case 13:
        atLeast(code, at, len, 2, "the status-code", parent);
        return new Dhcpv6Option.StatusCode(Dhcpv6StatusCode.of(BigEndian.u16(buf, d)),
            ByteString.copyOf(buf, d + 2, len - 2));
      case 14:
        exactly(code, at, len, 0, parent);
        return new Dhcpv6Option.RapidCommit();
      case 18:
        return new Dhcpv6Option.InterfaceId(ByteString.copyOf(buf, d, len));
      case 20:
        exactly(code, at, len, 0, parent);
        return new Dhcpv6Option.ReconfigureAccept();
      case 23: {
        if (len % 16 != 0) {
          throw badLength(code, at, len, "a multiple of 16: one IPv6 address per server",
              parent);
        }
        Ipv6Address[] servers = new Ipv6Address[len / 16];
        for (int k = 0; k < servers.length; k++) {
          servers[k] = Ipv6Address.read(buf, d + 16 * k);
        }
        return new Dhcpv6Option.DnsServers(List.of(servers));
      }
      case 24:
        return new Dhcpv6Option.DomainList(names(d, d + len, parent, "DOMAIN_LIST"));
      default:
        return new Dhcpv6Option.Unknown(Dhcpv6OptionCode.of(code), ByteString.copyOf(buf, d,
            len));
    }
  }

  private void atLeast(int code, int at, int len, int min, String what, String parent) {
    if (len < min) {
      throw badLength(code, at, len, "at least " + min + " for " + what, parent);
    }
  }

  private void exactly(int code, int at, int len, int want, String parent) {
    if (len != want) {
      throw badLength(code, at, len, "exactly " + want, parent);
    }
  }

  private MalformedPacketException badLength(int code, int at, int len, String want,
      String parent) {
    return malformed(parent + Dhcpv6OptionCode.name(code) + " option-len", at + 2,
        "is " + len + ", but must be " + want);
  }

  /** Uncompressed domain names filling {@code [from, to)} exactly (RFC 8415 §10). */
  private List<DnsName> names(int from, int to, String parent, String name) {
    List<DnsName> names = new ArrayList<>(2);
    ByteBuffer wire = null;
    int i = from;
    while (i < to) {
      int start = i;
      while (true) {
        if (i >= to) {
          throw malformed(parent + name, start, "has a name without its root label before the "
              + "option ends at offset " + off(to));
        }
        int l = buf.get(i) & 0xff;
        if (l > DnsName.MAX_LABEL_LENGTH) {
          throw malformed(parent + name, i, "has label length octet " + l + "; labels are at "
              + "most 63 octets and names are not compressed here (RFC 8415 §10)");
        }
        if (i + 1 + l > to) {
          throw malformed(parent + name, i, "has a label of " + l + " octets running past the "
              + "option's end at offset " + off(to));
        }
        i += 1 + l;
        if (i - start > DnsName.MAX_WIRE_LENGTH) {
          throw malformed(parent + name, start, "has a name longer than 255 octets");
        }
        if (l == 0) {
          break;
        }
      }
      if (wire == null) {
        wire = buf.duplicate();
      }
      wire.clear().position(start).limit(i);
      names.add(DnsName.parse(wire));
    }
    return names;
  }

  /** Parses a standalone DUID; {@code from} is also the base of offsets. */
  static Duid duid(ByteBuffer buf, int from, int len, int base, String field) {
    return new Dhcpv6Decoder(buf, base, true).duid(from, len, "", field);
  }

  private Duid duid(int d, int len, String parent, String field) {
    if (len < 2) {
      throw malformed(parent + field + " DUID", d, "is " + len
          + " bytes long, too short for the 2-octet DUID type");
    }
    int type = BigEndian.u16(buf, d);
    switch (type) {
      case Duid.TYPE_LLT:
        duidAtLeast(parent, field, d, len, 8, "DUID-LLT", "hardware type and time");
        return new Duid.LinkLayerPlusTime(BigEndian.u16(buf, d + 2), BigEndian.u32(buf, d + 4),
            ByteString.copyOf(buf, d + 8, len - 8));
      case Duid.TYPE_EN:
        duidAtLeast(parent, field, d, len, 6, "DUID-EN", "enterprise number");
        return new Duid.Enterprise(BigEndian.u32(buf, d + 2), ByteString.copyOf(buf, d + 6, len - 6));
      case Duid.TYPE_LL:
        duidAtLeast(parent, field, d, len, 4, "DUID-LL", "hardware type");
        return new Duid.LinkLayer(BigEndian.u16(buf, d + 2), ByteString.copyOf(buf, d + 4, len - 4));
      case Duid.TYPE_UUID:
        if (len != 18) {
          throw malformed(parent + field + " DUID-UUID", d, "is " + len
              + " bytes long, but must be 18: the type and a 16-octet UUID (RFC 6355 §4)");
        }
        return new Duid.Uuid(new UUID(BigEndian.u32(buf, d + 2) << 32 | BigEndian.u32(buf, d + 6),
            BigEndian.u32(buf, d + 10) << 32 | BigEndian.u32(buf, d + 14)));
      default:
        duidAtLeast(parent, field, d, len, 3, "DUID type " + type,
            "an identifier of at least 1 octet");
        return new Duid.Unknown(type, ByteString.copyOf(buf, d + 2, len - 2));
    }
  }

  private void duidAtLeast(String parent, String field, int d, int len, int min, String kind,
      String what) {
    if (len < min) {
      throw malformed(parent + field + " " + kind, d, "is " + len
          + " bytes long, but needs at least " + min + " for the type and " + what);
    }
  }
}
