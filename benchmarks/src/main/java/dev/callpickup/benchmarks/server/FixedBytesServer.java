package dev.callpickup.benchmarks.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server that answers the Call Pickup routes with fixed bytes, built once:
 * blocking, one thread per keep-alive connection, {@code TCP_NODELAY}, one {@code write} per
 * response. It does as little as an HTTP server can (find the header end, read
 * {@code Content-Length}, pick a prebuilt answer) so that it cannot be what a benchmark
 * measures; {@code rawSocketGet} in the benchmarks shows its ceiling.
 *
 * <p>Routes under {@code /v1/telephony/config/locations/{locationId}/callPickups}: GET (list
 * example), POST (201, create example), GET {@code /{id}} (details example), PUT {@code /{id}}
 * (the ID), DELETE {@code /{id}} (204), GET {@code /availableUsers} (pages of
 * {@value #AGENT_PAGE} generated agents, {@value #AGENT_TOTAL} in all, linked with
 * {@code Link: rel="next"}). Anything else is a 404.
 */
public final class FixedBytesServer implements AutoCloseable {

  /** The base path, as in the spec's server URL. */
  public static final String BASE_PATH = "/v1";
  /** Agents per generated page. */
  public static final int AGENT_PAGE = 2000;
  /** Agents in all. */
  public static final int AGENT_TOTAL = 100_000;

  /**
   * {@code GET} here (204) starts a new interval for the CPU statistics printed at exit, so that
   * start-up and warm-up are left out: the benchmarks mark the start of every iteration.
   */
  public static final String MARK_PATH = "/mark";

  private static final String LOCATIONS = BASE_PATH + "/telephony/config/locations/";
  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

  private final ServerSocket serverSocket;
  private final Examples examples;
  private final byte[] details;
  private final byte[] list;
  private final byte[] created;
  private final byte[] updated;
  private final byte[] deleted;
  private final byte[] notFound;
  private final Map<Integer, byte[]> agentPages = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  /** CPU nanoseconds and requests at the last {@value #MARK_PATH} request. */
  private volatile long[] mark = {0, 0};
  private volatile boolean closed;

  private FixedBytesServer(ServerSocket serverSocket, Examples examples) {
    this.serverSocket = serverSocket;
    this.examples = examples;
    this.details = response(200, "OK", examples.callPickupDetails, null);
    this.list = response(200, "OK", examples.callPickupList, null);
    this.created = response(201, "Created", examples.createResponse, null);
    this.updated = response(200, "OK", examples.createResponse, null);
    this.deleted = response(204, "No Content", null, null);
    this.notFound = response(404, "Not Found",
        "{\"message\":\"no such route\",\"trackingId\":\"ROUTER_BENCH\"}"
            .getBytes(StandardCharsets.UTF_8), null);
  }

  /**
   * Starts a server on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @return the running server
   */
  public static FixedBytesServer start(int port) {
    try {
      ServerSocket ss = new ServerSocket(port, 128, InetAddress.getLoopbackAddress());
      FixedBytesServer server = new FixedBytesServer(ss, Examples.load());
      Thread acceptor = new Thread(server::acceptLoop, "fixed-bytes-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the port it listens on */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /** @return {@code http://127.0.0.1:<port>/v1} */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + BASE_PATH;
  }

  /** @return requests answered so far */
  public long requests() {
    return requests.get();
  }

  /** @return connections accepted so far */
  public long connections() {
    return connections.get();
  }

  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException e) {
      // closing is best effort: the process is going away
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = serverSocket.accept();
        connections.incrementAndGet();
        Thread t = new Thread(() -> serve(s), "fixed-bytes-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  /** Answers requests on one keep-alive connection until the client closes it. */
  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      byte[] buf = new byte[16 * 1024];
      int len = 0;
      while (true) {
        int headerEnd;
        while ((headerEnd = indexOf(buf, len, CRLFCRLF)) < 0) {
          if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          int n = in.read(buf, len, buf.length - len);
          if (n < 0) {
            return;
          }
          len += n;
        }
        String head = new String(buf, 0, headerEnd, StandardCharsets.ISO_8859_1);
        int total = headerEnd + 4 + contentLength(head);
        while (len < total) {
          if (total > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(total, buf.length * 2));
          }
          int n = in.read(buf, len, buf.length - len);
          if (n < 0) {
            return;
          }
          len += n;
        }
        int sp1 = head.indexOf(' ');
        int sp2 = head.indexOf(' ', sp1 + 1);
        out.write(route(head.substring(0, sp1), head.substring(sp1 + 1, sp2)));
        requests.incrementAndGet();
        System.arraycopy(buf, total, buf, 0, len - total);
        len -= total;
        if (head.toLowerCase(Locale.ROOT).contains("\nconnection: close")) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a client that goes away mid-request is normal between benchmark forks
    }
  }

  private byte[] route(String method, String target) {
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    if (path.equals(MARK_PATH)) {
      mark = new long[] {processCpuNanos(), requests.get()};
      return deleted;
    }
    if (!path.startsWith(LOCATIONS)) {
      return notFound;
    }
    String[] seg = path.substring(LOCATIONS.length()).split("/");
    if (seg.length < 2 || !seg[1].equals("callPickups")) {
      return notFound;
    }
    if (seg.length == 2) {
      return switch (method) {
        case "GET" -> list;
        case "POST" -> created;
        default -> notFound;
      };
    }
    if (seg.length == 3 && seg[2].equals("availableUsers") && method.equals("GET")) {
      return agentPage(path, startOf(q < 0 ? "" : target.substring(q + 1)));
    }
    if (seg.length == 3) {
      return switch (method) {
        case "GET" -> details;
        case "PUT" -> updated;
        case "DELETE" -> deleted;
        default -> notFound;
      };
    }
    return notFound;
  }

  /** Generated once per offset: the example agent with a distinct ID and name per position. */
  private byte[] agentPage(String path, int start) {
    int from = Math.max(0, Math.min(start, AGENT_TOTAL));
    return agentPages.computeIfAbsent(from, s -> {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode page = mapper.createObjectNode();
      ArrayNode agents = page.putArray("agents");
      int to = Math.min(s + AGENT_PAGE, AGENT_TOTAL);
      for (int i = s; i < to; i++) {
        ObjectNode a = examples.agent.deepCopy();
        a.put("id", examples.agent.get("id").asText() + Integer.toString(i, 36));
        a.put("lastName", "Agent" + i);
        agents.add(a);
      }
      String link = to < AGENT_TOTAL
          ? "<" + "http://127.0.0.1:" + port() + path + "?start=" + to + "&max=" + AGENT_PAGE
              + ">; rel=\"next\""
          : null;
      try {
        return response(200, "OK", mapper.writeValueAsBytes(page), link);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static int startOf(String query) {
    for (String p : query.split("&")) {
      if (p.startsWith("start=")) {
        try {
          return Integer.parseInt(p.substring(6));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static int contentLength(String head) {
    int i = head.toLowerCase(Locale.ROOT).indexOf("\ncontent-length:");
    if (i < 0) {
      return 0;
    }
    int end = head.indexOf('\r', i + 1);
    return Integer.parseInt(head.substring(i + 16, end < 0 ? head.length() : end).trim());
  }

  private static int indexOf(byte[] buf, int len, byte[] needle) {
    outer:
    for (int i = 0; i <= len - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buf[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] response(int status, String reason, byte[] body, String link) {
    StringBuilder h = new StringBuilder()
        .append("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n")
        .append("trackingid: ROUTER_BENCH\r\n");
    if (body != null) {
      h.append("Content-Type: application/json;charset=UTF-8\r\n")
          .append("Content-Length: ").append(body.length).append("\r\n");
    }
    if (link != null) {
      h.append("Link: ").append(link).append("\r\n");
    }
    h.append("\r\n");
    byte[] head = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(head, head.length + (body == null ? 0 : body.length));
    if (body != null) {
      System.arraycopy(body, 0, all, head.length, body.length);
    }
    return all;
  }

  /**
   * Runs the server in its own JVM: prints {@code LISTENING <port>} and serves until its
   * standard input closes, so it never outlives the process that started it.
   *
   * @param args optional port (0 = any)
   * @throws IOException if standard input fails
   */
  public static void main(String[] args) throws IOException {
    try (FixedBytesServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 0)) {
      System.out.println("LISTENING " + server.port());
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for EOF
      }
      // CPU of the whole server JVM (its JIT and GC included) since the last mark: an upper
      // bound of what answering cost, over the last iteration only.
      long[] m = server.mark;
      long cpu = processCpuNanos() - m[0];
      long answered = server.requests() - m[1];
      System.err.printf(Locale.ROOT, "fixed-bytes server: %d requests on %d connections; since "
              + "the last mark %d requests, cpu %.0f ms, %.2f us/request%n",
          server.requests(), server.connections(), answered, cpu / 1e6,
          answered == 0 ? 0 : cpu / 1e3 / answered);
    }
  }
}
