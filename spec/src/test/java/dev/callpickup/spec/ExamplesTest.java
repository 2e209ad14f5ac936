package dev.callpickup.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example of the contract, found automatically, satisfies its schema: one test per example. */
class ExamplesTest {

    private static final JsonNode CONTRACT = SpecDocument.tree(SpecDocument.CONTRACT);
    private static final List<FoundExample> EXAMPLES = ExampleFinder.findAll(CONTRACT);
    private static final ExampleChecker CHECKER = new ExampleChecker(CONTRACT);

    @TestFactory
    Stream<DynamicTest> everyExampleSatisfiesItsSchema() {
        return EXAMPLES.stream().map(example -> DynamicTest.dynamicTest(example.location(), () -> {
            List<String> violations = CHECKER.violations(example);
            if (!violations.isEmpty()) {
                fail(String.join("\n", violations));
            }
        }));
    }

    /** Guards the finder itself: if it stopped looking somewhere, the check above would pass vacuously. */
    @Test
    void finderReachesEveryKindOfExample() {
        assertThat(EXAMPLES).extracting(FoundExample::location)
                .contains(
                        "POST /telephony/config/locations/{locationId}/callPickups requestBody example 'southAlaskaGroup'",
                        "PUT /telephony/config/locations/{locationId}/callPickups/{callPickupId} requestBody example 'renameOnly'",
                        "GET /telephony/config/locations/{locationId}/callPickups response 200 example 'twoAlaskaGroups'",
                        "components/responses/BadRequest example 'invalidName' (#/components/examples/InvalidNameError)",
                        "components/responses/TooManyRequests example 'rateLimited' (#/components/examples/RateLimitedError)",
                        "GET /telephony/config/locations/{locationId}/callPickups parameter 'max' example",
                        "GET /telephony/config/locations/{locationId}/callPickups/availableUsers parameter 'order' example",
                        "components/parameters/LocationId example",
                        "components/headers/RetryAfter example",
                        "components/schemas/WebexId example",
                        "components/schemas/CreateCallPickupRequest property 'name' example",
                        "components/schemas/AgentNumber property 'primary' example");
        // Every use of a named example is among them, counted independently by a plain scan of the tree.
        long named = EXAMPLES.stream().filter(e -> e.location().contains(" example '")).count();
        assertThat(named).isEqualTo(countNamedExampleUses(CONTRACT));
    }

    /** Uses of named examples: the entries of every "examples" map except components/examples itself. */
    private static long countNamedExampleUses(JsonNode node) {
        long count = 0;
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            boolean usesExamples = child.getKey().equals("examples") && node != CONTRACT.get("components");
            count += usesExamples ? child.getValue().size() : countNamedExampleUses(child.getValue());
        }
        for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
            count += countNamedExampleUses(element);
        }
        return count;
    }
}
