package io.tacitcrm.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.api.ui.RecordPanel;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.knowledge.domain.ArticleHit;
import io.tacitcrm.knowledge.domain.ArticleQuery;
import io.tacitcrm.knowledge.domain.ArticleStatus;
import io.tacitcrm.knowledge.domain.Citation;
import io.tacitcrm.knowledge.domain.SearchTerms;
import io.tacitcrm.knowledge.service.Citations;
import io.tacitcrm.knowledge.service.CitedRecord;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * The "Knowledge" tab of a customer or opportunity: what was cited there (on a customer, also on its deals and
 * activities) and a form to cite a published article — a battlecard, a reference customer — on the record or one of
 * its deals.
 */
@Extension
public class CitationsPanel implements RecordPanel {

    private final Citations citations = new Citations();
    private final KnowledgeBase knowledge = new KnowledgeBase();

    @Override
    public boolean appliesTo(RecordType type) {
        return type == RecordType.ACCOUNT || type == RecordType.OPPORTUNITY;
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("panel.title");
    }

    @Override
    public Component create(RecordRef record, PluginContext ctx) {
        Texts texts = new Texts(ctx.locale());
        Grid<Citation> grid = new Grid<>();
        grid.setId("knowledge-citations");
        grid.addComponentColumn(c -> new Anchor(ctx.viewPath("article", c.articleId().toString()), c.articleTitle()))
                .setHeader(texts.get("panel.article")).setFlexGrow(2);
        grid.addColumn(c -> texts.get("record." + c.record().type())).setHeader(texts.get("cite.on"))
                .setAutoWidth(true);
        grid.addColumn(Citation::note).setHeader(texts.get("cite.note")).setFlexGrow(1);
        DateTimeFormatter when = DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.SHORT).withLocale(ctx.locale()).withZone(ctx.zone());
        grid.addColumn(c -> when.format(c.citedAt())).setHeader(texts.get("cite.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        Runnable refresh = () -> {
            List<Citation> found = citations.ofRecord(ctx, record);
            Map<UUID, String> names = ctx.users().names(found.stream().map(Citation::citedBy)
                    .collect(Collectors.toSet()));
            grid.setItems(found);
            grid.getColumns().stream().filter(col -> "by".equals(col.getKey())).findFirst()
                    .ifPresent(grid::removeColumn);
            grid.addColumn(c -> names.getOrDefault(c.citedBy(), "")).setHeader(texts.get("cite.by")).setKey("by")
                    .setAutoWidth(true);
        };
        refresh.run();

        ComboBox<ArticleHit> article = new ComboBox<>(texts.get("panel.article"));
        article.setId("knowledge-cite-article");
        article.setItemLabelGenerator(h -> h.article().title());
        article.setItems(query -> knowledge.find(ctx, new ArticleQuery(SearchTerms.ofQuery(query.getFilter()
                .orElse("")),
                ArticleStatus.PUBLISHED, Optional.empty(), Optional.empty(), query.getOffset(),
                Math.min(query.getLimit(), ArticleQuery.LIMIT_MAX))).stream());
        article.setWidth("22em");
        ComboBox<CitedRecord> target = new ComboBox<>(texts.get("cite.on"), targets(record, ctx));
        target.setId("knowledge-cite-target");
        target.setItemLabelGenerator(r -> texts.get("record." + r.ref().type()) + ": " + r.name());
        target.setWidth("20em");
        target.getListDataView().getItems().findFirst().ifPresent(target::setValue);
        TextField note = new TextField(texts.get("cite.note"));
        note.setMaxLength(500);
        Span message = new Span();
        message.setId("knowledge-cite-message");
        Button cite = new Button(texts.get("panel.cite"), e -> {
            if (article.getValue() == null || target.getValue() == null) {
                message.setText(texts.get("panel.choose"));
                return;
            }
            try {
                citations.cite(ctx, article.getValue().article().id(), target.getValue().ref(), note.getValue());
                message.setText(texts.get("panel.cited"));
                article.clear();
                note.clear();
                refresh.run();
            } catch (ApiProblem problem) {
                message.setText(texts.get("error." + problem.code()));
            }
        });
        cite.setId("knowledge-cite");
        cite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(article, target, note, cite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout layout = new VerticalLayout(form, message, grid);
        layout.setPadding(false);
        return layout;
    }

    /**
     * The record itself and, on a customer's page, each of its deals and its latest activities the user may see — so a
     * rep who just logged a visit cites the battlecard on that visit.
     */
    private static List<CitedRecord> targets(RecordRef record, PluginContext ctx) {
        List<CitedRecord> targets = new ArrayList<>();
        CitedRecord.resolve(ctx, record).ifPresent(targets::add);
        if (record.type() == RecordType.ACCOUNT) {
            ctx.opportunities().ofCustomer(record.id(), 50).forEach(o -> targets.add(new CitedRecord(
                    new RecordRef(RecordType.OPPORTUNITY, o.id()), o.name(), o.customerId(), Optional.of(o.id()))));
            ctx.activities().ofCustomer(record.id(), 20).forEach(a -> targets.add(new CitedRecord(
                    new RecordRef(RecordType.ACTIVITY, a.id()), a.subject(), a.customerId(), a.opportunityId())));
        }
        return targets;
    }
}
