/**
 * The Internet checksum (RFC 1071) with partial sums over non-contiguous pieces and incremental
 * update (RFC 1624): see {@link io.github.netcodec.checksum.InternetChecksum}.
 */
package io.github.netcodec.checksum;
