package dev.callpickup.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callpickup.benchmarks.Turns;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one results directory (JMH JSON, cold-start JSON, footprint JSON) into
 * {@code summary.md}: the ratio of the client to the hand-written baseline per case, and
 * whether each target of issue 7 is met. Pure arithmetic on the files; nothing is measured here.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.callpickup.benchmarks.report.Summary <dir>}
 */
public final class Summary {

  private static final double THROUGHPUT_TARGET = 0.90;
  private static final double ALLOCATION_TARGET = 1.5;
  private static final double COLD_START_TARGET = 1.3;
  private static final String[] OPS = {"get", "create", "listPage"};
  private static final String[] STACKS = {"JDK", "OKHTTP", "URLCONNECTION"};

  private final ObjectMapper mapper = new ObjectMapper();
  private final StringBuilder md = new StringBuilder();

  private Summary() {
  }

  /**
   * @param args the results directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    File dir = new File(args[0]);
    Summary s = new Summary();
    s.calls(new File(dir, "calls.json"));
    s.layers(new File(dir, "layers.json"));
    s.paging(new File(dir, "paging.json"));
    s.coldStart(new File(dir, "coldstart.json"));
    s.footprint(new File(dir, "footprint.json"));
    Files.writeString(new File(dir, "summary.md").toPath(), s.md, StandardCharsets.UTF_8);
    System.out.print(s.md);
  }

  /** One JMH result: score, its error, and bytes allocated per operation. */
  private record Result(double score, double error, double bytesPerOp) {
  }

  /** One side of a {@code Calls} result: its mean, its iterations' range, its allocation. */
  private record Side(double score, double min, double max, double bytesPerOp) {
  }

  private Map<String, Result> jmh(File f) throws IOException {
    Map<String, Result> out = new LinkedHashMap<>();
    if (!f.isFile()) {
      return out;
    }
    for (JsonNode r : mapper.readTree(f)) {
      JsonNode pm = r.get("primaryMetric");
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      out.put(key(r), new Result(pm.get("score").asDouble(),
          pm.path("scoreError").asDouble(Double.NaN),
          alloc.isMissingNode() ? Double.NaN : alloc.asDouble()));
    }
    return out;
  }

  /** {@code Calls1Thread.get:JDK}: class, method and the stack parameter if any. */
  private static String key(JsonNode r) {
    String name = r.get("benchmark").asText();
    name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
    JsonNode stack = r.path("params").path("stack");
    return name + (stack.isMissingNode() ? "" : ":" + stack.asText());
  }

  /**
   * Splits a turn-taking result into its client and baseline iterations ({@link Turns}): the
   * JSON keeps every measured iteration, and the warm-up count says where they started.
   */
  private static Side side(JsonNode r, boolean client) {
    int warmup = r.get("warmupIterations").asInt();
    JsonNode scores = r.get("primaryMetric").get("rawData");
    JsonNode allocs = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("rawData");
    double sum = 0;
    double bytes = 0;
    double min = Double.MAX_VALUE;
    double max = 0;
    int n = 0;
    for (int fork = 0; fork < scores.size(); fork++) {
      for (int i = 0; i < scores.get(fork).size(); i++) {
        if (Turns.isClient(warmup + i) != client) {
          continue;
        }
        double v = scores.get(fork).get(i).asDouble();
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
        bytes += allocs.isMissingNode() ? Double.NaN : allocs.get(fork).get(i).asDouble();
        n++;
      }
    }
    return new Side(sum / n, min, max, bytes / n);
  }

