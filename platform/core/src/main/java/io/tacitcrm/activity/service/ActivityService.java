package io.tacitcrm.activity.service;

import io.tacitcrm.activity.domain.Activity;
import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.activity.domain.ActivityDetails;
import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.domain.ActivityLinks;
import io.tacitcrm.activity.domain.ActivityQuery;
import io.tacitcrm.activity.domain.ActivityRepository;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.domain.GeoPoint;
import io.tacitcrm.activity.domain.FootprintTiming;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.audit.service.Changes;
import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Footprints. Who may see one follows its parent: its opportunity when it has one, else its account. Its owner, and
 * whoever may edit the parent, may change or remove it. Lists without a parent show the footprints of oneself or of
 * someone whose role lies below one's own.
 */
@ApplicationScoped
@Transactional
public class ActivityService {

    static final String ENTITY = "activity";

    private final ActivityRepository activities;
    private final AccountService accounts;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final UserDirectory users;
    private final CurrentPrincipal caller;
    private final Audit audit;
    private final Clock clock;
    private final Event<ActivityRecorded> recorded;
    private final Event<ActivityChanged> changed;

    @Inject
    public ActivityService(ActivityRepository activities, AccountService accounts, ContactService contacts,
            OpportunityService opportunities, UserDirectory users, CurrentPrincipal caller, Audit audit, Clock clock,
            Event<ActivityRecorded> recorded, Event<ActivityChanged> changed) {
        this.activities = activities;
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.users = users;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.recorded = recorded;
        this.changed = changed;
    }

    /** For CDI's proxy only. */
    protected ActivityService() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    public Page<ActivityView, ActivityCursor> list(ActivityFilter filter) {
        ActivityQuery query;
        if (filter.opportunity().isPresent()) {
            opportunities.find(filter.opportunity().get());
            query = new ActivityQuery(Optional.empty(), filter.opportunity(), filter.owner().map(Set::of),
                    filter.from(), filter.to(), filter.after(), filter.limit());
        } else if (filter.account().isPresent()) {
            accounts.permit(filter.account().get());
            query = new ActivityQuery(filter.account(), Optional.empty(), filter.owner().map(Set::of), filter.from(),
                    filter.to(), filter.after(), filter.limit());
        } else {
            UserId owner = filter.owner().orElse(caller.require().userId());
            requireOneselfOrBelow(owner);
            query = new ActivityQuery(Optional.empty(), Optional.empty(), Optional.of(Set.of(owner)), filter.from(),
                    filter.to(), filter.after(), filter.limit());
        }
        List<Activity> rows = activities.page(query);
        // footprints on opportunities the caller may not see are left out; the cursor still moves past them
        return Page.of(rows, filter.limit(), ActivityCursor::after, page -> {
            Set<OpportunityId> readable = opportunities.readableAmong(page.stream().flatMap(a -> a.links()
                    .opportunity().stream())
                    .collect(Collectors.toSet()));
            return views(page.stream().filter(a -> a.links().opportunity().map(readable::contains).orElse(true))
                    .toList());
        });
    }

    public ActivityView find(ActivityId id) {
        return view(readable(id));
    }

    /** The caller's own follow-ups that are overdue: planned footprints whose time passed before {@code before}. */
    public FollowUps overdueFollowUps(Instant before, int limit) {
        UserId me = caller.require().userId();
        List<Activity> first = activities.overdue(me, before, limit);
        return new FollowUps(first.isEmpty() ? List.of() : views(first), activities.countOverdue(me, before));
    }

