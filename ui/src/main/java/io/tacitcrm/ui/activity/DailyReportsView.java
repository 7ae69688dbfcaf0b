package io.tacitcrm.ui.activity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.activity.domain.DaySummary;
import io.tacitcrm.activity.domain.ReportText;
import io.tacitcrm.activity.service.DailyReportService;
import io.tacitcrm.activity.service.ReportView;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.ui.shell.BoundForm;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.Problems;
import io.tacitcrm.ui.shell.TextLimits;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Today's report (progress, plan, obstacles, with the generated summary of the day's footprints) and, for managers,
 * the reports of everyone below them this week, who has not reported today, and a comment box on each report.
 */
@Route(value = "daily-reports", layout = MainLayout.class)
@Dependent
public class DailyReportsView extends VerticalLayout implements HasDynamicTitle {

    private final DailyReportService reports;
    private final CurrentPrincipal principal;
    private final ZoneId zone;
    private final LocalDate today;
    private final VerticalLayout team = new VerticalLayout();

    @Inject
    public DailyReportsView(DailyReportService reports, CurrentPrincipal principal) {
        this.reports = reports;
        this.principal = principal;
        this.zone = BrowserZone.current(getLocale());
        this.today = LocalDate.now(zone);
        team.setPadding(false);
        add(new H2(getTranslation("reports.title")), ownReport(), team);
        refreshTeam();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · Tacit CRM";
    }

    private Component ownReport() {
        Optional<ReportView> existing = reports.list(Optional.of(principal.require().userId()), today, today).stream()
                .findFirst();
        BoundForm<ReportForm> report = new BoundForm<>(ReportForm.class, "report-message");
        TextArea progress = new TextArea(getTranslation("reports.progress"));
        progress.setId("report-progress");
        progress.setRequiredIndicatorVisible(true);
        TextArea plan = new TextArea(getTranslation("reports.plan"));
        TextArea obstacles = new TextArea(getTranslation("reports.obstacles"));
        Map.of("progress", progress, "plan", plan, "obstacles", obstacles).forEach((name, area) -> {
            report.limited(area, ReportText.MAX).bind(name);
            area.setMinHeight("5em");
        });
        report.edit(existing.map(r -> ReportForm.of(r.text())).orElseGet(ReportForm::blank));
        long[] version = {existing.map(ReportView::version).orElse(0L)};
        Button save = new Button(getTranslation("reports.submit"), e -> {
            boolean saved = report.save(form -> version[0] = reports.submit(today, form.text(), zone,
                    version[0] == 0 ? ExpectedVersion.any() : ExpectedVersion.of(version[0])).version());
            if (saved) {
                Notification.show(getTranslation("reports.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refreshTeam();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("report-submit");
        FormLayout form = new FormLayout(progress, plan, obstacles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 3));
        VerticalLayout own = new VerticalLayout(new H3(getTranslation("reports.today", today.toString())), form,
                report.message(), save);
        own.setPadding(false);
        return own;
    }

    private void refreshTeam() {
        team.removeAll();
        List<Member> missing = reports.missing(today);
        if (!missing.isEmpty()) {
            Span who = new Span(getTranslation("reports.missing", missing.stream().map(Member::name)
                    .collect(Collectors.joining(", "))));
            who.setId("reports-missing");
            who.addClassName("tacit-facts");
            team.add(who);
        }
        List<ReportView> recent = reports.list(Optional.empty(), today.minusDays(6), today);
        team.add(new H3(getTranslation("reports.recent")));
        if (recent.isEmpty()) {
            team.add(new Paragraph(getTranslation("reports.none")));
        }
        recent.forEach(r -> team.add(card(r)));
    }

    private Component card(ReportView r) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(line("reports.progress", r.text().progress()), line("reports.plan", r.text().plan()),
                line("reports.obstacles", r.text().obstacles()), new Span(summary(r.summary())));
        r.comments().forEach(c -> {
            Span comment = new Span(c.authorName() + ": " + c.body());
            comment.addClassName("tacit-facts");
            comment.getStyle().set("white-space", "pre-line");
            body.add(comment);
        });
        if (!r.author().equals(principal.require().userId())) {
            TextField remark = new TextField();
            remark.setPlaceholder(getTranslation("reports.comment"));
            TextLimits.limit(remark, 2000);
            remark.setMaxWidth("24em"); // and narrower on a phone: the row never scrolls sideways
            Div refused = new Div();
            Button send = new Button(getTranslation("reports.comment.send"), e -> {
                try {
                    reports.comment(r.id(), remark.getValue());
                    refreshTeam();
                } catch (DomainException ex) {
                    // said as the service says it (empty, too long, or the report gone), not always "required"
                    Problems.show(ex, Map.of("body", remark), refused);
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(remark, send);
            row.setWidthFull();
            row.expand(remark);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            body.add(row, refused);
        }
        Span heading = new Span(r.authorName() + " · " + r.date() + " · " + summary(r.summary()));
        heading.getStyle().set("white-space", "normal"); // a long day's tally wraps on a phone
        Details details = new Details(heading, body);
        details.setOpened(r.date().equals(today));
        details.setWidthFull();
        return details;
    }

    private Component line(String key, String text) {
        Div line = new Div();
        line.setText(getTranslation(key) + ": " + (text.isBlank() ? "—" : text));
        line.getStyle().set("white-space", "pre-line");
        return line;
    }

    /** "3 done (2 visits, 1 call), 1 planned, 2 customers" in the reader's language. */
    private String summary(DaySummary s) {
        int done = s.done().values().stream().mapToInt(Integer::intValue).sum();
        int planned = s.planned().values().stream().mapToInt(Integer::intValue).sum();
        String kinds = s.done().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + getTranslation("activity.type." + e.getKey()))
                        .collect(Collectors.joining(", "));
        return getTranslation("reports.summary", done, kinds.isEmpty() ? "—" : kinds, planned, s.customers());
    }
}
