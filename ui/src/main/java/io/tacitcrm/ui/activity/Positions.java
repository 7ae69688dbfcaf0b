package io.tacitcrm.ui.activity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tacitcrm.activity.domain.GeoPoint;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Where a footprint was logged: asking the browser for the rep's position, and showing one as a map link. */
public final class Positions {

    /** The browser's answer as text ("lat,lng,accuracy"), or empty when it gave none (refused, no fix, no GPS). */
    private static final String ASK = """
            return new Promise(resolve => {
              if (!navigator.geolocation) { resolve(''); return; }
              navigator.geolocation.getCurrentPosition(
                p => resolve(p.coords.latitude + ',' + p.coords.longitude + ',' + Math.round(p.coords.accuracy)),
                () => resolve(''), {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
            });""";

    private Positions() {
    }

    /** Asks the browser where the user is; {@code answer} gets the position, or nothing if the browser gave none. */
    public static void locate(Component on, Consumer<Optional<GeoPoint>> answer) {
        on.getElement().executeJs(ASK).then(String.class, text -> answer.accept(parse(text)),
                error -> answer.accept(Optional.empty()));
    }

    static Optional<GeoPoint> parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            int accuracy = (int) Math.min(GeoPoint.ACCURACY_MAX, Math.max(0, Long.parseLong(parts[2].strip())));
            return Optional.of(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), accuracy));
        } catch (RuntimeException garbled) {
            return Optional.empty();
        }
    }

    /** A link that opens the position on OpenStreetMap, labelled with its accuracy. */
    public static Anchor mapLink(GeoPoint point, Component translator) {
        String href = String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f",
                point.latitude(), point.longitude(), point.latitude(), point.longitude());
        Anchor link = new Anchor(href, translator.getTranslation("activity.location.link", point.accuracyMeters()));
        link.addComponentAsFirst(VaadinIcon.MAP_MARKER.create());
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        link.addClassName("tacit-location");
        return link;
    }
}
