package io.tacitcrm.ui.pool;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.transfer.domain.Pool;
import io.tacitcrm.transfer.domain.PoolPolicy;
import io.tacitcrm.transfer.domain.PooledCustomer;
import io.tacitcrm.transfer.service.PublicPool;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.KeysetPages;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.Problems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;

/**
 * Customers nobody has tended for a while, waiting for a rep to claim them; administrators set when they return here.
 */
@Route(value = "pool", layout = MainLayout.class)
@Dependent
public class PoolView extends VerticalLayout implements HasDynamicTitle {

    private final PublicPool pool;
    private final Grid<PooledCustomer> grid = new Grid<>();
    private final Div message = new Div();

    @Inject
    public PoolView(PublicPool pool, CurrentPrincipal principal) {
        this.pool = pool;
        setSizeFull();
        PoolPolicy policy = pool.policy();
        add(new H2(getTranslation("pool.title")), new Paragraph(policy.on()
                ? getTranslation("pool.intro.on", policy.idleDays().get(), policy.claimCap())
                        : getTranslation("pool.intro.off")));
        if (principal.require().has(Permission.SHARING_MANAGE)) {
            add(settings(policy));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(BrowserZone.current(getLocale()));
        grid.addColumn(PooledCustomer::name).setHeader(getTranslation("pool.customer")).setFlexGrow(1);
        grid.addColumn(c -> c.industry().orElse("")).setHeader(getTranslation("account.industry")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.region().orElse("")).setHeader(getTranslation("account.region")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.valueTier().map(t -> getTranslation("tier." + t)).orElse(""))
                .setHeader(getTranslation("account.valueTier"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PooledCustomer::lastOwnerName).setHeader(getTranslation("pool.last-owner")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.lastFootprint().map(dates::format).orElse(getTranslation("pool.never")))
                .setHeader(getTranslation("pool.last-footprint"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> dates.format(c.pooledAt())).setHeader(getTranslation("pool.since")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Button claim = new Button(getTranslation("pool.claim"), VaadinIcon.HAND.create(), e -> claim(c));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return claim;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("pool.empty"));
        grid.setId("pool-grid");
        add(message, grid);
        expand(grid);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pool.title") + " · Tacit CRM";
    }

    private void reload() {
        KeysetPages<PooledCustomer, Pool.PoolCursor> pages = new KeysetPages<>((cursor, limit) -> pool.page(cursor,
                new PageLimit(limit)));
        grid.setItems(q -> pages.fetch(q.getOffset(), q.getLimit()).stream());
    }

    private void claim(PooledCustomer customer) {
        try {
            pool.claim(customer.id());
            Notification.show(getTranslation("pool.claimed", customer.name()), 3000,
                    Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate("customers/" + customer.id()));
        } catch (DomainException problem) {
            Problems.show(problem, Map.of(), message);
            reload();
        }
    }

    private Details settings(PoolPolicy policy) {
        IntegerField days = new IntegerField(getTranslation("pool.idle-days"));
        days.setHelperText(getTranslation("pool.idle-days.help"));
        days.setMin(1);
        days.setMax(3650);
        policy.idleDays().ifPresent(days::setValue);
        days.setId("pool-idle-days");
        IntegerField cap = new IntegerField(getTranslation("pool.cap"));
        cap.setMin(1);
        cap.setValue(policy.claimCap());
        cap.setId("pool-cap");
        Div status = new Div();
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                pool.changePolicy(Optional.ofNullable(days.getValue()), Optional.ofNullable(cap.getValue())
                        .orElse(PoolPolicy.DEFAULT_CAP), pool.policy().version());
                status.setText(getTranslation("sharing.saved"));
            } catch (DomainException problem) {
                Problems.show(problem, Map.of("idleDays", days, "claimCap", cap), status);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("pool-save");
        Button sweep = new Button(getTranslation("pool.sweep"), VaadinIcon.REFRESH.create(), e -> {
            int returned = pool.sweepNow();
            status.setText(getTranslation("pool.swept", returned));
            reload();
        });
        HorizontalLayout row = new HorizontalLayout(days, cap, save, sweep);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Details details = new Details(getTranslation("pool.settings"), new VerticalLayout(row, status));
        details.setWidthFull();
        return details;
    }
}
