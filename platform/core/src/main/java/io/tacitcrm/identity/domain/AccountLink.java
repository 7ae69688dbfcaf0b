package io.tacitcrm.identity.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link sent to a user's address. Only the hash of its secret is kept; it works once, until it expires or a
 * newer link of the same purpose replaces it. Two tabs using it at once: the version lets one of them win.
 */
@Entity
@Table(name = "account_link")
public class AccountLink extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Version
    private long version;

    protected AccountLink() {
    }

    public AccountLink(UUID id, UserId user, LinkPurpose purpose, String secretHash, Instant createdAt,
            Instant expiresAt) {
        this.id = id;
        this.userId = user.value();
        this.purpose = purpose;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public UserId user() {
        return new UserId(userId);
    }

    public LinkPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link (followed, or replaced by a newer one). */
    public void spend(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }
}
