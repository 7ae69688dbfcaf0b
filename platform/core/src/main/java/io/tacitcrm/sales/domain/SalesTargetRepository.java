package io.tacitcrm.sales.domain;

import io.tacitcrm.identity.domain.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sales targets of the current tenant, and what was won against them. */
public interface SalesTargetRepository {

    Optional<SalesTarget> find(UUID id);

    List<SalesTarget> of(TargetPeriod period);

    Optional<SalesTarget> find(SalesTarget.Subject subject, UUID subjectId, TargetPeriod period, String currency);

    void add(SalesTarget target);

    void flush();

    /** The amount of won deals owned by {@code owners} in {@code currency}, closed within [from, to). */
    BigDecimal won(Collection<UserId> owners, String currency, Instant from, Instant to);
}
