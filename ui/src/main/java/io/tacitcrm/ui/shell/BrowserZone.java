package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The time zone of the user's browser, for showing and entering times. The browser reports it once per session
 * (asynchronously); until then a Chinese-speaking user is assumed to be on China time and anyone else on the server's.
 */
public final class BrowserZone {

    private BrowserZone() {
    }

    /** Asks the browser for its zone and keeps it in the session. */
    public static void learn(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                Optional.ofNullable(details.getTimeZoneId()).map(ZoneId::of)
                        .ifPresent(zone -> ui.getSession().setAttribute(ZoneId.class, zone));
            } catch (DateTimeException ignored) {
                // an unknown zone name: keep the fallback
            }
        });
    }

    public static ZoneId current(Locale locale) {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(s -> s.getAttribute(ZoneId.class))
                .orElseGet(() -> locale.getLanguage().equals("zh") ? ZoneId.of("Asia/Shanghai")
                        : ZoneId.systemDefault());
    }
}
