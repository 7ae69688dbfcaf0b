package io.tacitcrm.access.rest;

import io.tacitcrm.access.domain.RecordShare;
import java.time.Instant;

/** A share of a record as the API shows it. */
public record ShareJson(String id, String granteeType, String granteeId, String access, String cause,
        Instant createdAt) {

    static ShareJson of(RecordShare s) {
        return new ShareJson(s.id().toString(), s.granteeType().name(), s.granteeId().toString(), s.access().name(),
                s.cause().name(), s.createdAt());
    }
}
