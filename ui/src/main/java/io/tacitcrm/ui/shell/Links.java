package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Opens an address inside the application given as text ({@code customers/42?deal=7}), its query kept as such. */
public final class Links {

    private Links() {
    }

    public static void open(UI ui, String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            ui.navigate(link);
        } else {
            // navigate(String) would take the query for part of the path
            ui.navigate(link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
        }
    }
}
