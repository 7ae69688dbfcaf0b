package io.tacitcrm.identity.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A bearer credential. Only the SHA-256 of its secret is stored; the secret is shown once, when issued. */
@Entity
@Table(name = "api_token")
public class ApiToken extends TenantOwned {

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    @Enumerated(EnumType.STRING)
    private TokenKind kind;
    private String name;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UUID id, UserId user, TokenKind kind, String name, String secretHash, Instant createdAt,
                    Optional<Instant> expiresAt) {
        this.id = id;
        this.userId = user.value();
        this.kind = kind;
        this.name = name;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt.orElse(null);
    }

    public UUID id() {
        return id;
    }

    public UserId user() {
        return new UserId(userId);
    }

    public TokenKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The SHA-256 of the secret, as stored; the secret itself is never kept. */
    public String secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
