package io.tacitcrm.ops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A hosting operator. A GLOBAL record of a realm of its own: an operator is no user of any workspace. Signing in
 * takes the password and a code of the second factor; until a first code is accepted, the factor is only enrolled.
 */
@Entity
@Table(name = "operator")
public class Operator {

    @Id
    private UUID id;
    private String email;
    private String name;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_confirmed")
    private boolean totpConfirmed;
    @Column(name = "totp_last_step")
    private long totpLastStep;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Operator() {
    }

    public Operator(OperatorId id, String email, String name, String passwordHash, Instant createdAt) {
        this.id = id.value();
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = createdAt;
    }

    public OperatorId id() {
        return new OperatorId(id);
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean secondFactorConfirmed() {
        return totpConfirmed;
    }

    /** Starts (or restarts, while unconfirmed) the enrolment of a second factor. */
    public void enrol(TotpSecret secret) {
        if (totpConfirmed) {
            throw new IllegalStateException("the second factor is already confirmed");
        }
        totpSecret = secret.base32();
        totpLastStep = 0;
    }

    /**
     * Accepts a code of the second factor at {@code now}, once: a code is never good twice, and the first accepted code
     * confirms the enrolment.
     */
    public boolean acceptCode(String code, Instant now) {
        Optional<TotpSecret> secret = Optional.ofNullable(totpSecret).map(TotpSecret::fromBase32);
        OptionalLong step = secret.map(s -> s.matchingStep(code, now, totpLastStep)).orElse(OptionalLong.empty());
        if (step.isEmpty()) {
            return false;
        }
        totpLastStep = step.getAsLong();
        totpConfirmed = true;
        return true;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public void deactivate() {
        active = false;
    }
}