  private void calls(File f) throws IOException {
    if (!f.isFile()) {
      return;
    }
    Map<String, Result> all = new LinkedHashMap<>();
    Map<String, Side[]> sides = new LinkedHashMap<>();
    for (JsonNode r : mapper.readTree(f)) {
      String key = key(r);
      JsonNode pm = r.get("primaryMetric");
      if (key.contains("rawSocket")) {
        all.put(key, new Result(pm.get("score").asDouble(),
            pm.path("scoreError").asDouble(Double.NaN), Double.NaN));
        continue;
      }
      Side c = side(r, true);
      Side b = side(r, false);
      sides.put(key, new Side[] {c, b});
      all.put(key, new Result(Math.max(c.score, b.score), Double.NaN, Double.NaN));
    }
    md.append("## Throughput and allocation per call: client / hand-written baseline, same transport\n\n")
        .append("Client and baseline take turns by iteration in one fork (client, baseline, baseline, ")
        .append("client); each figure is the mean of that side's measured iterations, with their ")
        .append("range. Targets: throughput ratio >= ").append(THROUGHPUT_TARGET)
        .append(", allocation ratio <= ").append(ALLOCATION_TARGET).append(".\n\n")
        .append("| threads | transport | call | client ops/s | baseline ops/s | ratio | ")
        .append("client B/op | baseline B/op | alloc ratio | targets |\n")
        .append("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (String threads : new String[] {"1Thread", "8Threads"}) {
      for (String stack : STACKS) {
        for (String op : OPS) {
          Side[] cb = sides.get("Calls" + threads + "." + op + ":" + stack);
          if (cb == null) {
            continue;
          }
          Side c = cb[0];
          Side b = cb[1];
          double ratio = c.score / b.score;
          double alloc = c.bytesPerOp / b.bytesPerOp;
          md.append("| ").append(threads.startsWith("1") ? 1 : 8).append(" | ").append(stack)
              .append(" | ").append(op).append(" | ").append(fmt(c)).append(" | ")
              .append(fmt(b)).append(" | ")
              .append(String.format(Locale.ROOT, "%.2f", ratio)).append(" | ")
              .append(String.format(Locale.ROOT, "%.0f", c.bytesPerOp)).append(" | ")
              .append(String.format(Locale.ROOT, "%.0f", b.bytesPerOp)).append(" | ")
              .append(String.format(Locale.ROOT, "%.2f", alloc)).append(" | ")
              .append(ratio >= THROUGHPUT_TARGET ? "thrpt met" : "thrpt MISSED").append(", ")
              .append(alloc <= ALLOCATION_TARGET ? "alloc met" : "alloc MISSED").append(" |\n");
        }
      }
    }
    serverCpu(new File(f.getParentFile(), "calls.txt"), all);
    md.append("\nThe server's ceiling (raw keep-alive socket GET of the details, no HTTP library):\n\n");
    for (String threads : new String[] {"1Thread", "8Threads"}) {
      Result raw = all.get("Calls" + threads + ".rawSocketGet");
      if (raw == null) {
        continue;
      }
      double fastest = 0;
      String fastestName = "";
      for (Map.Entry<String, Result> e : all.entrySet()) {
        if (e.getKey().startsWith("Calls" + threads + ".") && !e.getKey().contains("rawSocket")
            && e.getValue().score > fastest) {
          fastest = e.getValue().score;
          fastestName = e.getKey();
        }
      }
      md.append(String.format(Locale.ROOT,
          "- %s: %s ops/s, %.1fx the fastest library call (%s, %.0f ops/s)%n",
          threads.startsWith("1") ? "1 thread" : "8 threads", fmt(raw.score, raw.error),
          raw.score / fastest, fastestName, fastest));
    }
    md.append('\n');
  }

  /**
   * The server prints its own CPU time per request when a fork ends; with the throughput of that
   * fork this says what share of one core the server needed, which shows whether it could have
   * been the bottleneck.
   */
  private void serverCpu(File log, Map<String, Result> r) throws IOException {
    if (!log.isFile()) {
      return;
    }
    Pattern stat = Pattern.compile("fixed-bytes server: (\\d+) requests on (\\d+) connections; "
        + "since the last mark \\d+ requests, cpu [\\d.]+ ms, ([\\d.]+) us/request");
    String benchmark = null;
    String stack = null;
    List<String> rows = new ArrayList<>();
    double worstShare = 0;
    String worst = "";
    for (String line : Files.readAllLines(log.toPath(), StandardCharsets.UTF_8)) {
      if (line.startsWith("# Benchmark: ")) {
        String b = line.substring(13).trim();
        benchmark = b.substring(b.lastIndexOf('.', b.lastIndexOf('.') - 1) + 1);
        stack = null;
      } else if (line.startsWith("# Parameters: (stack = ")) {
        stack = line.substring(23, line.indexOf(')'));
      }
      Matcher m = stat.matcher(line);
      if (m.find() && benchmark != null) {
        String key = benchmark + (stack == null ? "" : ":" + stack);
        Result res = r.get(key);
        double us = Double.parseDouble(m.group(3));
        double share = res == null ? Double.NaN : us * res.score / 1e6;
        if (!key.contains("rawSocket") && share > worstShare) {
          worstShare = share;
          worst = key;
        }
        rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.0f%% |", key, m.group(1),
            m.group(2), us, share * 100));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    md.append(String.format(Locale.ROOT, "%nServer CPU over the last measured iteration of each "
        + "fork (its whole JVM, JIT and GC included), at the faster side's measured rate: for any "
        + "library benchmark it needed at most %.0f%% of one core (%s). Per fork:%n%n",
        worstShare * 100, worst))
        .append("| benchmark | requests | connections | server CPU us/request | "
            + "share of one core at the measured rate |\n| --- | ---: | ---: | ---: | ---: |\n");
    rows.forEach(row -> md.append(row).append('\n'));
  }

