package io.tacitcrm.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/** What a workspace may use. A GLOBAL record, defined by operators; an empty limit is no limit. */
@Entity
@Table(name = "plan")
public class Plan {

    /** Every new workspace's plan, which limits nothing until operators change it. */
    public static final String DEFAULT = "STANDARD";

    @Id
    private String code;
    private String name;
    @Column(name = "max_users")
    private Integer maxUsers;
    @Column(name = "max_customers")
    private Integer maxCustomers;
    @Column(name = "max_storage_mb")
    private Integer maxStorageMb;
    @Column(name = "api_per_minute")
    private Integer apiPerMinute;
    @Column(name = "plugins_allowed")
    private String pluginsAllowed;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Plan() {
    }

    public Plan(String code, PlanLimits limits, Instant createdAt) {
        this.code = code;
        this.createdAt = createdAt;
        change(limits);
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public PlanLimits limits() {
        return new PlanLimits(name, optional(maxUsers), optional(maxCustomers), optional(maxStorageMb),
                optional(apiPerMinute), Optional.ofNullable(pluginsAllowed)
                .map(p -> Arrays.stream(p.split(",")).filter(id -> !id.isBlank()).toList()));
    }

    public void change(PlanLimits limits) {
        this.name = limits.name();
        this.maxUsers = limits.maxUsers().isPresent() ? limits.maxUsers().getAsInt() : null;
        this.maxCustomers = limits.maxCustomers().isPresent() ? limits.maxCustomers().getAsInt() : null;
        this.maxStorageMb = limits.maxStorageMb().isPresent() ? limits.maxStorageMb().getAsInt() : null;
        this.apiPerMinute = limits.apiPerMinute().isPresent() ? limits.apiPerMinute().getAsInt() : null;
        this.pluginsAllowed = limits.pluginsAllowed().map(p -> String.join(",", p)).orElse(null);
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
