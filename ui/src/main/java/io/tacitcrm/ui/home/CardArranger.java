package io.tacitcrm.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row per card: a check box to keep it on the page, and buttons to move it up or down. Its value is the
 * {@link Arrangement}; the titles are only for showing.
 */
class CardArranger extends CustomField<Arrangement> {

    private final Map<String, String> titles;
    private final Div rows = new Div();
    private List<String> order = new ArrayList<>();
    private Set<String> hidden = new HashSet<>();

    CardArranger(String label, Map<String, String> titles) {
        this.titles = titles;
        setLabel(label);
        setWidthFull();
        add(rows);
    }

    @Override
    protected Arrangement generateModelValue() {
        return new Arrangement(order, hidden);
    }

    @Override
    protected void setPresentationValue(Arrangement value) {
        order = new ArrayList<>(value.order());
        hidden = new HashSet<>(value.hidden());
        render();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            Checkbox shown = new Checkbox(titles.getOrDefault(key, key), !hidden.contains(key));
            shown.setId("home-layout-shown-" + key.replace(':', '-'));
            shown.addValueChangeListener(e -> {
                if (e.getValue()) {
                    hidden.remove(key);
                } else {
                    hidden.add(key);
                }
                updateValue();
            });
            Button up = move(VaadinIcon.ARROW_UP, i, -1, "home.layout.up");
            Button down = move(VaadinIcon.ARROW_DOWN, i, 1, "home.layout.down");
            up.setEnabled(i > 0);
            down.setEnabled(i < order.size() - 1);
            HorizontalLayout row = new HorizontalLayout(shown, up, down);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWidthFull();
            row.expand(shown);
            rows.add(row);
        }
    }

    private Button move(VaadinIcon icon, int index, int step, String label) {
        Button button = new Button(icon.create(), e -> {
            String moved = order.remove(index);
            order.add(index + step, moved);
            render();
            updateValue();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(label, titles.getOrDefault(order.get(index), order.get(index))));
        button.setId("home-layout-" + (step < 0 ? "up-" : "down-") + order.get(index).replace(':', '-'));
        return button;
    }
}
