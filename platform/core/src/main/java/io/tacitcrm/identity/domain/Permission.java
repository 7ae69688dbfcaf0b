package io.tacitcrm.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a role allows its holders to do in the core. Record access (which records) is a separate matter; modules
 * declare permissions of their own, and a role stores both as {@link Grants}.
 */
public enum Permission {
    CUSTOMER_CREATE("customer.create"),
    CUSTOMER_TRANSFER("customer.transfer"),
    CUSTOMER_EXPORT("customer.export"),
    PROCESS_MANAGE("process.manage"),
    USERS_MANAGE("users.manage"),
    SHARING_MANAGE("sharing.manage"),
    TARGETS_MANAGE("targets.manage"),
    AUDIT_READ("audit.read"),
    PLUGINS_MANAGE("plugins.manage"),
    /** Move a won or lost deal back into the process. */
    OPPORTUNITY_REOPEN("opportunity.reopen");

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
}
