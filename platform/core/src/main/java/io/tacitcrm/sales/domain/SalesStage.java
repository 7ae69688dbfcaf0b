package io.tacitcrm.sales.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** One stage of the tenant's sales process. */
@Entity
@Table(name = "sales_stage")
public class SalesStage extends TenantOwned {

    @Id
    private UUID id;
    private String name;
    private int position;
    private int probability;
    @Enumerated(EnumType.STRING)
    private StageKind kind;
    private String guidance;
    private boolean retired;
    @Version
    private long version;

    protected SalesStage() {
    }

    public SalesStage(UUID id, String name, int position, int probability, StageKind kind, String guidance) {
        if (probability < 0 || probability > 100) {
            throw new IllegalArgumentException("probability must be 0..100");
        }
        this.id = id;
        this.name = name;
        this.position = position;
        this.probability = probability;
        this.kind = kind;
        this.guidance = guidance;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public int probability() {
        return probability;
    }

    public StageKind kind() {
        return kind;
    }
}
