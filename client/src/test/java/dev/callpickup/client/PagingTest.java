package dev.callpickup.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callpickup.client.errors.TransportException;
import dev.callpickup.client.model.Agent;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.SortOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Lists are lazy, follow Link rel=next, fall back to start/max, and always stop. */
class PagingTest extends WireMockSupport {

  private static String pickups(int from, int to) {
    return "{\"callPickups\":[" + IntStream.range(from, to)
        .mapToObj(i -> "{\"id\":\"ID" + i + "\",\"name\":\"N" + i + "\"}")
        .collect(Collectors.joining(",")) + "]}";
  }

  private static List<String> ids(Iterable<CallPickupSummary> items) {
    List<String> out = new ArrayList<>();
    items.forEach(s -> out.add(s.getId()));
    return out;
  }

  @Test
  void threePageListingFollowsLinksAndYieldsEveryItemOnce() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("0"))
        .willReturn(okJson(pickups(0, 2)).withHeader("Link",
            "<" + baseUrl() + "/telephony/config/locations/" + LOC
                + "/callPickups?start=2&max=2&cursor=a%2Fb>; rel=\"next\"")));
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("2"))
        .willReturn(okJson(pickups(2, 4)).withHeader("Link",
            "<?start=4&max=2>; rel=\"next\", <?start=0&max=2>; rel=\"first\"")));
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("4"))
        .willReturn(okJson(pickups(4, 5)).withHeader("Link", "<?start=0&max=2>; rel=\"first\"")));

    PagedIterable<CallPickupSummary> all = client.listCallPickups(LOC,
        ListCallPickupsOptions.builder().pageSize(2).order(SortOrder.DSC).build());

    assertThat(ids(all)).containsExactly("ID0", "ID1", "ID2", "ID3", "ID4");
    assertThat(requests()).extracting(r -> r.getUrl()).containsExactly(
        BASE_PATH + "?max=2&start=0&order=DSC",
        BASE_PATH + "?start=2&max=2&cursor=a%2Fb", // the opaque link, exactly as given
        BASE_PATH + "?start=4&max=2"); // a relative link, resolved against the page's URL
    assertThat(requests()).extracting(r -> r.getHeader("Authorization"))
        .containsOnly("Bearer " + TOKEN);
  }

  @Test
  void nothingIsFetchedBeforeIterationAndPagesAreFetchedOnDemand() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("0"))
        .willReturn(okJson(pickups(0, 2)).withHeader("Link", "<?start=2>; rel=\"next\"")));
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("2"))
        .willReturn(okJson(pickups(2, 3))));

    PagedIterable<CallPickupSummary> all = client.listCallPickups(LOC);
    assertThat(requests()).isEmpty();

    Iterator<CallPickupSummary> it = all.iterator();
    assertThat(it.next().getId()).isEqualTo("ID0");
    assertThat(it.next().getId()).isEqualTo("ID1");
    assertThat(requests()).hasSize(1);
    assertThat(it.next().getId()).isEqualTo("ID2");
    assertThat(it.hasNext()).isFalse();
    assertThat(requests()).hasSize(2);

    assertThat(all.stream().limit(1).map(CallPickupSummary::getName)).containsExactly("N0");
    assertThat(requests()).hasSize(3); // a new stream starts from the first page again
  }

  @Test
  void withoutLinksAFullPageLeadsToTheNextOffset() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("0"))
        .willReturn(okJson(pickups(0, 3))));
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("3"))
        .willReturn(okJson(pickups(3, 6))));
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("6"))
        .willReturn(okJson(pickups(6, 7))));

    assertThat(ids(client.listCallPickups(LOC,
        ListCallPickupsOptions.builder().pageSize(3).build())))
        .containsExactly("ID0", "ID1", "ID2", "ID3", "ID4", "ID5", "ID6");
    assertThat(requests()).extracting(r -> r.queryParameter("max").firstValue())
        .containsOnly("3");
  }

  @Test
  void aServerThatIgnoresStartDoesNotMakeTheListSpin() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).willReturn(okJson(pickups(0, 2))));

    assertThat(ids(client.listCallPickups(LOC,
        ListCallPickupsOptions.builder().pageSize(2).build()))).containsExactly("ID0", "ID1");
    assertThat(requests()).hasSize(2);
  }

  @Test
  void aLinkLoopStops() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("0"))
        .willReturn(okJson(pickups(0, 1)).withHeader("Link", "<?start=1>; rel=\"next\"")));
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).withQueryParam("start", equalTo("1"))
        .willReturn(okJson(pickups(1, 2)).withHeader("Link", "<?start=1>; rel=\"next\"")));

    assertThat(ids(client.listCallPickups(LOC))).containsExactly("ID0", "ID1");
    assertThat(requests()).hasSize(2);
  }

  @Test
  void anEmptyPageEndsTheListEvenWithALink() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).willReturn(okJson(pickups(0, 0))
        .withHeader("Link", "<?start=99>; rel=\"next\"")));

    assertThat(ids(client.listCallPickups(LOC))).isEmpty();
    assertThat(requests()).hasSize(1);
  }

  @Test
  void aNextLinkToAnotherOriginIsRefusedSoTheTokenStaysHome() {
    server.stubFor(get(urlPathEqualTo(BASE_PATH)).willReturn(okJson(pickups(0, 1))
        .withHeader("Link", "<http://localhost:" + server.port() + "/steal>; rel=\"next\"")));

    Iterator<CallPickupSummary> it = client.listCallPickups(LOC).iterator();
    assertThat(it.next().getId()).isEqualTo("ID0");
    assertThatThrownBy(it::hasNext).isInstanceOf(TransportException.class)
        .hasMessageContaining("another origin");
    assertThat(requests()).hasSize(1);
  }

  @Test
  void availableAgentsPageTheSameWay() {
    String agent = "{\"id\":\"A%d\",\"type\":\"PEOPLE\",\"numbers\":[{\"primary\":\"true\"}]}";
    server.stubFor(get(urlPathEqualTo(BASE_PATH + "/availableUsers"))
        .withQueryParam("start", equalTo("0"))
        .willReturn(okJson("{\"agents\":[" + String.format(agent, 0) + "]}")
            .withHeader("Link", "<" + BASE_PATH + "/availableUsers?page=2>; rel=next")));
    server.stubFor(get(urlPathEqualTo(BASE_PATH + "/availableUsers"))
        .withQueryParam("page", equalTo("2"))
        .willReturn(okJson("{\"agents\":[" + String.format(agent, 1) + "],\"more\":true}")));

    assertThat(client.listAvailableAgents(LOC).stream().map(Agent::getId))
        .containsExactly("A0", "A1");
  }
}
