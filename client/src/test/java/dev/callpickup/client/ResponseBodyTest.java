package dev.callpickup.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callpickup.client.errors.TransportException;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import dev.callpickup.client.retry.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The response body belongs to the attempt: the read timeout bounds it, and a connection that
 * fails inside it is an I/O error of the attempt (repeated for reads and updates, not for a
 * create). A raw socket server, because these faults happen after valid headers.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResponseBodyTest {

  private static final String LOC = WireMockSupport.LOC;
  private static final String CP = WireMockSupport.CP;
  private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
      + "Connection: close\r\n";

  /** Answers the n-th connection with the n-th answer, the last one repeating. */
  private interface Answer {
    void write(Socket socket, OutputStream out) throws Exception;
  }

  private ServerSocket listener;
  private Thread acceptor;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() throws Exception {
    if (listener != null) {
      listener.close();
      acceptor.join(5000);
    }
  }

  private CallPickupClient serve(Duration readTimeout, Answer... answers) throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    List<Answer> script = new ArrayList<>(List.of(answers));
    acceptor = new Thread(() -> {
      while (!listener.isClosed()) {
        Socket accepted;
        try {
          accepted = listener.accept();
        } catch (IOException e) {
          return; // closed
        }
        Thread handler = new Thread(() -> {
          try (Socket s = accepted) {
            readHead(s.getInputStream());
            int n = requests.getAndIncrement();
            script.get(Math.min(n, script.size() - 1)).write(s, s.getOutputStream());
            s.getOutputStream().flush();
          } catch (Exception e) {
            // a client that gave up
          }
        });
        handler.setDaemon(true);
        handler.start();
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return CallPickupClient.builder()
        .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/v1")
        .token(WireMockSupport.TOKEN)
        .readTimeout(readTimeout)
        .retryPolicy(RetryPolicy.builder().sleeper(sleeps::add).build())
        .build();
  }

  /** Reads the request head and any Content-Length body, so the client is done sending. */
  private static void readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        return;
      }
      head.append((char) c);
    }
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        in.readNBytes(Integer.parseInt(line.substring(15).trim()));
      }
    }
  }

  private static Answer ok(String json) {
    return (socket, out) -> out.write((HEAD + "Content-Length: " + json.length() + "\r\n\r\n" + json)
        .getBytes(StandardCharsets.US_ASCII));
  }

  /** Promises 4000 bytes, sends a few, then closes. */
  private static final Answer CLOSE_INSIDE_THE_BODY = (socket, out) ->
      out.write((HEAD + "Content-Length: 4000\r\n\r\n{\"id\":").getBytes(StandardCharsets.US_ASCII));

  @Test
  void aBodyThatStallsAfterTheHeadersEndsWithinTheReadTimeout() throws Exception {
    CallPickupClient client = serve(Duration.ofMillis(300), (socket, out) -> {
      out.write((HEAD + "Content-Length: 1000\r\n\r\n{\"id\":\"").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int i = 0; i < 200; i++) { // a byte every 50 ms: 10 s unless the client hangs up
        out.write('a');
        out.flush();
        Thread.sleep(50);
      }
    });

    long start = System.nanoTime();
    TransportException e = catchThrowableOfType(TransportException.class,
        () -> client.getCallPickup(LOC, CP));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(e).hasMessageContaining("read timeout");
    // 4 attempts of 300 ms each; the backoff waits are recorded, not spent.
    assertThat(requests.get()).isEqualTo(4);
    assertThat(took).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aReadThatFailsInsideTheBodyIsRepeated() throws Exception {
    CallPickupClient client = serve(Duration.ofSeconds(5), CLOSE_INSIDE_THE_BODY,
        ok("{\"id\":\"I\",\"name\":\"n\"}"));

    assertThat(client.getCallPickup(LOC, CP).getName()).isEqualTo("n");
    assertThat(requests.get()).isEqualTo(2);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void anUpdateThatFailsInsideTheBodyIsRepeated() throws Exception {
    CallPickupClient client = serve(Duration.ofSeconds(5), CLOSE_INSIDE_THE_BODY,
        ok("{\"id\":\"I2\"}"));

    assertThat(client.updateCallPickup(LOC, CP, new UpdateCallPickupRequest().name("x")))
        .isEqualTo("I2");
    assertThat(requests.get()).isEqualTo(2);
  }

  @Test
  void aCreateThatFailsInsideTheBodyIsNotRepeated() throws Exception {
    CallPickupClient client = serve(Duration.ofSeconds(5), CLOSE_INSIDE_THE_BODY,
        ok("{\"id\":\"NEW\"}"));

    TransportException e = catchThrowableOfType(TransportException.class,
        () -> client.createCallPickup(LOC, new CreateCallPickupRequest().name("g")));

    assertThat(e).hasMessageStartingWith("I/O error");
    assertThat(requests.get()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }
}
