package dev.callpickup.conformance.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Objects;

/**
 * One example body documented in the contract: a request body example or a response body example
 * of one operation, with the schema it claims to conform to.
 *
 * @param operationId  the operation that documents it
 * @param method       HTTP method of the operation, upper case
 * @param pathTemplate the operation's path template, e.g. {@code /telephony/config/locations/{locationId}/callPickups}
 * @param status       the response status ({@code "201"}), or {@code null} for a request example
 * @param name         the example's key in {@code examples}, or {@code "example"} for a single {@code example}
 * @param mediaType    the media type it is documented under
 * @param schema       the media type's schema, usually a {@code $ref} to a component schema
 * @param value        the example value
 */
public record DocumentedExample(
        String operationId,
        String method,
        String pathTemplate,
        String status,
        String name,
        String mediaType,
        Schema<?> schema,
        JsonNode value) {

    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    /** Validates that every part a test needs is there. */
    public DocumentedExample {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(value, "value");
    }

    /** Whether this documents a request body (as opposed to a response body). */
    public boolean isRequest() {
        return status == null;
    }

    /**
     * The component schema name the example claims, e.g. {@code CallPickup}. The generated model class
     * carries the same name; an inline schema has no model, which this reports as an error.
     */
    public String schemaName() {
        String ref = schema.get$ref();
        if (ref == null || !ref.startsWith(SCHEMA_PREFIX)) {
            throw new IllegalStateException(label() + " uses an inline schema; document it with a $ref to a"
                    + " component schema so that a generated model exists for it");
        }
        return ref.substring(SCHEMA_PREFIX.length());
    }

    /** A readable name for test reports and failure messages. */
    public String label() {
        return operationId + (isRequest() ? " request" : " response " + status) + " example '" + name + "'";
    }

    @Override
    public String toString() {
        return label();
    }
}
