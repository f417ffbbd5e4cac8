package io.github.netcodec.address;

/**
 * The 4-bit scope field of an IPv6 multicast address ({@code ff0s::}, RFC 4291 §2.7 as updated
 * by RFC 7346 §2). All sixteen values are listed so that any address has one.
 */
public enum MulticastScope {
  /** 0: reserved. */
  RESERVED_0,
  /** 1: interface-local, loopback only. */
  INTERFACE_LOCAL,
  /** 2: link-local, such as {@code ff02::1}. */
  LINK_LOCAL,
  /** 3: realm-local (RFC 7346). */
  REALM_LOCAL,
  /** 4: admin-local. */
  ADMIN_LOCAL,
  /** 5: site-local. */
  SITE_LOCAL,
  /** 6: unassigned. */
  UNASSIGNED_6,
  /** 7: unassigned. */
  UNASSIGNED_7,
  /** 8: organization-local. */
  ORGANIZATION_LOCAL,
  /** 9: unassigned. */
  UNASSIGNED_9,
  /** 10: unassigned. */
  UNASSIGNED_A,
  /** 11: unassigned. */
  UNASSIGNED_B,
  /** 12: unassigned. */
  UNASSIGNED_C,
  /** 13: unassigned. */
  UNASSIGNED_D,
  /** 14: global. */
  GLOBAL,
  /** 15: reserved. */
  RESERVED_F;

  private static final MulticastScope[] VALUES = values();

  /**
   * Returns the scope with the given field value.
   *
   * @param value the 4-bit scope field, 0 to 15
   * @return the scope
   * @throws IllegalArgumentException if the value is outside 0..15
   */
  public static MulticastScope of(int value) {
    if (value < 0 || value > 15) {
      throw new IllegalArgumentException("multicast scope " + value + " is outside 0..15");
    }
    return VALUES[value];
  }

  /**
   * Returns the 4-bit field value.
   *
   * @return 0 to 15
   */
  public int value() {
    return ordinal();
  }
}
