package io.tacitcrm.testkit;

import java.util.Map;
import java.util.Optional;

/**
 * How the server reaches PostgreSQL: the application role (owns nothing, subject to row-level security) and the owner
 * role (runs migrations). Exported to the server as the environment variables its {@code server.xml} reads.
 */
public record DatabaseSettings(String url, String appUser, String appPassword, String ownerUser, String ownerPassword) {

    public Map<String, String> environment() {
        return Map.of("DB_URL", url, "DB_USER", appUser, "DB_PASSWORD", appPassword,
                "DB_OWNER_USER", ownerUser, "DB_OWNER_PASSWORD", ownerPassword);
    }

    /**
     * Settings given in the environment ({@code DB_URL} and friends), if any: then no embedded database is started.
     * A role or password left out is {@code server.xml}'s default, as the server itself would take it.
     */
    public static Optional<DatabaseSettings> fromEnvironment() {
        Map<String, String> env = System.getenv();
        if (env.get("DB_URL") == null || env.get("DB_URL").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseSettings(env.get("DB_URL"), env.getOrDefault("DB_USER", "tacit_app"),
                env.getOrDefault("DB_PASSWORD", "tacit-app-local"), env.getOrDefault("DB_OWNER_USER", "tacit_owner"),
                env.getOrDefault("DB_OWNER_PASSWORD", "tacit-owner-local")));
    }
}
