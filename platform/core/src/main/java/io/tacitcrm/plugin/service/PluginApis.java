package io.tacitcrm.plugin.service;

import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.domain.PluginStopped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Answers {@code /api/v1/x/<plugin>/…}: 404 unless the caller's tenant enabled the plugin, then the plugin's first
 * matching route, run as the caller through {@link PluginCalls}. A plugin's {@link ApiProblem} passes through; any
 * other
 * failure becomes 500 (thrown) or 504 (too slow), naming the plugin — never the exception's text.
 */
@ApplicationScoped
public class PluginApis {

    private final PluginCatalog catalog;
    private final PluginEnablement enablement;
    private final PluginCalls calls;
    private final PluginContexts contexts;
    private final CurrentPrincipal principal;

    @Inject
    public PluginApis(PluginCatalog catalog, PluginEnablement enablement, PluginCalls calls,
            PluginContexts contexts, CurrentPrincipal principal) {
        this.catalog = catalog;
        this.enablement = enablement;
        this.calls = calls;
        this.contexts = contexts;
        this.principal = principal;
    }

    /** For CDI's proxy only. */
    protected PluginApis() {
        this(null, null, null, null, null);
    }

    /** Routes by the plugin and its contributions: a reloaded plugin brings new instances, hence new routes. */
    private final Map<Declared, ApiRoutes> routes = new ConcurrentHashMap<>();
    /**
     * When a plugin's routes last failed to be read. Tried again after {@link #RETRY_NANOS}, not at once — a plugin
     * that hangs would make every request wait out its time limit — and not never: one slow moment must not take a
     * plugin's API away until the server restarts.
     */
    private final Map<Declared, Long> failedAt = new ConcurrentHashMap<>();
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(30);

    public ApiResponse handle(String pluginId, ApiCall call) {
        if (!enablement.isEnabled(pluginId)) {
            throw ApiProblem.notFound("No plugin '" + pluginId + "' is enabled in this workspace.");
        }
        ApiRoutes table = routesOf(pluginId)
                .orElseThrow(() -> failed(pluginId, "Its routes could not be read; the error is logged."));
        var match = table.match(call.method(), call.path()).orElseThrow(() -> noRoute(table.methodsFor(call.path())));
        PluginCaller caller = PluginCaller.of(principal.require());
        ApiCall bound = call.withPathParameters(match.parameters());
        String what = "API " + call.method() + " " + call.path();
        // a problem the plugin answers with is an answer, not a failure: it is returned, not thrown past the guard
        PluginOutcome<Answer> outcome = calls.call(pluginId, what, () -> {
            try {
                return new Answer(Optional.ofNullable(match.handler().handle(bound, contexts.of(pluginId, caller))),
                        Optional.empty());
            } catch (ApiProblem problem) {
                return new Answer(Optional.empty(), Optional.of(problem));
            }
        });
        return switch (outcome) {
            case PluginOutcome.Done<Answer> done when done.value().problem().isPresent() -> throw done.value()
                    .problem().get();
            case PluginOutcome.Done<Answer> done -> done.value().response()
                    .orElseThrow(() -> failed(pluginId, "It answered nothing."));
            case PluginOutcome.Failed<Answer> f when f.timedOut() -> throw new ApiProblem(504, "plugin.timeout",
                    "The plugin '" + pluginId + "' did not answer within " + calls.timeoutMillis() + " ms.", List.of());
            case PluginOutcome.Failed<Answer> f -> throw failed(pluginId, "The error is logged.");
        };
    }

    /** The routes of an active plugin, as it declared them (read once, under the plugin's time limit). */
    public Optional<ApiRoutes> routesOf(String pluginId) {
        Declared declared = new Declared(pluginId, catalog.extensions(pluginId, ApiContribution.class));
        ApiRoutes known = routes.get(declared);
        if (known != null) {
            return Optional.of(known);
        }
        Long failed = failedAt.get(declared);
        if (failed != null && System.nanoTime() - failed < RETRY_NANOS) {
            return Optional.empty();
        }
        routes.keySet().removeIf(old -> old.pluginId().equals(pluginId) && !old.equals(declared));
        failedAt.keySet().removeIf(old -> old.pluginId().equals(pluginId) && !old.equals(declared));
        Optional<ApiRoutes> read = Optional.ofNullable(routes.computeIfAbsent(declared,
                d -> collect(d).orElse(null)));
        read.ifPresentOrElse(r -> failedAt.remove(declared), () -> failedAt.put(declared, System.nanoTime()));
        return read;
    }

    /** The routes of a plugin the host stopped hold its classes: let go of them. */
    void forget(@Observes PluginStopped stopped) {
        routes.keySet().removeIf(declared -> declared.pluginId().equals(stopped.pluginId()));
        failedAt.keySet().removeIf(declared -> declared.pluginId().equals(stopped.pluginId()));
    }

    /** A plugin's API contributions as loaded now (compared by instance). */
    private record Declared(String pluginId, List<ApiContribution> contributions) {
    }

    /** What a handler gave: a response, or a problem to answer with. */
    private record Answer(Optional<ApiResponse> response, Optional<ApiProblem> problem) {
    }

    private Optional<ApiRoutes> collect(Declared declared) {
        String pluginId = declared.pluginId();
        ApiRoutes table = new ApiRoutes();
        for (ApiContribution contribution : declared.contributions()) {
            if (calls.call(pluginId, "API routes", () -> {
                contribution.routes(table);
                return table;
            }) instanceof PluginOutcome.Failed<ApiRoutes>) {
                return Optional.empty();
            }
        }
        return Optional.of(table);
    }

    private static ApiProblem noRoute(Set<String> allowed) {
        return allowed.isEmpty()
                ? ApiProblem.notFound("No such endpoint.")
                : new ApiProblem(405, "method.not-allowed", "Allowed here: " + String.join(", ", allowed) + ".",
                        List.of());
    }

    private static ApiProblem failed(String pluginId, String detail) {
        return new ApiProblem(500, "plugin.failed", "The plugin '" + pluginId + "' failed. " + detail, List.of());
    }
}
