package io.tacitcrm.ui.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tacitcrm.agenda.domain.Notification;
import io.tacitcrm.agenda.service.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The user's standing reminders, newest due first, unread ones marked: a click opens what it is about (and marks it
 * read), one button marks them all read. {@code onChange} runs when the unread count may have moved.
 */
class RemindersDialog extends Dialog {

    static final int SHOWN = 50;

    private final Reminders reminders;
    private final Runnable onChange;
    private final Div list = new Div();

    RemindersDialog(Reminders reminders, Clock clock, ReminderTexts texts, Runnable onChange) {
        this.reminders = reminders;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("reminders.title"));
        setWidth("min(34em, 96vw)");
        setId("reminders-dialog");
        list.addClassName("tacit-reminders");
        add(list);
        Button readAll = new Button(getTranslation("reminders.readAll"), VaadinIcon.CHECK.create(), e -> {
            reminders.markAllRead();
            onChange.run();
            fill(clock.instant(), texts);
        });
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        readAll.setId("reminders-read-all");
        Button settings = new Button(getTranslation("reminders.settings"), VaadinIcon.COG.create(), e -> {
            close();
            getUI().ifPresent(ui -> ui.navigate("settings/reminders"));
        });
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button done = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(settings, readAll, done);
        fill(clock.instant(), texts);
    }

    private void fill(Instant now, ReminderTexts texts) {
        list.removeAll();
        var page = reminders.mine(false, Optional.empty(), SHOWN);
        if (page.items().isEmpty()) {
            Span empty = new Span(getTranslation("reminders.empty"));
            empty.addClassName("tacit-facts");
            list.add(empty);
        }
        for (Notification n : page.items()) {
            Div item = new Div(new Span(texts.text(n, now)));
            item.addClassName("tacit-reminder");
            if (n.unread()) {
                item.addClassName("unread");
            }
            item.getElement().setAttribute("role", "button");
            item.getElement().setAttribute("tabindex", "0");
            item.addClickListener(e -> open(n));
            item.getElement().addEventListener("keydown", e -> open(n)).setFilter("event.key === 'Enter'");
            list.add(item);
        }
    }

    private void open(Notification n) {
        if (n.unread()) {
            reminders.markRead(n.id());
            onChange.run();
        }
        close();
        getUI().ifPresent(ui -> ReminderTexts.follow(ui, n));
    }
}
