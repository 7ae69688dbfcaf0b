package io.tacitcrm.ui.agenda;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.tacitcrm.agenda.domain.Notification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a reminder reads, in the user's language and zone, and where following it leads. */
final class ReminderTexts {

    private final Component translator;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    ReminderTexts(Component translator, ZoneId zone, Locale locale) {
        this.translator = translator;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    String text(Notification n, Instant now) {
        LocalDateTime due = LocalDateTime.ofInstant(n.dueAt(), zone);
        return switch (n.kind()) {
            case FOLLOW_UP -> due.toLocalDate().isBefore(LocalDate.ofInstant(now, zone))
                    ? t("reminder.followUp.overdue", date.format(due), n.title(), n.detail())
                    : t("reminder.followUp.today", time.format(due), n.title(), n.detail());
            case DEAL_STALLED -> t("reminder.stalled", n.title(), Duration.between(n.dueAt(), now).toDays(),
                    n.detail());
            case REPORT_MISSING -> t("reminder.report", date.format(n.occasion()));
            case HANDED_OVER -> t("reminder.handedOver", n.detail(), n.title());
            case TRANSFERRED -> t("reminder.transferred", n.detail(), n.title());
        };
    }

    /** Opens what the reminder is about: the customer (at the deal), My day, the reports, the customer list. */
    static void follow(UI ui, Notification n) {
        switch (n.kind()) {
            case FOLLOW_UP -> ui.navigate("my-day");
            case DEAL_STALLED -> n.accountId().ifPresent(account -> ui.navigate("customers/" + account,
                    QueryParameters.of("deal", n.subjectId().toString())));
            case REPORT_MISSING -> ui.navigate("daily-reports");
            case HANDED_OVER -> n.accountId().ifPresent(account -> ui.navigate("customers/" + account));
            case TRANSFERRED -> ui.navigate("customers");
        }
    }

    private String t(String key, Object... params) {
        return translator.getTranslation(key, params);
    }
}
