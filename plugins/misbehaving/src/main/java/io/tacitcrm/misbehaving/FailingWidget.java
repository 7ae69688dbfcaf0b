package io.tacitcrm.misbehaving;

import com.vaadin.flow.component.Component;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.DashboardWidget;
import java.util.Locale;
import org.pf4j.Extension;

/** A home-page card that throws while it is built: the host shows an error card and the rest of the page. */
@Extension
public class FailingWidget implements DashboardWidget {

    @Override
    public String id() {
        return "failing";
    }

    @Override
    public String title(Locale locale) {
        return "Failing card";
    }

    @Override
    public Component create(PluginContext context) {
        throw new IllegalStateException("this card always fails");
    }
}
