package dev.callpickup.benchmarks.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The spec's examples as compact JSON bytes: the server answers with them and the benchmarks
 * send them, so every number is measured on the documented payloads, not on a private copy.
 */
public final class Examples {

  /** {@code getCallPickup} 200, example {@code southAlaskaGroup}. */
  public final byte[] callPickupDetails;
  /** {@code createCallPickup} request body, example {@code southAlaskaGroup}. */
  public final byte[] createRequest;
  /** {@code createCallPickup} 201, example {@code created}. */
  public final byte[] createResponse;
  /** {@code listCallPickups} 200, example {@code twoAlaskaGroups}. */
  public final byte[] callPickupList;
  /** An agent of {@code listAvailableAgents} 200, example {@code threeAvailableAgents}. */
  public final JsonNode agent;

  private Examples(JsonNode spec) throws IOException {
    JsonNode paths = spec.get("paths");
    JsonNode list = paths.get("/telephony/config/locations/{locationId}/callPickups");
    JsonNode one = paths.get("/telephony/config/locations/{locationId}/callPickups/{callPickupId}");
    JsonNode agents = paths.get(
        "/telephony/config/locations/{locationId}/callPickups/availableUsers");
    this.callPickupDetails = json(response(one.get("get"), "200", "southAlaskaGroup"));
    this.createRequest = json(one(list.get("post").get("requestBody"), "southAlaskaGroup"));
    this.createResponse = json(response(list.get("post"), "201", "created"));
    this.callPickupList = json(response(list.get("get"), "200", "twoAlaskaGroups"));
    this.agent = response(agents.get("get"), "200", "threeAvailableAgents").get("agents").get(0);
  }

  /** @return the examples of the spec bundled in this jar */
  public static Examples load() {
    try (InputStream in = Examples.class.getResourceAsStream("/dev/callpickup/benchmarks/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is not on the classpath");
      }
      return new Examples(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode response(JsonNode operation, String status, String example) {
    return one(operation.get("responses").get(status), example);
  }

  private static JsonNode one(JsonNode holder, String example) {
    JsonNode value = holder.get("content").get("application/json").get("examples").get(example)
        .get("value");
    if (value == null) {
      throw new IllegalStateException("the spec has no example " + example);
    }
    return value;
  }

  private static byte[] json(JsonNode value) throws IOException {
    return new ObjectMapper().writeValueAsBytes(value);
  }
}
