package io.tacitcrm.api.ui;

import com.vaadin.flow.component.Component;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.Stable;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * A panel (a tab) on a customer's or an opportunity's page. The host only asks for it once the user may see the record;
 * if {@link #create} throws or takes too long, the tab shows an error in its place and the rest of the page works on.
 */
@Stable(since = "0.1")
public interface RecordPanel extends ExtensionPoint {

    /** Whether the panel belongs on pages of this kind of record. */
    boolean appliesTo(RecordType type);

    /** The tab's label. */
    String title(Locale locale);

    Component create(RecordRef record, PluginContext context);
}
