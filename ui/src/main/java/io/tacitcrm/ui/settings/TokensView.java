package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.identity.service.CreatedToken;
import io.tacitcrm.identity.service.PersonalToken;
import io.tacitcrm.identity.service.PersonalTokens;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.SecretDialog;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.atomic.AtomicReference;

/** Everyone's own personal API tokens, for scripts and integrations: create (the secret shown once), see, revoke. */
@Route(value = "settings/tokens", layout = MainLayout.class)
@Dependent
public class TokensView extends VerticalLayout implements HasDynamicTitle {

    private final PersonalTokens tokens;
    private final Clock clock;
    private final Grid<PersonalToken> grid = new Grid<>();

    @Inject
    public TokensView(PersonalTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        setSizeFull();
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone());
        // the name with its creation date below it, so that a phone shows name, end and revoke without scrolling
        grid.addComponentColumn(t -> {
            Span created = new Span(getTranslation("tokens.created") + " " + dates.format(t.createdAt()));
            created.addClassName("tacit-facts");
            return new Div(new Div(t.name()), created);
        }).setHeader(getTranslation("tokens.name")).setFlexGrow(1);
        grid.addColumn(t -> t.expired() ? getTranslation("tokens.expired") : t.expiresAt().map(dates::format)
                .orElseGet(() -> getTranslation("tokens.never"))).setHeader(getTranslation("tokens.expires"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            Button revoke = new Button(VaadinIcon.TRASH.create(), e -> confirmRevoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setAriaLabel(getTranslation("tokens.revoke"));
            revoke.setTooltipText(getTranslation("tokens.revoke"));
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("tokens-grid");
        grid.setEmptyStateText(getTranslation("tokens.empty"));
        Button add = new Button(getTranslation("tokens.add"), VaadinIcon.PLUS.create(), e -> create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("token-add");
        add(add, grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " · Tacit CRM";
    }

    private ZoneId zone() {
        return BrowserZone.current(getLocale());
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private void create() {
        AtomicReference<CreatedToken> created = new AtomicReference<>();
        new TokenDialog(LocalDate.now(clock.withZone(zone())), form -> created.set(tokens.create(form.request(zone()))),
                () -> {
                    refresh();
                    new SecretDialog(getTranslation("tokens.secret.title"), getTranslation("tokens.secret.text"),
                            created.get().secret()).open();
                }).open();
    }

    private void confirmRevoke(PersonalToken token) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("tokens.revoke.title"),
                getTranslation("tokens.revoke.text", token.name()), getTranslation("tokens.revoke"), e -> {
                    tokens.revoke(token.id()); // a refusal is told by the screens' error handler
                    refresh();
                    Notification.show(getTranslation("tokens.revoked"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
