package io.github.netcodec.dns;

import java.util.Objects;

/**
 * One entry of a message's question section (RFC 1035 §4.1.2): QNAME, QTYPE, QCLASS.
 *
 * @param name the name asked about
 * @param type the type asked for (QTYPE, which includes {@code ANY}, {@code AXFR}, ...)
 * @param dnsClass the class asked for, usually {@link DnsClass#IN}
 */
public record DnsQuestion(DnsName name, DnsType type, DnsClass dnsClass) {
  /**
   * Checks the components.
   *
   * @param name the name asked about
   * @param type the type asked for
   * @param dnsClass the class asked for
   */
  public DnsQuestion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(dnsClass, "dnsClass");
  }

  /**
   * Returns a question of class IN.
   *
   * @param name the name, in presentation form
   * @param type the type
   * @return the question
   */
  public static DnsQuestion of(String name, DnsType type) {
    return new DnsQuestion(DnsName.of(name), type, DnsClass.IN);
  }

  /** Returns the dig form: {@code www.example.com.\t\tIN\tA}, with a leading {@code ;}. */
  @Override
  public String toString() {
    return ";" + name + "\t\t" + dnsClass + "\t" + type;
  }
}
