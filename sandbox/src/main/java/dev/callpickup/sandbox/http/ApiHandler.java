package dev.callpickup.sandbox.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.callpickup.sandbox.Faults;
import dev.callpickup.sandbox.state.AgentQuery;
import dev.callpickup.sandbox.state.ApiError;
import dev.callpickup.sandbox.state.CallPickupStore;
import dev.callpickup.sandbox.state.Page;
import dev.callpickup.sandbox.state.PickupInput;
import dev.callpickup.sandbox.state.PickupQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's one HTTP handler. For every request, in this order: tracking ID, injected faults, route
 * (404/405), bearer token (401), body size, the contract (400/415), JSON syntax, then the Webex rules of
 * the operation. Every failure becomes a Webex error body; nothing escapes as a dropped connection.
 */
public final class ApiHandler implements HttpHandler {
    /** Largest request body accepted; a create with 100 agents is about 10 KiB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** How much of an over-long body is read and discarded so the client still gets its answer. */
    private static final int MAX_DRAIN_BYTES = 16 * 1024 * 1024;
    private static final long DEFAULT_MAX = 2000;
    private static final Pattern TRACKING_ID = Pattern.compile("[\\x21-\\x7E]{1,256}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\s*at \\[Source: [^;\\]]*; (line: \\d+, column: \\d+)\\]");
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final CallPickupStore store;
    private final OpenApiInteractionValidator validator;
    private final byte[] expectedAuthorization;
    private final Faults faults;
    private final AtomicLong requestCount = new AtomicLong();

    /**
     * @param store     the state
     * @param validator the contract's validator
     * @param token     the accepted bearer token
     * @param faults    faults to inject
     */
    public ApiHandler(CallPickupStore store, OpenApiInteractionValidator validator, String token, Faults faults) {
        this.store = store;
        this.validator = validator;
        this.expectedAuthorization = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String trackingId = trackingId(exchange);
        try {
            handle(exchange, trackingId);
        } catch (ApiError e) {
            WebexResponses.error(exchange, e.status(), e.problems(), e.errorCode(), trackingId);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Unexpected failure answering {} {} (trackingid {})", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), trackingId, e);
            WebexResponses.error(exchange, 500, List.of("Internal error of the sandbox: " + e), null, trackingId);
        } finally {
            exchange.close();
        }
    }

    private void handle(HttpExchange exchange, String trackingId) throws IOException {
        injectLatency();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        List<String> segments = RawPath.segments(exchange.getRequestURI().getRawPath())
                .orElseThrow(() -> new ApiError(400, "The request path holds an invalid percent-encoding."));
        Route.Match match = Route.match(method, segments);
        if (match.route().isEmpty()) {
            drain(exchange.getRequestBody());
            if (match.allowedMethods().isEmpty()) {
                throw new ApiError(404, "The requested resource could not be found: "
                        + exchange.getRequestURI().getRawPath());
            }
            exchange.getResponseHeaders().set("Allow", String.join(", ", match.allowedMethods()));
            throw new ApiError(405, "Method " + method + " is not allowed here; allowed: " + match.allowedMethods());
        }
        Route route = match.route().get();
        if (faults.rateLimitEvery() > 0 && requestCount.incrementAndGet() % faults.rateLimitEvery() == 0) {
            drain(exchange.getRequestBody());
            exchange.getResponseHeaders().set("Retry-After", faults.retryAfter());
            throw new ApiError(429, "Too many requests. Retry after the time given by Retry-After.");
        }
        if (!authorized(exchange)) {
            drain(exchange.getRequestBody());
            throw new ApiError(401,
                    "The request requires a valid access token set in the Authorization request header.");
        }
        byte[] body = readBody(exchange.getRequestBody());
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
        validate(exchange, method, segments, query, body);
        JsonNode json = parseBody(exchange, route, body);
        dispatch(exchange, route, query, json, trackingId);
    }

    private void dispatch(HttpExchange exchange, Route route, Map<String, List<String>> query, JsonNode json,
                          String trackingId) throws IOException {
        String location = route.locationId();
        switch (route.operation()) {
            case LIST_CALL_PICKUPS -> {
                PickupQuery q = new PickupQuery(first(query, "name"), "DSC".equals(first(query, "order")),
                        number(query, "start", 0), number(query, "max", DEFAULT_MAX));
                var page = store.list(location, q);
                linkNext(exchange, page, q.start(), q.max());
                WebexResponses.send(exchange, 200, Representations.pickupList(page), trackingId);
            }
            case CREATE_CALL_PICKUP -> WebexResponses.send(exchange, 201,
                    Representations.id(store.create(location, input(json))), trackingId);
            case GET_CALL_PICKUP -> WebexResponses.send(exchange, 200,
                    Representations.pickup(store.get(location, route.callPickupId())), trackingId);
            case UPDATE_CALL_PICKUP -> WebexResponses.send(exchange, 200,
                    Representations.id(store.update(location, route.callPickupId(), input(json))), trackingId);
            case DELETE_CALL_PICKUP -> {
                store.delete(location, route.callPickupId());
                WebexResponses.send(exchange, 204, null, trackingId);
            }
            case LIST_AVAILABLE_AGENTS -> {
                String order = first(query, "order");
                AgentQuery q = new AgentQuery(first(query, "callPickupName"), first(query, "name"),
                        first(query, "phoneNumber"), order == null ? List.of() : Arrays.asList(order.split("\\|")),
                        number(query, "start", 0), number(query, "max", DEFAULT_MAX));
                var page = store.availableAgents(location, q);
                linkNext(exchange, page, q.start(), q.max());
                WebexResponses.send(exchange, 200, Representations.agentList(page), trackingId);
            }
            default -> throw new IllegalStateException("Unrouted operation " + route.operation());
        }
    }

