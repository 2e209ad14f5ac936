package dev.callpickup.conformance.pact;

import java.util.List;

/**
 * What the consumer side and the provider side of the pacts must agree on: the pacticipant names, the
 * provider states (named so the provider side can seed them) and the values they seed. Both sides read
 * them from here so they cannot drift apart.
 */
public final class PactContract {

    /** The consumer: this Java binding. */
    public static final String CONSUMER = "call-pickup-java";
    /** The provider: Webex Calling's Call Pickup API (verified here against the sandbox). */
    public static final String PROVIDER = "webex-call-pickup";

    /** The location every interaction uses: the seed page's create example location. */
    public static final String LOCATION_ID =
            "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzhmZjMwMjg5LWVhMzMtNDc1Ny1iMTBmLWQ2MWIyNzFhMDVlZg";
    /** A person, a workspace and a virtual line of that location: the create example's agents. */
    public static final List<String> AGENT_IDS = List.of(
            "Y2lzY29zcGFyazovL3VzL1BFT1BMRS80YTc2ZmVmNC1mZjlmLTExZWItYWYwZC00M2YwZjY1NTdjYWI",
            "Y2lzY29zcGFyazovL3VzL1BMQUNFLzU1YjUyZThhLWZmOWYtMTFlYi05ZjRhLTAzZDY1NzdhYzg1Yg",
            "Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfTElORS85ODFlNTQ0Yy0xOGI0LTQ2MzItYmFkZi1iYWMwZjFkOGJkYWY=");
    /** A well-formed person ID that belongs to nobody in the location. */
    public static final String UNKNOWN_AGENT_ID =
            "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA";

    /** Name of the call pickup the states create. */
    public static final String PICKUP_NAME = "South Alaska-Group";
    /** Name a rename gives it. */
    public static final String NEW_PICKUP_NAME = "East Alaska-Group";
    /** A second call pickup, so that a list has more than one element. */
    public static final String OTHER_PICKUP_NAME = "North Alaska-Group";
    /** Example call pickup ID the consumer side uses; the provider side injects the real one. */
    public static final String EXAMPLE_PICKUP_ID = "Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0";

    /** Regex of a Webex ID, from the contract's {@code WebexId} schema. */
    public static final String WEBEX_ID = "[A-Za-z0-9+/=_-]+";

    /** Provider state: the location exists, has no call pickup, and all of its agents are free. */
    public static final String NO_PICKUPS = "the location has no call pickups and its agents are free";
    /** Provider state: {@link #PICKUP_NAME} (with the three agents) and {@link #OTHER_PICKUP_NAME} exist. */
    public static final String TWO_PICKUPS =
            "the location has call pickups 'South Alaska-Group' with three agents and 'North Alaska-Group'";
    /** Provider state: {@link #PICKUP_NAME} was renamed to {@link #NEW_PICKUP_NAME}; its old ID is injected. */
    public static final String RENAMED =
            "call pickup 'South Alaska-Group' was renamed to 'East Alaska-Group'";
    /** Provider state: every request is answered with 429 and {@code Retry-After}. */
    public static final String RATE_LIMITED = "the caller has exceeded the rate limit";

    /** Key of the injected ID of {@link #PICKUP_NAME} (state {@link #TWO_PICKUPS}). */
    public static final String PICKUP_ID_KEY = "callPickupId";
    /** Key of the injected pre-rename ID (state {@link #RENAMED}). */
    public static final String OLD_PICKUP_ID_KEY = "oldCallPickupId";

    /** Base path of the API, as in the contract's server URL. */
    public static final String BASE_PATH = "/v1";
    /** Path of the call pickups of {@link #LOCATION_ID}. */
    public static final String PICKUPS_PATH = BASE_PATH + "/telephony/config/locations/" + LOCATION_ID + "/callPickups";

    private PactContract() {
    }
}