  private void layers(File f) throws IOException {
    Map<String, Result> r = jmh(f);
    if (r.isEmpty()) {
      return;
    }
    md.append("## Where the time goes (no network, 1 thread)\n\n")
        .append("| step | us/op | B/op |\n| --- | ---: | ---: |\n");
    r.forEach((k, v) -> md.append("| ").append(k.substring(k.indexOf('.') + 1)).append(" | ")
        .append(String.format(Locale.ROOT, "%.2f", v.score)).append(" | ")
        .append(String.format(Locale.ROOT, "%.0f", v.bytesPerOp)).append(" |\n"));
    md.append("\nThe whole client without network, less its validation and its JSON mapping, is "
        + "what Feign's request building and the client's glue (retryer, headers, tracking ID, "
        + "error mapping) cost per call:\n\n| call | us/op | B/op |\n| --- | ---: | ---: |\n");
    glue(r, "get", "clientGetNoNetwork", "validateGet", "mapReadDetails");
    glue(r, "create", "clientCreateNoNetwork", "validateCreate", "mapWriteCreate",
        "mapReadCreated");
    glue(r, "list page", "clientListPageNoNetwork", "validateList", "mapReadList");
    md.append('\n');
  }

  private void glue(Map<String, Result> r, String call, String whole, String... parts) {
    Result w = r.get("Layers." + whole);
    if (w == null) {
      return;
    }
    double us = w.score;
    double bytes = w.bytesPerOp;
    for (String part : parts) {
      Result p = r.get("Layers." + part);
      if (p == null) {
        return;
      }
      us -= p.score;
      bytes -= p.bytesPerOp;
    }
    md.append(String.format(Locale.ROOT, "| %s | %.2f | %.0f |%n", call, us, bytes));
  }

  private void paging(File f) throws IOException {
    Map<String, Result> r = jmh(f);
    Result p = r.get("Paging.pageThrough100kAgents");
    if (p == null) {
      md.append("## Paging 100,000 agents under -Xmx64m\n\nNOT MET: no result (the run failed).\n\n");
      return;
    }
    md.append("## Paging 100,000 agents under -Xmx64m\n\n")
        .append(String.format(Locale.ROOT,
            "Met: 50 pages of 2,000 agents walked in %.0f ms per pass (single shot, mean of the "
                + "measured passes), %.1f MB allocated per pass, in a JVM started with -Xmx64m.%n%n",
            p.score, p.bytesPerOp / 1048576));
  }

  private void coldStart(File f) throws IOException {
    if (!f.isFile()) {
      return;
    }
    JsonNode v = mapper.readTree(f).get("variants");
    md.append("## Cold start: fresh JVM to the first completed get (median wall ms)\n\n")
        .append("Target: client / baseline <= ").append(COLD_START_TARGET).append(".\n\n")
        .append("| transport | client ms | baseline ms | ratio | target |\n")
        .append("| --- | ---: | ---: | ---: | --- |\n");
    for (String stack : STACKS) {
      JsonNode c = v.get("client:" + stack);
      JsonNode b = v.get("baseline:" + stack);
      if (c == null || b == null) {
        continue;
      }
      double ratio = c.get("wallMedianMs").asDouble() / b.get("wallMedianMs").asDouble();
      md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %s |%n", stack,
          c.get("wallMedianMs").asDouble(), b.get("wallMedianMs").asDouble(), ratio,
          ratio <= COLD_START_TARGET ? "met" : "MISSED"));
    }
    md.append('\n');
  }

  private void footprint(File f) throws IOException {
    if (!f.isFile()) {
      return;
    }
    JsonNode j = mapper.readTree(f);
    double ours = j.get("client").get("mb").asDouble();
    double naive = j.get("naiveGeneratedFeign").get("mb").asDouble();
    md.append("## Runtime dependency closure\n\n")
        .append(String.format(Locale.ROOT,
            "call-pickup-client: %.2f MB in %d jars; naive generated Feign client: %.2f MB in %d "
                + "jars; ratio %.2f: %s (details in footprint.md).%n%n",
            ours, j.get("client").get("jars").asInt(), naive,
            j.get("naiveGeneratedFeign").get("jars").asInt(), ours / naive,
            ours < naive ? "met" : "MISSED"));
  }

  private static String fmt(Side s) {
    return String.format(Locale.ROOT, "%.0f (%.0f-%.0f)", s.score, s.min, s.max);
  }

  private static String fmt(double score, double error) {
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, "%.0f", score)
        : String.format(Locale.ROOT, "%.0f ± %.0f", score, error);
  }
}
