package io.tacitcrm.identity.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a role allows its holders to do. Record access (which records) is a separate matter. */
public enum Permission {
    CUSTOMER_CREATE("customer.create"),
    CUSTOMER_TRANSFER("customer.transfer"),
    CUSTOMER_EXPORT("customer.export"),
    PROCESS_MANAGE("process.manage"),
    USERS_MANAGE("users.manage"),
    SHARING_MANAGE("sharing.manage"),
    KNOWLEDGE_PUBLISH("knowledge.publish"),
    ANALYTICS_TEAM("analytics.team"),
    AUDIT_READ("audit.read"),
    PLUGINS_MANAGE("plugins.manage");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Permission> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** Decodes the stored, comma-separated form; unknown codes (from a newer release) are ignored. */
    public static Set<Permission> decode(String stored) {
        EnumSet<Permission> result = EnumSet.noneOf(Permission.class);
        if (stored != null) {
            Arrays.stream(stored.split(",")).map(String::strip).map(Permission::fromCode)
                    .flatMap(Optional::stream).forEach(result::add);
        }
        return result;
    }

    public static String encode(Set<Permission> permissions) {
        return permissions.stream().map(Permission::code).sorted().collect(Collectors.joining(","));
    }
}
