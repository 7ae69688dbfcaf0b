package io.tacitcrm.plugin.service;

import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.tenancy.domain.TenantId;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * On whose behalf a plugin is called: captured on the request thread, carried explicitly to the worker thread the
 * plugin runs on (request-scoped beans do not cross threads).
 */
public record PluginCaller(TenantId tenant, String workspace, Optional<Principal> principal, Locale locale,
        ZoneId zone) {

    public static PluginCaller of(Principal principal) {
        return new PluginCaller(principal.tenantId(), principal.workspace(), Optional.of(principal), principal.locale(),
                ZoneOffset.UTC);
    }

    /** The same caller, in the language the screen shows (the browser's until the user picks one). */
    public PluginCaller speaking(Locale screenLocale) {
        return new PluginCaller(tenant, workspace, principal, screenLocale, zone);
    }

    /** The same caller, showing times in this zone (a browser's). */
    public PluginCaller in(ZoneId browserZone) {
        return new PluginCaller(tenant, workspace, principal, locale, browserZone);
    }
}
