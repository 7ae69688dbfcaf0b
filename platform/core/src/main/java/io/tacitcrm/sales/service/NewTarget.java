package io.tacitcrm.sales.service;

import io.tacitcrm.sales.domain.SalesTarget;
import io.tacitcrm.sales.domain.TargetPeriod;
import java.math.BigDecimal;
import java.util.UUID;

/** A target to set: for whom, which period, how much. */
public record NewTarget(SalesTarget.Subject subject, UUID subjectId, TargetPeriod period, BigDecimal amount,
        String currency) {
}
