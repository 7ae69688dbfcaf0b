package io.tacitcrm.identity.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A person who logs in to one tenant. */
@Entity
@Table(name = "app_user")
public class User extends TenantOwned {

    @Id
    private UUID id;
    private String email;
    private String name;
    @Column(name = "role_id")
    private UUID roleId;
    private boolean active;
    private String locale;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "locale_chosen")
    private boolean localeChosen;
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;
    @Version
    private long version;

    protected User() {
    }

    public User(UserId id, EmailAddress email, String name, Optional<RoleId> role, Locale locale, String passwordHash,
                Instant createdAt) {
        this.id = id.value();
        this.email = email.value();
        this.name = name;
        this.roleId = role.map(RoleId::value).orElse(null);
        this.active = true;
        this.locale = locale.toLanguageTag();
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public UserId id() {
        return new UserId(id);
    }

    public EmailAddress email() {
        return new EmailAddress(email);
    }

    public String name() {
        return name;
    }

    public Optional<RoleId> role() {
        return Optional.ofNullable(roleId).map(RoleId::new);
    }

    public boolean isActive() {
        return active;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public boolean localeChosen() {
        return localeChosen;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void moveTo(RoleId role) {
        this.roleId = role.value();
    }

    /** A new password (already hashed) ends every session and token issued until {@code now}. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.sessionsValidFrom = now;
    }

    /** Deactivates the user and ends every session issued until {@code now}, so reactivation revives none of them. */
    public void deactivate(Instant now) {
        this.active = false;
        this.sessionsValidFrom = now;
    }

    public void activate() {
        this.active = true;
    }

    /** The user picked a language: from now on it wins over the browser's. */
    public void changeLocale(Locale newLocale) {
        this.locale = newLocale.toLanguageTag();
        this.localeChosen = true;
    }
}
