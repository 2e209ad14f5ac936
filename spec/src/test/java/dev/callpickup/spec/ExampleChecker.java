package dev.callpickup.spec;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks examples against their schemas with Atlassian's {@link SchemaValidator}: the engine the
 * sandbox and the pact checks use, so an example passes here only if a real exchange carrying it
 * would pass there. Each violation names the example, the JSON pointer inside it and the rule.
 */
final class ExampleChecker {

    private static final String KEY_PREFIX = "example";

    private final SchemaValidator validator;

    /** A checker whose {@code $ref}s resolve against the components of {@code document}. */
    ExampleChecker(JsonNode document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.toString(), null, options);
        OpenAPI api = parsed.getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("not an OpenAPI document: " + parsed.getMessages());
        }
        this.validator = new SchemaValidator(api, new MessageResolver());
    }

    /** Every violation of {@code example}, each as "location: rule 'keyword' at pointer: message"; empty when valid. */
    List<String> violations(FoundExample example) {
        if (example.problem() != null) {
            return List.of(example.location() + " " + example.problem());
        }
        // The schema is taken from the raw document, not from swagger-parser's model, for the same
        // reason ExampleFinder walks the raw tree: nothing is cast or dropped on the way.
        Schema<?> schema = Json.mapper().convertValue(example.schema(), Schema.class);
        ValidationReport report = validator.validate(example::value, schema, KEY_PREFIX);
        return report.getMessages().stream()
                .filter(m -> m.getLevel() != ValidationReport.Level.IGNORE)
                .flatMap(ExampleChecker::withNested)
                .map(m -> example.location() + ": " + describe(m))
                .toList();
    }

    private static Stream<ValidationReport.Message> withNested(ValidationReport.Message message) {
        return message.getNestedMessages().isEmpty()
                ? Stream.of(message)
                : message.getNestedMessages().stream().flatMap(ExampleChecker::withNested);
    }

    /** "rule 'maxLength': [Path '/name'] String ... is too long ..." from "example.schema.maxLength". */
    private static String describe(ValidationReport.Message message) {
        String key = message.getKey();
        String rule = key.substring(key.lastIndexOf('.') + 1);
        return "rule '" + rule + "': " + message.getMessage();
    }
}
