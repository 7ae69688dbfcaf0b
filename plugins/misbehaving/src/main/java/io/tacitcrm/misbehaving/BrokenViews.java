package io.tacitcrm.misbehaving;

import com.vaadin.flow.component.Component;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.ViewContribution;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** A view that throws while it is built. */
@Extension
public class BrokenViews implements ViewContribution {

    @Override
    public String view() {
        return "broken";
    }

    @Override
    public String title(Locale locale) {
        return "Broken";
    }

    @Override
    public Component create(List<String> parameters, PluginContext context) {
        throw new IllegalStateException("this view always fails");
    }
}
