package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sales target the user may see (their own, and those of users and roles below them).
 *
 * @param subjectType {@code USER} or {@code ROLE}
 * @param quarter     a quarter's target when true, else a month's
 * @param start       the period's first day
 */
@Beta
public record Target(String subjectType, UUID subjectId, boolean quarter, LocalDate start, BigDecimal amount,
                     String currency) {
}
