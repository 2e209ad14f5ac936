package dev.callpickup.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes responses the way Webex does: JSON, a {@code trackingid} header, Webex error bodies. */
final class WebexResponses {
    static final ObjectMapper JSON = new ObjectMapper();

    private WebexResponses() {
    }

    /** Sends a JSON body (or none, when {@code body} is null) with the tracking ID header. */
    static void send(HttpExchange exchange, int status, JsonNode body, String trackingId) throws IOException {
        exchange.getResponseHeaders().set("trackingid", trackingId);
        if (body == null || "HEAD".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends a Webex error body: {@code message}, one {@code errors[]} entry per problem, {@code trackingId}. */
    static void error(HttpExchange exchange, int status, List<String> problems, Integer errorCode, String trackingId)
            throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", String.join("; ", problems));
        ArrayNode errors = body.putArray("errors");
        for (String problem : problems) {
            ObjectNode detail = errors.addObject().put("description", problem);
            if (errorCode != null) {
                detail.put("errorCode", errorCode);
            }
        }
        body.put("trackingId", trackingId);
        send(exchange, status, body, trackingId);
    }
}
