package io.tacitcrm.sales.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.sales.domain.CloseReason;
import io.tacitcrm.sales.domain.CloseReasonRepository;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.testing.Callers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloseReasonsTest {

    private final List<CloseReason> stored = new ArrayList<>(List.of(
            new CloseReason(UUID.randomUUID(), StageKind.WON, "Price", 1),
            new CloseReason(UUID.randomUUID(), StageKind.LOST, "Price", 1),
            new CloseReason(UUID.randomUUID(), StageKind.LOST, "Timing", 2)));
    private final CloseReasonRepository repository = new CloseReasonRepository() {
        @Override
        public List<CloseReason> all() {
            return List.copyOf(stored);
        }

        @Override
        public Optional<CloseReason> find(UUID id) {
            return stored.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public void add(CloseReason reason) {
            stored.add(reason);
        }
    };
    private final CloseReasons manager = new CloseReasons(repository,
            Callers.signedIn(Callers.someone(), Permission.PROCESS_MANAGE));
    private final DealOutcomes outcomes = new DealOutcomes(repository);

    private UUID id(StageKind kind, String label) {
        return stored.stream().filter(r -> r.kind() == kind && r.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    void replacing_the_lists_keeps_renamed_reasons_adds_new_ones_and_retires_the_rest() {
        UUID timing = id(StageKind.LOST, "Timing");
        List<CloseReasonView> now = manager.replace(List.of(
                new CloseReasonDraft(Optional.of(timing), StageKind.LOST, " Bad timing "),
                new CloseReasonDraft(Optional.empty(), StageKind.LOST, "No budget")));

        assertEquals(List.of("Bad timing", "No budget"), now.stream().map(CloseReasonView::label).toList());
        assertEquals(timing, now.getFirst().id(), "the same reason, renamed");
        assertTrue(repository.find(id(StageKind.WON, "Price")).orElseThrow().retired());
        assertEquals(4, stored.size(), "retired, never deleted");
    }

    @Test
    void a_list_with_a_blank_a_duplicate_or_a_reason_of_the_other_kind_is_refused_entry_by_entry() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> manager.replace(List.of(
                new CloseReasonDraft(Optional.empty(), StageKind.WON, " "),
                new CloseReasonDraft(Optional.empty(), StageKind.LOST, "Budget"),
                new CloseReasonDraft(Optional.empty(), StageKind.LOST, "BUDGET"),
                new CloseReasonDraft(Optional.of(id(StageKind.WON, "Price")), StageKind.LOST, "Price"),
                new CloseReasonDraft(Optional.empty(), StageKind.OPEN, "Open?"))));
        assertEquals(List.of("reasons[0].label", "reasons[2].label", "reasons[3].id", "reasons[4].kind"),
                refused.errors().stream().map(FieldError::field).toList());
        assertThrows(AccessDeniedException.class, () -> new CloseReasons(repository,
                Callers.signedIn(Callers.someone())).replace(List.of()));
    }

    @Test
    void closing_needs_a_listed_reason_of_its_kind_unless_the_company_keeps_no_list() {
        UUID lostPrice = id(StageKind.LOST, "Price");
        assertEquals(lostPrice, outcomes.require(StageKind.LOST, new CloseOutcome(Optional.of(lostPrice.toString()),
                Optional.of("Rival"))).orElseThrow().id());
        assertEquals("close-reason.required", code(() -> outcomes.require(StageKind.LOST, CloseOutcome.none())));
        assertEquals("close-reason.unknown", code(() -> outcomes.require(StageKind.WON,
                new CloseOutcome(Optional.of(lostPrice.toString()), Optional.empty()))));

        manager.replace(List.of(new CloseReasonDraft(Optional.empty(), StageKind.WON, "Fit")));
        assertTrue(outcomes.require(StageKind.LOST, CloseOutcome.none()).isEmpty(), "no lost list: nothing asked");
    }

    private static String code(Runnable closing) {
        return assertThrows(InvalidInputException.class, closing::run).errors().getFirst().code();
    }
}
