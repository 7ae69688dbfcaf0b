package io.tacitcrm.ui.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.agenda.service.CalendarFeedService;
import io.tacitcrm.agenda.service.ReminderLimits;
import io.tacitcrm.agenda.service.Reminders;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.ui.shell.BoundForm;
import io.tacitcrm.ui.shell.BrowserZone;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.SecretDialog;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Reminders and calendar: the user's zone and morning digest, the secret address of their calendar feed, and for those
 * who shape the sales process, the company's limits.
 */
@Route(value = "settings/reminders", layout = MainLayout.class)
@Dependent
public class ReminderSettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private final Reminders reminders;
    private final CalendarFeedService feeds;
    private final Span feedState = new Span();
    private final Button revoke = new Button();

    @Inject
    public ReminderSettingsView(Reminders reminders, ReminderLimits limits, CalendarFeedService feeds,
            CurrentPrincipal principal) {
        this.reminders = reminders;
        this.feeds = feeds;
        add(new H2(getTranslation("reminderSettings.title")), new Paragraph(getTranslation("reminderSettings.intro")));
        add(preferences());
        add(new H3(getTranslation("calendarFeed.title")), new Paragraph(getTranslation("calendarFeed.intro")));
        add(feed());
        principal.get().filter(me -> me.has(Permission.PROCESS_MANAGE)).ifPresent(me -> {
            add(new H3(getTranslation("reminderPolicy.title")));
            add(limits(limits));
        });
        setMaxWidth("48em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminderSettings.title") + " · Tacit CRM";
    }

    private VerticalLayout preferences() {
        BoundForm<ReminderPrefsForm> form = new BoundForm<>(ReminderPrefsForm.class, "reminder-prefs-message");
        ComboBox<String> zone = new ComboBox<>(getTranslation("reminderSettings.zone"), ZONES);
        zone.setClearButtonVisible(true);
        zone.setPlaceholder(getTranslation("reminderSettings.zone.browser", BrowserZone.current(getLocale())));
        zone.setHelperText(getTranslation("reminderSettings.zone.help"));
        zone.setId("reminder-zone");
        zone.setWidthFull();
        Checkbox digest = new Checkbox(getTranslation("reminderSettings.digest"));
        digest.setId("reminder-digest");
        form.binder().forField(zone).bind("timeZone");
        form.binder().forField(digest).bind("digest");
        form.edit(ReminderPrefsForm.of(reminders.settings()));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (form.save(f -> reminders.changeSettings(f.zone(), f.digest(), reminders.settings().version()))) {
                saved("reminderSettings.saved");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reminder-prefs-save");
        FormLayout fields = new FormLayout(zone, digest);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout section = new VerticalLayout(fields, form.message(), save);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout feed() {
        feedState.setId("calendar-feed-state");
        Button create = new Button(getTranslation("calendarFeed.create"), VaadinIcon.CALENDAR.create(), e -> {
            var created = feeds.create();
            showFeedState();
            new SecretDialog(getTranslation("calendarFeed.secret.title"), getTranslation("calendarFeed.secret.text"),
                    created.url()).open();
        });
        create.setId("calendar-feed-create");
        revoke.setText(getTranslation("calendarFeed.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setId("calendar-feed-revoke");
        revoke.addClickListener(e -> confirmRevoke());
        showFeedState();
        HorizontalLayout actions = new HorizontalLayout(create, revoke);
        actions.setWrap(true);
        VerticalLayout section = new VerticalLayout(feedState, actions);
        section.setPadding(false);
        return section;
    }

    private void showFeedState() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(BrowserZone.current(getLocale()));
        var since = feeds.mine();
        feedState.setText(since.map(at -> getTranslation("calendarFeed.active", format.format(at)))
                .orElseGet(() -> getTranslation("calendarFeed.none")));
        revoke.setVisible(since.isPresent());
    }

    private void confirmRevoke() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("calendarFeed.revoke"),
                getTranslation("calendarFeed.revoke.text"), getTranslation("calendarFeed.revoke"), e -> {
                    feeds.revoke();
                    showFeedState();
                    saved("calendarFeed.revoked");
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private VerticalLayout limits(ReminderLimits limits) {
        BoundForm<ReminderLimitsForm> form = new BoundForm<>(ReminderLimitsForm.class, "reminder-limits-message");
        IntegerField stallDays = new IntegerField(getTranslation("reminderPolicy.stallDays"));
        stallDays.setMin(1);
        stallDays.setMax(365);
        stallDays.setStepButtonsVisible(true);
        stallDays.setId("reminder-stall-days");
        IntegerField reportHour = new IntegerField(getTranslation("reminderPolicy.reportHour"));
        reportHour.setMin(12);
        reportHour.setMax(23);
        reportHour.setStepButtonsVisible(true);
        reportHour.setId("reminder-report-hour");
        form.binder().forField(stallDays).bind("stallDays");
        form.binder().forField(reportHour).bind("reportHour");
        form.edit(ReminderLimitsForm.of(limits.policy()));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (form.save(f -> limits.change(f.stallDays(), f.reportHour(), limits.policy().version()))) {
                saved("reminderPolicy.saved");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reminder-limits-save");
        FormLayout fields = new FormLayout(stallDays, reportHour);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        VerticalLayout section = new VerticalLayout(fields, form.message(), save);
        section.setPadding(false);
        return section;
    }

    private void saved(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
