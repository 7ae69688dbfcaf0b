package io.tacitcrm.ui.session;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.service.LinkRedemption;
import io.tacitcrm.ui.shell.Problems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Where the link confirming an address leads: it confirms it, and says so. Works signed in or not. */
@Route("account/verify")
@PublicView
@Dependent
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LinkRedemption redemption;
    private String title = "";

    @Inject
    public VerifyEmailView(LinkRedemption redemption) {
        this.redemption = redemption;
        addClassName("tacit-centered");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        Paragraph outcome = new Paragraph();
        outcome.setId("verify-outcome");
        try {
            redemption.verifyEmail(token);
            title = getTranslation("verify.done.title");
            outcome.setText(getTranslation("verify.done"));
        } catch (DomainException refused) {
            title = getTranslation("verify.failed.title");
            outcome.setText(Problems.text(this, refused) + " " + getTranslation("verify.failed.again"));
        }
        VerticalLayout card = new VerticalLayout(new H1(title), outcome, new Anchor("", getTranslation("verify.open")));
        card.addClassName("tacit-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return title + " · Tacit CRM";
    }
}
