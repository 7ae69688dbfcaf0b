package io.tacitcrm.ui.sales;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.sales.domain.SalesTarget;
import io.tacitcrm.sales.domain.TargetPeriod;
import io.tacitcrm.sales.service.NewTarget;
import io.tacitcrm.sales.service.TargetService;
import io.tacitcrm.sales.service.TargetView;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.Problems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Team progress: the targets of a month or quarter with what has been won, for oneself and everyone below. */
@Route(value = "targets", layout = MainLayout.class)
@Dependent
public class TargetsView extends VerticalLayout implements HasDynamicTitle {

    private final TargetService targets;
    private final UserDirectory users;
    private final CurrentPrincipal principal;
    private final ZoneId zone;
    private final Select<TargetPeriod> period = new Select<>();
    private final Grid<TargetView> grid = new Grid<>();

    @Inject
    public TargetsView(TargetService targets, UserDirectory users, CurrentPrincipal principal) {
        this.targets = targets;
        this.users = users;
        this.principal = principal;
        this.zone = BrowserZone.current(getLocale());
        setSizeFull();
        LocalDate today = LocalDate.now(zone);
        List<TargetPeriod> periods = IntStream.rangeClosed(-3, 3).mapToObj(i
                -> TargetPeriod.containing(TargetPeriod.Kind.MONTH, today.plusMonths(i))).toList();
        period.setItems(Stream.concat(periods.stream(),
                Stream.of(TargetPeriod.containing(TargetPeriod.Kind.QUARTER, today))).toList());
        period.setItemLabelGenerator(p -> getTranslation("targets.period." + p.kind(), p.start().getYear(),
                p.kind() == TargetPeriod.Kind.MONTH ? p.start().getMonthValue() : (p.start().getMonthValue() + 2) / 3));
        period.setValue(periods.get(3));
        period.addValueChangeListener(e -> load());
        period.setId("targets-period");
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        grid.addColumn(TargetView::subjectName).setHeader(getTranslation("targets.subject")).setFlexGrow(1);
        grid.addColumn(t -> t.currency() + " " + money.format(t.amount())).setHeader(getTranslation("targets.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.currency() + " " + money.format(t.won())).setHeader(getTranslation("targets.won"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            ProgressBar bar = new ProgressBar(0, 1, Math.min(1, t.attainmentPercent() / 100.0));
            bar.setWidth("8em");
            return bar;
        }).setHeader(getTranslation("targets.progress")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.attainmentPercent() + "%").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("targets.empty"));
        grid.setId("targets-grid");
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("targets.title")), period);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (principal.require().has(Permission.TARGETS_MANAGE)) {
            Button add = new Button(getTranslation("targets.set"), VaadinIcon.PLUS.create(), e -> openSetDialog());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("targets-set");
            toolbar.add(add);
        }
        add(toolbar, grid);
        expand(grid);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title") + " · Tacit CRM";
    }

    private void load() {
        grid.setItems(targets.of(period.getValue(), zone));
    }

    /**
     * Someone below the caller's role, for a personal target (team targets are set on roles through the API for now).
     */
    private void openSetDialog() {
        Dialog dialog = new Dialog(getTranslation("targets.set"));
        var mine = principal.require().rolePath();
        ComboBox<Member> person = new ComboBox<>(getTranslation("targets.subject"));
        person.setItems(users.activeMembers().stream().filter(m -> mine.flatMap(p -> m.role().map(p::isAbove))
                .orElse(false)).toList());
        person.setItemLabelGenerator(Member::name);
        BigDecimalField amount = new BigDecimalField(getTranslation("targets.amount"));
        Div message = new Div();
        Button save = new Button(getTranslation("action.save"), e -> {
            if (person.getValue() == null) {
                person.setErrorMessage(getTranslation("error.required"));
                person.setInvalid(true);
                return;
            }
            try {
                targets.set(new NewTarget(SalesTarget.Subject.USER, person.getValue().id().value(), period.getValue(),
                        amount.getValue(), "CNY"), zone);
                dialog.close();
                load();
            } catch (DomainException ex) {
                Problems.show(ex, Map.of("subjectId", person, "amount", amount), message);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(person, amount), message);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
