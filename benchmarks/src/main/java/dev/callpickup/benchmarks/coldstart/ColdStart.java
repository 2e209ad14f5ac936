package dev.callpickup.benchmarks.coldstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callpickup.benchmarks.server.FixedBytesServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold start, measured from outside: launches fresh JVMs ({@link FirstCall}) one after the
 * other and times each from {@code ProcessBuilder.start()} to the line that says the first call
 * completed; JVM boot, class loading, client construction and the first request are all in it.
 * The variants alternate within each round so that drift on the machine hits all of them alike.
 * Writes medians, means and every sample as JSON.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.callpickup.benchmarks.coldstart.ColdStart
 * <rounds> <output.json> variant...} where a variant is {@code client:JDK},
 * {@code baseline:JDK}, ... The server runs in this JVM.
 */
public final class ColdStart {

  private ColdStart() {
  }

  /**
   * @param args rounds, output file, variants
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    File output = new File(args[1]);
    List<String> variants = Arrays.asList(args).subList(2, args.length);
    Map<String, List<Double>> wall = new LinkedHashMap<>();
    Map<String, List<Double>> uptime = new LinkedHashMap<>();
    variants.forEach(v -> {
      wall.put(v, new ArrayList<>());
      uptime.put(v, new ArrayList<>());
    });
    try (FixedBytesServer server = FixedBytesServer.start(0)) {
      for (String v : variants) {
        launch(v, server.baseUrl()); // one unrecorded launch each: page cache, CDS archive
      }
      for (int r = 0; r < rounds; r++) {
        List<String> order = new ArrayList<>(variants);
        if (r % 2 == 1) {
          java.util.Collections.reverse(order);
        }
        for (String v : order) {
          double[] t = launch(v, server.baseUrl());
          wall.get(v).add(t[0]);
          uptime.get(v).add(t[1]);
        }
      }
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("measure", "ms from ProcessBuilder.start() to the first call's answer in a fresh JVM");
    root.put("rounds", rounds);
    root.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    root.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    ObjectNode results = root.putObject("variants");
    for (String v : variants) {
      ObjectNode n = results.putObject(v);
      n.put("wallMedianMs", median(wall.get(v)));
      n.put("wallMeanMs", mean(wall.get(v)));
      n.put("jvmUptimeMedianMs", median(uptime.get(v)));
      ArrayNode samples = n.putArray("wallSamplesMs");
      wall.get(v).forEach(samples::add);
    }
    mapper.writeValue(output, root);
    System.out.println(mapper.writeValueAsString(results));
  }

  /** @return {wall ms, the child's own uptime ms} */
  private static double[] launch(String variant, String baseUrl) throws IOException,
      InterruptedException {
    String[] kv = variant.split(":");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        FirstCall.class.getName(), kv[0], kv[1], baseUrl)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process p = pb.start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
    String line = out.readLine();
    long end = System.nanoTime();
    if (!"done".equals(line)) {
      p.destroyForcibly();
      throw new IllegalStateException(variant + " failed: " + line);
    }
    String up = out.readLine();
    p.waitFor();
    return new double[] {(end - start) / 1e6, Double.parseDouble(up.substring(9).trim())};
  }

  private static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
