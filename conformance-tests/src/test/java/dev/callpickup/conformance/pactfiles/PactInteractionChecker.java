package dev.callpickup.conformance.pactfiles;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import dev.callpickup.conformance.contract.ContractValidator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks one Pact interaction against the contract: the request the consumer promised to send and the
 * response it expects must both be allowed by {@code spec/openapi.yaml}. Webex will never verify our
 * pacts, so the contract stands in for the provider here.
 */
public final class PactInteractionChecker {

    private final ContractValidator validator;

    /** A checker that validates with {@code validator}. */
    public PactInteractionChecker(ContractValidator validator) {
        this.validator = validator;
    }

    /**
     * Violations of the contract by the interaction; empty when it conforms. Each entry names the
     * interaction and the rule.
     */
    public List<String> violations(Interaction interaction) {
        if (!interaction.isSynchronousRequestResponse()) {
            return List.of("'" + interaction.getDescription() + "': not an HTTP request/response interaction");
        }
        SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
        return validator.check(request(http.getRequest()), response(http.getResponse())).stream()
                .map(v -> "'" + interaction.getDescription() + "' " + states(interaction) + ": " + v)
                .toList();
    }

    private static String states(Interaction interaction) {
        return "(given " + interaction.getProviderStates().stream().map(s -> "'" + s.getName() + "'").toList() + ")";
    }

    private static SimpleRequest request(IRequest pact) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(pact.getMethod(), pact.getPath());
        pact.getQuery().forEach((name, values) -> builder.withQueryParam(name, values));
        pact.getHeaders().forEach((name, values) -> builder.withHeader(name, values));
        withBody(pact.getBody(), pact.getHeaders(), builder::withBody, builder::withContentType);
        return builder.build();
    }

    private static SimpleResponse response(IResponse pact) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(pact.getStatus());
        pact.getHeaders().forEach((name, values) -> builder.withHeader(name, values));
        withBody(pact.getBody(), pact.getHeaders(), builder::withBody, builder::withContentType);
        return builder.build();
    }

    /** The pact's body, and its content type when the pact gives it only on the body. */
    private static void withBody(OptionalBody body, Map<String, List<String>> headers,
            Consumer<String> setBody, Consumer<String> setContentType) {
        if (body.isPresent()) {
            setBody.accept(body.valueAsString());
            if (!hasHeader(headers, "Content-Type") && body.getContentType() != null) {
                setContentType.accept(body.getContentType().toString());
            }
        }
    }

    private static boolean hasHeader(Map<String, List<String>> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }
}
