package io.tacitcrm.misbehaving;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.ViewContribution;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** A view that builds fine, with a button whose click handler throws. */
@Extension
public class FailingButtonView implements ViewContribution {

    @Override
    public String view() {
        return "button";
    }

    @Override
    public String title(Locale locale) {
        return "Failing button";
    }

    @Override
    public Component create(List<String> parameters, PluginContext context) {
        Button button = new Button("Fail", e -> {
            throw new IllegalStateException("this click always fails");
        });
        button.setId("misbehaving-button");
        return button;
    }
}
