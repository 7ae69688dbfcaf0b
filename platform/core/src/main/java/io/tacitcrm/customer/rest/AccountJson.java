package io.tacitcrm.customer.rest;

import io.tacitcrm.customer.service.AccountView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** An account as the API shows it. */
public record AccountJson(String id, String name, String industry, String region, String size, String valueTier,
                          String website, String phone, String ownerId, String ownerName, Map<String,
                                  BigDecimal> lifetimeValue, Instant createdAt,
                          Instant updatedAt, long version) {

    static AccountJson of(AccountView v) {
        var d = v.details();
        return new AccountJson(v.id().toString(), d.name(), d.industry().orElse(null), d.region().orElse(null),
                d.size().map(Enum::name).orElse(null), d.valueTier().map(Enum::name).orElse(null),
                d.website().orElse(null), d.phone().orElse(null), v.ownerId().toString(), v.ownerName(),
                        v.lifetimeValue(), v.createdAt(), v.updatedAt(), v.version());
    }
}
