package io.tacitcrm.ui.sales;

import io.tacitcrm.sales.service.CloseOutcome;
import java.util.Optional;
import java.util.UUID;

/** Why a deal closes, as the close dialog edits it; named as the service names the fields. */
public record CloseForm(UUID closeReasonId, String competitor) {

    static CloseForm blank() {
        return new CloseForm(null, "");
    }

    CloseOutcome outcome() {
        return new CloseOutcome(Optional.ofNullable(closeReasonId).map(UUID::toString),
                Optional.ofNullable(competitor));
    }
}
