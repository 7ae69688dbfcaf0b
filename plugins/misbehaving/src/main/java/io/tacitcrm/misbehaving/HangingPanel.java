package io.tacitcrm.misbehaving;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.api.ui.RecordPanel;
import java.util.Locale;
import org.pf4j.Extension;

/** A customer panel that never finishes building. */
@Extension
public class HangingPanel implements RecordPanel {

    @Override
    public boolean appliesTo(RecordType type) {
        return type == RecordType.ACCOUNT;
    }

    @Override
    public String title(Locale locale) {
        return "Hanging panel";
    }

    @Override
    public Component create(RecordRef record, PluginContext context) {
        try {
            Hang.forever();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Span("never shown");
    }
}
