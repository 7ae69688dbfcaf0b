package io.tacitcrm.analytics.playbook;

import io.tacitcrm.api.figures.DealHistory;
import io.tacitcrm.api.figures.DealHistory.Footprint;
import io.tacitcrm.api.figures.DealHistory.Visit;
import io.tacitcrm.api.records.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Turns the host's deal histories into the miner's trails: the stays in open stages, each with its footprints. */
public final class Trails {

    private Trails() {
    }

    /**
     * The deal's stays in the {@code openStages}; a stay ends when the next begins, at the close, or — for a deal
     * still open — at {@code now}.
     */
    public static DealTrail of(DealHistory deal, Set<UUID> openStages, Instant now) {
        List<DealTrail.Touch> touches = new ArrayList<>(deal.footprints().size());
        for (Footprint footprint : deal.footprints()) {
            touches.add(touch(footprint));
        }
        List<Visit> visits = deal.visits();
        List<DealTrail.Stay> stays = new ArrayList<>(visits.size());
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            if (!openStages.contains(visit.stageId())) {
                continue;
            }
            Instant left = i + 1 < visits.size() ? visits.get(i + 1).enteredAt() : deal.closedAt().orElse(now);
            if (left.isBefore(visit.enteredAt())) {
                continue;
            }
            stays.add(new DealTrail.Stay(visit.stageId(), visit.enteredAt(), left, within(touches, visit.enteredAt(),
                    left)));
        }
        return new DealTrail(deal.opportunityId(), deal.ownerId(), deal.outcome() == Outcome.WON, stays);
    }

    private static List<DealTrail.Touch> within(List<DealTrail.Touch> touches, Instant from, Instant to) {
        List<DealTrail.Touch> inside = new ArrayList<>();
        for (DealTrail.Touch touch : touches) {
            if (!touch.at().isBefore(from) && !touch.at().isAfter(to)) {
                inside.add(touch);
            }
        }
        return inside;
    }

    private static DealTrail.Touch touch(Footprint f) {
        return new DealTrail.Touch(f.type(), f.at(), f.contactId(), f.contactRole());
    }
}
