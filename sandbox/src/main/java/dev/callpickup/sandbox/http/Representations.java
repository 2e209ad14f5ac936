package dev.callpickup.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callpickup.sandbox.state.AgentRecord;
import dev.callpickup.sandbox.state.Page;
import dev.callpickup.sandbox.state.PickupView;

/** The JSON shapes of the contract's responses, built from the stored state. */
final class Representations {
    private Representations() {
    }

    static ObjectNode id(String id) {
        return WebexResponses.JSON.createObjectNode().put("id", id);
    }

    static ObjectNode pickupList(Page<PickupView> page) {
        ObjectNode body = WebexResponses.JSON.createObjectNode();
        ArrayNode items = body.putArray("callPickups");
        for (PickupView view : page.items()) {
            items.addObject()
                    .put("id", view.pickup().id())
                    .put("name", view.pickup().name())
                    .put("locationName", view.location().name())
                    .put("locationId", view.location().id());
        }
        return body;
    }

    static ObjectNode pickup(PickupView view) {
        ObjectNode body = WebexResponses.JSON.createObjectNode()
                .put("id", view.pickup().id())
                .put("name", view.pickup().name())
                .put("notificationType", view.pickup().notificationType())
                .put("notificationDelayTimerSeconds", view.pickup().notificationDelaySeconds());
        ArrayNode agents = body.putArray("agents");
        view.agents().forEach(agent -> agent(agents.addObject(), agent));
        return body;
    }

    static ObjectNode agentList(Page<AgentRecord> page) {
        ObjectNode body = WebexResponses.JSON.createObjectNode();
        ArrayNode agents = body.putArray("agents");
        page.items().forEach(agent -> agent(agents.addObject(), agent));
        return body;
    }

    private static void agent(ObjectNode node, AgentRecord agent) {
        node.put("id", agent.id());
        putIfPresent(node, "firstName", agent.firstName());
        putIfPresent(node, "lastName", agent.lastName());
        putIfPresent(node, "displayName", agent.displayName());
        node.put("type", agent.type());
        putIfPresent(node, "email", agent.email());
        ArrayNode numbers = node.putArray("numbers");
        for (AgentRecord.NumberRecord number : agent.numbers()) {
            ObjectNode n = numbers.addObject();
            putIfPresent(n, "external", number.external());
            putIfPresent(n, "extension", number.extension());
            putIfPresent(n, "routingPrefix", number.routingPrefix());
            putIfPresent(n, "esn", number.esn());
            n.put("primary", number.primary());
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
