package dev.callpickup.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callpickup.client.errors.RequestValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ID can never change the request target. */
class PathSafetyTest extends WireMockSupport {

  @Test
  void slashInAnIdIsSentPercentEncodedInsideItsSegment() {
    server.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"x\",\"name\":\"n\"}")));

    client.getCallPickup(LOC, "YWJj/ZGVm+Zz==");

    assertThat(requests()).singleElement().satisfies(r -> assertThat(r.getUrl())
        .isEqualTo(BASE_PATH + "/YWJj%2FZGVm%2BZz%3D%3D"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../../people", "a?b=c", "a#frag", "a%2Fb", "a b", "a\r\nX: y", ""})
  void idsThatCouldEscapeTheirSegmentAreRefusedBeforeSending(String id) {
    assertThatThrownBy(() -> client.getCallPickup(LOC, id))
        .isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("callPickupId: ");
    assertThatThrownBy(() -> client.deleteCallPickup(id, CP))
        .isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("locationId: ");
    assertThat(requests()).isEmpty();
  }
}
