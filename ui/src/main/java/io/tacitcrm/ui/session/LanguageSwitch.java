package io.tacitcrm.ui.session;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.tenancy.service.SupportedLocales;
import java.util.Locale;
import java.util.Optional;

/**
 * English / 中文. The choice holds for this browser session and, for a signed-in user, becomes their preference.
 * Each language is named in itself so that anyone can find their own.
 */
public class LanguageSwitch extends Composite<Select<Locale>> {

    private static final String ATTRIBUTE = "tacit.locale";

    public LanguageSwitch(CurrentPrincipal principal, UserAdministration users) {
        Select<Locale> select = getContent();
        select.setItems(SupportedLocales.ALL);
        select.setItemLabelGenerator(l -> SupportedLocales.isChinese(l) ? "中文" : "English");
        select.setValue(SupportedLocales.isChinese(UI.getCurrent().getLocale()) ? SupportedLocales.CHINESE
                : SupportedLocales.ENGLISH);
        select.setWidth("7.5em");
        select.setAriaLabel("Language / 语言");
        select.setId("language");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(ATTRIBUTE, e.getValue());
                principal.get().ifPresent(me -> users.changeMyLocale(e.getValue()));
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** The language chosen in this browser session, if one was. */
    static Optional<Locale> chosen(VaadinSession session) {
        return Optional.ofNullable(session).map(s -> s.getAttribute(ATTRIBUTE)).filter(Locale.class::isInstance)
                .map(Locale.class::cast);
    }
}
