package io.tacitcrm.misbehaving;

import com.vaadin.flow.component.Component;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.api.ui.RecordPanel;
import java.util.Locale;
import org.pf4j.Extension;

/** A customer panel that throws while it is built. */
@Extension
public class FailingPanel implements RecordPanel {

    @Override
    public boolean appliesTo(RecordType type) {
        return type == RecordType.ACCOUNT;
    }

    @Override
    public String title(Locale locale) {
        return "Failing panel";
    }

    @Override
    public Component create(RecordRef record, PluginContext context) {
        throw new IllegalStateException("this panel always fails");
    }
}
