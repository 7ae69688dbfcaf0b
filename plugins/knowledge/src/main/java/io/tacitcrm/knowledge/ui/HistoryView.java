package io.tacitcrm.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.ViewContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.ArticleVersion;
import io.tacitcrm.knowledge.domain.VersionNote;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/** Every version of an article: who changed what and when, the diff of each, and restoring an old one. */
@Extension
public class HistoryView implements ViewContribution {

    private final KnowledgeBase knowledge = new KnowledgeBase();

    @Override
    public String view() {
        return "history";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("history.title");
    }

    @Override
    public Component create(List<String> parameters, PluginContext ctx) {
        Texts texts = new Texts(ctx.locale());
        Article article = knowledge.get(ctx, ArticleParameter.of(parameters).orElseThrow(KnowledgeBase::noSuchArticle));
        List<ArticleVersion> versions = knowledge.versions(ctx, article.id());
        Map<UUID, String> names = ctx.users().names(versions.stream().map(ArticleVersion::editedBy)
                .collect(Collectors.toSet()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(ctx.locale())
                .withZone(ctx.zone());
        Grid<ArticleVersion> grid = new Grid<>();
        grid.setId("knowledge-versions");
        grid.addColumn(ArticleVersion::version).setHeader(texts.get("history.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> texts.get("status." + v.status())).setHeader(texts.get("article.status"))
                .setAutoWidth(true);
        grid.addColumn(v -> names.getOrDefault(v.editedBy(), "")).setHeader(texts.get("history.by")).setAutoWidth(true);
        grid.addColumn(v -> when.format(v.editedAt())).setHeader(texts.get("history.when")).setAutoWidth(true);
        grid.addColumn(v -> VersionNote.restoredVersion(v.note()).map(n -> texts.get("history.note.restored", n))
                .orElseGet(() -> texts.get("history.note." + v.note()))).setHeader(texts.get("history.note"));
        grid.setItems(versions);
        grid.setAllRowsVisible(versions.size() <= 10);
        if (versions.size() > 10) {
            grid.setHeight("22em");
        }
        Pre diff = new Pre();
        diff.setId("knowledge-diff");
        diff.addClassName("tacit-diff");
        Button restore = new Button(texts.get("history.restore"));
        restore.setId("knowledge-restore");
        restore.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            restore.setEnabled(e.getValue() != null && e.getValue().version() != article.version());
            diff.setText(e.getValue() == null ? "" : knowledge.version(ctx, article.id(), e.getValue().version())
                    .diff());
        });
        restore.addClickListener(e -> {
            try {
                knowledge.restore(ctx, article.id(), grid.asSingleSelect().getValue().version(), article.version());
                UI.getCurrent().navigate(ctx.viewPath("article", article.id().toString()));
            } catch (ApiProblem problem) {
                Notification.show(problem.getMessage());
            }
        });
        VerticalLayout layout = new VerticalLayout(new H2(texts.get("history.of", article.title())), grid, restore,
                diff);
        layout.setPadding(false);
        layout.setWidthFull();
        return layout;
    }
}