    private static PickupInput input(JsonNode json) {
        List<String> agents = null;
        if (json.hasNonNull("agents")) {
            agents = StreamSupport.stream(json.get("agents").spliterator(), false).map(JsonNode::asText).toList();
        }
        return new PickupInput(
                json.hasNonNull("name") ? json.get("name").asText() : null,
                json.hasNonNull("notificationType") ? json.get("notificationType").asText() : null,
                json.hasNonNull("notificationDelayTimerSeconds") ? json.get("notificationDelayTimerSeconds").asInt() : null,
                agents);
    }

    /** Adds {@code Link: <absolute url>; rel="next"} while more items remain: same query, next offset. */
    private static void linkNext(HttpExchange exchange, Page<?> page, long start, long max) {
        if (!page.hasMore()) {
            return;
        }
        StringBuilder url = new StringBuilder("http://").append(host(exchange))
                .append(exchange.getRequestURI().getRawPath()).append('?');
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String key = pair.split("=", 2)[0];
                if (!pair.isEmpty() && !key.equals("start") && !key.equals("max")) {
                    url.append(pair).append('&');
                }
            }
        }
        url.append("start=").append(start + max).append("&max=").append(max);
        exchange.getResponseHeaders().set("Link", "<" + url + ">; rel=\"next\"");
    }

    private static String host(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && HOST.matcher(host).matches()) {
            return host;
        }
        var local = exchange.getLocalAddress();
        return local.getAddress().getHostAddress() + ":" + local.getPort();
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = ("Bearer " + header.substring(7).trim()).getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the sandbox may be reachable by others on a shared machine.
        return MessageDigest.isEqual(presented, expectedAuthorization);
    }

    private static JsonNode parseBody(HttpExchange exchange, Route route, byte[] body) {
        boolean hasBodyOperation = route.operation() == Route.Operation.CREATE_CALL_PICKUP
                || route.operation() == Route.Operation.UPDATE_CALL_PICKUP;
        if (!hasBodyOperation) {
            return null;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).trim().startsWith("application/json")) {
            throw new ApiError(415, "Content-Type must be application/json, was "
                    + (contentType == null ? "missing" : "'" + printable(contentType) + "'") + ".");
        }
        if (body.length == 0) {
            throw new ApiError(400, "A JSON request body is required.");
        }
        try {
            JsonNode json = STRICT_JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw new ApiError(400, "The request body must be a JSON object.");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiError(400, "The request body cannot be read: " + e.getMessage());
        }
    }

    private void validate(HttpExchange exchange, String method, List<String> segments,
                          Map<String, List<String>> query, byte[] body) {
        // The validator URL-decodes path parameters with URLDecoder, so hand it segments in that encoding.
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), path.toString());
        exchange.getRequestHeaders().forEach((name, values) ->
                request.withHeader(name, name.equalsIgnoreCase("Authorization") ? bearerSpelledOut(values) : values));
        query.forEach(request::withQueryParam);
        if (body.length > 0 && (method.equals("POST") || method.equals("PUT"))) {
            request.withBody(body);
        }
        ValidationReport report = validator.validateRequest(request.build());
        List<String> problems = new ArrayList<>();
        boolean mediaType = false;
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                problems.add(tidy(message.getMessage()));
                mediaType |= message.getKey().contains("contentType");
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiError(mediaType ? 415 : 400, problems, null);
        }
    }

    /**
     * Auth schemes are case-insensitive (RFC 9110, 11.1) and the token was already checked that way, but the
     * contract validator only recognises {@code Bearer} spelled exactly; hand it that spelling.
     */
    private static List<String> bearerSpelledOut(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(v != null && v.regionMatches(true, 0, "Bearer ", 0, 7) ? "Bearer " + v.substring(7) : v);
        }
        return out;
    }

    /** Jackson's parse errors name an internal source; keep only the position. */
    private static String tidy(String message) {
        return JACKSON_SOURCE.matcher(message).replaceAll(" at $1");
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                params.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "The query string holds an invalid percent-encoding.");
        }
        return params;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static long number(Map<String, List<String>> query, String name, long fallback) {
        String value = first(query, name);
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + ": must be an integer, was '" + printable(value) + "'.");
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + n > MAX_BODY_BYTES) {
                drain(in);
                throw new ApiError(400, "The request body is longer than " + MAX_BODY_BYTES + " bytes.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads and discards what is left (up to a bound), so the client can read the answer on this connection. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < MAX_DRAIN_BYTES && (n = in.read(buffer)) >= 0) {
            total += n;
        }
    }

    private void injectLatency() {
        if (!faults.latency().isZero()) {
            try {
                Thread.sleep(faults.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String trackingId(HttpExchange exchange) {
        String sent = exchange.getRequestHeaders().getFirst("TrackingID");
        // Echo the client's ID, like Webex, so logs on both sides correlate; otherwise make one up.
        return sent != null && TRACKING_ID.matcher(sent).matches()
                ? sent : "SANDBOX_" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    private static String printable(String s) {
        String clean = s.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }

}
