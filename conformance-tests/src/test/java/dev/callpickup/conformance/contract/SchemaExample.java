package dev.callpickup.conformance.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A value example documented beside a schema rather than a body: a parameter's, a header's or a
 * schema property's {@code example}.
 *
 * @param location where it is documented, e.g. {@code components.parameters.LocationId}
 * @param schema   the schema the value must conform to
 * @param value    the example value
 */
public record SchemaExample(String location, Schema<?> schema, JsonNode value) {

    @Override
    public String toString() {
        return location;
    }
}
