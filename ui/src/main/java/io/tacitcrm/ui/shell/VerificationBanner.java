package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.tacitcrm.identity.service.EmailVerifications;

/**
 * Asks a user whose address nobody has confirmed (a company's founder, at first) to follow the link sent to it, and
 * sends it again on request. Nothing is locked meanwhile; refusals (too many requests) reach the one error handler.
 */
final class VerificationBanner extends Div {

    VerificationBanner(EmailVerifications verifications, String email) {
        setId("verify-banner");
        addClassName("tacit-banner");
        Span text = new Span(getTranslation("verify.banner", email));
        Button again = new Button(getTranslation("verify.banner.again"), VaadinIcon.ENVELOPE.create(), e -> {
            verifications.sendMine();
            Notification.show(getTranslation("verify.banner.sent", email), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        again.setId("verify-again");
        add(text, again);
    }
}
