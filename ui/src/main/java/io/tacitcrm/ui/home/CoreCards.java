package io.tacitcrm.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.service.ActivityFilter;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.activity.service.FollowUps;
import io.tacitcrm.api.ui.Chart;
import io.tacitcrm.api.ui.DashboardWidget.Size;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.sales.domain.TargetPeriod;
import io.tacitcrm.sales.service.TargetService;
import io.tacitcrm.sales.service.TargetView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The core's own cards: the user's day (today's footprints) and the targets of this month. */
final class CoreCards {

    /** The host's texts in the user's language, with arguments ({@code Component::getTranslation}). */
    @FunctionalInterface
    interface Words {
        String get(String key, Object... arguments);
    }

    private final ActivityService activities;
    private final TargetService targets;
    private final Clock clock;

    CoreCards(ActivityService activities, TargetService targets, Clock clock) {
        this.activities = activities;
        this.targets = targets;
        this.clock = clock;
    }

    List<HomeCard> all(Words words, Locale locale, ZoneId zone) {
        return List.of(new HomeCard("core:my-day", words.get("home.myday"), Size.MEDIUM,
                        () -> myDay(words, locale, zone)),
                new HomeCard("core:targets", words.get("home.targets"), Size.MEDIUM,
                        () -> targets(words, zone)));
    }

    /**
     * Today's footprints — what is done, what is still to do, each with its time — and the follow-ups whose time
     * has passed without being done (the oldest first).
     */
    private Component myDay(Words words, Locale locale, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<ActivityView> day = activities.list(new ActivityFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(today.atStartOfDay(zone).toInstant()),
                Optional.of(today.plusDays(1).atStartOfDay(zone).toInstant()), Optional.empty(), PageLimit.MAX))
                .items().reversed();
        long done = day.stream().filter(a -> a.details().status() == ActivityStatus.DONE).count();
        Div card = new Div(new Paragraph(words.get("home.myday.summary", day.size(), done)));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        day.stream().filter(a -> a.details().status() != ActivityStatus.DONE).limit(5).forEach(a -> {
            Anchor open = new Anchor("customers/" + a.links().account(), time.format(a.details().occurredAt())
                    + " · " + a.details().subject());
            open.getStyle().set("display", "block");
            card.add(open);
        });
        FollowUps late = activities.overdueFollowUps(today.atStartOfDay(zone).toInstant(), 3);
        if (late.count() > 0) {
            Span overdue = new Span(words.get("home.myday.overdue", late.count()));
            overdue.getElement().getThemeList().add("badge error");
            overdue.setId("home-overdue-follow-ups");
            card.add(new Div(overdue));
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .withZone(zone);
            late.oldest().forEach(a -> {
                Anchor open = new Anchor("customers/" + a.links().account(), date.format(a.details().occurredAt())
                        + " · " + a.details().subject());
                open.getStyle().set("display", "block");
                card.add(open);
            });
        }
        card.add(new Anchor("my-day", words.get("home.myday.open")));
        return card;
    }

    /** This month's targets the user may see (their own, or their team's), as target against won. */
    private Component targets(Words words, ZoneId zone) {
        TargetPeriod month = TargetPeriod.containing(TargetPeriod.Kind.MONTH, LocalDate.now(clock.withZone(zone)));
        List<TargetView> current = targets.of(month, zone).stream().limit(6).toList();
        if (current.isEmpty()) {
            return new Div(new Span(words.get("home.targets.none")), new Div(new Anchor("targets",
                    words.get("home.targets.open"))));
        }
        Chart chart = Chart.bar(words.get("home.targets"), current.stream().map(TargetView::subjectName).toList(),
                List.of(new Chart.Series(words.get("home.targets.target"),
                                current.stream().map(TargetView::amount).toList()),
                        new Chart.Series(words.get("home.targets.won"), current.stream().map(TargetView::won)
                                .toList())));
        chart.setId("home-targets-chart");
        return new Div(chart.height("12rem"), new Anchor("targets", words.get("home.targets.open")));
    }
}
