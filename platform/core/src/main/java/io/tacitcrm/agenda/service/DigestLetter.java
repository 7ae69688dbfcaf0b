package io.tacitcrm.agenda.service;

import io.tacitcrm.agenda.domain.Notification;
import io.tacitcrm.agenda.domain.NotificationKind;
import io.tacitcrm.agenda.domain.ReminderDay;
import io.tacitcrm.mail.domain.MailTemplate;
import io.tacitcrm.mail.domain.OutgoingMail;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The morning digest: one line per standing reminder, in the recipient's language and time zone. */
final class DigestLetter {

    static final String BUNDLE = "io.tacitcrm.agenda.service.ReminderMail";
    private static final MailTemplate TEMPLATE = new MailTemplate(BUNDLE, "digest");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DigestLetter() {
    }

    /** Who gets it and what their workspace is called. */
    record Recipient(String name, String email, Locale locale, String company, String workspace) {
    }

    static OutgoingMail render(Recipient to, ReminderDay day, List<Notification> reminders, String link) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, to.locale(), DigestLetter.class.getClassLoader(),
                NO_FALLBACK);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(to.locale());
        String items = reminders.stream().map(n -> line(texts, n, day, date)).collect(Collectors.joining("\n"));
        return TEMPLATE.render(to.locale(), to.email(), Map.of("name", to.name(), "company", to.company(),
                "workspace", to.workspace(), "date", date.format(day.today()),
                "count", Integer.toString(reminders.size()), "items", items), link);
    }

    static String line(ResourceBundle texts, Notification n, ReminderDay day, DateTimeFormatter date) {
        LocalDateTime due = LocalDateTime.ofInstant(n.dueAt(), day.zone());
        String key = "item." + n.kind().name();
        if (n.kind() == NotificationKind.FOLLOW_UP && due.toLocalDate()
                .isBefore(day.today())) {
            key += ".overdue";
        }
        long days = Duration.between(n.dueAt(), day.now()).toDays();
        return "• " + MailTemplate.fill(texts.getString(key), Map.of("title", n.title(), "detail", n.detail(),
                "time", due.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
                "date", date.format(LocalDate.from(due)), "days", Long.toString(days)));
    }
}
