package dev.callpickup.conformance.contract;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every parameter, header and schema-property example of the contract. These are what the
 * generated Javadoc and the API reference show, so they must satisfy their own schemas too.
 */
public final class SchemaExamples {

    private SchemaExamples() {
    }

    /** Every value example of the contract outside the body examples. */
    public static List<SchemaExample> all(OpenAPI api) {
        List<SchemaExample> found = new ArrayList<>();
        Components components = api.getComponents();
        if (components != null) {
            forEach(components.getParameters(), (name, p) -> parameter(found, "components.parameters." + name, p));
            forEach(components.getHeaders(), (name, h) -> header(found, "components.headers." + name, h));
            forEach(components.getSchemas(), (name, s) -> schema(found, "components.schemas." + name, s));
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            if (path.getValue().getParameters() != null) {
                path.getValue().getParameters()
                        .forEach(p -> parameter(found, "paths." + path.getKey() + ".parameters." + p.getName(), p));
            }
            for (Operation op : path.getValue().readOperations()) {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(
                            p -> parameter(found, op.getOperationId() + ".parameters." + p.getName(), p));
                }
            }
        }
        return List.copyOf(found);
    }

    private static void parameter(List<SchemaExample> found, String location, Parameter p) {
        if (p.get$ref() == null && p.getExample() != null) {
            found.add(new SchemaExample(location, p.getSchema(), Json.mapper().valueToTree(p.getExample())));
        }
    }

    private static void header(List<SchemaExample> found, String location, Header h) {
        if (h.get$ref() == null && h.getExample() != null) {
            found.add(new SchemaExample(location, h.getSchema(), Json.mapper().valueToTree(h.getExample())));
        }
    }

    private static void schema(List<SchemaExample> found, String location, Schema<?> s) {
        if (s == null || s.get$ref() != null) {
            return;
        }
        if (s.getExample() != null) {
            found.add(new SchemaExample(location, s, Json.mapper().valueToTree(s.getExample())));
        }
        forEach(s.getProperties(), (name, property) -> schema(found, location + "." + name, property));
        schema(found, location + "[]", s.getItems());
        if (s.getAllOf() != null) {
            s.getAllOf().forEach(part -> schema(found, location + ".allOf", part));
        }
    }

    private static <T> void forEach(Map<String, T> map, java.util.function.BiConsumer<String, T> action) {
        if (map != null) {
            map.forEach(action);
        }
    }
}
