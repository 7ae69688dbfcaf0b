package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The caller as list queries see them: the subject (with their teams), the org-wide default of the object listed, the
 * sharing rules that reach them, the time that decides which time-limited shares still count, and whether any role lies
 * below theirs (then records owned below are usually many, which decides the query's shape). Built per request from
 * the authenticated principal, never from client input.
 */
public record Viewer(Subject subject, OrgWideDefault orgDefault, boolean leadsOtherRoles, boolean everyOtherOwnerBelow,
                     List<RuleInForce> rules, Instant now) {

    public Viewer {
        rules = List.copyOf(rules);
    }

    public Viewer(Subject subject, OrgWideDefault orgDefault, boolean leadsOtherRoles) {
        this(subject, orgDefault, leadsOtherRoles, false, List.of(), Instant.now());
    }

    public UserId user() {
        return subject.user();
    }

    public Optional<RolePath> role() {
        return subject.role();
    }

    /**
     * True when the org-wide default opens every record of this object to everyone, or when every other user of the
     * workspace has a role below the viewer's (the usual case for the top role): then every record's owner is the
     * viewer
     * or someone below, and the list needs no visibility condition at all.
     */
    public boolean seesEverything() {
        return orgDefault != OrgWideDefault.PRIVATE || everyOtherOwnerBelow;
    }
}