    public ActivityView log(NewActivity request) {
        requireTimely(Optional.empty(), request.details(), request.zone());
        Optional<OpportunityView> opportunity = request.opportunity().map(this::opportunityForFootprint);
        AccountId account = opportunity.map(OpportunityView::account).or(request::account)
                .orElseThrow(() -> InvalidInputException.of("accountId", "required",
                        "a footprint needs an account or an opportunity"));
        if (request.account().isPresent() && !request.account().get().equals(account)) {
            throw InvalidInputException.of("opportunityId", "opportunity.foreign",
                    "is not an opportunity of this account");
        }
        accounts.permit(account);
        requireContactOf(account, request.contact());
        ActivityLinks links = new ActivityLinks(account, request.contact(), request.opportunity(),
                opportunity.map(OpportunityView::stage));
        Activity activity = new Activity(new ActivityId(Ids.newId()), request.details(), links, caller.require()
                .userId(), now());
        activities.add(activity);
        flush(); // the insert sets the stored version, which the answer's ETag must carry
        recorded.fire(new ActivityRecorded(caller.require().tenantId(), activity.owner(), activity.createdAt(),
                activity.id(), links, request.details().type(), request.details().status()));
        audit.created(ENTITY, activity.id().value(), request.details().type() + " " + request.details().status()
                + " on account "
                + account + opportunity.map(o -> ", opportunity " + o.id()).orElse(""));
        return view(activity);
    }

    public ActivityView edit(ActivityId id, ExpectedVersion expected, Function<ActivityView, Edit> edit) {
        Activity activity = changeable(id);
        expected.check(activity.version(), ENTITY);
        ActivityDetails before = activity.details();
        Edit change = edit.apply(view(activity));
        requireTimely(Optional.of(before), change.details(), change.zone());
        requireContactOf(activity.links().account(), change.contact());
        activity.update(change.details(), change.contact(), now());
        flush();
        audit.updated(ENTITY, id.value(), Changes.between(before, change.details()));
        changed.fire(new ActivityChanged(caller.require().tenantId(), caller.require().userId(), now(), id,
                activity.links(), change.details().type(), change.details().status(), before.status(), false));
        return view(activity);
    }

    /**
     * Marks a planned footprint done with what came of it: it happened at the planned time, or now if that lies ahead
     * (done early).
     */
    public ActivityView complete(ActivityId id, String outcome, ExpectedVersion expected) {
        return complete(id, outcome, Optional.empty(), expected);
    }

    /** As {@link #complete(ActivityId, String, ExpectedVersion)}, with where the rep was when marking it done. */
    public ActivityView complete(ActivityId id, String outcome, Optional<GeoPoint> location,
            ExpectedVersion expected) {
        return edit(id, expected, current -> {
            ActivityDetails planned = planned(current);
            Instant at = planned.occurredAt().isAfter(now()) ? now() : planned.occurredAt();
            return new Edit(new ActivityDetails(planned.type(), ActivityStatus.DONE, planned.subject(),
                    planned.notes(), Optional.ofNullable(outcome).map(String::strip).filter(o -> !o.isEmpty()), at,
                    planned.durationMinutes(), location), current.links().contact());
        });
    }

    /** Moves a planned footprint to another time, not before today in the caller's zone. */
    public ActivityView reschedule(ActivityId id, Instant when, ZoneId zone, ExpectedVersion expected) {
        return edit(id, expected, current -> {
            ActivityDetails planned = planned(current);
            return new Edit(new ActivityDetails(planned.type(), planned.status(), planned.subject(), planned.notes(),
                    planned.outcome(), when, planned.durationMinutes()), current.links().contact(),
                    Optional.of(zone));
        });
    }

    private static ActivityDetails planned(ActivityView footprint) {
        if (footprint.details().status() != ActivityStatus.PLANNED) {
            throw new ConflictException("status", "activity.done-already", "The footprint is done already.");
        }
        return footprint.details();
    }

    /**
     * Links a footprint left on the customer alone to one of the customer's deals, where it counts toward the stage
     * requirements; one already on a deal, or on another customer, is refused.
     */
    public ActivityView linkToOpportunity(ActivityId id, OpportunityId target) {
        Activity activity = changeable(id);
        OpportunityView deal = opportunityForFootprint(target);
        if (!deal.account().equals(activity.links().account())) {
            throw InvalidInputException.of("opportunityId", "opportunity.foreign",
                    "is not an opportunity of this footprint's customer");
        }
        if (activity.links().opportunity().filter(linked -> !linked.equals(target)).isPresent()) {
            throw new ConflictException("opportunityId", "activity.linked-elsewhere",
                    "The footprint is linked to another deal.");
        }
        if (activity.links().opportunity().isEmpty()) {
            activity.linkTo(target, deal.stage(), now());
            flush();
            audit.updated(ENTITY, id.value(), "linked to opportunity " + target);
            changed.fire(new ActivityChanged(caller.require().tenantId(), caller.require().userId(), now(), id,
                    activity.links(), activity.details().type(), activity.details().status(),
                    activity.details().status(), false));
        }
        return view(activity);
    }

