package io.github.netcodec.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wireshark's dissector ({@code tshark}, Debian package {@code tshark}, installed by
 * {@code .ci/run}) as an independent oracle: frames we encode go into one classic pcap file, one
 * {@code tshark -T pdml} run dissects them all with checksum validation on, and each frame comes
 * back as the fields tshark shows (by field name, in dissection order) plus its expert
 * information. A missing tshark fails the test: the oracle is part of the suite, not optional.
 *
 * <p>Written against TShark 4.0.17 (Debian 12, 4.0.17-0+deb12u3). Field names are Wireshark's
 * display-filter names ({@code tshark -G fields}); values are the PDML {@code show} attribute.
 *
 * <p>Every run sets {@code -n} (no name resolution), turns on the IPv4, UDP and TCP checksum
 * checks, and turns off TCP sequence analysis and relative sequence numbers, so that each frame
 * is judged on its own bytes and TCP numbers are shown as on the wire.
 */
public final class Tshark {
  /** pcap linktype 1: Ethernet II / IEEE 802.3 frames without FCS. */
  public static final int LINKTYPE_ETHERNET = 1;
  /** pcap linktype 101: a raw IPv4 or IPv6 packet, told apart by its version nibble. */
  public static final int LINKTYPE_RAW = 101;

  /** Severity Warning as PDML shows it in {@code _ws.expert.severity}; Error is above it. */
  private static final long SEVERITY_WARN = 0x00600000L;

  private static final List<String> COMMON = List.of(
      "-n",
      "-o", "ip.check_checksum:TRUE",
      "-o", "udp.check_checksum:TRUE",
      "-o", "tcp.check_checksum:TRUE",
      "-o", "tcp.analyze_sequence_numbers:FALSE",
      "-o", "tcp.relative_sequence_numbers:FALSE");

  private static final Pattern CREATOR = Pattern.compile("<pdml [^>]*creator=\"([^\"]*)\"");

  private Tshark() {}

  /** One dissected frame: the fields tshark shows and the problems it reports. */
  public static final class Frame {
    private final int number;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> protocols = new ArrayList<>();
    private final List<String> experts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Frame(int number) {
      this.number = number;
    }

    /** The frame's number in the pcap, from 1. */
    public int number() {
      return number;
    }

    /** Every value tshark shows for {@code field}, in dissection order; empty if absent. */
    public List<String> all(String field) {
      return Collections.unmodifiableList(fields.getOrDefault(field, List.of()));
    }

    /**
     * The bytes of every {@code field}, as lower-case hex without separators (the PDML
     * {@code value} attribute: the field's bytes in the frame, never shortened for display).
     */
    public List<String> hex(String field) {
      return Collections.unmodifiableList(values.getOrDefault(field, List.of()));
    }

    /** Whether tshark shows {@code field} at least once. */
    public boolean has(String field) {
      return fields.containsKey(field);
    }

    /** The only value of {@code field}; fails if it is absent or repeated. */
    public String get(String field) {
      List<String> v = all(field);
      if (v.size() != 1) {
        throw new AssertionError("tshark frame " + number + ": expected one " + field
            + ", found " + v + "\n" + this);
      }
      return v.get(0);
    }

    /** The only value of an integer field, shown in decimal or as {@code 0x} hex. */
    public long number(String field) {
      return parseNumber(get(field));
    }

    /** Every value of an integer field, shown in decimal or as {@code 0x} hex. */
    public List<Long> numbers(String field) {
      List<Long> out = new ArrayList<>();
      for (String s : all(field)) {
        out.add(parseNumber(s));
      }
      return out;
    }

    /** The protocols tshark dissected, outermost first ({@code proto} elements). */
    public List<String> protocols() {
      return Collections.unmodifiableList(protocols);
    }

    /** Every expert-info line, as {@code Severity/Group: message}. */
    public List<String> experts() {
      return Collections.unmodifiableList(experts);
    }

    /**
     * What must not happen to a frame we encode: a malformed-packet mark, expert info of
     * severity Warning or Error, or a checksum status of Bad.
     */
    public List<String> problems() {
      return Collections.unmodifiableList(problems);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("tshark frame ").append(number).append(' ')
          .append(protocols).append(" problems ").append(problems).append(" experts ")
          .append(experts);
      return sb.toString();
    }
  }

  static long parseNumber(String s) {
    String t = s.strip();
    if (t.startsWith("0x") || t.startsWith("0X")) {
      return Long.parseUnsignedLong(t.substring(2), 16);
    }
    return Long.parseLong(t);
  }

