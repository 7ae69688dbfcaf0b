package io.tacitcrm.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Addresses of the core's pages, relative to the application's root: use them with {@code UI.navigate(...)} or as the
 * {@code href} of an {@code Anchor}. A record the user may not see opens as "not found", like any address typed
 * by hand.
 */
@Beta
public final class CoreLinks {

    /** The customer list. */
    public String customers() {
        return "customers";
    }

    /** A customer's page. */
    public String customer(UUID customerId) {
        return "customers/" + Objects.requireNonNull(customerId);
    }

    /** A customer's page with one of its deals opened. */
    public String opportunity(UUID customerId, UUID opportunityId) {
        return customer(customerId) + "?deal=" + Objects.requireNonNull(opportunityId);
    }

    /** The pipeline board. */
    public String pipeline() {
        return "pipeline";
    }

    /** The signed-in user's day: planned and done footprints. */
    public String myDay() {
        return "my-day";
    }

    /** Daily reports: one's own and those of the people below. */
    public String dailyReports() {
        return "daily-reports";
    }

    /** The transfer wizard (for those allowed to transfer customers): hand one rep's customers to another. */
    public String transfer() {
        return "settings/transfer";
    }

    /** The transfer wizard with the customers of one owner already chosen. */
    public String transferFrom(UUID ownerId) {
        return transfer() + "?from=" + Objects.requireNonNull(ownerId);
    }
}
