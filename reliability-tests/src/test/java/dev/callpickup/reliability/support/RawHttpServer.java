package dev.callpickup.reliability.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP/1.1 server made of a bare {@link ServerSocket}, for the faults a real HTTP server
 * will not produce on purpose: a reset in the middle of a body, a body that trickles forever. Each
 * accepted request's head (request line and headers) is recorded, then {@link Behaviour} writes
 * whatever bytes it wants and decides how the connection ends.
 */
public final class RawHttpServer implements AutoCloseable {

  /** What the server does once it has read a request head. */
  @FunctionalInterface
  public interface Behaviour {
    void respond(Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-http-server");
    t.setDaemon(true);
    return t;
  });
  private final List<String> requestHeads = new CopyOnWriteArrayList<>();
  private final Behaviour behaviour;

  private RawHttpServer(Behaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    workers.execute(this::acceptLoop);
  }

  /** Starts a server on a free loopback port. */
  public static RawHttpServer start(Behaviour behaviour) throws IOException {
    return new RawHttpServer(behaviour);
  }

  /** {@code http://127.0.0.1:<port>/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
  }

  /** The request heads seen so far, one string per request. */
  public List<String> requestHeads() {
    return List.copyOf(requestHeads);
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        workers.execute(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      // One request per connection is enough for these faults; each ends the connection.
      String head = readHead(in);
      if (head == null) {
        return;
      }
      requestHeads.add(head);
      skipBody(in, head);
      behaviour.respond(socket, out);
    } catch (IOException | InterruptedException ignored) {
      // The client hung up, as some cases expect.
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == end.length) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  private static void skipBody(InputStream in, String head) throws IOException {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        long length = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
        in.readNBytes((int) length);
      }
    }
  }

  /** Ends a connection with a TCP RST instead of a FIN, the way a crashed peer or a gateway does. */
  public static void reset(Socket socket) throws SocketException {
    socket.setSoLinger(true, 0);
  }

  @Override
  public void close() throws IOException {
    server.close();
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
