package io.tacitcrm.analytics.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.api.figures.DealHistory;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.api.records.RoleRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A deal's checklist: a rule with a window is due until its day and missed after it, met once done in time; a gate
 * still opens for the footprint done late; the deal follows the playbook of the narrowest scope holding its owner.
 */
class GuidanceTest {

    private static final UUID LEAD = new UUID(1, 1);
    private static final UUID PROPOSAL = new UUID(1, 2);
    private static final UUID COMPANY_ROLE = new UUID(2, 1);
    private static final UUID REGION = new UUID(2, 2);
    private static final UUID REPS = new UUID(2, 3);
    private static final UUID REP = new UUID(3, 1);
    private static final UUID OTHER = new UUID(3, 2);
    private static final Instant ENTERED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Condition DEMO_IN_5 = new Condition.Activity("DEMO", Optional.of("DECISION_MAKER"), 1,
            OptionalInt.of(5));

    @Test
    void a_rule_with_a_window_is_due_until_its_day_then_missed_and_a_gate_opens_for_the_late_footprint() {
        Guidance guidance = guidance(List.of(playbook(Optional.empty(), rule(PROPOSAL, DEMO_IN_5, true))));

        Guidance.Check due = guidance.of(deal(REP), ENTERED.plus(Duration.ofDays(2))).checks().getFirst();
        Guidance.Check missed = guidance.of(deal(REP), ENTERED.plus(Duration.ofDays(6))).checks().getFirst();
        Guidance.Check late = guidance.of(deal(REP, demo(Duration.ofDays(7))), ENTERED.plus(Duration.ofDays(8)))
                .checks().getFirst();
        Guidance.Check met = guidance.of(deal(REP, demo(Duration.ofDays(1))), ENTERED.plus(Duration.ofDays(8)))
                .checks().getFirst();

        assertEquals(Guidance.State.DUE, due.state());
        assertEquals(Optional.of(ENTERED.plus(Duration.ofDays(5))), due.dueBy());
        assertEquals(Guidance.State.MISSED, missed.state());
        assertFalse(missed.gateMet(), "nothing done: the gate holds");
        assertEquals(Guidance.State.MISSED, late.state(), "done after the window: the rule was missed");
        assertTrue(late.gateMet(), "but the gate opens: late is better than never");
        assertEquals(Guidance.State.MET, met.state());
    }

    @Test
    void a_deal_follows_the_playbook_of_the_narrowest_scope_holding_its_owner_and_a_closed_deal_none() {
        Playbook company = playbook(Optional.empty(), rule(PROPOSAL, new Condition.People(2), false));
        Playbook region = playbook(Optional.of(REGION), rule(PROPOSAL, DEMO_IN_5, false));
        Guidance guidance = guidance(List.of(company, region));

        assertEquals(Optional.of(region.id()), guidance.of(deal(REP), ENTERED).playbook().map(Playbook::id),
                "the rep's role lies below the region");
        assertEquals(Optional.of(company.id()), guidance.of(deal(OTHER), ENTERED).playbook().map(Playbook::id),
                "a user outside the region gets the company's");
        DealHistory closed = new DealHistory(UUID.randomUUID(), REP, UUID.randomUUID(), Outcome.WON,
                Optional.of(ENTERED), List.of(new DealHistory.Visit(PROPOSAL, ENTERED, REP)), List.of());
        assertEquals(List.of(), guidance.of(closed, ENTERED).checks());
    }

    @Test
    void only_the_rules_of_the_deals_stage_are_checked_and_the_next_actions_put_due_before_missed() {
        Condition call = new Condition.Activity("CALL", Optional.empty(), 1, OptionalInt.of(1));
        Guidance guidance = guidance(List.of(playbook(Optional.empty(), rule(LEAD, call, false),
                rule(PROPOSAL, new Condition.Activity("VISIT", Optional.empty(), 1, OptionalInt.of(1)), false),
                rule(PROPOSAL, DEMO_IN_5, false))));

        Guidance.Report report = guidance.of(deal(REP), ENTERED.plus(Duration.ofDays(2)));

        assertEquals(2, report.checks().size(), "the lead's call is not asked in the proposal");
        assertEquals(List.of(Guidance.State.DUE, Guidance.State.MISSED), report.nextActions().stream()
                .map(Guidance.Check::state).toList());
    }

    private static Guidance guidance(List<Playbook> published) {
        List<RoleRecord> roles = List.of(new RoleRecord(COMPANY_ROLE, "Company", Optional.empty(), Set.of()),
                new RoleRecord(REGION, "Region", Optional.of(COMPANY_ROLE), Set.of()),
                new RoleRecord(REPS, "Reps", Optional.of(REGION), Set.of()));
        Map<UUID, UUID> users = Map.of(REP, REPS, OTHER, COMPANY_ROLE);
        return new Guidance(published, roles, user -> Optional.ofNullable(users.get(user)), id -> Optional.empty());
    }

    private static Playbook playbook(Optional<UUID> scope, PlaybookRule... rules) {
        Instant at = ENTERED.minus(Duration.ofDays(30));
        return new Playbook(UUID.randomUUID(), scope, Playbook.Status.PUBLISHED, Optional.of(1), 1,
                LocalDate.ofInstant(at, ZoneOffset.UTC), LocalDate.ofInstant(at, ZoneOffset.UTC),
                List.of(), false, 1, false, 0, 0, List.of(), List.of(), Optional.empty(), Optional.empty(),
                UUID.randomUUID(), at, at, Optional.of(at), Optional.of(at), Optional.empty(), List.of(rules));
    }

    private static PlaybookRule rule(UUID stage, Condition condition, boolean gate) {
        Rule mined = PlaybookMiner.rule(stage, condition, 30, 40, 10, 40);
        return new PlaybookRule(UUID.randomUUID(), 0, condition, Optional.empty(), gate, false, mined);
    }

    /** An open deal of the owner in the proposal since {@link #ENTERED}, with these footprints. */
    private static DealHistory deal(UUID owner, DealHistory.Footprint... footprints) {
        return new DealHistory(UUID.randomUUID(), owner, UUID.randomUUID(), Outcome.OPEN, Optional.empty(),
                List.of(new DealHistory.Visit(LEAD, ENTERED.minus(Duration.ofDays(3)), owner),
                        new DealHistory.Visit(PROPOSAL, ENTERED, owner)), List.of(footprints));
    }

    private static DealHistory.Footprint demo(Duration after) {
        return new DealHistory.Footprint("DEMO", ENTERED.plus(after), Optional.of(UUID.randomUUID()),
                Optional.of("DECISION_MAKER"));
    }
}
