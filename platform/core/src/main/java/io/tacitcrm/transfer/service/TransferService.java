package io.tacitcrm.transfer.service;

import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.service.NextStageGap;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.transfer.domain.Dossier;
import io.tacitcrm.transfer.domain.Moved;
import io.tacitcrm.transfer.domain.TransferId;
import io.tacitcrm.transfer.domain.TransferPlan;
import io.tacitcrm.transfer.domain.TransferRecord;
import io.tacitcrm.transfer.domain.Transfers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk transfer. Only holders of customer.transfer may transfer, only customers they own or that are owned below their
 * role ("over the records" — never what they cannot see), and only to themselves or an active user below their role
 * ("over the target"). One transaction: the customers, their open deals and planned footprints, the co-ownership
 * places,
 * the dossiers, the transfer record and its audit entry are all written, or none is.
 */
@ApplicationScoped
@Transactional
public class TransferService {

    /** One transfer moves at most this many customers; a larger book is handed over in several. */
    public static final int MAX_ACCOUNTS = 50_000;
    static final int SAMPLE = 20;

    private final Transfers transfers;
    private final CurrentPrincipal caller;
    private final UserDirectory directory;
    private final AccountService accounts;
    private final OpportunityService opportunities;
    private final Audit audit;
    private final Event<TransferDone> done;
    private final Clock clock;

    @Inject
    public TransferService(Transfers transfers, CurrentPrincipal caller, UserDirectory directory,
            AccountService accounts, OpportunityService opportunities, Audit audit, Event<TransferDone> done,
            Clock clock) {
        this.transfers = transfers;
        this.caller = caller;
        this.directory = directory;
        this.accounts = accounts;
        this.opportunities = opportunities;
        this.audit = audit;
        this.done = done;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected TransferService() {
        this(null, null, null, null, null, null, null, null);
    }

    public TransferPreview preview(TransferPlan plan) {
        Principal me = authorised(plan);
        var now = clock.instant();
        return new TransferPreview(transfers.count(plan.criteria(), me.userId(), me.rolePath(), plan.to(), now),
                transfers.sample(plan.criteria(), me.userId(), me.rolePath(), plan.to(), now, SAMPLE));
    }

    public TransferRecord transfer(TransferPlan plan) {
        Principal me = authorised(plan);
        var now = clock.instant();
        long count = transfers.count(plan.criteria(), me.userId(), me.rolePath(), plan.to(), now);
        if (count > MAX_ACCOUNTS) {
            throw InvalidInputException.of("criteria", "transfer.too-large", "selects " + count
                    + " customers; at most " + MAX_ACCOUNTS
                    + " move in one transfer");
        }
        TransferId id = new TransferId(Ids.newId());
        Moved moved = transfers.move(id, plan, me.userId(), me.rolePath(), now);
        TransferRecord record = new TransferRecord(id, plan.criteria().describe(), plan.to(),
                plan.includeOpenOpportunities(),
                plan.includeOpenActivities(), plan.coOwnershipDays(), plan.note(), moved.accounts(),
                        moved.opportunities(), moved.activities(), me.userId(), now);
        transfers.add(record);
        transfers.writeDossiers(id, moved);
        audit.record("TRANSFER", "transfer", id.value(), "to " + plan.to() + "; " + record.criteria() + "; accounts "
                + moved.accounts()
                + ", opportunities " + moved.opportunities() + ", activities " + moved.activities()
                + (plan.coOwnershipDays() > 0 ? ", previous owners read-only for " + plan.coOwnershipDays() + " days"
                        : ""));
        done.fire(new TransferDone(record, moved));
        return record;
    }

    /** A transfer, for the one who made it, its recipient, and anyone whose role is above either. */
    public TransferRecord find(TransferId id) {
        TransferRecord record = transfers.find(id).orElseThrow(() -> new NotFoundException("transfer"));
        Principal me = caller.require();
        if (!concerns(me, record)) {
            throw new NotFoundException("transfer");
        }
        return record;
    }

    public List<Dossier> dossiers(TransferId id, Optional<AccountId> after, int limit) {
        find(id);
        return transfers.dossiers(id, after, limit);
    }

    /**
     * The latest handover dossier of a customer the caller may read, with each open deal's gap to its next stage now.
     */
    public Optional<Handover> handover(AccountId account) {
        accounts.permit(account);
        return transfers.latestDossier(account).map(dossier -> {
            Map<OpportunityId, NextStageGap> gaps = new LinkedHashMap<>();
            JsonObject body = Json.createReader(new StringReader(dossier.body())).readObject();
            for (JsonValue deal : body.getJsonArray("openOpportunities")) {
                OpportunityId dealId = new OpportunityId(UUID.fromString(deal.asJsonObject().getString("id")));
                try {
                    opportunities.nextStageGap(dealId).ifPresent(gap -> gaps.put(dealId, gap));
                } catch (NotFoundException gone) {
                    // deleted since, or no longer visible to this reader: the dossier still lists it as it was
                }
            }
            return new Handover(dossier, gaps);
        });
    }

    private boolean concerns(Principal me, TransferRecord record) {
        if (me.userId().equals(record.by()) || me.userId().equals(record.to())) {
            return true;
        }
        return me.rolePath().map(path -> above(path, record.by()) || above(path, record.to())).orElse(false);
    }

    private boolean above(RolePath path, UserId user) {
        return directory.member(user).flatMap(Member::role).map(path::isAbove).orElse(false);
    }

    private Principal authorised(TransferPlan plan) {
        Principal me = caller.require();
        me.require(Permission.CUSTOMER_TRANSFER);
        List<FieldError> errors = new ArrayList<>();
        Optional<Member> target = directory.findActive(plan.to()).flatMap(u -> directory.member(plan.to()));
        if (target.isEmpty()) {
            errors.add(new FieldError("toUserId", "user.unknown", "is not an active user of this workspace"));
        } else if (!plan.to().equals(me.userId()) && !target.get().role().map(r -> me.rolePath().map(p -> p.isAbove(r))
                .orElse(false)).orElse(false)) {
            throw new AccessDeniedException("customer.transfer");
        }
        if (plan.coOwnershipDays() < 0 || plan.coOwnershipDays() > 365) {
            errors.add(new FieldError("coOwnershipDays", "range", "must be between 0 and 365"));
        }
        plan.criteria().untouchedDays().filter(d -> d < 1 || d > 3650)
                .ifPresent(d -> errors.add(new FieldError("criteria.untouchedDays", "range",
                        "must be between 1 and 3650")));
        TextRules.multiline(errors, "note", plan.note(), 2000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return me;
    }
}
