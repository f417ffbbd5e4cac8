package io.github.netcodec.dns;

import java.util.List;

/** Records nested below the RDATA and option types, for {@link DnsEqualsTest}. */
final class DnsExtraRecords {
  private DnsExtraRecords() {}

  static final List<Class<?>> LIST = List.of();
}
