package io.github.netcodec.ip;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits a {@link ReassemblyTable} enforces, so that a flood of fragments cannot exhaust
 * memory or keep state forever.
 *
 * @param timeout how long a datagram may take to complete, from its first fragment; then its
 *     fragments are dropped (RFC 791 §3.2, RFC 1122 §3.3.2, RFC 8200 §4.5)
 * @param maxDatagramLength the largest reassembled payload accepted, in bytes
 * @param maxFragmentsPerDatagram the most fragments accepted for one datagram
 * @param maxMemory the most heap bytes all pending datagrams may be charged (see {@link
 *     ReassemblyBuffer#memoryCharge()}); the oldest datagrams are evicted to make room
 */
public record ReassemblyLimits(
    Duration timeout, int maxDatagramLength, int maxFragmentsPerDatagram, long maxMemory) {

  /** The default timeout, 30 seconds: Linux's {@code ipfrag_time}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** The default cap on fragments per datagram: 1024. */
  public static final int DEFAULT_MAX_FRAGMENTS = 1024;

  /** The default memory cap, 4 MiB: Linux's {@code ipfrag_high_thresh}. */
  public static final long DEFAULT_MAX_MEMORY = 4L << 20;

  /**
   * Checks the limits.
   *
   * @param timeout the time limit per datagram, positive
   * @param maxDatagramLength the largest payload, at least 0
   * @param maxFragmentsPerDatagram the fragment cap, at least 1
   * @param maxMemory the memory cap, at least one datagram's overhead
   * @throws IllegalArgumentException if a limit is out of range
   */
  public ReassemblyLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout " + timeout + " is not positive");
    }
    if (maxDatagramLength < 0) {
      throw new IllegalArgumentException("maxDatagramLength " + maxDatagramLength
          + " is negative");
    }
    if (maxFragmentsPerDatagram < 1) {
      throw new IllegalArgumentException("maxFragmentsPerDatagram " + maxFragmentsPerDatagram
          + " is below 1");
    }
    if (maxMemory < ReassemblyBuffer.DATAGRAM_OVERHEAD) {
      throw new IllegalArgumentException("maxMemory " + maxMemory + " is below "
          + ReassemblyBuffer.DATAGRAM_OVERHEAD);
    }
  }

  /**
   * Returns the default limits for a datagram length cap: a 30-second timeout, 1024 fragments
   * per datagram, 4 MiB in all.
   *
   * @param maxDatagramLength the largest reassembled payload, e.g. 65515 for IPv4
   * @return the limits
   */
  public static ReassemblyLimits defaults(int maxDatagramLength) {
    return new ReassemblyLimits(DEFAULT_TIMEOUT, maxDatagramLength, DEFAULT_MAX_FRAGMENTS,
        DEFAULT_MAX_MEMORY);
  }

  /**
   * Returns these limits with another timeout.
   *
   * @param newTimeout the timeout, positive
   * @return the limits
   */
  public ReassemblyLimits withTimeout(Duration newTimeout) {
    return new ReassemblyLimits(newTimeout, maxDatagramLength, maxFragmentsPerDatagram,
        maxMemory);
  }

  /**
   * Returns these limits with another memory cap.
   *
   * @param newMaxMemory the cap in bytes
   * @return the limits
   */
  public ReassemblyLimits withMaxMemory(long newMaxMemory) {
    return new ReassemblyLimits(timeout, maxDatagramLength, maxFragmentsPerDatagram,
        newMaxMemory);
  }

  /**
   * Returns these limits with another datagram length cap.
   *
   * @param newMaxDatagramLength the cap in bytes
   * @return the limits
   */
  public ReassemblyLimits withMaxDatagramLength(int newMaxDatagramLength) {
    return new ReassemblyLimits(timeout, newMaxDatagramLength, maxFragmentsPerDatagram,
        maxMemory);
  }

  /**
   * Returns these limits with another fragment cap.
   *
   * @param newMaxFragments the cap per datagram
   * @return the limits
   */
  public ReassemblyLimits withMaxFragmentsPerDatagram(int newMaxFragments) {
    return new ReassemblyLimits(timeout, maxDatagramLength, newMaxFragments, maxMemory);
  }
}
