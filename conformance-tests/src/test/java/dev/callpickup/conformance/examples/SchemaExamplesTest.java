package dev.callpickup.conformance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.callpickup.conformance.contract.Contract;
import dev.callpickup.conformance.contract.ContractValidator;
import dev.callpickup.conformance.contract.SchemaExample;
import dev.callpickup.conformance.contract.SchemaExamples;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every parameter, header and schema-property example of the contract satisfies its own schema: they
 * are what the API reference and the generated Javadoc show a reader.
 */
class SchemaExamplesTest {

    private static final List<SchemaExample> EXAMPLES = SchemaExamples.all(Contract.get().openApi());
    private static final ContractValidator CONTRACT = ContractValidator.of(Contract.get());

    @Test
    void discoveryFindsParameterHeaderAndPropertyExamples() {
        assertThat(EXAMPLES).anySatisfy(e -> assertThat(e.location()).startsWith("components.parameters."));
        assertThat(EXAMPLES).anySatisfy(e -> assertThat(e.location()).startsWith("components.headers."));
        assertThat(EXAMPLES).anySatisfy(e -> assertThat(e.location()).startsWith("components.schemas."));
        assertThat(EXAMPLES).anySatisfy(e -> assertThat(e.location()).contains(".parameters.max"));
    }

    @TestFactory
    Stream<DynamicTest> everyValueExampleSatisfiesItsSchema() {
        return EXAMPLES.stream().map(example -> dynamicTest(example.location(),
                () -> assertThat(CONTRACT.checkValue(example.value(), example.schema()))
                        .as("example of %s violates its schema", example.location())
                        .isEmpty()));
    }
}
