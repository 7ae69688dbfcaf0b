package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import io.tacitcrm.analytics.AnalyticsModule;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.analytics.playbook.Comparison;
import io.tacitcrm.analytics.playbook.Condition;
import io.tacitcrm.analytics.playbook.Playbook;
import io.tacitcrm.analytics.playbook.PlaybookChanges;
import io.tacitcrm.analytics.playbook.PlaybookEffect;
import io.tacitcrm.analytics.playbook.PlaybookRule;
import io.tacitcrm.analytics.playbook.Playbooks;
import io.tacitcrm.analytics.playbook.RuleWords;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.records.RoleRecord;
import io.tacitcrm.api.records.UserRecord;
import io.tacitcrm.api.ui.ViewContribution;
import io.tacitcrm.api.web.ApiProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Playbooks: a manager mines a draft from a period's closed deals (the company or a role's subtree) and watches its
 * progress (or stops it); reads the rules in words with their figures, drops rules, marks gates and publishes; sees
 * where the top reps differ from the rest, and whether a published playbook's rules still win. Reps see the
 * published playbooks. The address may name a playbook: {@code x/analytics/playbooks/<id>}.
 */
@Extension
public class PlaybookView implements ViewContribution {

    public static final String VIEW = "playbooks";
    private static final int POLL_MILLIS = 1000;

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("playbook.title");
    }

    @Override
    public Component create(List<String> parameters, PluginContext context) {
        return new Screen(context, parameters.stream().findFirst().flatMap(PlaybookView::uuid)).page;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One user's screen: the form, the list and the chosen playbook. */
    private static final class Screen {

        private final PluginContext context;
        private final Texts texts;
        private final Playbooks playbooks;
        private final RuleWords words;
        private final Map<UUID, String> stages;
        private final Map<UUID, String> roles;
        private final DateTimeFormatter dates;
        private final boolean team;
        private final Grid<Playbook> list = new Grid<>();
        private final Div detail = new Div();
        private final VerticalLayout page = new VerticalLayout();
        private Optional<Registration> polling = Optional.empty();

        Screen(PluginContext context, Optional<UUID> chosen) {
            this.context = context;
            this.texts = new Texts(context.locale());
            this.playbooks = new Playbooks(context, Clock.systemUTC());
            this.words = new RuleWords(context.locale(), context.labels());
            this.stages = context.figures().stages().stream().collect(Collectors.toMap(Stage::id, Stage::name));
            this.roles = context.roles().all().stream().collect(Collectors.toMap(RoleRecord::id, RoleRecord::name));
            this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(context.locale())
                    .withZone(context.zone());
            this.team = context.requireUser().has(AnalyticsModule.TEAM);
            page.setPadding(false);
            page.setWidthFull();
            page.add(new H2(texts.get("playbook.title")));
            page.add(new Span(texts.get(team ? "playbook.intro" : "playbook.intro.rep")));
            if (team) {
                page.add(form());
            }
            list.setId("playbook-list");
            // status and scope first: a phone shows those two and scrolls for the rest
            list.addColumn(this::status).setHeader(texts.get("playbook.col.status")).setAutoWidth(true);
            list.addColumn(this::scope).setHeader(texts.get("playbook.col.scope")).setAutoWidth(true);
            list.addColumn(p -> p.rules().size()).setHeader(texts.get("playbook.col.rules"));
            list.addColumn(Playbook::deals).setHeader(texts.get("playbook.col.deals"));
            list.addColumn(p -> dates.format(p.createdAt())).setHeader(texts.get("playbook.col.created"))
                    .setAutoWidth(true);
            list.setHeight("15rem");
            list.setWidthFull();
            list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
            detail.setId("playbook-detail");
            detail.setWidthFull();
            page.add(list, detail);
            if (team) {
                page.add(new WinModelSection(context, texts).component());
            }
            List<Playbook> items = refresh();
            chosen.flatMap(id -> items.stream().filter(p -> p.id().equals(id)).findFirst())
                    .or(() -> items.stream().findFirst()).ifPresent(list::select);
        }

        private Component form() {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            DatePicker from = new DatePicker(texts.get("filter.from"));
            from.setId("playbook-from");
            DatePicker to = new DatePicker(texts.get("filter.to"));
            to.setId("playbook-to");
            for (DatePicker picker : List.of(from, to)) {
                picker.setLocale(context.locale());
                picker.setI18n(texts.calendar());
                picker.setMax(today);
            }
            ComboBox<Whose> scope = new ComboBox<>(texts.get("playbook.scope"));
            List<Whose> scopes = new ArrayList<>();
            scopes.add(Whose.everyone(texts.get("playbook.scope.company")));
            context.roles().all().forEach(r -> scopes.add(new Whose(texts.get("filter.role") + ": " + r.name(),
                    Optional.empty(), Optional.of(r.id()), Optional.empty())));
            scope.setItems(scopes);
            scope.setItemLabelGenerator(Whose::label);
            scope.setId("playbook-scope");
            MultiSelectComboBox<UserRecord> reps = new MultiSelectComboBox<>(texts.get("playbook.reps"));
            reps.setItems(context.users().active());
            reps.setItemLabelGenerator(UserRecord::name);
            reps.setId("playbook-reps");
            reps.setHelperText(texts.get("playbook.reps.help"));
            Binder<MiningForm> binder = new Binder<>(MiningForm.class);
            binder.forField(from).asRequired().bind("from");
            binder.forField(to).asRequired().withValidator(day -> from.getValue() == null
                    || !day.isBefore(from.getValue()) && ChronoUnit.DAYS.between(from.getValue(), day)
                    < DateRange.MAX_DAYS, texts.get("filter.invalid", DateRange.MAX_DAYS)).bind("to");
            binder.forField(scope).asRequired().bind("scope");
            binder.forField(reps).bind("reps");
            binder.readRecord(new MiningForm(today.minusDays(364), today, scopes.getFirst(), Set.of()));
            Div problem = new Div();
            problem.setId("playbook-form-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            Button mine = new Button(texts.get("playbook.mine"));
            mine.setId("playbook-mine");
            mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            mine.addClickListener(e -> {
                problem.setText("");
                try {
                    MiningForm chosen = binder.writeRecord();
                    Playbook started = playbooks.start(new Playbooks.Mining(new DateRange(chosen.from(),
                            chosen.to()), chosen.scope().roleId(), chosen.reps().stream().map(UserRecord::id)
                            .toList(), Section.CURRENCY));
                    refresh();
                    list.select(started);
                } catch (ValidationException invalid) {
                    // the binder shows each message next to its field
                } catch (ApiProblem refused) {
                    problem.setText(message(refused));
                }
            });
            FormLayout layout = new FormLayout(from, to, scope, reps, mine);
            layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2),
                    new ResponsiveStep("60em", 4));
            return new Div(layout, problem);
        }

        private List<Playbook> refresh() {
            List<Playbook> items = playbooks.list();
            list.setItems(items);
            return items;
        }

        private void show(Playbook playbook) {
            detail.removeAll();
            stopPolling();
            detail.add(new H3(texts.get("playbook.heading", scope(playbook), status(playbook))));
            DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(context.locale());
            detail.add(new Span(texts.get("playbook.period", days.format(playbook.from()),
                    days.format(playbook.to()), playbook.deals(), playbook.topReps().size())));
            switch (playbook.status()) {
                case MINING -> mining(playbook);
                case FAILED -> detail.add(new Div(new Span(texts.get("playbook.failed",
                        playbook.problem().orElse("")))));
                case CANCELLED -> detail.add(new Div(new Span(texts.get("playbook.cancelled"))));
                default -> {
                    changes(playbook);
                    rules(playbook);
                    if (team) {
                        comparison(playbook);
                    }
                    if (playbook.publishedAt().isPresent()) {
                        effect(playbook);
                    }
                }
            }
            detail.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    context.viewPath(VIEW, playbook.id().toString())));
        }

        private void mining(Playbook playbook) {
            ProgressBar bar = new ProgressBar(0, 1, playbook.progress());
            bar.setId("playbook-progress");
            Span percent = new Span(texts.get("playbook.mining", Math.round(playbook.progress() * 100)));
            Button cancel = new Button(texts.get("playbook.cancel"), e -> {
                playbooks.cancel(playbook.id());
                e.getSource().setEnabled(false);
            });
            cancel.setId("playbook-cancel");
            cancel.setEnabled(!playbook.cancelRequested());
            detail.add(bar, percent, new Div(cancel));
            UI.getCurrent().setPollInterval(POLL_MILLIS);
            polling = Optional.of(UI.getCurrent().addPollListener(e -> {
                Playbook now = playbooks.find(playbook.id());
                if (now.status() == Playbook.Status.MINING) {
                    bar.setValue(now.progress());
                    percent.setText(texts.get("playbook.mining", Math.round(now.progress() * 100)));
                } else {
                    refresh();
                    list.select(now);
                    show(now);
                }
            }));
            detail.addDetachListener(e -> stopPolling());
        }

        private void stopPolling() {
            polling.ifPresent(Registration::remove);
            polling = Optional.empty();
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }

        private void rules(Playbook playbook) {
            boolean draft = playbook.status() == Playbook.Status.DRAFT && team;
            if (playbook.rules().isEmpty()) {
                detail.add(new Div(new Span(texts.get("playbook.no-rules"))));
                return;
            }
            Grid<PlaybookRule> grid = Section.grid("playbook-rules", playbook.rules());
            grid.addColumn(r -> words.rule(stages.getOrDefault(r.stageId(), ""), r)).setHeader(
                    texts.get("playbook.col.rule")).setFlexGrow(3);
            grid.addColumn(r -> words.figures(r.mined())).setHeader(texts.get("playbook.col.figures"))
                    .setFlexGrow(2);
            grid.addComponentColumn(r -> {
                Checkbox gate = new Checkbox(r.gate());
                // a broken cadence could never be mended: it is no gate
                gate.setEnabled(draft && !(r.condition() instanceof Condition.Cadence));
                gate.addValueChangeListener(e -> edit(playbook, new Playbooks.Edit(List.of(), List.of(
                        new Playbooks.RuleEdit(r.id(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                                Optional.of(e.getValue()))))));
                return gate;
            }).setHeader(texts.get("playbook.col.gate")).setAutoWidth(true).setFlexGrow(0);
            if (draft) {
                grid.addComponentColumn(r -> new Button(texts.get("playbook.edit"), e -> RuleDialog.open(r, words,
                        texts, change -> edit(playbook, new Playbooks.Edit(List.of(), List.of(change))))))
                        .setAutoWidth(true).setFlexGrow(0);
                grid.addComponentColumn(r -> new Button(texts.get("playbook.drop"), e -> edit(playbook,
                        new Playbooks.Edit(List.of(r.id()), List.of())))).setAutoWidth(true).setFlexGrow(0);
            }
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            detail.add(grid);
            if (draft) {
                Button publish = new Button(texts.get("playbook.publish"), e -> {
                    try {
                        Playbook published = playbooks.publish(playbook.id(), playbook.revision());
                        refresh();
                        list.select(published);
                    } catch (ApiProblem refused) {
                        detail.add(new Div(new Span(message(refused))));
                    }
                });
                publish.setId("playbook-publish");
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                detail.add(new Div(publish));
            }
        }

        /** For a draft re-mined from a published version: what it would add, drop and keep. */
        private void changes(Playbook playbook) {
            Optional<Playbook> basis = playbook.basedOn().flatMap(id -> {
                try {
                    return Optional.of(playbooks.find(id));
                } catch (ApiProblem gone) {
                    return Optional.empty();
                }
            });
            basis.ifPresent(before -> {
                PlaybookChanges changes = PlaybookChanges.between(before, playbook);
                Div box = new Div(new Span(texts.get("playbook.changes", before.version().orElse(0),
                        changes.added().size(), changes.dropped().size(), changes.kept().size())));
                box.setId("playbook-changes");
                changes.added().forEach(r -> box.add(new Div(new Span(texts.get("playbook.added",
                        words.rule(stages.getOrDefault(r.stageId(), ""), r))))));
                changes.dropped().forEach(r -> box.add(new Div(new Span(texts.get("playbook.dropped",
                        words.rule(stages.getOrDefault(r.stageId(), ""), r))))));
                detail.add(box);
            });
        }

        private void edit(Playbook playbook, Playbooks.Edit edit) {
            try {
                Playbook changed = playbooks.edit(playbook.id(), playbook.revision(), edit);
                refresh();
                list.select(changed);
            } catch (ApiProblem refused) {
                detail.add(new Div(new Span(message(refused))));
            }
        }

        private void comparison(Playbook playbook) {
            List<Comparison.Line> shown = playbook.comparison().stream().filter(Comparison.Line::enough)
                    .filter(l -> l.qValue().orElse(1.0) <= 0.05).toList();
            detail.add(new H3(texts.get("playbook.comparison")));
            if (shown.isEmpty()) {
                detail.add(new Span(texts.get("playbook.comparison.none")));
                return;
            }
            Formats formats = new Formats(context.locale());
            Grid<Comparison.Line> grid = Section.grid("playbook-comparison", shown);
            grid.addColumn(l -> stages.getOrDefault(l.stageId(), "")).setHeader(texts.get("playbook.col.stage"))
                    .setAutoWidth(true);
            grid.addColumn(l -> texts.get("playbook.deals." + l.deals().name())).setHeader(
                    texts.get("playbook.col.deals-kind")).setAutoWidth(true);
            grid.addColumn(l -> texts.get("playbook.metric." + l.metric().name(), l.type()
                    .map(t -> context.labels().activityType(t)).orElse(""))).setHeader(
                    texts.get("playbook.col.metric")).setFlexGrow(2);
            grid.addColumn(l -> value(l, l.top(), formats)).setHeader(texts.get("playbook.col.top"));
            grid.addColumn(l -> value(l, l.rest(), formats)).setHeader(texts.get("playbook.col.rest"));
            grid.addColumn(l -> String.format(context.locale(), "%+.2f [%+.2f, %+.2f]", l.effect().orElse(0.0),
                    l.effectLow().orElse(0.0), l.effectHigh().orElse(0.0))).setHeader(texts.get("playbook.col.effect"))
                    .setAutoWidth(true);
            grid.addColumn(l -> String.format(Locale.ROOT, "%.1e", l.qValue().orElse(1.0))).setHeader("q");
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            detail.add(grid);
        }

        private static String value(Comparison.Line line, Optional<Double> value, Formats formats) {
            return switch (line.metric()) {
                case USED_TYPE, CONVERSION -> formats.percent(value);
                default -> value.map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("–");
            };
        }

        private void effect(Playbook playbook) {
            detail.add(new H3(texts.get("playbook.effect")));
            PlaybookEffect.Report report = PlaybookEffect.of(context, playbook, Clock.systemUTC().instant());
            Formats formats = new Formats(context.locale());
            Grid<PlaybookEffect.RuleEffect> grid = Section.grid("playbook-effect", report.rules());
            grid.addColumn(e -> words.rule(stages.getOrDefault(e.rule().stageId(), ""), e.rule()))
                    .setHeader(texts.get("playbook.col.rule")).setFlexGrow(3);
            grid.addColumn(e -> texts.get("playbook.effect.followed", e.followed(),
                    formats.percent(e.followedWinRate()))).setHeader(texts.get("playbook.col.followed"));
            grid.addColumn(e -> texts.get("playbook.effect.followed", e.notFollowed(),
                    formats.percent(e.notFollowedWinRate()))).setHeader(texts.get("playbook.col.not-followed"));
            grid.addColumn(e -> texts.get(!e.enough() ? "playbook.effect.too-few" : e.stoppedWorking()
                    ? "playbook.effect.stopped" : "playbook.effect.working")).setHeader(
                    texts.get("playbook.col.verdict")).setAutoWidth(true);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            detail.add(new Span(texts.get("playbook.effect.since", dates.format(report.since()), report.deals())),
                    grid);
        }

        private String scope(Playbook p) {
            return p.scopeRoleId().map(r -> texts.get("filter.role") + ": " + roles.getOrDefault(r, "?"))
                    .orElse(texts.get("playbook.scope.company"));
        }

        private String status(Playbook p) {
            return texts.get("playbook.status." + p.status().name()) + p.version().map(v -> " v" + v).orElse("");
        }

        /** The problem in the user's language where there are words for it, else as the API says it. */
        private String message(ApiProblem problem) {
            List<String> codes = problem.fields().isEmpty() ? List.of(problem.code())
                    : problem.fields().stream().map(ApiProblem.FieldProblem::code).toList();
            List<String> messages = problem.fields().isEmpty() ? List.of(problem.getMessage())
                    : problem.fields().stream().map(ApiProblem.FieldProblem::message).toList();
            List<String> said = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                String key = "problem." + codes.get(i);
                String text = texts.get(key);
                said.add(text.equals(key) ? messages.get(i) : text);
            }
            return String.join("; ", said);
        }
    }
}
