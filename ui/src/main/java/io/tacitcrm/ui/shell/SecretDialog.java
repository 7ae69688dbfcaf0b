package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A new secret (a token, a calendar address), shown this once, with a way to copy it. */
public class SecretDialog extends Dialog {

    /** {@code title} and {@code text} are translated already. */
    public SecretDialog(String title, String text, String secret) {
        setHeaderTitle(title);
        setWidth("min(36em, 95vw)");
        setCloseOnOutsideClick(false);
        TextField value = new TextField();
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        value.setId("token-secret");
        value.addFocusListener(e -> value.getElement().executeJs("this.inputElement.select()"));
        // the clipboard exists only on secure pages (https, localhost); elsewhere the text is selected to copy by hand
        Button copy = new Button(getTranslation("tokens.copy"), VaadinIcon.COPY.create(), e -> getElement()
                .executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true,"
                        + " () => false) : false", secret).then(Boolean.class, copied -> {
                            if (copied) {
                                Notification.show(getTranslation("tokens.copied"), 2000,
                                        Notification.Position.BOTTOM_START);
                            } else {
                                value.focus();
                            }
                        }));
        copy.setId("token-copy");
        add(new VerticalLayout(new Paragraph(text), value, copy));
        Button done = new Button(getTranslation("action.close"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("token-secret-close");
        getFooter().add(done);
    }
}
