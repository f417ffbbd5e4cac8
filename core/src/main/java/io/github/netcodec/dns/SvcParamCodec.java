package io.github.netcodec.dns;

import io.github.netcodec.ByteString;
import io.github.netcodec.MalformedPacketException;
import io.github.netcodec.address.Ipv4Address;
import io.github.netcodec.address.Ipv6Address;
import java.util.ArrayList;
import java.util.List;

/** Decodes and parses the SvcParams of SVCB and HTTPS records (RFC 9460). */
final class SvcParamCodec {
  private SvcParamCodec() {}

  /** Decodes the parameters from {@code off} to {@code end}, keys strictly increasing. */
  static List<SvcParam> decodeAll(DnsReader r, int off, int end) {
    List<SvcParam> out = new ArrayList<>();
    int p = off;
    int last = -1;
    while (p < end) {
      RdataCodec.fits("SVCB.param", p, 4, end);
      int key = r.u16(p);
      int len = r.u16(p + 2);
      if (key <= last) {
        throw new MalformedPacketException(DnsReader.PROTOCOL, "SVCB.param", p,
            "has key " + key + " after key " + last + ", not in increasing order");
      }
      int d = p + 4;
      RdataCodec.fits("SVCB." + SvcParam.keyName(key), d, len, end);
      out.add(decode(r, key, d, len));
      last = key;
      p = d + len;
    }
    return out;
  }

  private static SvcParam decode(DnsReader r, int key, int d, int len) {
    String field = "SVCB." + SvcParam.keyName(key);
    switch (key) {
      case 0: {
        if (len == 0 || len % 2 != 0) {
          throw new MalformedPacketException(DnsReader.PROTOCOL, field, d,
              "has length " + len + ", not a positive multiple of 2");
        }
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < len; i += 2) {
          int k = r.u16(d + i);
          if (!keys.isEmpty() && k <= keys.get(keys.size() - 1)) {
            throw new MalformedPacketException(DnsReader.PROTOCOL, field, d + i,
                "lists key " + k + " after key " + keys.get(keys.size() - 1)
                    + ", not in increasing order");
          }
          keys.add(k);
        }
        return new SvcParam.Mandatory(keys);
      }
      case 1: {
        List<ByteString> ids = new ArrayList<>();
        int p = d;
        while (p < d + len) {
          int n = r.u8(p);
          if (n == 0) {
            throw new MalformedPacketException(DnsReader.PROTOCOL, field, p,
                "has an empty protocol id");
          }
          RdataCodec.fits(field, p + 1, n, d + len);
          ids.add(r.bytes(p + 1, n));
          p += 1 + n;
        }
        if (ids.isEmpty()) {
          throw new MalformedPacketException(DnsReader.PROTOCOL, field, d, "is empty");
        }
        return new SvcParam.Alpn(ids);
      }
      case 2:
        if (len != 0) {
          throw new MalformedPacketException(DnsReader.PROTOCOL, field, d,
              "has length " + len + ", not 0");
        }
        return new SvcParam.NoDefaultAlpn();
      case 3:
        if (len != 2) {
          throw new MalformedPacketException(DnsReader.PROTOCOL, field, d,
              "has length " + len + ", not 2");
        }
        return new SvcParam.Port(r.u16(d));
      case 4: {
        if (len == 0 || len % 4 != 0) {
          throw new MalformedPacketException(DnsReader.PROTOCOL, field, d,
              "has length " + len + ", not a positive multiple of 4");
        }
        List<Ipv4Address> a = new ArrayList<>();
        for (int i = 0; i < len; i += 4) {
          a.add(Ipv4Address.of(r.s32(d + i)));
        }
        return new SvcParam.Ipv4Hint(a);
      }
      case 5:
        return new SvcParam.Ech(r.bytes(d, len));
      case 6: {
        if (len == 0 || len % 16 != 0) {
          throw new MalformedPacketException(DnsReader.PROTOCOL, field, d,
              "has length " + len + ", not a positive multiple of 16");
        }
        List<Ipv6Address> a = new ArrayList<>();
        for (int i = 0; i < len; i += 16) {
          a.add(Ipv6Address.fromBytes(r.array(d + i, 16)));
        }
        return new SvcParam.Ipv6Hint(a);
      }
      default:
        return new SvcParam.Unknown(key, r.bytes(d, len));
    }
  }

  /** Parses one {@code key=value} (the value already unquoted, escapes unresolved). */
  static SvcParam parse(String key, String value) {
    int k = SvcParam.keyOf(key);
    String field = "SVCB." + key;
    if (k == 2) {
      if (value != null) {
        throw new IllegalArgumentException(field + " takes no value");
      }
      return new SvcParam.NoDefaultAlpn();
    }
    if (value == null) {
      if (k > 6) {
        return new SvcParam.Unknown(k, ByteString.EMPTY);
      }
      throw new IllegalArgumentException(field + " needs a value");
    }
    switch (k) {
      case 0: {
        List<Integer> keys = new ArrayList<>();
        for (String s : value.split(",", -1)) {
          keys.add(SvcParam.keyOf(s));
        }
        return new SvcParam.Mandatory(keys);
      }
      case 1: {
        ByteString raw = DnsText.unescapeLong(value, field);
        List<ByteString> ids = new ArrayList<>();
        java.io.ByteArrayOutputStream cur = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.size(); i++) {
          int c = raw.getUnsigned(i);
          if (c == '\\' && i + 1 < raw.size()) {
            cur.write(raw.getUnsigned(++i));
          } else if (c == ',') {
            ids.add(ByteString.copyOf(cur.toByteArray()));
            cur.reset();
          } else {
            cur.write(c);
          }
        }
        ids.add(ByteString.copyOf(cur.toByteArray()));
        return new SvcParam.Alpn(ids);
      }
      case 3:
        return new SvcParam.Port(Integer.parseInt(value));
      case 4: {
        List<Ipv4Address> a = new ArrayList<>();
        for (String s : value.split(",", -1)) {
          a.add(Ipv4Address.parse(s));
        }
        return new SvcParam.Ipv4Hint(a);
      }
      case 5:
        return new SvcParam.Ech(DnsText.parseBase64(value, field));
      case 6: {
        List<Ipv6Address> a = new ArrayList<>();
        for (String s : value.split(",", -1)) {
          a.add(Ipv6Address.parse(s));
        }
        return new SvcParam.Ipv6Hint(a);
      }
      default:
        return new SvcParam.Unknown(k, DnsText.unescapeLong(value, field));
    }
  }
}
