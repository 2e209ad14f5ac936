package dev.callpickup.quickstart;

import dev.callpickup.client.CallPickupClient;
import dev.callpickup.client.ListAvailableAgentsOptions;
import dev.callpickup.client.errors.CallPickupException;
import dev.callpickup.client.errors.NotFoundException;
import dev.callpickup.client.model.Agent;
import dev.callpickup.client.model.AgentNumber;
import dev.callpickup.client.model.CallPickup;
import dev.callpickup.client.model.CallPickupSummary;
import dev.callpickup.client.model.CreateCallPickupRequest;
import dev.callpickup.client.model.NotificationType;
import dev.callpickup.client.model.UpdateCallPickupRequest;
import java.io.PrintStream;
import java.util.List;

/**
 * The steps of the quickstart, each printed: create the contract's example pickup, read it back, list,
 * rename (the ID changes), list available agents, delete. If a step fails after the create, the pickup is
 * deleted again so that a real organisation is left as it was.
 */
final class Walkthrough {
    /** The name in the contract's create example. */
    static final String EXAMPLE_NAME = "South Alaska-Group";
    private static final String NEW_NAME_SUFFIX = " (renamed)";

    private final CallPickupClient client;
    private final String locationId;
    private final String name;
    private final List<String> agents;
    private final PrintStream out;

    Walkthrough(CallPickupClient client, String locationId, String name, List<String> agents, PrintStream out) {
        this.client = client;
        this.locationId = locationId;
        this.name = name;
        this.agents = agents;
        this.out = out;
    }

    void run() {
        out.println("Location " + locationId);
        step(1, "Create call pickup \"" + name + "\" (AUDIO_ONLY after 20 s, " + agents.size() + " agents)");
        String id = client.createCallPickup(locationId, new CreateCallPickupRequest()
                .name(name)
                .notificationType(NotificationType.AUDIO_ONLY)
                .notificationDelayTimerSeconds(20)
                .agents(agents));
        out.println("   created, id " + id);
        try {
            id = rest(id);
        } catch (CallPickupException e) {
            cleanUp(id);
            throw e;
        }
        out.println();
        out.println("Done: created, read, listed, renamed and deleted a call pickup.");
    }

    /** Steps 2 to 6; returns the last ID of the pickup. */
    private String rest(String id) {
        step(2, "Read it back");
        print(client.getCallPickup(locationId, id));

        step(3, "List the call pickups of the location");
        for (CallPickupSummary summary : client.listCallPickups(locationId)) {
            out.println("   - " + summary.getName() + "  (id " + summary.getId() + ")");
        }

        String newName = rename(name);
        step(4, "Rename it to \"" + newName + "\" (the ID encodes the name, so it changes)");
        String newId = client.updateCallPickup(locationId, id, new UpdateCallPickupRequest().name(newName));
        out.println("   old id " + id);
        out.println("   new id " + newId);
        try {
            client.getCallPickup(locationId, id);
            out.println("   the old id still answers (unexpected)");
        } catch (NotFoundException e) {
            out.println("   the old id now answers 404 Not Found");
        }

        step(5, "List the agents available for a call pickup (people, workspaces, virtual lines in none)");
        List<Agent> available = client.listAvailableAgents(locationId,
                ListAvailableAgentsOptions.builder().order("lname|fname").build()).stream().toList();
        available.forEach(agent -> out.println("   - " + describe(agent)));
        out.println("   " + available.size() + " available");

        step(6, "Delete it");
        client.deleteCallPickup(locationId, newId);
        out.println("   deleted " + newId);
        return newId;
    }

    private void print(CallPickup pickup) {
        out.println("   name: " + pickup.getName());
        out.println("   notification: " + pickup.getNotificationType() + " after "
                + pickup.getNotificationDelayTimerSeconds() + " s");
        List<Agent> members = pickup.getAgents() == null ? List.of() : pickup.getAgents();
        out.println("   agents (" + members.size() + "):");
        members.forEach(agent -> out.println("   - " + describe(agent)));
    }

    private void cleanUp(String id) {
        try {
            client.deleteCallPickup(locationId, id);
            out.println("   (cleaned up: deleted " + id + ")");
        } catch (CallPickupException ignored) {
            // Already renamed or deleted: nothing left under this ID.
        }
    }

    private void step(int number, String title) {
        out.println();
        out.println(number + ". " + title);
    }

    private static String rename(String name) {
        int room = 80 - NEW_NAME_SUFFIX.length();
        return (name.codePointCount(0, name.length()) > room
                ? name.substring(0, name.offsetByCodePoints(0, room)) : name) + NEW_NAME_SUFFIX;
    }

    private static String describe(Agent agent) {
        StringBuilder text = new StringBuilder();
        String fullName = ((agent.getFirstName() == null ? "" : agent.getFirstName()) + " "
                + (agent.getLastName() == null ? "" : agent.getLastName())).trim();
        text.append(fullName.isEmpty() ? agent.getDisplayName() : fullName);
        text.append(" [").append(agent.getType()).append("]");
        if (agent.getNumbers() != null) {
            agent.getNumbers().stream().filter(n -> Boolean.TRUE.equals(n.getPrimary())).findFirst()
                    .ifPresent(n -> text.append(' ').append(number(n)));
        }
        return text.toString();
    }

    private static String number(AgentNumber number) {
        String external = number.getExternal() == null ? "" : number.getExternal();
        String extension = number.getExtension() == null ? "" : "ext " + number.getExtension();
        return (external + " " + extension).trim();
    }
}
