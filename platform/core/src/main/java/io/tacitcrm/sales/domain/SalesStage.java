package io.tacitcrm.sales.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * One stage of the tenant's sales process. A stage is never deleted while it may hold opportunities: it is retired,
 * so opportunities in it stay valid and their history keeps its meaning, but none may enter it any more.
 */
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
    @Column(name = "required_fields")
    private String requiredFields = "";
    @Column(name = "required_activities")
    private String requiredActivities = "";
    private boolean skippable;
    @Version
    private long version;

    protected SalesStage() {
    }

    public SalesStage(UUID id, StageDefinition definition, int position) {
        this.id = id;
        redefine(definition, position);
    }

    /** Takes the definition's name, probability, kind, guidance and requirements, and the given place in the order. */
    public void redefine(StageDefinition definition, int position) {
        this.name = definition.name();
        this.position = position;
        this.probability = definition.probability();
        this.kind = definition.kind();
        this.guidance = definition.guidance();
        this.requiredFields = definition.requirements().encodeFields();
        this.requiredActivities = definition.requirements().encodeActivities();
        this.skippable = definition.requirements().skippable();
        this.retired = false;
    }

    public void retire() {
        this.retired = true;
    }

    public StageId id() {
        return new StageId(id);
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

    public String guidance() {
        return guidance;
    }

    public boolean retired() {
        return retired;
    }

    public StageRequirements requirements() {
        return StageRequirements.decode(requiredFields, requiredActivities, skippable);
    }

    public StageDefinition definition() {
        return new StageDefinition(name, probability, kind, guidance, requirements());
    }

    public long version() {
        return version;
    }
}
