package dev.callpickup.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One keep-alive socket per benchmark thread that sends a prebuilt GET for the details and reads
 * the whole answer, with no HTTP library and no JSON: the server's ceiling on this machine.
 */
@State(Scope.Thread)
public class RawConnection {

  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private byte[] request;
  private final byte[] buf = new byte[64 * 1024];

  /**
   * @param loopback the server
   * @throws IOException if the connection fails
   */
  @Setup(Level.Trial)
  public void open(Loopback loopback) throws IOException {
    int port = loopback.server.port();
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    request = ("GET /v1/telephony/config/locations/" + Loopback.LOCATION_ID + "/callPickups/"
        + Loopback.CALL_PICKUP_ID + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nAuthorization: Bearer x\r\nAccept: application/json\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    if (roundTrip() < 1000) {
      throw new IllegalStateException("the server did not answer with the details example");
    }
  }

  /** Closes the socket. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    socket.close();
  }

  /**
   * @return the body length
   * @throws IOException on failure
   */
  public int roundTrip() throws IOException {
    out.write(request);
    int len = 0;
    int headerEnd = -1;
    int total = Integer.MAX_VALUE;
    while (len < total) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        throw new IOException("closed");
      }
      len += n;
      if (headerEnd < 0) {
        headerEnd = find(len);
        if (headerEnd >= 0) {
          total = headerEnd + 4 + contentLength(headerEnd);
        }
      }
    }
    return total - headerEnd - 4;
  }

  private int find(int len) {
    for (int i = 0; i + 3 < len; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private int contentLength(int headerEnd) {
    String head = new String(buf, 0, headerEnd, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int i = head.indexOf("content-length:");
    int end = head.indexOf('\r', i);
    return Integer.parseInt(head.substring(i + 15, end < 0 ? head.length() : end).trim());
  }
}
