package io.tacitcrm.ui.sales;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.TeamSummary;
import io.tacitcrm.sales.domain.DealFilter;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The pipeline's filters: only mine, one owner, one team, the month deals are expected to close. An owner and a team
 * exclude each other (a deal has one owner); "only mine" is the owner set to oneself.
 */
class PipelineFilters extends HorizontalLayout {

    /** The close months offered: a year back (late deals) to a year ahead. */
    private static final int MONTHS_AROUND = 12;

    private final Checkbox mine = new Checkbox();
    private final ComboBox<Member> owner = new ComboBox<>();
    private final ComboBox<TeamSummary> team = new ComboBox<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final UserId me;

    PipelineFilters(UserId me, List<Member> members, List<TeamSummary> teams, Clock clock, ZoneId zone,
            Runnable changed) {
        this.me = me;
        mine.setLabel(getTranslation("pipeline.mine"));
        mine.setId("pipeline-mine");
        owner.setPlaceholder(getTranslation("pipeline.filter.owner"));
        owner.setItems(members.stream().sorted(Comparator.comparing(Member::name)).toList());
        owner.setItemLabelGenerator(Member::name);
        owner.setClearButtonVisible(true);
        owner.setId("pipeline-owner");
        team.setPlaceholder(getTranslation("pipeline.filter.team"));
        team.setItems(teams.stream().sorted(Comparator.comparing(TeamSummary::name)).toList());
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        team.setId("pipeline-team");
        team.setVisible(!teams.isEmpty());
        YearMonth now = YearMonth.now(clock.withZone(zone));
        DateTimeFormatter format = DateTimeFormatter.ofPattern(getTranslation("pipeline.filter.month.pattern"),
                getLocale());
        month.setItems(IntStream.rangeClosed(-MONTHS_AROUND, MONTHS_AROUND).mapToObj(now::plusMonths).toList());
        month.setItemLabelGenerator(format::format);
        month.setPlaceholder(getTranslation("pipeline.filter.month"));
        month.setClearButtonVisible(true);
        month.setId("pipeline-month");
        for (ComboBox<?> box : List.of(owner, team, month)) {
            box.setWidth("11em");
        }
        mine.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                owner.setValue(e.getValue() ? members.stream().filter(m -> m.id().equals(me)).findFirst()
                        .orElse(null) : null);
            }
        });
        owner.addValueChangeListener(e -> {
            mine.setValue(e.getValue() != null && e.getValue().id().equals(me));
            if (e.getValue() != null) {
                team.clear();
            }
            changed.run();
        });
        team.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                owner.clear();
            }
            changed.run();
        });
        month.addValueChangeListener(e -> changed.run());
        add(mine, owner, team, month);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    DealFilter deals() {
        return new DealFilter(selectedOwner(), Optional.ofNullable(team.getValue()).map(TeamSummary::id),
                Optional.empty(), Optional.empty()).closingIn(Optional.ofNullable(month.getValue()));
    }

    /** The same owners for the board's totals. */
    Owners owners() {
        Optional<TeamId> chosenTeam = Optional.ofNullable(team.getValue()).map(TeamSummary::id);
        return selectedOwner().map(u -> Owners.user(u.value()))
                .or(() -> chosenTeam.map(t -> Owners.team(t.value()))).orElseGet(Owners::visible);
    }

    private Optional<UserId> selectedOwner() {
        return Optional.ofNullable(owner.getValue()).map(Member::id).or(() -> mine.getValue() ? Optional.of(me)
                : Optional.empty());
    }
}
