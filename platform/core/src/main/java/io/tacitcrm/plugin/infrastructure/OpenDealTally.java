package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Open deals counted and summed per stage, owner, currency and close date — written only by the database's trigger on
 * {@code opportunity} (V15), read here for viewers who may open every deal.
 */
@Entity
@Table(name = "open_deal_tally")
public class OpenDealTally extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "stage_id")
    private UUID stageId;
    @Column(name = "owner_id")
    private UUID ownerId;
    private String currency;
    @Column(name = "close_date")
    private LocalDate closeDate;
    private int deals;
    private BigDecimal amount;

    protected OpenDealTally() {
    }
}
