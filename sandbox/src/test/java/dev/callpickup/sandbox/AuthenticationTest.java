package dev.callpickup.sandbox;

import static dev.callpickup.sandbox.Api.LOCATION;
import static dev.callpickup.sandbox.Api.pickups;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bearer token is required; the accepted one is configurable. */
class AuthenticationTest {

    @Test
    void defaultTokenIsSandboxToken() {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            assertThat(sandbox.token()).isEqualTo("sandbox-token");
            assertThat(new Api(sandbox).get(pickups(LOCATION)).status()).isEqualTo(200);
        }
    }

    @Test
    void missingOrWrongTokenAnswers401WithAWebexBody() {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            Api api = new Api(sandbox);

            api.send("GET", pickups(LOCATION), null, null, null).assertWebexError(401);
            api.send("GET", pickups(LOCATION), null, "wrong-token", null).assertWebexError(401);
            api.send("GET", pickups(LOCATION), null, "sandbox-token-but-longer", null).assertWebexError(401);
            api.send("POST", pickups(LOCATION), "{\"name\":\"Desk\"}", null, "application/json").assertWebexError(401);
            api.send("GET", pickups(LOCATION), HttpRequest.BodyPublishers.noBody(), null, null,
                    Map.of("Authorization", "Basic c2FuZGJveC10b2tlbg==")).assertWebexError(401);
        }
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            Api api = new Api(sandbox);

            for (String scheme : new String[] {"bearer", "BEARER", "bEaReR"}) {
                Api.Reply read = api.send("GET", pickups(LOCATION), HttpRequest.BodyPublishers.noBody(), null, null,
                        Map.of("Authorization", scheme + " sandbox-token"));
                assertThat(read.status()).as(scheme).isEqualTo(200);
            }
            Api.Reply created = api.send("POST", pickups(LOCATION),
                    HttpRequest.BodyPublishers.ofString("{\"name\":\"Lower Case Desk\"}"), null, "application/json",
                    Map.of("Authorization", "bearer sandbox-token"));
            assertThat(created.status()).isEqualTo(201);
            api.send("GET", pickups(LOCATION), HttpRequest.BodyPublishers.noBody(), null, null,
                    Map.of("Authorization", "bearer wrong-token")).assertWebexError(401);
        }
    }

    @Test
    void unauthorizedRequestsChangeNothing() {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            Api api = new Api(sandbox);

            api.send("POST", pickups(LOCATION), "{\"name\":\"Desk\"}", "wrong", "application/json");

            assertThat(api.get(pickups(LOCATION) + "?name=Desk").json().get("callPickups")).isEmpty();
        }
    }

    @Test
    void configuredTokenReplacesTheDefault() {
        try (Sandbox sandbox = Sandbox.builder().token("my-local-token").build().start()) {
            Api api = new Api(sandbox);

            assertThat(api.get(pickups(LOCATION)).status()).isEqualTo(200);
            api.send("GET", pickups(LOCATION), null, "sandbox-token", null).assertWebexError(401);
        }
    }

    @Test
    void theTokenIsNotInToString() {
        try (Sandbox sandbox = Sandbox.builder().token("secret-value-123").build().start()) {
            assertThat(sandbox.toString()).doesNotContain("secret-value-123").contains(sandbox.baseUrl());
        }
    }
}
