/**
 * Plumbing shared by the codec packages; not exported by the module and not part of the API.
 */
package io.github.netcodec.internal;
