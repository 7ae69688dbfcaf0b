package io.tacitcrm.ui.activity;

import io.tacitcrm.activity.domain.GeoPoint;
import java.util.Optional;

/**
 * What came of a planned footprint, and where the rep was if they said, as the "done" dialog edits it; named as the
 * service names the fields.
 */
public record CompletionForm(String outcome, GeoPoint location) {

    static CompletionForm blank() {
        return new CompletionForm("", null);
    }

    Optional<GeoPoint> where() {
        return Optional.ofNullable(location);
    }
}
