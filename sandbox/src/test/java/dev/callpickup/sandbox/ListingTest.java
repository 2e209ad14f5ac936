package dev.callpickup.sandbox;

import static dev.callpickup.sandbox.Api.ALASKA;
import static dev.callpickup.sandbox.Api.JOHN;
import static dev.callpickup.sandbox.Api.LOCATION;
import static dev.callpickup.sandbox.Api.RONNIE;
import static dev.callpickup.sandbox.Api.SARAH;
import static dev.callpickup.sandbox.Api.pickups;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.callpickup.sandbox.junit.SandboxExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lists of call pickups and of available agents: filters, order, paging and Link headers. */
class ListingTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private Api api;

    @BeforeEach
    void freshState() {
        SANDBOX.sandbox().reset();
        api = new Api(SANDBOX.sandbox());
    }

    @Test
    void listsTheSeededPickupsOfALocationWithTheirLocation() {
        JsonNode list = api.get(pickups(ALASKA)).json().get("callPickups");

        assertThat(names(list, "callPickups")).containsExactly("North Alaska-Group", "South Alaska-Group");
        assertThat(list.get(0).get("locationName").asText()).isEqualTo("Alaska");
        assertThat(list.get(0).get("locationId").asText()).isEqualTo(ALASKA);
    }

    @Test
    void nameFiltersByContainsIgnoringCase() {
        api.create(LOCATION, "Sales Floor");
        api.create(LOCATION, "Wholesale");
        api.create(LOCATION, "Support");

        assertThat(names(api.get(pickups(LOCATION) + "?name=SALE").json(), "callPickups"))
                .containsExactly("Sales Floor", "Wholesale");
    }

    @Test
    void orderDscSortsByNameDescending() {
        api.create(LOCATION, "Alpha");
        api.create(LOCATION, "Zulu");

        List<String> asc = names(api.get(pickups(LOCATION) + "?order=ASC").json(), "callPickups");
        List<String> dsc = names(api.get(pickups(LOCATION) + "?order=DSC").json(), "callPickups");

        assertThat(asc).startsWith("Alpha").endsWith("Zulu");
        assertThat(dsc).isEqualTo(reversed(asc));
    }

    @Test
    void startAndMaxPageAndLinkNextLeadsThroughEveryItemOnce() {
        for (int i = 0; i < 5; i++) {
            api.create(LOCATION, "Team " + i);
        }
        List<String> all = names(api.get(pickups(LOCATION) + "?name=Team").json(), "callPickups");
        assertThat(all).hasSize(5);

        Api.Reply first = api.get(pickups(LOCATION) + "?name=Team&max=2");
        assertThat(names(first.json(), "callPickups")).isEqualTo(all.subList(0, 2));
        List<String> followed = new ArrayList<>(names(first.json(), "callPickups"));
        Api.Reply page = first;
        int pages = 1;
        while (page.header("Link") != null) {
            String next = nextUrl(page);
            assertThat(URI.create(next).isAbsolute()).isTrue();
            assertThat(next).contains("name=Team");
            page = Api.exchange(HttpRequest.newBuilder(URI.create(next))
                    .header("Authorization", "Bearer " + SANDBOX.token()).build());
            followed.addAll(names(page.json(), "callPickups"));
            pages++;
        }
        assertThat(followed).isEqualTo(all);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void noLinkOnTheLastPageAndAnEmptyPageBeyondTheEnd() {
        Api.Reply exact = api.get(pickups(ALASKA) + "?max=2");
        assertThat(exact.header("Link")).isNull();

        Api.Reply beyond = api.get(pickups(ALASKA) + "?start=10");
        assertThat(beyond.json().get("callPickups")).isEmpty();
        assertThat(beyond.header("Link")).isNull();

        Api.Reply second = api.get(pickups(ALASKA) + "?start=1&max=1");
        assertThat(names(second.json(), "callPickups")).containsExactly("South Alaska-Group");
        assertThat(second.header("Link")).isNull();
    }

    @Test
    void availableAgentsExcludeAgentsAlreadyInAPickup() {
        List<String> before = ids(api.get(pickups(LOCATION) + "/availableUsers").json());
        assertThat(before).contains(SARAH, RONNIE).doesNotContain(JOHN);

        api.create(LOCATION, "Desk", SARAH);

        assertThat(ids(api.get(pickups(LOCATION) + "/availableUsers").json())).doesNotContain(SARAH).contains(RONNIE);
    }

    @Test
    void callPickupNameAddsThatPickupsOwnAgents() {
        List<String> forCallPickup2 = ids(api.get(pickups(LOCATION) + "/availableUsers?callPickupName=callPickup2").json());

        assertThat(forCallPickup2).contains(JOHN, SARAH);
    }

    @Test
    void nameMatchesFirstLastOrDisplayName() {
        assertThat(ids(api.get(pickups(LOCATION) + "/availableUsers?name=ronnie").json())).containsExactly(RONNIE);
        assertThat(ids(api.get(pickups(LOCATION) + "/availableUsers?name=RColeman").json())).containsExactly(RONNIE);
        assertThat(ids(api.get(pickups(LOCATION) + "/availableUsers?name=nobody-like-this").json())).isEmpty();
    }

    @Test
    void phoneNumberMatchesThePrimaryNumberOrExtension() {
        assertThat(ids(api.get(pickups(LOCATION) + "/availableUsers?phoneNumber=9075552334").json()))
                .containsExactly(RONNIE);
        assertThat(ids(api.get(pickups(LOCATION) + "/availableUsers?phoneNumber=%2B19075552334").json()))
                .containsExactly(RONNIE);
        assertThat(ids(api.get(pickups(LOCATION) + "/availableUsers?phoneNumber=8083").json()))
                .containsExactly(RONNIE);
        // Tom Nguyen's second number is not primary, so it does not match.
        assertThat(ids(api.get(pickups(LOCATION) + "/availableUsers?phoneNumber=9075554106").json())).isEmpty();
    }

    @Test
    void orderSortsByEachFieldInTurn() {
        JsonNode byFirst = api.get(pickups(LOCATION) + "/availableUsers?order=fname").json();
        assertThat(field(byFirst, "firstName")).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        JsonNode byLastThenFirst = api.get(pickups(LOCATION) + "/availableUsers?order=lname%7Cfname").json();
        List<List<String>> lastFirst = StreamSupport.stream(byLastThenFirst.get("agents").spliterator(), false)
                .map(a -> List.of(a.get("lastName").asText().toLowerCase(), a.get("firstName").asText().toLowerCase()))
                .toList();
        assertThat(lastFirst).isSortedAccordingTo(java.util.Comparator.<List<String>, String>comparing(l -> l.get(0))
                .thenComparing(l -> l.get(1)));

        JsonNode byExtension = api.get(pickups(LOCATION) + "/availableUsers?order=extension").json();
        List<String> extensions = StreamSupport.stream(byExtension.get("agents").spliterator(), false)
                .map(a -> a.get("numbers").get(0).get("extension").asText()).toList();
        assertThat(extensions).isSorted();

        JsonNode byNumber = api.get(pickups(LOCATION) + "/availableUsers?order=number%7Clname").json();
        List<String> numbers = StreamSupport.stream(byNumber.get("agents").spliterator(), false)
                .map(a -> a.get("numbers").get(0).path("external").asText("~")).toList();
        assertThat(numbers).as("agents without a number last").isSorted();
    }

    @Test
    void availableAgentsPageWithLinkNext() {
        List<String> all = ids(api.get(pickups(LOCATION) + "/availableUsers").json());
        assertThat(all.size()).isGreaterThan(3);

        Api.Reply first = api.get(pickups(LOCATION) + "/availableUsers?max=3");
        assertThat(ids(first.json())).isEqualTo(all.subList(0, 3));
        String next = nextUrl(first);
        assertThat(next).contains("start=3").contains("max=3");
        Api.Reply second = Api.exchange(HttpRequest.newBuilder(URI.create(next))
                .header("Authorization", "Bearer " + SANDBOX.token()).build());
        assertThat(ids(second.json())).isEqualTo(all.subList(3, Math.min(6, all.size())));
    }

    private static String nextUrl(Api.Reply reply) {
        Matcher m = NEXT.matcher(reply.header("Link"));
        assertThat(m.find()).as("Link header %s", reply.header("Link")).isTrue();
        return m.group(1);
    }

    private static List<String> names(JsonNode body, String field) {
        JsonNode list = body.has(field) ? body.get(field) : body;
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("name").asText()).toList();
    }

    private static List<String> ids(JsonNode body) {
        return StreamSupport.stream(body.get("agents").spliterator(), false).map(n -> n.get("id").asText()).toList();
    }

    private static List<String> field(JsonNode body, String field) {
        return StreamSupport.stream(body.get("agents").spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
