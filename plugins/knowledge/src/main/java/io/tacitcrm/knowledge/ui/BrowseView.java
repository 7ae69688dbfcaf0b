package io.tacitcrm.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.ViewContribution;
import io.tacitcrm.knowledge.domain.ArticleHit;
import io.tacitcrm.knowledge.domain.ArticleQuery;
import io.tacitcrm.knowledge.domain.ArticleStatus;
import io.tacitcrm.knowledge.domain.SearchTerms;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.Extension;

/** Browse and search: ranked results as you type, filtered by category and status, loaded page by page. */
@Extension
public class BrowseView implements ViewContribution {

    private final KnowledgeBase knowledge = new KnowledgeBase();

    @Override
    public String view() {
        return "articles";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("browse.title");
    }

    @Override
    public Component create(List<String> parameters, PluginContext ctx) {
        Texts texts = new Texts(ctx.locale());
        Map<String, String> categories = Categories.labels(ctx, knowledge, texts);
        TextField search = new TextField();
        search.setId("knowledge-search");
        search.setPlaceholder(texts.get("browse.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        ComboBox<String> category = new ComboBox<>(texts.get("article.category"), categories.keySet());
        category.setItemLabelGenerator(c -> categories.getOrDefault(c, c));
        category.setClearButtonVisible(true);
        Select<ArticleStatus> status = new Select<>();
        status.setLabel(texts.get("article.status"));
        status.setItems(ArticleStatus.values());
        status.setItemLabelGenerator(s -> texts.get("status." + s));
        status.setValue(ArticleStatus.PUBLISHED);
        Button create = new Button(texts.get("browse.new"), e -> UI.getCurrent().navigate(ctx.viewPath("edit")));
        create.setId("knowledge-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(search, category, status, create);
        if (ctx.requireUser().has(KnowledgeBase.PUBLISH)) {
            Button newCategory = new Button(texts.get("category.new"), e -> new CategoryDialog(ctx, knowledge, texts,
                    () -> UI.getCurrent().refreshCurrentRoute(false)).open());
            newCategory.setId("knowledge-new-category");
            bar.add(newCategory);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(ctx.locale())
                .withZone(ctx.zone());
        Grid<ArticleHit> grid = new Grid<>();
        grid.setId("knowledge-articles");
        grid.addColumn(h -> h.article().title()).setHeader(texts.get("article.title")).setFlexGrow(3);
        grid.addColumn(h -> categories.getOrDefault(h.article().category(), h.article().category()))
                .setHeader(texts.get("article.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> String.join(", ", h.article().tags())).setHeader(texts.get("article.tags")).setFlexGrow(1);
        grid.addColumn(h -> when.format(h.article().updatedAt())).setHeader(texts.get("article.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ctx.viewPath("article", e.getItem().article().id()
                .toString())));
        grid.setSizeFull();
        Runnable load = () -> {
            List<String> terms = SearchTerms.ofQuery(search.getValue());
            boolean typedNothingUseful = !search.getValue().isBlank() && terms.isEmpty();
            grid.setItems(q -> typedNothingUseful ? Stream.empty()
                    : knowledge.find(ctx, new ArticleQuery(terms, status.getValue(),
                            Optional.ofNullable(category.getValue()),
                    Optional.empty(), q.getOffset(), Math.min(q.getLimit(), ArticleQuery.LIMIT_MAX))).stream());
        };
        search.addValueChangeListener(e -> load.run());
        category.addValueChangeListener(e -> load.run());
        status.addValueChangeListener(e -> load.run());
        load.run();

        VerticalLayout layout = new VerticalLayout(new H2(texts.get("browse.title")), bar, grid);
        layout.setSizeFull();
        layout.setPadding(false);
        layout.expand(grid);
        return layout;
    }
}
