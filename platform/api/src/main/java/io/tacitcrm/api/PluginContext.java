package io.tacitcrm.api;

import io.tacitcrm.api.figures.Figures;
import io.tacitcrm.api.job.Background;
import io.tacitcrm.api.records.Activities;
import io.tacitcrm.api.records.Customers;
import io.tacitcrm.api.records.Opportunities;
import io.tacitcrm.api.records.Roles;
import io.tacitcrm.api.records.Users;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything a plugin may reach in the host, for one call: the tenant, the user, read-only views of the CRM's records
 * (with that user's visibility applied — a record the user may not see does not exist for you either), per-tenant
 * settings and your own tables. Keep a context no longer than the call it was given to — except that a view or panel
 * may use its context in its own event handlers for as long as it is shown.
 */
@Stable(since = "0.1")
public interface PluginContext {

    /** Your plugin's id. */
    String pluginId();

    TenantRef tenant();

    /** The signed-in user; empty only for events raised by background work (e.g. the nightly pool sweep). */
    Optional<CurrentUser> user();

    /** The user, where the call cannot happen without one (views, panels, API requests). */
    default CurrentUser requireUser() {
        return user().orElseThrow(() -> new IllegalStateException("This call has no signed-in user"));
    }

    /** The language to answer in: the user's, else the company's. */
    Locale locale();

    /** The time zone to show times in: the user's browser's in views and panels, UTC for API calls and events. */
    ZoneId zone();

    Customers customers();

    Opportunities opportunities();

    Activities activities();

    Users users();

    Roles roles();

    PluginSettings settings();

    TenantDatabase database();

    /** The address of one of your views inside the application, e.g. {@code x/knowledge/article/42}, for links. */
    default String viewPath(String view, String... parameters) {
        StringBuilder path = new StringBuilder("x/").append(pluginId()).append('/').append(view);
        for (String parameter : parameters) {
            path.append('/').append(URLEncoder.encode(parameter, StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    /**
     * The logger to write to: lines land in the server's log under the logger name {@code tacit.plugin.<your id>},
     * each starting with {@code [<your id>]}, so operators can tell your lines from everyone else's and filter them.
     * Take it from the context each time; do not keep a logger of your own.
     */
    @Beta
    default System.Logger log() {
        return System.getLogger("tacit.plugin." + pluginId());
    }

    /**
     * Sums and counts over the records the user may open, computed in the database (dashboards, analytics).
     *
     * @since 0.3
     */
    @Beta
    default Figures figures() {
        throw new UnsupportedOperationException("needs a host with platform API 0.3");
    }

    /** Addresses of the core's pages (a customer, a deal on its customer's page, the pipeline …). */
    @Beta
    default CoreLinks links() {
        return new CoreLinks();
    }

    /** The host's codes (activity types, stage kinds …) in the user's language. */
    @Beta
    default Labels labels() {
        return Labels.codes();
    }

    /**
     * Runs long work after this call returns, on a worker of the host's, for the same user and company.
     *
     * @since 0.4
     */
    @Beta
    default Background background() {
        throw new UnsupportedOperationException("needs a host with platform API 0.4");
    }
}
