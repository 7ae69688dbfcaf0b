package io.tacitcrm.sales.service;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.StageId;
import java.time.Instant;
import java.util.Optional;

/** One entry of an opportunity's stage history, with the names of the stages and the person. */
public record StageMove(Optional<StageId> from, Optional<String> fromName, StageId to, String toName, Instant at,
                        UserId by, String byName) {
}
