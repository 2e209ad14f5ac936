package dev.callpickup.client.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callpickup.client.internal.invoker.ApiClient;
import dev.callpickup.client.model.ApiResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Our api.mustache generates one Feign method per operation of the spec, each returning the
 * headers with the body: Feign parses every method when a client is built, so twins would cost
 * start-up time, and paging needs the {@code Link} header.
 */
class GeneratedApiTest {

  @Test
  void oneMethodPerOperationOfTheSpec() {
    var operations = ApiClient.PARAMETER_RULES.stream()
        .map(ApiClient.ParameterRule::operationId).collect(Collectors.toSet());
    var methods = Arrays.stream(CallPickupApi.class.getDeclaredMethods())
        .map(Method::getName).collect(Collectors.toList());
    assertThat(operations).hasSize(6);
    assertThat(methods).containsExactlyInAnyOrderElementsOf(operations);
  }

  @Test
  void everyMethodReturnsTheBodyWithItsHeaders() {
    for (Method m : CallPickupApi.class.getDeclaredMethods()) {
      assertThat(m.getReturnType()).as(m.getName()).isEqualTo(ApiResponse.class);
    }
  }
}
