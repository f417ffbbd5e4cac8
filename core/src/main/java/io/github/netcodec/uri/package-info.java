/**
 * URIs as RFC 3986 defines them: strict and lenient parsing, reference resolution (§5.2),
 * normalisation and equivalence (§6), percent-encoding, {@code application/x-www-form-urlencoded}
 * parameters, and the HTTP request-target and {@code Host} header.
 *
 * <pre>{@code
 * Uri uri = Uri.parse("http://www.foo.com:80/foo/bar?quux#q1");
 * "GET " + uri.requestTarget() + " HTTP/1.1"   // GET /foo/bar?quux HTTP/1.1
 * "Host: " + uri.hostHeader()                  // Host: www.foo.com:80
 * uri.resolve("../baz")                        // http://www.foo.com:80/baz
 * }</pre>
 *
 * <p>The contract: {@link io.github.netcodec.uri.Uri#parse} throws only {@link
 * io.github.netcodec.uri.UriSyntaxException}, on any input; once it returns, no component
 * accessor of the {@link io.github.netcodec.uri.Uri} or its {@link io.github.netcodec.uri.Host}
 * throws, nor do {@code toString}, {@code normalize} or resolution against an absolute base. Components are kept exactly as written, so {@code
 * Uri.parse(text).toString()} returns {@code text}. An absent component is {@code null}, a
 * present but empty one is {@code ""}, throughout the package.
 */
package io.github.netcodec.uri;
