package dev.callpickup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callpickup.sandbox.http.Contract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test helper: talks to a sandbox over real HTTP and checks that every response the sandbox gives to an
 * operation of the contract is valid against the contract.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The location of the contract's examples (the seed page's create example location). */
    static final String LOCATION = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzhmZjMwMjg5LWVhMzMtNDc1Ny1iMTBmLWQ2MWIyNzFhMDVlZg";
    /** The "Alaska" location of the list example. */
    static final String ALASKA = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1";
    /** Seed agents of {@link #LOCATION} that are in no pickup. */
    static final String SARAH = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS80YTc2ZmVmNC1mZjlmLTExZWItYWYwZC00M2YwZjY1NTdjYWI";
    static final String LOBBY = "Y2lzY29zcGFyazovL3VzL1BMQUNFLzU1YjUyZThhLWZmOWYtMTFlYi05ZjRhLTAzZDY1NzdhYzg1Yg";
    static final String FRONT_DESK = "Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfTElORS85ODFlNTQ0Yy0xOGI0LTQ2MzItYmFkZi1iYWMwZjFkOGJkYWY=";
    static final String DAVID = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS82YTUwMDk1YS1mZjlmLTExZWItODA2NS04ZjhkOWIxNmIzOTQ";
    static final String RONNIE = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS83MGY2MzYzMC1mZjlmLTExZWItODU5YS0xZjhiYjRjNzc1MWQ";
    /** Seed agent of {@link #LOCATION} that belongs to "callPickup2". */
    static final String JOHN = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS80NDVkMzMzMC1mNjE3LTExZWItOWQyZS01NzViODE3ZGE2NmE";
    /** The ID of the seed pickup "callPickup2", as in the contract's examples. */
    static final String CALL_PICKUP_2 = "Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Sandbox sandbox;

    Api(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** A response: status, headers, body text and, when it is JSON, the parsed body. */
    record Reply(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** Asserts a Webex error body: message, errors[].description and trackingId matching the header. */
        Reply assertWebexError(int expectedStatus) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            JsonNode error = json();
            assertThat(error.path("message").asText()).isNotBlank();
            assertThat(error.path("errors")).isNotEmpty();
            assertThat(error.path("errors").get(0).path("description").asText()).isNotBlank();
            assertThat(error.path("trackingId").asText()).isNotBlank().isEqualTo(header("trackingid"));
            return this;
        }
    }

    static String pickups(String location) {
        return "/telephony/config/locations/" + location + "/callPickups";
    }

    static String pickup(String location, String id) {
        return pickups(location) + "/" + id;
    }

    Reply get(String path) {
        return send("GET", path, null, sandbox.token(), "application/json");
    }

    Reply post(String path, String json) {
        return send("POST", path, json, sandbox.token(), "application/json");
    }

    Reply put(String path, String json) {
        return send("PUT", path, json, sandbox.token(), "application/json");
    }

    Reply delete(String path) {
        return send("DELETE", path, null, sandbox.token(), null);
    }

    /** Creates a pickup and returns its ID, failing unless the sandbox answers 201. */
    String create(String location, String name, String... agents) {
        String agentList = java.util.Arrays.stream(agents).map(a -> "\"" + a + "\"").collect(Collectors.joining(","));
        Reply reply = post(pickups(location), "{\"name\":\"" + name + "\",\"agents\":[" + agentList + "]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    /**
     * Sends a request below the base URL (path starts with "/telephony...", raw: already encoded), then
     * checks the response against the contract.
     */
    Reply send(String method, String path, String body, String token, String contentType) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), token, contentType, Map.of());
    }

    Reply send(String method, String path, HttpRequest.BodyPublisher body, String token, String contentType,
               Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return exchange(request.build());
    }

    /** Sends a prepared request (absolute URL) and checks the response against the contract. */
    static Reply exchange(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox dropped the request " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
        assertValidAgainstContract(request.method(), request.uri().getRawPath(), reply);
        assertThat(reply.status()).as("never a server error: %s", reply.body()).isLessThan(500);
        assertThat(reply.header("trackingid")).as("trackingid header").isNotBlank();
        return reply;
    }

    /** Fails when a response to an operation of the contract breaks the contract. */
    static void assertValidAgainstContract(String method, String rawPath, Reply reply) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        reply.headers().forEach((name, values) -> response.withHeader(name, values));
        if (!reply.body().isEmpty()) {
            response.withBody(reply.body());
        }
        ValidationReport report = Contract.validator().validateResponse(rawPath,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        List<String> problems = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                // Resolution problems mean the request addressed no operation (unknown path or method).
                .filter(m -> !m.getKey().startsWith("validation.request."))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
        assertThat(problems).as("response %s %s -> %d %s", method, rawPath, reply.status(), reply.body()).isEmpty();
    }
}
