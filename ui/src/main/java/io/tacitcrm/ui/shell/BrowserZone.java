package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The time zone of the user's browser, for showing and entering times. The browser reports it once per session
 * (asynchronously); until then a Chinese-speaking user is assumed to be on China time and anyone else on the server's.
 */
public final class BrowserZone {

    private BrowserZone() {
    }

    /** Asks the browser for its zone and keeps it in the session. */
    public static void learn(UI ui) {
        learn(ui, zone -> { });
    }

    /** As {@link #learn(UI)}, and hands the zone to {@code learnt} (to keep it as the user's, say). */
    public static void learn(UI ui, Consumer<ZoneId> learnt) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                Optional<ZoneId> zone = Optional.ofNullable(details.getTimeZoneId()).map(ZoneId::of);
                boolean guessed = ui.getSession().getAttribute(ZoneId.class) == null;
                ZoneId guess = current(ui.getLocale());
                zone.ifPresent(z -> ui.getSession().setAttribute(ZoneId.class, z));
                zone.ifPresent(learnt);
                // the first screen was drawn in the guessed zone; where the guess was wrong ("today" may already be
                // tomorrow in the browser), it is drawn again in the browser's
                if (guessed && zone.filter(z -> !z.getRules().equals(guess.getRules())).isPresent()) {
                    ui.refreshCurrentRoute(false);
                }
            } catch (DateTimeException ignored) {
                // an unknown zone name: keep the fallback
            }
        });
    }

    public static ZoneId current(Locale locale) {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(s -> s.getAttribute(ZoneId.class))
                .or(BrowserZone::reported)
                .orElseGet(() -> locale.getLanguage().equals("zh") ? ZoneId.of("Asia/Shanghai")
                        : ZoneId.systemDefault());
    }

    /** The zone the browser reported when the page started, if it has (Vaadin sends it with the first request). */
    private static Optional<ZoneId> reported() {
        try {
            return Optional.ofNullable(UI.getCurrent()).map(ui -> ui.getPage().getExtendedClientDetails())
                    .map(details -> details.getTimeZoneId()).map(ZoneId::of);
        } catch (DateTimeException unknownName) {
            return Optional.empty();
        }
    }
}
