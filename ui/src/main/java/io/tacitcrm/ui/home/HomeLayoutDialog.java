package io.tacitcrm.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.Consumer;

/** Which cards the home page shows, in which order: a form bound to its record, saved through the callback. */
public class HomeLayoutDialog extends Dialog {

    /** The form's state (public: the binder reads it by reflection). */
    public record Form(Arrangement arrangement) {
    }

    HomeLayoutDialog(Arrangement current, Map<String, String> titles, Consumer<Arrangement> save) {
        setHeaderTitle(getTranslation("home.layout.title"));
        setWidth("min(28rem, 95vw)");
        CardArranger cards = new CardArranger(getTranslation("home.layout.cards"), titles);
        cards.setId("home-layout-cards");
        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(cards).bind("arrangement");
        binder.readRecord(new Form(current));
        add(cards);
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                save.accept(binder.writeRecord().arrangement());
                close();
            } catch (ValidationException invalid) {
                // a check box and an order cannot be invalid; the service reports anything else
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("home-layout-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
