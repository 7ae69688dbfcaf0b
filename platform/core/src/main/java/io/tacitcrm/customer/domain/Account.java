package io.tacitcrm.customer.domain;

import io.tacitcrm.access.domain.CriteriaField;
import io.tacitcrm.access.domain.RecordRef;
import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A customer company. It belongs to the tenant; its owner is the rep who currently tends it. */
@Entity
@Table(name = "account")
public class Account extends TenantOwned {

    /** The name of this object in sharing defaults, shares and access checks. */
    public static final String OBJECT_TYPE = "account";

    @Id
    private UUID id;
    private String name;
    private String industry;
    private String region;
    @Enumerated(EnumType.STRING)
    private CompanySize size;
    @Enumerated(EnumType.STRING)
    @Column(name = "value_tier")
    private ValueTier valueTier;
    private String website;
    private String phone;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    /** Since when the customer waits in the public pool for a rep to claim it; null while someone owns it. */
    @Column(name = "pooled_at")
    private Instant pooledAt;
    /** Kept by the database as the customer's deals change (V44); never written from here. */
    @Column(name = "won_values", insertable = false, updatable = false)
    private String wonValues;

    protected Account() {
    }

    public Account(AccountId id, AccountDetails details, UserId owner, UserId creator, Instant now) {
        this.id = id.value();
        this.ownerId = owner.value();
        this.createdBy = creator.value();
        this.createdAt = now;
        apply(details, now);
    }

    public void update(AccountDetails details, Instant now) {
        apply(details, now);
    }

    public void reassign(UserId newOwner, Instant now) {
        this.ownerId = newOwner.value();
        this.pooledAt = null;
        this.updatedAt = now;
    }

    /** The rep claims the pooled customer: it is theirs from now on. */
    public void claim(UserId rep, Instant now) {
        if (!pooled()) {
            throw new IllegalStateException("only a pooled customer can be claimed");
        }
        reassign(rep, now);
    }

    /** True while the customer waits in the public pool: its last owner no longer holds it as owner. */
    public boolean pooled() {
        return pooledAt != null;
    }

    public Optional<Instant> pooledAt() {
        return Optional.ofNullable(pooledAt);
    }

    private void apply(AccountDetails details, Instant now) {
        this.name = details.name();
        this.industry = details.industry().orElse(null);
        this.region = details.region().orElse(null);
        this.size = details.size().orElse(null);
        this.valueTier = details.valueTier().orElse(null);
        this.website = details.website().orElse(null);
        this.phone = details.phone().orElse(null);
        this.updatedAt = now;
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public AccountDetails details() {
        return StoredFacts.read(() -> new AccountDetails(name, Optional.ofNullable(industry),
                Optional.ofNullable(region), Optional.ofNullable(size), Optional.ofNullable(valueTier),
                Optional.ofNullable(website), Optional.ofNullable(phone)));
    }

    public UserId owner() {
        return new UserId(ownerId);
    }

    /** This account as record access sees it, with the fields criteria-based sharing rules test. */
    public RecordRef ref() {
        Map<String, String> fields = new HashMap<>();
        AccountDetails details = details();
        details.region().ifPresent(r -> fields.put(CriteriaField.REGION.field(), r));
        details.industry().ifPresent(i -> fields.put(CriteriaField.INDUSTRY.field(), i));
        details.valueTier().ifPresent(t -> fields.put(CriteriaField.VALUE_TIER.field(), t.name()));
        return new RecordRef(OBJECT_TYPE, id, owner(), pooled(), fields);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Its won deals' amounts per currency, as last read from its row. */
    public Map<String, BigDecimal> lifetimeValues() {
        return LifetimeValues.read(wonValues);
    }
}
