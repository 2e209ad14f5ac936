package dev.callpickup.conformance.pactfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import dev.callpickup.conformance.contract.Contract;
import dev.callpickup.conformance.contract.ContractValidator;
import dev.callpickup.conformance.contract.Operations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every pact file the consumer tests wrote and checks each interaction against the contract: what
 * the client sends and what it expects back must be allowed by {@code spec/openapi.yaml}. Runs after the
 * consumer tests (Surefire execution {@code pact-readers}); fails when there is no pact to read.
 */
class PactFilesAgainstSpecTest {

    /** The error cases the issue asks the pacts to cover, by status. */
    private static final List<Integer> REQUIRED_ERROR_STATUSES = List.of(400, 404, 409, 429);

    private static final List<Interaction> INTERACTIONS = new ArrayList<>();

    private final PactInteractionChecker checker = new PactInteractionChecker(ContractValidator.of(Contract.get()));
    private final Operations operations = Operations.of(Contract.get().openApi());

    @BeforeAll
    static void readPacts() {
        for (Path file : PactFiles.all()) {
            Pact pact = PactFiles.read(file);
            INTERACTIONS.addAll(pact.getInteractions());
        }
    }

    @TestFactory
    List<DynamicTest> everyInteractionConformsToTheContract() {
        return INTERACTIONS.stream()
                .map(i -> dynamicTest(i.getDescription(), () -> assertThat(checker.violations(i))
                        .as("pact interaction '%s' breaks spec/openapi.yaml", i.getDescription())
                        .isEmpty()))
                .toList();
    }

    @Test
    void everyOperationHasASuccessInteraction() {
        List<String> covered = INTERACTIONS.stream()
                .map(Interaction::asSynchronousRequestResponse)
                .filter(http -> http.getResponse().getStatus() < 300)
                .map(this::operationOf)
                .distinct()
                .toList();

        assertThat(covered).as("operations with a success interaction in the pacts")
                .containsExactlyInAnyOrderElementsOf(operations.ids());
    }

    @Test
    void theRequiredErrorCasesAreCovered() {
        List<Integer> statuses = INTERACTIONS.stream()
                .map(i -> i.asSynchronousRequestResponse().getResponse().getStatus())
                .toList();

        assertThat(statuses).as("error statuses in the pacts").containsAll(REQUIRED_ERROR_STATUSES);
    }

    private String operationOf(SynchronousRequestResponse http) {
        return operations.find(http.getRequest().getMethod(), http.getRequest().getPath())
                .orElseThrow(() -> new AssertionError("no operation of the contract for "
                        + http.getRequest().getMethod() + " " + http.getRequest().getPath()));
    }
}
