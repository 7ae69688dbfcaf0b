package io.tacitcrm.access.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The record-access rules of DESIGN §3, as one pure function: every grant a subject holds on a record, each with its
 * cause. The database's list predicate ({@code VisibilityJpql}) must agree with it; a property test holds both to an
 * independent oracle.
 */
public final class AccessRules {

    private AccessRules() {
    }

    public static List<AccessGrant> grants(Subject subject, RecordFacts record) {
        List<AccessGrant> grants = new ArrayList<>();
        if (record.owner().equals(subject.user()) && !record.ownerLapsed()) {
            grants.add(new AccessGrant(AccessLevel.EDIT, AccessCause.OWNER, ""));
        }
        if (subject.role().isPresent() && record.ownerRole().isPresent() && subject.role().get()
                .isAbove(record.ownerRole().get())) {
            grants.add(new AccessGrant(AccessLevel.EDIT, AccessCause.HIERARCHY, record.ownerRole().get().value()));
        }
        switch (record.orgDefault()) {
            case PUBLIC_READ -> grants.add(new AccessGrant(AccessLevel.READ, AccessCause.DEFAULT, record.orgDefault()
                    .name()));
            case PUBLIC_READ_WRITE -> grants.add(new AccessGrant(AccessLevel.EDIT, AccessCause.DEFAULT,
                    record.orgDefault().name()));
            case PRIVATE -> { }
        }
        for (RecordShare share : record.shares()) {
            if (share.appliesTo(subject)) {
                grants.add(new AccessGrant(share.access(), share.cause(), share.granteeType() + ":"
                        + share.granteeId()));
            }
        }
        for (RuleInForce rule : record.rules()) {
            if (rule.rule().reaches(subject) && rule.covers(record)) {
                grants.add(new AccessGrant(rule.rule().access(), AccessCause.RULE, "RULE:" + rule.rule().id()));
            }
        }
        return grants;
    }

    /**
     * Whether a record's shares could still raise the access the rest of its facts give: not once those give edit, the
     * most any grant gives (a share never takes access away). The owner and their superiors open a record without its
     * shares being read.
     */
    public static boolean sharesCouldRaise(Subject subject, RecordFacts withoutShares) {
        return strongest(grants(subject, withoutShares)).filter(AccessLevel::allowsEdit).isEmpty();
    }

    /** The strongest access the grants give, if any. */
    public static Optional<AccessLevel> strongest(List<AccessGrant> grants) {
        return grants.stream().map(AccessGrant::level).max(Comparator.naturalOrder());
    }
}
