package dev.callpickup.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callpickup.client.errors.RequestValidationException;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.NotificationType;
import dev.callpickup.client.model.SortOrder;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests that break the spec are refused before anything is sent. */
class ValidationTest extends WireMockSupport {

  private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units

  @Test
  void createRejectedByValidationSendsNoRequestAndListsEveryViolation() {
    server.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"x\"}")));

    RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
        () -> client.createCallPickup("bad id", new CreateCallPickupRequest()
            .name("x".repeat(81)).notificationDelayTimerSeconds(0)
            .agents(Arrays.asList("QUdFTlQx", "", "bad/../id?"))));

    assertThat(e.violations()).containsExactlyInAnyOrder(
        "locationId: must match \"^[A-Za-z0-9+/=_-]+$\" (bad id)",
        "name: size must be between 1 and 80 (" + "x".repeat(40) + "...)",
        "notificationDelayTimerSeconds: must be greater than or equal to 1 (0)",
        "agents[]: size must be between 1 and 512 ()",
        "agents[]: must match \"^[A-Za-z0-9+/=_-]+$\" ()",
        "agents[]: must match \"^[A-Za-z0-9+/=_-]+$\" (bad/../id?)");
    assertThat(e).hasMessageContaining("6 violation(s)");
    assertThat(requests()).isEmpty();
  }

  @Test
  void lengthsCountUnicodeCodePointsLikeJsonSchema() {
    server.stubFor(post(anyUrl()).willReturn(okJson("{\"id\":\"x\"}").withStatus(201)));

    client.createCallPickup(LOC, new CreateCallPickupRequest().name(EMOJI.repeat(80)));

    assertThatThrownBy(() -> client.createCallPickup(LOC,
        new CreateCallPickupRequest().name(EMOJI.repeat(81))))
        .isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("name: size must be between 1 and 80");
    assertThatThrownBy(() -> client.listCallPickups(LOC,
        ListCallPickupsOptions.builder().name(EMOJI.repeat(81)).build()))
        .hasMessageContaining("name: length must be at most 80");
    client.listCallPickups(LOC, ListCallPickupsOptions.builder().name(EMOJI.repeat(80)).build());
    assertThat(requests()).hasSize(1);
  }

  @Test
  void blankNamesControlCharactersAndNullAgentsAreRefused() {
    RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
        () -> client.updateCallPickup(LOC, CP, new UpdateCallPickupRequest().name("   ")
            .agents(Arrays.asList("QUdFTlQx", null))));
    assertThat(e.violations()).containsExactlyInAnyOrder(
        "name: must match \"^(?=.*\\S)[^\\u0000-\\u001F\\u007F]+$\" (   )",
        "agents[]: must not contain null (null)");

    assertThatThrownBy(() -> client.createCallPickup(LOC,
        new CreateCallPickupRequest().name("line\nbreak")))
        .hasMessageContaining("name: must match")
        .hasMessageContaining("(line\\u000Abreak)");
    assertThatThrownBy(() -> client.createCallPickup(LOC, null))
        .hasMessageContaining("request: must not be null");
    assertThat(requests()).isEmpty();
  }

  @Test
  void theUnknownEnumPlaceholderIsNeverSent() {
    assertThatThrownBy(() -> client.updateCallPickup(LOC, CP, new UpdateCallPickupRequest()
        .notificationType(NotificationType.UNKNOWN_DEFAULT_OPEN_API)))
        .isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("notificationType: must be a known value");
    assertThatThrownBy(() -> client.listCallPickups(LOC,
        ListCallPickupsOptions.builder().order(SortOrder.UNKNOWN_DEFAULT_OPEN_API).build()))
        .hasMessageContaining("order: must be a known value");
    assertThat(requests()).isEmpty();
  }

  @Test
  void queryParametersFollowTheSpecRules() {
    RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
        () -> client.withOrgId("org?x").listAvailableAgents(LOC, ListAvailableAgentsOptions
            .builder().order("lname|age").pageSize(0).phoneNumber("1".repeat(33)).build()));

    assertThat(e.violations()).containsExactlyInAnyOrder(
        "orgId: must match \"^[A-Za-z0-9+/=_-]+$\" (org?x)",
        "order: must match \"^(fname|lname|extension|number)(\\|(fname|lname|extension|number))"
            + "{0,2}$\" (lname|age)",
        "max: must be greater than or equal to 1 (0)",
        "phoneNumber: length must be at most 32 (" + "1".repeat(33) + ")");
    assertThat(requests()).isEmpty();
  }

  @Test
  void aValidOrderAndUnicodeFiltersAreSentEncoded() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH + "/availableUsers"))
        .willReturn(okJson("{\"agents\":[]}")));

    client.listAvailableAgents(LOC, ListAvailableAgentsOptions.builder().order("lname|fname")
        .name("Zoë & Co+1").pageSize(7).build()).iterator().hasNext();

    server.verify(getRequestedFor(urlPathEqualTo(BASE_PATH + "/availableUsers"))
        .withQueryParam("order", equalTo("lname|fname"))
        .withQueryParam("name", equalTo("Zoë & Co+1"))
        .withQueryParam("max", equalTo("7"))
        .withQueryParam("start", equalTo("0")));
  }

  @Test
  void duplicateAgentsAreRefusedOnCreateAndUpdateAndNothingIsSent() {
    server.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"x\"}")));

    RequestValidationException create = catchThrowableOfType(RequestValidationException.class,
        () -> client.createCallPickup(LOC, new CreateCallPickupRequest().name("g")
            .agents(List.of("QUdFTlQx", "QUdFTlQy", "QUdFTlQx"))));
    RequestValidationException update = catchThrowableOfType(RequestValidationException.class,
        () -> client.updateCallPickup(LOC, CP, new UpdateCallPickupRequest()
            .addAgentsItem("QUdFTlQx").addAgentsItem("QUdFTlQx")));

    assertThat(create.violations()).containsExactly(
        "agents: must only contain unique elements ([QUdFTlQx, QUdFTlQy, QUdFTlQx])");
    assertThat(update.violations()).containsExactly(
        "agents: must only contain unique elements ([QUdFTlQx, QUdFTlQx])");
    assertThat(requests()).isEmpty();
  }

  @Test
  void agentsGoOnTheWireInTheCallersOrder() {
    server.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"x\"}").withStatus(201)));
    List<String> order = List.of("QUdFTlQz", "QUdFTlQx", "QUdFTlQy", "QUdFTlQw");

    client.createCallPickup(LOC, new CreateCallPickupRequest().name("g").agents(order));
    UpdateCallPickupRequest update = new UpdateCallPickupRequest();
    order.forEach(update::addAgentsItem);
    client.updateCallPickup(LOC, CP, update);

    assertThat(requests()).extracting(r -> r.getBodyAsString()).containsExactly(
        "{\"name\":\"g\",\"notificationType\":\"NONE\",\"notificationDelayTimerSeconds\":6,"
            + "\"agents\":[\"QUdFTlQz\",\"QUdFTlQx\",\"QUdFTlQy\",\"QUdFTlQw\"]}",
        "{\"agents\":[\"QUdFTlQz\",\"QUdFTlQx\",\"QUdFTlQy\",\"QUdFTlQw\"]}");
  }
}
