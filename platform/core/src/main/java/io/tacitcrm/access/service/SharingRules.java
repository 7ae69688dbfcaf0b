package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.RecordShareRepository;
import io.tacitcrm.access.domain.RuleKind;
import io.tacitcrm.access.domain.SharingRule;
import io.tacitcrm.access.domain.SharingRuleRepository;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.TeamDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sharing rules: anyone may read them (they explain access); holders of sharing.manage add and remove them. A rule is
 * in force from the next request on — it is evaluated when records are read, so nothing is recomputed.
 */
@ApplicationScoped
@Transactional
public class SharingRules {

    /** Enough for any real company; each rule adds a branch to the visibility query of those it reaches. */
    static final int MAX_RULES = 200;

    private final SharingRuleRepository rules;
    private final RecordShareRepository shares;
    private final Grantees grantees;
    private final CurrentPrincipal caller;
    private final Audit audit;
    private final Clock clock;

    @Inject
    public SharingRules(SharingRuleRepository rules, RecordShareRepository shares, Grantees grantees,
            CurrentPrincipal caller, Audit audit, Clock clock) {
        this.rules = rules;
        this.shares = shares;
        this.grantees = grantees;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SharingRules() {
        this(null, null, null, null, null, null);
    }

    public List<SharingRule> rules() {
        caller.require();
        return rules.all();
    }

    public SharingRule add(RuleDraft draft) {
        UserId by = caller.require().userId();
        caller.require().require(Permission.SHARING_MANAGE);
        check(draft);
        if (rules.all().size() >= MAX_RULES) {
            throw new ConflictException("name", "rule.too-many", "A workspace has at most " + MAX_RULES
                    + " sharing rules.");
        }
        UUID id = Ids.newId();
        SharingRule rule = draft.kind() == RuleKind.OWNER
                ? SharingRule.byOwner(id, draft.name().strip(), draft.objectType(), draft.sourceType().orElseThrow(),
                        draft.sourceId().orElseThrow(),
                draft.granteeType(), draft.granteeId(), draft.access(), by, clock.instant())
                : SharingRule.byCriteria(id, draft.name().strip(), draft.objectType(), draft.field().orElseThrow(),
                        draft.values(), draft.granteeType(), draft.granteeId(), draft.access(), by, clock.instant());
        rules.add(rule);
        audit.created("sharing-rule", id, rule.name() + ": " + rule.kind() + " " + rule.objectType() + " -> "
                + rule.granteeType() + " "
                + rule.granteeId() + " " + rule.access());
        return rule;
    }

    public void remove(UUID id) {
        caller.require().require(Permission.SHARING_MANAGE);
        SharingRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("sharing rule"));
        rules.remove(rule);
        audit.deleted("sharing-rule", id, rule.name());
    }

    /** A team that rules still name cannot go (the rules would silently stop working); its shares go with it. */
    void onTeamDeleted(@Observes TeamDeleted event) {
        List<SharingRule> naming = rules.naming(event.team().value());
        if (!naming.isEmpty()) {
            throw new ConflictException("id", "team.in-rules", "Sharing rules name this team: "
                    + String.join(", ", naming.stream().map(SharingRule::name).toList()) + ". Remove them first.");
        }
        shares.removeForTeam(event.team().value());
    }

    private void check(RuleDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "name", draft.name() == null ? "" : draft.name().strip(), 100);
        if (draft.kind() == RuleKind.OWNER) {
            if (draft.sourceType().isEmpty() || draft.sourceType().get() == GranteeType.USER || draft.sourceId()
                    .isEmpty()) {
                errors.add(new FieldError("source", "rule.source",
                        "an owner rule names a role, a role and its subordinates, or a team"));
            } else if (!grantees.exist(draft.sourceType().get(), draft.sourceId().get())) {
                errors.add(new FieldError("source.id", "source.unknown", "is not a role or team of this workspace"));
            }
        } else {
            if (!draft.objectType().equals(SharingAdministration.ACCOUNT)) {
                errors.add(new FieldError("object", "rule.criteria-object", "criteria rules apply to accounts"));
            }
            if (draft.field().isEmpty()) {
                errors.add(new FieldError("criteria.field", "enum", "must be region, industry or valueTier"));
            }
            if (draft.values().isEmpty() || draft.values().size() > 50 || draft.values().stream().anyMatch(v
                    -> v.isBlank() || v.length() > 100)) {
                errors.add(new FieldError("criteria.values", "rule.values",
                        "between 1 and 50 values of at most 100 characters"));
            }
        }
        if (!grantees.exist(draft.granteeType(), draft.granteeId())) {
            errors.add(new FieldError("granteeId", "grantee.unknown",
                    "is not an active user, a team or a role of this workspace"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
