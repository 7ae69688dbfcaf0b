package io.tacitcrm.ui.search;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.search.service.GlobalSearch;
import io.tacitcrm.search.service.SearchResult;
import io.tacitcrm.ui.shell.Links;
import java.util.List;
import java.util.stream.Stream;

/**
 * One search box for everything: type a name or a phone number, pick with the arrow keys and Enter (or a click), and
 * the customer, contact, deal or plugin record opens. Each hit says what it is and where it belongs.
 */
public class SearchBox extends ComboBox<SearchResult> {

    /** How many of each kind the box lists. */
    static final int PER_KIND = 5;

    public SearchBox(GlobalSearch search) {
        setId("global-search");
        addClassName("tacit-search");
        setPlaceholder(getTranslation("search.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        getElement().setAttribute("aria-label", getTranslation("search.placeholder"));
        setItemLabelGenerator(SearchResult::title);
        setRenderer(new ComponentRenderer<>(this::hit));
        // the list is short and already ordered by kind: one page, fetched once per text typed
        setItems(query -> {
            String typed = query.getFilter().orElse("");
            int offset = query.getOffset();
            int limit = query.getLimit();
            return offset > 0 || typed.isBlank() ? Stream.empty() : find(search, typed).stream().limit(limit);
        });
        getElement().setProperty("overlayClass", "tacit-search-overlay");
        addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                String link = e.getValue().link();
                clear();
                getUI().ifPresent(ui -> Links.open(ui, link));
            }
        });
    }

    private static List<SearchResult> find(GlobalSearch search, String typed) {
        try {
            return search.search(typed, PER_KIND);
        } catch (DomainException tooLong) {
            return List.of(); // over the length a search takes: nothing is found
        }
    }

    private Div hit(SearchResult r) {
        Span kind = new Span(r.kind() == SearchResult.Kind.MODULE ? r.group()
                : getTranslation("search.kind." + r.kind().name()));
        kind.addClassName("tacit-search-kind");
        Span title = new Span(r.title());
        title.addClassName("tacit-search-title");
        Div hit = new Div(kind, title);
        if (!r.detail().isBlank()) {
            Span detail = new Span(r.detail());
            detail.addClassName("tacit-facts");
            hit.add(detail);
        }
        hit.addClassName("tacit-search-hit");
        return hit;
    }
}
