package dev.callpickup.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract parses without a single message and has the shape the binding relies on. */
class ContractStructureTest {

    private static final List<String> OFFICIAL_ERROR_CODES = List.of(
            "400", "401", "403", "404", "405", "409", "410", "415", "423", "428", "429", "500", "502", "503", "504");

    private static SwaggerParseResult parsed;
    private static OpenAPI api;
    private static Map<String, Operation> operations;

    @BeforeAll
    static void parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        parsed = new OpenAPIV3Parser().readContents(SpecDocument.text(SpecDocument.CONTRACT), null, options);
        api = parsed.getOpenAPI();
        operations = new LinkedHashMap<>();
        if (api != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                    (method, operation) -> operations.put(method + " " + path, operation)));
        }
    }

    @Test
    void parsesAndValidatesWithoutAnyMessage() {
        assertThat(parsed.getMessages()).as("swagger-parser messages").isEmpty();
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void everyRefResolvesInsideTheDocument() {
        JsonNode root = SpecDocument.tree(SpecDocument.CONTRACT);
        List<String> refs = new ArrayList<>();
        collectRefs(root, refs);

        assertThat(refs).as("$refs of the contract").isNotEmpty();
        assertThat(refs).as("$refs that point nowhere")
                .filteredOn(ref -> SpecDocument.resolve(root, ref).isMissingNode())
                .isEmpty();
    }

    @Test
    void hasExactlyTheSixOperations() {
        assertThat(operations.values()).extracting(Operation::getOperationId).containsExactlyInAnyOrder(
                "listCallPickups", "createCallPickup", "getCallPickup",
                "updateCallPickup", "deleteCallPickup", "listAvailableAgents");
    }

    @Test
    void everyOperationNeedsABearerTokenWithItsScope() {
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get("bearerAuth");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");

        operations.forEach((name, operation) -> {
            List<SecurityRequirement> security = operation.getSecurity();
            assertThat(security).as("security of %s", name).hasSize(1);
            List<String> scopes = security.get(0).get("bearerAuth");
            String expected = name.startsWith("GET ")
                    ? "spark-admin:telephony_config_read" : "spark-admin:telephony_config_write";
            assertThat(scopes).as("bearer scopes of %s", name).containsExactly(expected);
            assertThat(operation.getDescription()).as("description of %s", name).contains(expected);
        });
    }

    @Test
    void everyOperationDocumentsEveryOfficialErrorWithAWebexErrorBody() {
        operations.forEach((name, operation) -> {
            assertThat(operation.getResponses()).as("responses of %s", name).containsKeys(
                    OFFICIAL_ERROR_CODES.toArray(String[]::new));
            for (String code : OFFICIAL_ERROR_CODES) {
                ApiResponse response = operation.getResponses().get(code);
                assertThat(response.getContent().get("application/json").getSchema().getProperties())
                        .as("%s response %s body", name, code)
                        .containsKeys("message", "errors", "trackingId", "errorCode");
                assertThat(response.getHeaders()).as("%s response %s headers", name, code).containsKey("trackingid");
            }
        });
    }

    @Test
    void retryAfterIsAStringOn429And423And503() {
        operations.forEach((name, operation) -> {
            for (String code : List.of("429", "423", "503")) {
                var headers = operation.getResponses().get(code).getHeaders();
                assertThat(headers).as("%s response %s headers", name, code).containsKey("Retry-After");
                assertThat(headers.get("Retry-After").getSchema().getType()).isEqualTo("string");
            }
        });
    }

    @Test
    void bothListsCarryALinkHeader() {
        PathItem lists = api.getPaths().get("/telephony/config/locations/{locationId}/callPickups");
        PathItem available = api.getPaths().get("/telephony/config/locations/{locationId}/callPickups/availableUsers");
        for (Operation list : List.of(lists.getGet(), available.getGet())) {
            assertThat(list.getResponses().get("200").getHeaders())
                    .as("headers of %s 200", list.getOperationId())
                    .containsKey("Link");
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        for (JsonNode child : node) {
            collectRefs(child, refs);
        }
    }
}
