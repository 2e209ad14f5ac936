package dev.callpickup.reliability.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callpickup.reliability.support.RawHttpClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the sandbox stores, read through its API: every location's pickups (with details) and free agents. */
final class SandboxState {

  static final ObjectMapper JSON = new ObjectMapper();

  private SandboxState() {}

  static RawHttpClient.Request get(String path, String token) {
    return new RawHttpClient.Request("GET", path,
        List.of(Map.entry("Authorization", "Bearer " + token)), new byte[0]);
  }

  static JsonNode read(RawHttpClient http, String path, String token) throws IOException {
    RawHttpClient.Response r = http.send(get(path, token));
    if (r.status() != 200) {
      throw new IOException("snapshot read " + path + " answered " + r.status() + ": " + r.text());
    }
    return JSON.readTree(r.body());
  }

  /** A canonical text of the stored state: sorted by location, each pickup's details, the free agents. */
  static String snapshot(RawHttpClient http, List<String> locations, String token) throws IOException {
    Map<String, Object> state = new TreeMap<>();
    for (String loc : locations) {
      String base = "/v1/telephony/config/locations/" + loc + "/callPickups";
      List<String> details = new ArrayList<>();
      for (JsonNode p : read(http, base + "?max=2000", token).get("callPickups")) {
        details.add(read(http, base + "/" + p.get("id").asText(), token).toString());
      }
      details.sort(null);
      state.put(loc + " pickups", details);
      state.put(loc + " available", read(http, base + "/availableUsers?max=2000", token).toString());
    }
    return JSON.writeValueAsString(state);
  }
}
