package dev.callpickup.benchmarks.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link FixedBytesServer} in a JVM of its own, so that its threads, allocations and JIT
 * work are not counted in the benchmark JVM (JMH's {@code -prof gc} counts every thread of the
 * process it measures). It stops when this process closes its standard input or dies.
 */
public final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** @return a started server on a free loopback port */
  public static ServerProcess start() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), FixedBytesServer.class.getName(), "0"))
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process p = pb.start();
      BufferedReader out = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
      String line = out.readLine();
      if (line == null || !line.startsWith("LISTENING ")) {
        p.destroyForcibly();
        throw new IllegalStateException("the server did not start: " + line);
      }
      return new ServerProcess(p, Integer.parseInt(line.substring(10).trim()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return {@code http://127.0.0.1:<port>/v1} */
  public String baseUrl() {
    return "http://127.0.0.1:" + port + FixedBytesServer.BASE_PATH;
  }

  /** Starts a new interval of the server's CPU statistics (see {@link FixedBytesServer}). */
  public void mark() {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.getOutputStream().write(("GET " + FixedBytesServer.MARK_PATH
          + " HTTP/1.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      s.getInputStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the port */
  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
