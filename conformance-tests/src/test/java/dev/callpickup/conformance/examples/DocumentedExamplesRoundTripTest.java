package dev.callpickup.conformance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.callpickup.conformance.contract.Contract;
import dev.callpickup.conformance.contract.ContractValidator;
import dev.callpickup.conformance.contract.DocumentedExample;
import dev.callpickup.conformance.contract.DocumentedExamples;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every body example of the contract, request and response alike, discovered from the document: it
 * validates against its schema, reads strictly into the generated model of that schema, passes Bean
 * Validation, and writes back to JSON equal to the example. A new example is covered without edits here.
 */
class DocumentedExamplesRoundTripTest {

    private static final String MODEL_PACKAGE = "dev.callpickup.client.model.";
    private static final List<DocumentedExample> EXAMPLES = DocumentedExamples.all(Contract.get().openApi());
    private static final ContractValidator CONTRACT = ContractValidator.of(Contract.get());
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void discoveryFindsRequestAndResponseExamplesOfEveryKind() {
        // Guards the discovery itself: the seed page's create example and component examples behind $refs.
        assertThat(EXAMPLES).anySatisfy(e -> {
            assertThat(e.operationId()).isEqualTo("createCallPickup");
            assertThat(e.isRequest()).isTrue();
        });
        assertThat(EXAMPLES).anySatisfy(e -> assertThat(e.schemaName()).isEqualTo("WebexError"));
        assertThat(EXAMPLES.stream().map(DocumentedExample::operationId).distinct())
                .as("every operation documents at least one example")
                .containsExactlyInAnyOrderElementsOf(Contract.get().openApi().getPaths().values().stream()
                        .flatMap(p -> p.readOperations().stream()).map(o -> o.getOperationId()).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRoundTrips() {
        return EXAMPLES.stream().map(example -> dynamicTest(example.label(), () -> roundTrip(example)));
    }

    private static void roundTrip(DocumentedExample example) throws Exception {
        assertThat(CONTRACT.checkValue(example.value(), example.schema()))
                .as("%s violates its schema %s", example.label(), example.schemaName())
                .isEmpty();

        Class<?> model = Class.forName(MODEL_PACKAGE + example.schemaName());
        Object read = StrictJson.MAPPER.treeToValue(example.value(), model);

        Validator validator = VALIDATION.getValidator();
        Set<ConstraintViolation<Object>> violations = validator.validate(read);
        assertThat(violations).as("%s as %s fails Bean Validation", example.label(), model.getSimpleName())
                .isEmpty();

        JsonNode written = StrictJson.MAPPER.valueToTree(read);
        assertThat(written).as("%s written back from %s", example.label(), model.getSimpleName())
                .isEqualTo(example.value());
    }
}