    public void remove(ActivityId id, ExpectedVersion expected) {
        Activity activity = changeable(id);
        expected.check(activity.version(), ENTITY);
        activities.remove(activity);
        flush();
        audit.deleted(ENTITY, id.value(), "account " + activity.links().account());
        changed.fire(new ActivityChanged(caller.require().tenantId(), caller.require().userId(), now(), id,
                activity.links(), activity.details().type(), activity.details().status(), activity.details().status(),
                true));
    }

    /**
     * The new details and contact of an edited footprint; its account and opportunity stay. The editor's time zone,
     * when known, says where "today" begins.
     */
    public record Edit(ActivityDetails details, Optional<ContactId> contact, Optional<ZoneId> zone) {

        public Edit(ActivityDetails details, Optional<ContactId> contact) {
            this(details, contact, Optional.empty());
        }
    }

    private void requireTimely(Optional<ActivityDetails> before, ActivityDetails after, Optional<ZoneId> zone) {
        List<FieldError> problems = FootprintTiming.problems(before, after, now(), zone);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private OpportunityView opportunityForFootprint(OpportunityId id) {
        try {
            return opportunities.find(id);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("opportunityId", "opportunity.unknown", "is not an opportunity you can see");
        }
    }

    private void requireContactOf(AccountId account, Optional<ContactId> contact) {
        if (contact.isPresent() && contacts.findOnAccount(contact.get(), account).isEmpty()) {
            throw InvalidInputException.of("contactId", "contact.foreign",
                    "is not a contact of this footprint's account");
        }
    }

    private void requireOneselfOrBelow(UserId owner) {
        Principal me = caller.require();
        if (owner.equals(me.userId())) {
            return;
        }
        boolean below = me.rolePath().flatMap(mine -> users.member(owner).flatMap(Member::role).map(mine::isAbove))
                .orElse(false);
        if (!below) {
            throw InvalidInputException.of("ownerId", "owner.not-below",
                    "you may list your own footprints and those of people below your role");
        }
    }

    private Activity load(ActivityId id) {
        return activities.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** Readable when its opportunity (if any) and its account are readable; hidden is "not found". */
    private Activity readable(ActivityId id) {
        Activity activity = load(id);
        try {
            accounts.permit(activity.links().account());
            // a read check only: no need to build the opportunity's view
            activity.links().opportunity().filter(o -> !opportunities.readableAmong(Set.of(o)).contains(o))
                    .ifPresent(o -> {
                        throw new NotFoundException(ENTITY);
                    });
        } catch (NotFoundException hidden) {
            throw new NotFoundException(ENTITY);
        }
        return activity;
    }

    private Activity changeable(ActivityId id) {
        Activity activity = readable(id);
        if (!activity.owner().equals(caller.require().userId())) {
            try {
                accounts.permitToEdit(activity.links().account());
            } catch (AccessDeniedException e) {
                throw AccessDeniedException.readOnly(ENTITY);
            }
        }
        return activity;
    }

    private void flush() {
        StaleVersionException.onConflict(activities::flush, ENTITY);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private ActivityView view(Activity a) {
        return views(List.of(a)).getFirst();
    }

    private List<ActivityView> views(List<Activity> page) {
        Map<UserId, String> names = new HashMap<>(users.names(page.stream().map(Activity::owner)
                .collect(Collectors.toSet())));
        return page.stream().map(a -> ActivityView.of(a, names.getOrDefault(a.owner(), ""))).toList();
    }
}
