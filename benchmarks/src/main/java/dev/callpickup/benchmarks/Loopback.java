package dev.callpickup.benchmarks;

import dev.callpickup.benchmarks.server.ServerProcess;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The fixed-bytes server of one benchmark run, in a JVM of its own. */
@State(Scope.Benchmark)
public class Loopback {

  /** The example location of the spec. */
  public static final String LOCATION_ID = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1";
  /** The example call pickup of the spec. */
  public static final String CALL_PICKUP_ID =
      "Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0";

  ServerProcess server;

  /** Starts the server. */
  @Setup(Level.Trial)
  public void start() {
    server = ServerProcess.start();
  }

  /** Marks the start of an iteration, so the server's CPU figure covers the last one only. */
  @Setup(Level.Iteration)
  public void mark() {
    server.mark();
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  /** @return the server's base URL */
  public String baseUrl() {
    return server.baseUrl();
  }
}
