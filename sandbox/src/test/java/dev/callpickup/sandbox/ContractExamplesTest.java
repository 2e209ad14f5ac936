package dev.callpickup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.sandbox.http.Contract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request example of the contract, found in the contract itself (not listed here), sent verbatim to a
 * fresh default sandbox, gets the operation's documented success status. Path, query and header values come
 * from the parameters' examples, the body from each named request body example.
 */
class ContractExamplesTest {

    /** One documented request and the success status the contract documents for its operation. */
    record ExampleRequest(String operationId, String exampleName, String method, String path,
                          Map<String, String> headers, String body, int expectedStatus) {
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedRequestExampleSucceedsOnAFreshSandbox() {
        List<ExampleRequest> examples = discover();

        Set<String> operations = new LinkedHashSet<>();
        examples.forEach(e -> operations.add(e.operationId()));
        assertThat(operations).as("every operation contributes an example").containsExactlyInAnyOrder(
                "listCallPickups", "createCallPickup", "listAvailableAgents", "getCallPickup", "updateCallPickup",
                "deleteCallPickup");

        return examples.stream().map(example -> DynamicTest.dynamicTest(
                example.operationId() + " / " + example.exampleName() + " -> " + example.expectedStatus(),
                () -> send(example)));
    }

    private static void send(ExampleRequest example) {
        try (Sandbox sandbox = Sandbox.builder().build().start()) {
            Api.Reply reply = new Api(sandbox).send(example.method(), example.path(),
                    example.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(example.body()),
                    sandbox.token(), example.body() == null ? null : "application/json", example.headers());

            assertThat(reply.status()).as("%s %s %s -> %s", example.method(), example.path(), example.body(),
                    reply.body()).isEqualTo(example.expectedStatus());
        }
    }

    static List<ExampleRequest> discover() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(Contract.text(), null, options).getOpenAPI();
        List<ExampleRequest> found = new ArrayList<>();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                found.addAll(examplesOf(api, template, item, method, operation))));
        return found;
    }

    private static List<ExampleRequest> examplesOf(OpenAPI api, String template, PathItem item,
                                                   PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            item.getParameters().forEach(p -> parameters.add(resolve(api, p)));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> parameters.add(resolve(api, p)));
        }
        String path = template;
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new HashMap<>();
        for (Parameter parameter : parameters) {
            if (parameter.getExample() == null) {
                continue;
            }
            String value = String.valueOf(parameter.getExample());
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}", encoded);
                case "query" -> query.add(parameter.getName() + "=" + encoded);
                case "header" -> headers.put(parameter.getName(), value);
                default -> throw new IllegalStateException("unexpected parameter location " + parameter.getIn());
            }
        }
        assertThat(path).as("every path parameter of %s has an example", operation.getOperationId())
                .doesNotContain("{");
        String url = query.isEmpty() ? path : path + "?" + String.join("&", query);
        int success = operation.getResponses().keySet().stream().filter(code -> code.startsWith("2"))
                .mapToInt(Integer::parseInt).findFirst()
                .orElseThrow(() -> new AssertionError(operation.getOperationId() + " documents no success"));

        Map<String, String> bodies = new LinkedHashMap<>();
        if (operation.getRequestBody() != null) {
            MediaType json = operation.getRequestBody().getContent().get("application/json");
            if (json.getExamples() != null) {
                json.getExamples().forEach((name, example) -> bodies.put(name, toJson(resolve(api, example).getValue())));
            }
            if (json.getExample() != null) {
                bodies.put("example", toJson(json.getExample()));
            }
            assertThat(bodies).as("%s has a request body example", operation.getOperationId()).isNotEmpty();
        } else {
            bodies.put("parameters", null);
        }
        List<ExampleRequest> examples = new ArrayList<>();
        String finalUrl = url;
        bodies.forEach((name, body) -> examples.add(new ExampleRequest(operation.getOperationId(), name,
                method.name(), finalUrl, headers, body, success)));
        return examples;
    }

    private static Parameter resolve(OpenAPI api, Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getParameters().get(name);
    }

    private static Example resolve(OpenAPI api, Example example) {
        if (example.get$ref() == null) {
            return example;
        }
        String name = example.get$ref().substring(example.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getExamples().get(name);
    }

    private static String toJson(Object value) {
        try {
            return io.swagger.v3.core.util.Json.mapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serialise example " + value, e);
        }
    }
}
