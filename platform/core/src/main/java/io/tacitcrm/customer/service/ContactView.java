package io.tacitcrm.customer.service;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.Contact;
import io.tacitcrm.customer.domain.ContactDetails;
import io.tacitcrm.customer.domain.ContactId;
import java.time.Instant;

/** A contact as callers outside the domain see it. */
public record ContactView(ContactId id, AccountId account, ContactDetails details, Instant createdAt, Instant updatedAt,
                          long version) {

    static ContactView of(Contact c) {
        return new ContactView(c.id(), c.account(), c.details(), c.createdAt(), c.updatedAt(), c.version());
    }
}