  /**
   * Dissects {@code frames} (each a whole link-layer frame of {@code linkType}) in one tshark
   * run with extra command-line {@code options} (e.g. {@code -d udp.port==0-65535,data}) and
   * returns one {@link Frame} per input, in order.
   */
  public static List<Frame> dissect(int linkType, List<byte[]> frames, String... options) {
    Path pcap = null;
    try {
      pcap = Files.createTempFile("netcodec-tshark-", ".pcap");
      Files.write(pcap, pcap(linkType, frames));
      List<String> cmd = new ArrayList<>();
      cmd.add(executable());
      cmd.addAll(COMMON);
      cmd.addAll(List.of(options));
      cmd.addAll(List.of("-r", pcap.toString(), "-T", "pdml"));
      byte[] pdml = run(cmd);
      List<Frame> out = parsePdml(pdml);
      record(frames.size(), pdml);
      if (out.size() != frames.size()) {
        throw new AssertionError("tshark dissected " + out.size() + " of " + frames.size()
            + " frames");
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot write the pcap for tshark", e);
    } finally {
      if (pcap != null) {
        try {
          Files.deleteIfExists(pcap);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  /** Logs the run; the version matters, as the tests name tshark 4.0.17's quirks. */
  private static void record(int frames, byte[] pdml) {
    Matcher m = CREATOR.matcher(new String(pdml, 0, Math.min(pdml.length, 1000),
        StandardCharsets.UTF_8));
    System.err.printf("tshark (%s): %d frames%n", m.find() ? m.group(1) : "version unknown",
        frames);
  }

  private static String executable() {
    for (String candidate : new String[] {"/usr/bin/tshark", "/usr/local/bin/tshark"}) {
      if (new File(candidate).canExecute()) {
        return candidate;
      }
    }
    throw new AssertionError("tshark is not installed (Debian package tshark; .ci/run "
        + "installs it): the Wireshark oracle tests cannot run");
  }

  /** A classic little-endian pcap file, microsecond timestamps one second apart. */
  static byte[] pcap(int linkType, List<byte[]> frames) {
    int size = 24;
    for (byte[] f : frames) {
      size += 16 + f.length;
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(262144).putInt(linkType);
    int second = 0;
    for (byte[] f : frames) {
      b.putInt(second++).putInt(0).putInt(f.length).putInt(f.length).put(f);
    }
    return b.array();
  }

  private static byte[] run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).start();
      p.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
      drain.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("tshark did not finish in 120 s");
      }
      drain.join();
      if (p.exitValue() != 0) {
        throw new AssertionError("tshark failed with status " + p.exitValue() + ": " + cmd
            + "\n" + err.toString(StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot run tshark (Debian package tshark; .ci/run installs it)",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void copy(InputStream in, OutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the exit status reports the failure
    }
  }

  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w.-]+)=\"([^\"]*)\"");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);");

  /**
   * Reads tshark's PDML, which puts every element on a line of its own (the module under test
   * does not read {@code java.xml}, so this is a line reader, not an XML parser).
   */
  static List<Frame> parsePdml(byte[] pdml) {
    List<Frame> frames = new ArrayList<>();
    Frame frame = null;
    // open _ws.expert fields: {showname, severity}, closed by their </field>
    Deque<String[]> elements = new ArrayDeque<>();
    for (String raw : new String(pdml, StandardCharsets.UTF_8).split("\n")) {
      String line = raw.strip();
      if (line.equals("<packet>")) {
        frame = new Frame(frames.size() + 1);
        frames.add(frame);
        continue;
      }
      if (frame == null) {
        continue;
      }
      if (line.equals("</field>")) {
        String[] e = elements.pop();
        if (e != NOT_EXPERT) {
          String text = e[0] == null ? "?" : e[0].replaceFirst("^Expert Info \\((.*?)\\): ",
              "$1: ");
          frame.experts.add(text);
          if (e[1] != null && parseNumber(e[1]) >= SEVERITY_WARN) {
            frame.problems.add("expert " + text);
          }
        }
        continue;
      }
      boolean proto = line.startsWith("<proto ");
      if (!proto && !line.startsWith("<field ")) {
        continue;
      }
      Map<String, String> a = new HashMap<>();
      Matcher m = ATTRIBUTE.matcher(line);
      while (m.find()) {
        a.put(m.group(1), unescape(m.group(2)));
      }
      String name = a.get("name");
      boolean open = !line.endsWith("/>");
      if (proto) {
        frame.protocols.add(name);
        if ("_ws.malformed".equals(name)) {
          frame.problems.add("malformed: " + a.get("showname"));
        }
        continue;
      }
      String show = a.get("show");
      if ("_ws.expert".equals(name)) {
        if (open) {
          elements.push(new String[] {a.get("showname"), null});
        } else {
          frame.experts.add(String.valueOf(a.get("showname")));
        }
        continue;
      }
      if (open) {
        elements.push(NOT_EXPERT);
      }
      if (name == null) {
        continue;
      }
      if (name.equals("_ws.expert.severity")) {
        for (String[] e : elements) {
          if (e != NOT_EXPERT) {
            e[1] = show;
            break;
          }
        }
      } else if (name.startsWith("_ws.malformed")) {
        frame.problems.add("malformed: " + a.get("showname"));
      }
      if ((name.endsWith(".checksum.status") || name.endsWith("checksum_status"))
          && "0".equals(show)) {
        frame.problems.add("bad checksum: " + name + " (" + a.get("showname") + ")");
      }
      if (show != null) {
        frame.fields.computeIfAbsent(name, k -> new ArrayList<>()).add(show);
      }
      String value = a.get("value");
      if (value != null) {
        frame.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value.toLowerCase());
      }
    }
    return frames;
  }

  private static final String[] NOT_EXPERT = new String[2];

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "quot" -> "\"";
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "apos" -> "'";
        default -> e.startsWith("#x")
            ? new String(Character.toChars(Integer.parseInt(e.substring(2), 16)))
            : e.startsWith("#") ? new String(Character.toChars(Integer.parseInt(e.substring(1))))
            : m.group();
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
