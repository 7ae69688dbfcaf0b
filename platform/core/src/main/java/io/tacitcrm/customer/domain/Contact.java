package io.tacitcrm.customer.domain;

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
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A person at a customer company. Who may see or change a contact follows from its account. */
@Entity
@Table(name = "contact")
public class Contact extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "account_id")
    private UUID accountId;
    private String name;
    private String title;
    private String phone;
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_role")
    private DecisionRole decisionRole;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Contact() {
    }

    public Contact(ContactId id, AccountId account, ContactDetails details, UserId creator, Instant now) {
        this.id = id.value();
        this.accountId = account.value();
        this.createdBy = creator.value();
        this.createdAt = now;
        update(details, now);
    }

    public void update(ContactDetails details, Instant now) {
        this.name = details.name();
        this.title = details.title().orElse(null);
        this.phone = details.phone().orElse(null);
        this.email = details.email().orElse(null);
        this.decisionRole = details.decisionRole();
        this.updatedAt = now;
    }

    public ContactId id() {
        return new ContactId(id);
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public ContactDetails details() {
        return StoredFacts.read(() -> new ContactDetails(name, Optional.ofNullable(title),
                Optional.ofNullable(phone), Optional.ofNullable(email), decisionRole));
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
}
