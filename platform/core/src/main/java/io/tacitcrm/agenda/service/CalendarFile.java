package io.tacitcrm.agenda.service;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.Duration;
import io.tacitcrm.agenda.domain.CalendarEntry;
import io.tacitcrm.mail.domain.MailTemplate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A user's footprints as an iCalendar file (RFC 5545): one event per footprint, its id as the event's UID so that a
 * calendar updates rather than duplicates it, the customer in the title and a link to the customer's page. Notes stay
 * out: the address of a feed travels further than the CRM.
 */
final class CalendarFile {

    /** A footprint without a duration shows as half an hour. */
    static final int DEFAULT_MINUTES = 30;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CalendarFile() {
    }

    static String write(String owner, Locale locale, List<CalendarEntry> entries, String publicUrl, Instant now) {
        ResourceBundle texts = ResourceBundle.getBundle(DigestLetter.BUNDLE, locale,
                CalendarFile.class.getClassLoader(), NO_FALLBACK);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Tacit CRM//Agenda//EN");
        String name = MailTemplate.fill(texts.getString("calendar.name"), Map.of("name", owner));
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        // calendars poll a feed; an hour keeps a phone current without hammering the server
        calendar.setRefreshInterval(new Duration.Builder().hours(1).build());
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent();
            event.setUid(entry.id() + "@tacitcrm");
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(Date.from(entry.start()), true);
            event.setDuration(new Duration.Builder()
                    .minutes(entry.minutes() > 0 ? entry.minutes() : DEFAULT_MINUTES).build());
            String type = texts.containsKey("type." + entry.type()) ? texts.getString("type." + entry.type())
                    : entry.type();
            event.setSummary((entry.done() ? "✓ " : "") + type + ": " + entry.subject() + " — " + entry.customer());
            entry.outcome().filter(o -> entry.done())
                    .ifPresent(o -> event.setDescription(texts.getString("calendar.done") + ": " + o));
            event.setStatus(Status.confirmed());
            event.setUrl(publicUrl + "customers/" + entry.accountId());
            event.setLastModified(Date.from(entry.updatedAt()));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }
}
