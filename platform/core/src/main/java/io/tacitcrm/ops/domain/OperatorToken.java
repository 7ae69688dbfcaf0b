package io.tacitcrm.ops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An operator's session. Only the SHA-256 of its secret is stored; it ends early and cannot be extended. */
@Entity
@Table(name = "operator_token")
public class OperatorToken {

    @Id
    private UUID id;
    @Column(name = "operator_id")
    private UUID operatorId;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected OperatorToken() {
    }

    public OperatorToken(UUID id, OperatorId operator, String secretHash, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.operatorId = operator.value();
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public OperatorId operator() {
        return new OperatorId(operatorId);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
