package dev.callpickup.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One example of the contract, where it was found and the schema it must satisfy.
 *
 * @param location human-readable place, e.g. {@code PUT /…/{callPickupId} requestBody example 'renameOnly'}
 * @param schema   the raw schema node the value must satisfy, or {@code null} when the place has none
 * @param value    the example value, or {@code null} when it could not be read
 * @param problem  why the example cannot be checked at all, or {@code null}
 */
record FoundExample(String location, JsonNode schema, JsonNode value, String problem) {

    @Override
    public String toString() {
        return location;
    }
}
