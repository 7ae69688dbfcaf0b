package io.tacitcrm.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.api.figures.FootprintTally;
import io.tacitcrm.api.figures.Reach;
import io.tacitcrm.api.figures.ReportTally;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamActivityTest {

    private static final UUID ANNA = new UUID(2, 1);
    private static final UUID BO = new UUID(2, 2);
    private static final UUID OUTSIDER = new UUID(2, 3);
    private static final TeamActivity.Group EAST = new TeamActivity.Group(new UUID(4, 1), "East");

    @Test
    void reports_are_due_on_weekdays_up_to_today_and_unknown_for_people_whose_reports_are_closed() {
        // Monday 2026-11-23 to Sunday 2026-11-29, asked on Thursday the 26th: four weekdays are due
        DateRange week = new DateRange(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));
        List<TeamActivity.Person> people = List.of(new TeamActivity.Person(ANNA, "Anna", true, List.of(EAST)),
                new TeamActivity.Person(BO, "Bo", true, List.of(EAST)),
                new TeamActivity.Person(OUTSIDER, "Out", false, List.of()));
        TeamActivity activity = TeamActivity.perPerson(people, List.of(
                new FootprintTally(ANNA, "VISIT", "DONE", 3), new FootprintTally(ANNA, "CALL", "PLANNED", 2),
                new FootprintTally(OUTSIDER, "VISIT", "DONE", 1)), List.of(new Reach(ANNA, 2)),
                List.of(new ReportTally(ANNA, 3)), week, LocalDate.of(2026, 11, 26), Set.of(ANNA));

        TeamActivity.Line anna = activity.byId().get(ANNA);
        assertEquals(3, anna.done());
        assertEquals(2, anna.planned());
        assertEquals(Optional.of(4), anna.reportsDue());
        assertEquals(0.75, anna.compliance().orElseThrow());
        assertEquals(Optional.of(0), activity.byId().get(BO).reportsSubmitted(), "a rep who did nothing shows");
        assertEquals(Optional.empty(), activity.byId().get(OUTSIDER).compliance(), "unknown, not zero");

        TeamActivity teams = activity.grouped(people, new TeamActivity.Group(new UUID(0, 0), "None"));
        TeamActivity.Line east = teams.lines().getFirst();
        assertEquals("East", east.name());
        assertEquals(2, east.people());
        assertEquals(Optional.of(8), east.reportsDue());
        assertEquals(true, east.top());
        assertEquals(5, TeamActivity.weekdays(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
    }
}
