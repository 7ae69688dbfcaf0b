package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.AccessRules;
import io.tacitcrm.access.domain.RecordFacts;
import io.tacitcrm.access.domain.RecordRef;
import io.tacitcrm.access.domain.RuleInForce;
import io.tacitcrm.access.domain.Subject;
import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.RevisionCache;
import io.tacitcrm.identity.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The gate of record access: what the caller may see in lists ({@link #viewer}) and may do with one record
 * ({@link #permit}). Every record feature asks here; {@link RecordSharing} works on the permits it hands out.
 */
@ApplicationScoped
@Transactional
public class RecordAccess {

    private final CurrentPrincipal caller;
    private final AccessFacts facts;
    private final UserDirectory directory;
    private final RevisionCache cache;
    private final Clock clock;

    @Inject
    public RecordAccess(CurrentPrincipal caller, AccessFacts facts, UserDirectory directory,
            RevisionCache cache, Clock clock) {
        this.caller = caller;
        this.facts = facts;
        this.directory = directory;
        this.cache = cache;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected RecordAccess() {
        this(null, null, null, null, null);
    }

    /** The caller as list queries of {@code objectType} must see them. */
    public Viewer viewer(String objectType) {
        Principal principal = caller.require();
        // the company reader (a module's scheduled job) sees what the company has, peers of the top role included
        boolean everyoneBelow = principal.readsAsCompany() || principal.leadsOtherRoles() && principal.rolePath()
                .map(path -> cache.<Boolean>get(principal, "below:" + principal.userId() + path.value(),
                        () -> directory.everyoneElseBelow(principal.userId(), path))).orElse(false);
        Subject subject = facts.subject(principal);
        List<RuleInForce> reaching = facts.rulesInForce(objectType).stream().filter(r -> r.rule().reaches(subject))
                .toList();
        return new Viewer(subject, facts.defaultOf(objectType), principal.leadsOtherRoles(), everyoneBelow, reaching,
                clock.instant());
    }

    /** What the caller may do with the record; empty when they may not even see it. */
    public Optional<Permit> find(RecordRef record) {
        Principal principal = caller.require();
        if (principal.readsAsCompany()) {
            return Optional.of(new Permit(record, AccessLevel.READ, false));
        }
        Subject subject = facts.subject(principal);
        return permit(principal, subject, record, facts.facts(subject, record));
    }

    /**
     * As {@link #find} for many records of one kind (an import's customers): the shares of those whose access they
     * could raise are read in one query, not one each. The permits by record id; a record the caller may not see is
     * absent.
     */
    public Map<UUID, Permit> findAll(String objectType, List<RecordRef> records) {
        Principal principal = caller.require();
        Map<UUID, Permit> permits = new HashMap<>();
        if (principal.readsAsCompany()) {
            records.forEach(r -> permits.put(r.id(), new Permit(r, AccessLevel.READ, false)));
            return permits;
        }
        Subject subject = facts.subject(principal);
        List<RecordFacts> all = facts.facts(subject, objectType, records);
        for (int i = 0; i < records.size(); i++) {
            RecordRef record = records.get(i);
            permit(principal, subject, record, all.get(i)).ifPresent(p -> permits.put(record.id(), p));
        }
        return permits;
    }

    private Optional<Permit> permit(Principal principal, Subject subject, RecordRef record, RecordFacts recordFacts) {
        return AccessRules.strongest(AccessRules.grants(subject, recordFacts))
                .map(level -> new Permit(record, level, principal.has(Permission.SHARING_MANAGE)));
    }

    /** What the caller may do with the record — "not found" when they may not see it, exactly like a missing one. */
    public Permit permit(RecordRef record) {
        return find(record).orElseThrow(() -> new NotFoundException(record.objectType()));
    }

    /** As {@link #permit}, and forbidden when the caller may only read the record. */
    public Permit permitToEdit(RecordRef record) {
        return permit(record).requireEdit();
    }

}
