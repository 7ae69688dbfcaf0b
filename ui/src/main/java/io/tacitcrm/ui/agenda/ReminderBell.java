package io.tacitcrm.ui.agenda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tacitcrm.agenda.service.Reminders;
import io.tacitcrm.ui.shell.BrowserZone;
import java.time.Clock;

/** The header's bell: the number of unread reminders, and the reminders themselves a click away. */
public class ReminderBell extends Button {

    /** Above this the badge reads "99+". */
    private static final int MOST_SHOWN = 99;

    private final Reminders reminders;
    private final Span badge = new Span();

    public ReminderBell(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setId("reminder-bell");
        addClassName("tacit-bell");
        badge.addClassName("tacit-bell-count");
        badge.setId("reminder-count");
        getElement().appendChild(badge.getElement());
        addClickListener(e -> new RemindersDialog(reminders, clock,
                new ReminderTexts(this, BrowserZone.current(getLocale()), getLocale()), this::refresh).open());
    }

    /** Reads the unread count again (every page the user opens does). */
    public void refresh() {
        int unread = reminders.unreadCount();
        badge.setText(unread > MOST_SHOWN ? MOST_SHOWN + "+" : Integer.toString(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("reminders.bell", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }
}
