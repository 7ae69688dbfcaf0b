package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.tacitcrm.analytics.AnalyticsModule;
import io.tacitcrm.analytics.Cockpit;
import io.tacitcrm.analytics.Cockpit.Dimension;
import io.tacitcrm.analytics.Cockpit.GroupBy;
import io.tacitcrm.analytics.DateRange;
import io.tacitcrm.analytics.ForecastPeriod;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Owners;
import io.tacitcrm.api.ui.ViewContribution;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The cockpit: four tabs (20/80, pipeline and forecast, team activity, key-person risk) under one filter form — the
 * period, whose figures (for holders of {@value AnalyticsModule#TEAM}) and the tab's own choice. The address names
 * the tab, e.g. {@code x/analytics/cockpit/risk}.
 */
@Extension
public class CockpitView implements ViewContribution {

    public static final String VIEW = "cockpit";
    private static final List<String> TABS = List.of("pareto", "pipeline", "activity", "risk");
    private static final Map<String, Section> SECTIONS = Map.of("pareto", new ParetoSection(),
            "pipeline", new PipelineSection(), "activity", new ActivitySection(), "risk", new RiskSection());

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("view.title");
    }

    @Override
    public Component create(List<String> parameters, PluginContext context) {
        Texts texts = new Texts(context.locale());
        Cockpit cockpit = new Cockpit(context, Clock.systemUTC());
        LocalDate today = cockpit.today();
        String initialTab = parameters.stream().findFirst().filter(TABS::contains).orElse("pareto");

        DatePicker from = new DatePicker(texts.get("filter.from"));
        from.setId("cockpit-from");
        DatePicker to = new DatePicker(texts.get("filter.to"));
        to.setId("cockpit-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(context.locale());
            picker.setI18n(texts.calendar());
            picker.setMax(today);
        }
        ComboBox<Whose> whose = new ComboBox<>(texts.get("filter.owner"));
        whose.setItems(WhoseChoices.of(context, texts));
        whose.setItemLabelGenerator(Whose::label);
        whose.setId("cockpit-whose");
        whose.setVisible(context.requireUser().has(AnalyticsModule.TEAM));
        RadioButtonGroup<Dimension> dimension = new RadioButtonGroup<>();
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> texts.get(d == Dimension.CUSTOMERS ? "pareto.customers" : "pareto.reps"));
        dimension.setId("cockpit-dimension");
        Select<GroupBy> groupBy = new Select<>();
        groupBy.setLabel(texts.get("filter.group-by"));
        groupBy.setItems(GroupBy.values());
        groupBy.setItemLabelGenerator(g -> texts.get("filter.group-by." + g.name().toLowerCase(Locale.ROOT)));
        groupBy.setId("cockpit-group-by");
        Select<String> period = new Select<>();
        period.setLabel(texts.get("filter.period"));
        period.setItems(periods(today));
        period.setId("cockpit-period");

        Binder<Filters> binder = new Binder<>(Filters.class);
        binder.forField(from).asRequired().bind("from");
        binder.forField(to).asRequired()
                .withValidator(day -> from.getValue() == null || !day.isBefore(from.getValue())
                        && ChronoUnit.DAYS.between(from.getValue(), day) < DateRange.MAX_DAYS,
                        texts.get("filter.invalid", DateRange.MAX_DAYS))
                .bind("to");
        binder.forField(whose).asRequired().bind("whose");
        binder.forField(dimension).bind("dimension");
        binder.forField(groupBy).bind("groupBy");
        binder.forField(period).bind("period");
        Whose everyone = whose.getListDataView().getItems().findFirst().orElseThrow();
        binder.readRecord(new Filters(today.minusDays(364), today, everyone, Dimension.CUSTOMERS, GroupBy.USER,
                ForecastPeriod.monthOf(today).toString()));

        Button show = new Button(texts.get("filter.apply"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.setId("cockpit-show");
        FormLayout form = new FormLayout(from, to, whose, dimension, groupBy, period, show);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2),
                new ResponsiveStep("60em", 4));

        Tabs tabs = new Tabs();
        List<Tab> tabList = new ArrayList<>();
        for (String key : TABS) {
            Tab tab = new Tab(texts.get("tab." + key));
            tab.setId("cockpit-tab-" + key);
            tabList.add(tab);
            tabs.add(tab);
        }
        tabs.setSelectedIndex(TABS.indexOf(initialTab));
        tabs.setWidthFull();
        Div content = new Div();
        content.setWidthFull();
        content.setId("cockpit-content");

        Runnable render = () -> {
            String key = TABS.get(tabs.getSelectedIndex());
            dimension.setVisible(key.equals("pareto"));
            groupBy.setVisible(key.equals("activity"));
            period.setVisible(key.equals("pipeline"));
            try {
                Filters filters = binder.writeRecord();
                Whose chosen = filters.whose();
                Owners owners = cockpit.owners(chosen.ownerId(), chosen.roleId(), chosen.teamId());
                content.removeAll();
                content.add(SECTIONS.get(key).render(cockpit, filters, owners, context, texts));
            } catch (ValidationException invalid) {
                // the binder shows each message next to its field
            }
        };
        show.addClickListener(e -> render.run());
        tabs.addSelectedChangeListener(e -> {
            render.run();
            tabs.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    context.viewPath(VIEW, TABS.get(tabs.getSelectedIndex()))));
        });
        render.run();

        H2 title = new H2(texts.get("view.title"));
        VerticalLayout page = new VerticalLayout(title, tabs, form, content);
        page.setPadding(false);
        page.setWidthFull();
        return page;
    }

    /** The last twelve months and the last four quarters, newest first. */
    private static List<String> periods(LocalDate today) {
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            periods.add(ForecastPeriod.monthOf(today.minusMonths(i)).toString());
        }
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        for (int i = 0; i < 4; i++) {
            periods.add(new ForecastPeriod(true, quarter.minusMonths(3L * i)).toString());
        }
        return periods;
    }
}
