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
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;
    @Version
    private long version;

    protected User() {
    }

    /**
     * A user an administrator adds with a first password: the administrator vouches for the address. (A founder's
     * address is confirmed by a link: {@link #founder}; an invited user has no password yet: {@link #invited}.)
     */
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
        this.emailVerifiedAt = createdAt;
    }

    /** A company's first user, whose address nobody has confirmed yet; the workspace is usable meanwhile. */
    public static User founder(UserId id, EmailAddress email, String name, RoleId role, Locale locale,
            String passwordHash, Instant createdAt) {
        User founder = new User(id, email, name, Optional.of(role), locale, passwordHash, createdAt);
        founder.emailVerifiedAt = null;
        return founder;
    }

    /** A person invited by e-mail: cannot log in until they choose a password from their invitation. */
    public static User invited(UserId id, EmailAddress email, String name, RoleId role, Locale locale,
            Instant createdAt) {
        User invited = new User(id, email, name, Optional.of(role), locale, null, createdAt);
        invited.emailVerifiedAt = null;
        return invited;
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

    /** The password's hash; only for a user who has one ({@link #hasPassword()}). */
    public String passwordHash() {
        if (passwordHash == null) {
            throw new IllegalStateException("an invited user has no password yet");
        }
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Whether the person has followed a link sent to the address (or an administrator vouched for it). */
    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    /**
     * A password chosen from a link sent by e-mail (an invitation or a reset): following it proves the address, and
     * every session and token issued until {@code now} ends.
     */
    public void choosePassword(String newHash, Instant now) {
        changePassword(newHash, now);
        verifyEmail(now);
    }

    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
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
