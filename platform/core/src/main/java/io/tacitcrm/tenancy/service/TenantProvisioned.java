package io.tacitcrm.tenancy.service;

import io.tacitcrm.tenancy.domain.TenantId;
import java.util.Locale;

/**
 * CDI event fired inside the sign-up transaction: features observe it to install their defaults (sales process,
 * sharing defaults). An observer that throws rolls the whole sign-up back.
 */
public record TenantProvisioned(TenantId tenantId, Locale locale) {
}
