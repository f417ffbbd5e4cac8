package io.github.netcodec.dhcpv6;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Byte offsets of DHCPv6 messages and options (RFC 8415 §8, §9, §21), the nesting bounds, and
 * big-endian access, in one place. Message offsets are from the first byte of the message;
 * option offsets from the first byte of the option (its code).
 */
final class Dhcpv6Fields {
  /** The protocol name in error messages. */
  static final String PROTOCOL = "DHCPv6";

  /** msg-type, both layouts. */
  static final int MSG_TYPE = 0;
  /** Client/server: transaction-id, 3 bytes. */
  static final int TRANSACTION_ID = 1;
  /** Client/server: options start; also the smallest client/server message. */
  static final int CLIENT_SERVER_HEADER = 4;
  /** Relay: hop-count. */
  static final int HOP_COUNT = 1;
  /** Relay: link-address. */
  static final int LINK_ADDRESS = 2;
  /** Relay: peer-address. */
  static final int PEER_ADDRESS = 18;
  /** Relay: options start; also the smallest relay message. */
  static final int RELAY_HEADER = 34;

  /** Option: option-code and option-len. */
  static final int OPTION_HEADER = 4;
  /** The largest option-len. */
  static final int MAX_OPTION_LENGTH = 0xffff;
  /** IA_NA and IA_PD: IAID, T1, T2 before the nested options. */
  static final int IA_FIXED = 12;
  /** IA_TA: IAID before the nested options. */
  static final int IA_TA_FIXED = 4;
  /** IA Address: address, preferred and valid lifetimes before the nested options. */
  static final int IAADDR_FIXED = 24;
  /** IA Prefix: lifetimes, prefix-length and prefix before the nested options. */
  static final int IAPREFIX_FIXED = 25;

  /**
   * The most Relay Message options nested in one another: HOP_COUNT_LIMIT, the most relay agents
   * a Relay-forward may pass, as RFC 3315 §5.6 set it (32); RFC 8415 §7.6 lowers the default to
   * 8, and the parser keeps the older, larger bound so that a chain built under either parses,
   * while the parser's recursion, and so its stack use, stays small on hostile input. The
   * hop-count field itself is not checked: it is kept as received, 0..255.
   */
  static final int MAX_RELAY_NESTING = 32;
  /**
   * The most option levels inside one message, counting the message's own options as level 1.
   * The deepest RFC layouts use 3 (IA_PD, IA Prefix, Status Code); the bound stops a chain of
   * IA options nested thousands deep from exhausting the stack.
   */
  static final int MAX_OPTION_NESTING = 8;

  private Dhcpv6Fields() {}

  // Network-order reads and writes are internal.BigEndian's; only the 24-bit read is DHCPv6's.

  static int getU24(ByteBuffer buf, int index) {
    return (buf.get(index) & 0xff) << 16 | (buf.get(index + 1) & 0xff) << 8
        | (buf.get(index + 2) & 0xff);
  }

  /** Checks that an option body fits the 16-bit option-len. */
  static void checkBody(long length, String option) {
    if (length > MAX_OPTION_LENGTH) {
      throw new IllegalArgumentException(option + " body of " + length
          + " bytes does not fit the 16-bit option-len (at most 65535)");
    }
  }

  /** The total encoded length of options. */
  static long length(List<? extends Dhcpv6Option> options) {
    long n = 0;
    // indexed, not for-each: the encode path allocates nothing, not even an iterator
    for (int i = 0, k = options.size(); i < k; i++) {
      n += options.get(i).encodedLength();
    }
    return n;
  }

  /** Writes options. */
  static void encode(List<? extends Dhcpv6Option> options, ByteBuffer dst) {
    for (int i = 0, n = options.size(); i < n; i++) {
      options.get(i).encode(dst);
    }
  }

  /**
   * The option levels a list occupies: 0 when empty, 1 for plain options, 1 more for each level
   * of options nested in options. A Relay Message's message starts a new count.
   */
  static int optionNesting(List<? extends Dhcpv6Option> options) {
    int max = 0;
    for (int i = 0, k = options.size(); i < k; i++) {
      max = Math.max(max, 1 + optionNesting(nested(options.get(i))));
    }
    return max;
  }

  /** Relay Message options nested in one another within a list, at any option level. */
  static int relayNesting(List<? extends Dhcpv6Option> options) {
    int max = 0;
    for (int i = 0, k = options.size(); i < k; i++) {
      Dhcpv6Option o = options.get(i);
      if (o instanceof Dhcpv6Option.RelayMessage r) {
        max = Math.max(max, 1 + relayNesting(r.message().options()));
      } else {
        max = Math.max(max, relayNesting(nested(o)));
      }
    }
    return max;
  }

  private static List<Dhcpv6Option> nested(Dhcpv6Option o) {
    if (o instanceof Dhcpv6Option.IaNa ia) {
      return ia.options();
    } else if (o instanceof Dhcpv6Option.IaTa ia) {
      return ia.options();
    } else if (o instanceof Dhcpv6Option.IaPd ia) {
      return ia.options();
    } else if (o instanceof Dhcpv6Option.IaAddress a) {
      return a.options();
    } else if (o instanceof Dhcpv6Option.IaPrefix p) {
      return p.options();
    }
    return List.of();
  }

  /** Checks the nesting bounds of a container option's nested options. */
  static void checkNesting(List<? extends Dhcpv6Option> options, String option) {
    if (1 + optionNesting(options) > MAX_OPTION_NESTING) {
      throw new IllegalArgumentException(option + " nests options " + (1 + optionNesting(options))
          + " levels deep; a message holds at most " + MAX_OPTION_NESTING);
    }
  }

  /** The options of a kind, in order. */
  static <T extends Dhcpv6Option> List<T> select(List<Dhcpv6Option> options, Class<T> kind) {
    List<T> out = null;
    for (int i = 0, n = options.size(); i < n; i++) {
      Dhcpv6Option o = options.get(i);
      if (kind.isInstance(o)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(kind.cast(o));
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  /** The first option of a kind. */
  static <T extends Dhcpv6Option> Optional<T> first(List<Dhcpv6Option> options, Class<T> kind) {
    for (int i = 0, n = options.size(); i < n; i++) {
      Dhcpv6Option o = options.get(i);
      if (kind.isInstance(o)) {
        return Optional.of(kind.cast(o));
      }
    }
    return Optional.empty();
  }
}
