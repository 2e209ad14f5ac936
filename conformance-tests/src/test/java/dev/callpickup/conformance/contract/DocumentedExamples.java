package dev.callpickup.conformance.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds every request and response body example of the contract by walking its paths, so that an
 * example added to the document is covered without touching any test. Component references
 * ({@code requestBodies}, {@code responses}, {@code examples}) are followed; an example that cannot
 * be read is an error, never silently skipped.
 */
public final class DocumentedExamples {

    private DocumentedExamples() {
    }

    /** Every body example of the contract, in document order. */
    public static List<DocumentedExample> all(OpenAPI api) {
        List<DocumentedExample> found = new ArrayList<>();
        Components components = api.getComponents();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = op.getValue();
                String method = op.getKey().name();
                RequestBody body = follow(operation.getRequestBody(), RequestBody::get$ref,
                        "#/components/requestBodies/", components == null ? null : components.getRequestBodies());
                if (body != null) {
                    collect(found, components, operation.getOperationId(), method, path.getKey(), null, body.getContent());
                }
                if (operation.getResponses() != null) {
                    for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
                        ApiResponse resolved = follow(response.getValue(), ApiResponse::get$ref,
                                "#/components/responses/", components == null ? null : components.getResponses());
                        collect(found, components, operation.getOperationId(), method, path.getKey(),
                                response.getKey(), resolved.getContent());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static void collect(List<DocumentedExample> found, Components components, String operationId,
            String method, String path, String status, Content content) {
        if (content == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.entrySet()) {
            MediaType mediaType = media.getValue();
            if (mediaType.getExample() != null) {
                found.add(new DocumentedExample(operationId, method, path, status, "example", media.getKey(),
                        mediaType.getSchema(), toJson(mediaType.getExample())));
            }
            if (mediaType.getExamples() == null) {
                continue;
            }
            for (Map.Entry<String, Example> named : mediaType.getExamples().entrySet()) {
                Example example = follow(named.getValue(), Example::get$ref, "#/components/examples/",
                        components == null ? null : components.getExamples());
                if (example.getValue() == null) {
                    throw new IllegalStateException(operationId + " example '" + named.getKey()
                            + "' has no inline value (externalValue is not supported by these checks)");
                }
                found.add(new DocumentedExample(operationId, method, path, status, named.getKey(), media.getKey(),
                        mediaType.getSchema(), toJson(example.getValue())));
            }
        }
    }

    /** Follows one level of local {@code $ref}; the contract never chains them. */
    private static <T> T follow(T item, Function<T, String> ref, String prefix, Map<String, T> targets) {
        if (item == null || ref.apply(item) == null) {
            return item;
        }
        String target = ref.apply(item);
        if (!target.startsWith(prefix) || targets == null || !targets.containsKey(target.substring(prefix.length()))) {
            throw new IllegalStateException("unresolvable reference " + target);
        }
        return targets.get(target.substring(prefix.length()));
    }

    private static JsonNode toJson(Object value) {
        return Json.mapper().valueToTree(value);
    }
}
