package io.tacitcrm.sales.service;

import io.tacitcrm.sales.domain.SalesTarget;
import io.tacitcrm.sales.domain.TargetPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** A target with what has been won against it so far. */
public record TargetView(UUID id, SalesTarget.Subject subject, UUID subjectId, String subjectName, TargetPeriod period,
                         BigDecimal amount, String currency, BigDecimal won, long version) {

    /** Won as a share of the target, in percent (0 when the target is 0). */
    public int attainmentPercent() {
        return amount.signum() == 0 ? 0 : won.multiply(BigDecimal.valueOf(100)).divide(amount, 0, RoundingMode.DOWN)
                .intValue();
    }
}
