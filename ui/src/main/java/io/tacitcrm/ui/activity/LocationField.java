package io.tacitcrm.ui.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.tacitcrm.activity.domain.GeoPoint;

/**
 * Where the rep is, when they ask for it: a button that asks the browser (never a prompt on opening a page) and a
 * line that says what came back. Empty until a position is given.
 */
public class LocationField extends CustomField<GeoPoint> {

    private final Span where = new Span();
    private GeoPoint position;

    /** {@code idPrefix}: the button gets {@code <prefix>-locate}, the line {@code <prefix>-location}. */
    public LocationField(String idPrefix) {
        Button locate = new Button(getTranslation("activity.location.add"), VaadinIcon.MAP_MARKER.create());
        locate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        locate.setId(idPrefix + "-locate");
        where.setId(idPrefix + "-location");
        where.addClassName("tacit-facts");
        locate.addClickListener(e -> {
            where.setText(getTranslation("activity.location.asking"));
            Positions.locate(this, found -> {
                position = found.orElse(null);
                where.setText(found.map(p -> getTranslation("activity.location.added", p.accuracyMeters()))
                        .orElseGet(() -> getTranslation("activity.location.none")));
                updateValue();
            });
        });
        HorizontalLayout row = new HorizontalLayout(locate, where);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        row.setPadding(false);
        add(row);
    }

    @Override
    protected GeoPoint generateModelValue() {
        return position;
    }

    @Override
    protected void setPresentationValue(GeoPoint value) {
        position = value;
        if (value == null) {
            where.setText("");
        }
    }
}
