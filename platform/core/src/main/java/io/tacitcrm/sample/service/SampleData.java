package io.tacitcrm.sample.service;

import io.tacitcrm.activity.domain.ActivityDetails;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.NewActivity;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactDetails;
import io.tacitcrm.customer.service.AccountChange;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.OpportunityDetails;
import io.tacitcrm.sales.service.NewOpportunity;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sample.domain.SampleMarks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lets a new company try the product on sample data and remove it again: a few customers (named "Sample: …" so that
 * nobody takes them for real ones), each with a contact, an open deal, a visit done last week and a follow-up planned
 * for the days ahead — all through the same services as real work, owned by whoever loads them, all in one
 * transaction. Removing deletes those customers with everything on them.
 */
@ApplicationScoped
@Transactional
public class SampleData {

    static final String CURRENCY = "CNY";

    private final SampleMarks marks;
    private final AccountService accounts;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final CurrentPrincipal caller;
    private final Clock clock;

    @Inject
    public SampleData(SampleMarks marks, AccountService accounts, ContactService contacts,
            OpportunityService opportunities, ActivityService activities, CurrentPrincipal caller, Clock clock) {
        this.marks = marks;
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.activities = activities;
        this.caller = caller;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SampleData() {
        this(null, null, null, null, null, null, null);
    }

    /** How many sample customers the workspace holds now. */
    public int loaded() {
        caller.require().require(Permission.USERS_MANAGE);
        return marks.samples().size();
    }

    /** @return how many sample customers were added */
    public int load(ZoneId zone) {
        Principal me = caller.require();
        me.require(Permission.USERS_MANAGE);
        if (!marks.samples().isEmpty()) {
            throw new ConflictException("sample", "sample.loaded", "The sample data is loaded already.");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<AccountId> added = new ArrayList<>();
        List<SampleBook.Customer> book = SampleBook.in(me.locale());
        for (int i = 0; i < book.size(); i++) {
            added.add(add(book.get(i), i, today, zone));
        }
        marks.mark(added);
        return added.size();
    }

    /** @return how many sample customers were removed, with their contacts, deals and footprints */
    public int remove() {
        caller.require().require(Permission.USERS_MANAGE);
        List<AccountId> samples = marks.samples();
        samples.forEach(id -> accounts.close(id, ExpectedVersion.any()));
        return samples.size();
    }

    private AccountId add(SampleBook.Customer c, int index, LocalDate today, ZoneId zone) {
        AccountId account = accounts.open(new AccountChange(new AccountDetails(c.name(), Optional.of(c.industry()),
                Optional.of(c.region()), Optional.of(c.size()), Optional.of(c.tier()), Optional.empty(),
                Optional.empty()), Optional.empty())).id();
        var contact = contacts.add(account, new ContactDetails(c.contact(), Optional.of(c.title()), Optional.empty(),
                Optional.empty(), c.role())).id();
        var deal = opportunities.open(new NewOpportunity(account, new OpportunityDetails(c.deal(),
                Optional.of(BigDecimal.valueOf(c.amount())), CURRENCY, Optional.of(today.plusDays(c.closeInDays())),
                Optional.of(contact), Optional.of(c.followUp())), Optional.empty(), Optional.empty())).id();
        var visited = today.minusDays(1L + index).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        activities.log(new NewActivity(new ActivityDetails(ActivityType.VISIT, ActivityStatus.DONE, c.visit(),
                Optional.empty(), Optional.empty(), visited, Optional.of(60)), Optional.of(account),
                Optional.of(contact), Optional.of(deal), Optional.of(zone)));
        var planned = today.plusDays(1L + index % 3).atTime(LocalTime.of(9 + index, 30)).atZone(zone).toInstant();
        activities.log(new NewActivity(new ActivityDetails(index % 2 == 0 ? ActivityType.CALL : ActivityType.VISIT,
                ActivityStatus.PLANNED, c.followUp(), Optional.empty(), Optional.empty(), planned, Optional.empty()),
                Optional.of(account), Optional.of(contact), Optional.of(deal), Optional.of(zone)));
        return account;
    }
}
