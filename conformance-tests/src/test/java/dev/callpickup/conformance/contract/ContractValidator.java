package dev.callpickup.conformance.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Atlassian's OpenAPI validator set up for the contract, with the default (strict) levels: every
 * deviation is an error. Findings come back as readable strings that name the rule that was broken.
 */
public final class ContractValidator {

    private final OpenApiInteractionValidator interactions;
    private final SchemaValidator schemas;

    private ContractValidator(Contract contract) {
        this.interactions = OpenApiInteractionValidator.createForInlineApiSpecification(contract.text())
                // The validator ignores undeclared query parameters by default; the contract's requests
                // are closed, so sending one is an error like an undeclared body property.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        .build())
                .build();
        this.schemas = new SchemaValidator(contract.openApi(), new MessageResolver());
    }

    /** A validator for the given contract. */
    public static ContractValidator of(Contract contract) {
        return new ContractValidator(contract);
    }

    /** Violations of the contract by one request/response pair; empty when it conforms. */
    public List<String> check(Request request, Response response) {
        return describe(interactions.validate(request, response));
    }

    /** Violations of the contract by one request alone; empty when it conforms. */
    public List<String> checkRequest(Request request) {
        return describe(interactions.validateRequest(request));
    }

    /** Violations of {@code schema} by {@code value}; empty when it conforms. */
    public List<String> checkValue(JsonNode value, Schema<?> schema) {
        // Hand over the parsed node: the String overload guesses whether a bare string is JSON.
        return describe(schemas.validate(() -> value, schema, "example"));
    }

    /** The engine's parameter messages quote the value but not the parameter; name it. */
    private static String parameter(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(p -> " (" + p.getIn() + " parameter '" + p.getName() + "')")
                .orElse("");
    }

    private static List<String> describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "[" + m.getKey() + "] " + m.getMessage() + parameter(m)
                        + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                .collect(Collectors.toList());
    }
}
