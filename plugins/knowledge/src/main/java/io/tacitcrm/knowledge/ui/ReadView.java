package io.tacitcrm.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.ViewContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.ArticleStatus;
import io.tacitcrm.knowledge.domain.Citation;
import io.tacitcrm.knowledge.domain.MarkdownRenderer;
import io.tacitcrm.knowledge.service.Citations;
import io.tacitcrm.knowledge.service.CitedRecord;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/** One article: its sanitized rendering, where it was cited and how those deals ended, and what the reader may do. */
@Extension
public class ReadView implements ViewContribution {

    private final KnowledgeBase knowledge = new KnowledgeBase();
    private final Citations citations = new Citations();

    @Override
    public String view() {
        return "article";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("read.title");
    }

    @Override
    public Component create(List<String> parameters, PluginContext ctx) {
        Texts texts = new Texts(ctx.locale());
        try {
            Article article = knowledge.get(ctx, ArticleParameter.of(parameters)
                    .orElseThrow(KnowledgeBase::noSuchArticle));
            return render(article, ctx, texts);
        } catch (ApiProblem missing) {
            Span none = new Span(texts.get("read.missing"));
            none.setId("knowledge-missing");
            return none;
        }
    }

    private Component render(Article a, PluginContext ctx, Texts texts) {
        Map<String, String> categories = Categories.labels(ctx, knowledge, texts);
        H2 title = new H2(a.title());
        title.setId("knowledge-title");
        Span meta = new Span(categories.getOrDefault(a.category(), a.category()) + " · " + texts.get("status."
                + a.status())
                + " · " + texts.get("read.version", a.version())
                + (a.tags().isEmpty() ? "" : " · " + String.join(", ", a.tags())));
        meta.setId("knowledge-meta");
        Div body = new Div();
        body.setId("knowledge-body");
        body.addClassName("tacit-article");
        // sanitized by MarkdownRenderer: no script, event handler or javascript: link survives
        body.getElement().setProperty("innerHTML", MarkdownRenderer.toSafeHtml(a.body()));
        HorizontalLayout actions = new HorizontalLayout(
                new Button(texts.get("read.edit"), e -> UI.getCurrent().navigate(ctx.viewPath("edit", a.id()
                        .toString()))),
                new Button(texts.get("read.history"), e -> UI.getCurrent().navigate(ctx.viewPath("history", a.id()
                        .toString()))));
        if (ctx.requireUser().has(KnowledgeBase.PUBLISH)) {
            if (a.status() != ArticleStatus.PUBLISHED) {
                actions.add(transition(texts.get("read.publish"), ctx, texts, () -> knowledge.publish(ctx, a.id())));
            }
            if (a.status() != ArticleStatus.ARCHIVED) {
                actions.add(transition(texts.get("read.archive"), ctx, texts, () -> knowledge.archive(ctx, a.id())));
            }
        }
        VerticalLayout layout = new VerticalLayout(title, meta, actions, body, usage(a.id(), ctx, texts));
        layout.setPadding(false);
        layout.setWidthFull();
        return layout;
    }

    private Button transition(String label, PluginContext ctx, Texts texts, Supplier<Article> change) {
        Button button = new Button(label, e -> {
            try {
                Article changed = change.get();
                UI.getCurrent().navigate(ctx.viewPath("article", changed.id().toString()));
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (ApiProblem problem) {
                Notification.show(problem.getMessage());
            }
        });
        button.setId("knowledge-" + label.toLowerCase(Locale.ROOT).replaceAll("\\W+", "-"));
        return button;
    }

    private Component usage(UUID article, PluginContext ctx, Texts texts) {
        Citations.Usage usage = citations.usage(ctx, article);
        NumberFormat percent = NumberFormat.getPercentInstance(ctx.locale());
        Span summary = new Span(texts.get("read.usage", usage.citations(), usage.opportunities().won(),
                usage.opportunities().lost(), usage.winRate().map(percent::format).orElse("–")));
        summary.setId("knowledge-usage");
        Citations.ArticleCitations ofArticle = citations.ofArticle(ctx, article);
        List<Citation> cited = ofArticle.visible();
        Span hidden = new Span(texts.get("cite.hidden-count", ofArticle.hidden()));
        hidden.setId("knowledge-cited-hidden");
        hidden.setVisible(ofArticle.hidden() > 0);
        Map<UUID, String> names = ctx.users().names(cited.stream().map(Citation::citedBy).collect(Collectors.toSet()));
        Map<UUID, String> records = new HashMap<>();
        cited.forEach(c -> records.put(c.id(), CitedRecord.resolve(ctx, c.record()).map(CitedRecord::name)
                .orElse(texts.get("cite.hidden"))));
        DateTimeFormatter when = DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.SHORT).withLocale(ctx.locale()).withZone(ctx.zone());
        Grid<Citation> grid = new Grid<>();
        grid.setId("knowledge-cited-on");
        grid.addColumn(c -> texts.get("record." + c.record().type())).setHeader(texts.get("cite.on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> records.get(c.id())).setHeader(texts.get("cite.record")).setFlexGrow(2);
        grid.addColumn(c -> names.getOrDefault(c.citedBy(), "")).setHeader(texts.get("cite.by")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> when.format(c.citedAt())).setHeader(texts.get("cite.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.note()).setHeader(texts.get("cite.note")).setFlexGrow(1);
        grid.setItems(cited);
        grid.setAllRowsVisible(true);
        grid.setVisible(!cited.isEmpty());
        VerticalLayout box = new VerticalLayout(new H3(texts.get("read.cited")), summary, grid, hidden);
        box.setPadding(false);
        return box;
    }
}
