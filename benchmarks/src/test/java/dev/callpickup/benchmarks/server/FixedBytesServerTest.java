package dev.callpickup.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark server answers with the spec's examples, on keep-alive connections. */
class FixedBytesServerTest {

  private static final String LOC = "/v1/telephony/config/locations/L1/callPickups";
  private static FixedBytesServer server;
  private static Examples examples;

  @BeforeAll
  static void start() {
    server = FixedBytesServer.start(0);
    examples = Examples.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void servesTheExamplesOnOneKeepAliveConnection() throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      Answer get = exchange(s, "GET " + LOC + "/ID1 HTTP/1.1\r\nHost: x\r\n\r\n");
      String body = "{\"name\":\"x\"}";
      Answer post = exchange(s, "POST " + LOC + " HTTP/1.1\r\nHost: x\r\nContent-Type: "
          + "application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
      Answer list = exchange(s, "GET " + LOC + "?max=100&start=0 HTTP/1.1\r\nHost: x\r\n\r\n");
      Answer missing = exchange(s, "GET /v1/other HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(get.status).isEqualTo(200);
      assertThat(get.body).isEqualTo(examples.callPickupDetails);
      assertThat(new ObjectMapper().readTree(get.body).get("name").asText())
          .isEqualTo("South Alaska-Group");
      assertThat(post.status).isEqualTo(201);
      assertThat(post.body).isEqualTo(examples.createResponse);
      assertThat(list.body).isEqualTo(examples.callPickupList);
      assertThat(missing.status).isEqualTo(404);
    }
  }

  @Test
  void agentPagesAreLinkedUntilTheLastOne() throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      Answer first = exchange(s, "GET " + LOC + "/availableUsers?max=2000 HTTP/1.1\r\n\r\n");
      Answer last = exchange(s, "GET " + LOC + "/availableUsers?start=98000&max=2000 HTTP/1.1"
          + "\r\n\r\n");

      JsonNode page = new ObjectMapper().readTree(first.body).get("agents");
      assertThat(page.size()).isEqualTo(FixedBytesServer.AGENT_PAGE);
      assertThat(page.get(0).get("id").asText()).isNotEqualTo(page.get(1).get("id").asText());
      assertThat(first.head).contains("Link: <http://127.0.0.1:" + server.port() + LOC
          + "/availableUsers?start=2000&max=2000>; rel=\"next\"");
      assertThat(new ObjectMapper().readTree(last.body).get("agents").size())
          .isEqualTo(FixedBytesServer.AGENT_PAGE);
      assertThat(last.head.toLowerCase(Locale.ROOT)).doesNotContain("link:");
    }
  }

  private record Answer(int status, String head, byte[] body) {
  }

  /** Sends one request and reads exactly one response (by Content-Length) off the socket. */
  private static Answer exchange(Socket s, String request) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    InputStream in = s.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed");
      }
      head.write(b);
    }
    String h = head.toString(StandardCharsets.ISO_8859_1);
    String lower = h.toLowerCase(Locale.ROOT);
    int i = lower.indexOf("content-length:");
    int length = i < 0 ? 0 : Integer.parseInt(h.substring(i + 15, h.indexOf('\r', i)).trim());
    byte[] body = in.readNBytes(length);
    return new Answer(Integer.parseInt(h.substring(9, 12)), h, body);
  }
}
