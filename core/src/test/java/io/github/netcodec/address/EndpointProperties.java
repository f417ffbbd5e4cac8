package io.github.netcodec.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class EndpointProperties {

  @Property
  void textRoundTrips(@ForAll int bits, @ForAll long hi, @ForAll long lo,
      @ForAll @IntRange(max = 65535) int port) {
    Endpoint a = Endpoint.of(Ipv4Address.of(bits), port);
    assertEquals(a, Endpoint.parse(a.toString()));
    Endpoint b = Endpoint.of(Ipv6Address.of(hi, lo), port);
    assertEquals(b, Endpoint.parse(b.toString()));
    assertEquals(Port.of(port), Port.parse(Port.of(port).toString()));
  }
}
