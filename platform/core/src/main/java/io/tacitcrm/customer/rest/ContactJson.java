package io.tacitcrm.customer.rest;

import io.tacitcrm.customer.service.ContactView;
import java.time.Instant;

/** A contact as the API shows it. */
public record ContactJson(String id, String accountId, String name, String title, String phone, String email,
                          String decisionRole, Instant createdAt, Instant updatedAt, long version) {

    static ContactJson of(ContactView v) {
        var d = v.details();
        return new ContactJson(v.id().toString(), v.account().toString(), d.name(), d.title().orElse(null),
                d.phone().orElse(null), d.email().orElse(null), d.decisionRole().name(), v.createdAt(), v.updatedAt(),
                v.version());
    }
}
