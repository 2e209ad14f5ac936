package dev.callpickup.conformance.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The operations of the contract, and which of them a concrete request path addresses. */
public final class Operations {

    private record Route(String method, Pattern path, int literalLength, String operationId) {
    }

    private final List<Route> routes = new ArrayList<>();

    private Operations(OpenAPI api) {
        String basePath = URI.create(api.getServers().get(0).getUrl()).getPath();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            String regex = Pattern.quote(basePath + path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            int literal = path.getKey().replaceAll("\\{[^}]+}", "").length();
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                routes.add(new Route(op.getKey().name(), Pattern.compile(regex), literal,
                        op.getValue().getOperationId()));
            }
        }
        // A literal segment beats a template (".../callPickups/availableUsers" is not a call pickup ID).
        routes.sort(Comparator.comparingInt(Route::literalLength).reversed());
    }

    /** The operations of {@code api}. */
    public static Operations of(OpenAPI api) {
        return new Operations(api);
    }

    /** Every operation ID of the contract. */
    public List<String> ids() {
        return routes.stream().map(Route::operationId).distinct().sorted().toList();
    }

    /** The operation that {@code method} on {@code path} (including the server's base path) addresses. */
    public Optional<String> find(String method, String path) {
        return routes.stream()
                .filter(r -> r.method().equalsIgnoreCase(method) && r.path().matcher(path).matches())
                .map(Route::operationId)
                .findFirst();
    }
}
