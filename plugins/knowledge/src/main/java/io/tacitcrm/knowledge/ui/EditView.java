package io.tacitcrm.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.ui.ViewContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.MarkdownRenderer;
import io.tacitcrm.knowledge.service.ArticleInput;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/** Writing an article: Markdown on the left, the sanitized preview beside it, every problem shown next to its field. */
@Extension
public class EditView implements ViewContribution {

    private final KnowledgeBase knowledge = new KnowledgeBase();

    @Override
    public String view() {
        return "edit";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).get("edit.title");
    }

    @Override
    public Component create(List<String> parameters, PluginContext ctx) {
        Texts texts = new Texts(ctx.locale());
        Optional<Article> existing = ArticleParameter.of(parameters).map(id -> knowledge.get(ctx, id));
        Map<String, String> categories = Categories.labels(ctx, knowledge, texts);
        TextField title = new TextField(texts.get("article.title"));
        title.setId("knowledge-edit-title");
        title.setWidthFull();
        ComboBox<String> category = new ComboBox<>(texts.get("article.category"), categories.keySet());
        category.setId("knowledge-edit-category");
        category.setItemLabelGenerator(c -> categories.getOrDefault(c, c));
        TextField tags = new TextField(texts.get("article.tags"));
        tags.setId("knowledge-edit-tags");
        tags.setHelperText(texts.get("edit.tags-help"));
        tags.setWidthFull();
        TextArea body = new TextArea(texts.get("article.body"));
        body.setId("knowledge-edit-body");
        body.setWidthFull();
        body.setMinHeight("18em");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        Div preview = new Div();
        preview.setId("knowledge-preview");
        preview.addClassName("tacit-article");
        body.addValueChangeListener(e -> preview.getElement().setProperty("innerHTML",
                MarkdownRenderer.toSafeHtml(e.getValue())));
        existing.ifPresent(a -> {
            title.setValue(a.title());
            category.setValue(a.category());
            tags.setValue(String.join(", ", a.tags()));
            body.setValue(a.body());
        });
        Div message = new Div();
        message.setId("knowledge-edit-message");
        Map<String, HasValidation> fields = Map.of("title", title, "category", category, "tags", tags, "body", body);
        Button save = new Button(texts.get("edit.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            message.setText("");
            ArticleInput input = new ArticleInput(title.getValue(), category.getValue(),
                    Arrays.stream(tags.getValue().split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                    body.getValue());
            try {
                Article saved = existing.map(a -> knowledge.edit(ctx, a.id(), a.version(), input))
                        .orElseGet(() -> knowledge.create(ctx, input));
                UI.getCurrent().navigate(ctx.viewPath("article", saved.id().toString()));
            } catch (ApiProblem problem) {
                problem.fields().forEach(f -> {
                    HasValidation field = fields.get(f.field().replaceAll("\\[.*", ""));
                    if (field != null) {
                        field.setErrorMessage(texts.get("error." + f.code()));
                        field.setInvalid(true);
                    }
                });
                message.setText(problem.fields().isEmpty() ? problem.getMessage() : texts.get("edit.fix"));
            }
        });
        save.setId("knowledge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(title, new HorizontalLayout(category, tags), body);
        form.setPadding(false);
        VerticalLayout side = new VerticalLayout(new H3(texts.get("edit.preview")), preview);
        side.setPadding(false);
        HorizontalLayout columns = new HorizontalLayout(form, side);
        columns.setWidthFull();
        columns.setFlexGrow(1, form);
        columns.setFlexGrow(1, side);
        VerticalLayout layout = new VerticalLayout(new H2(existing.map(a -> texts.get("edit.title"))
                .orElse(texts.get("edit.new"))),
                columns, message, save);
        layout.setPadding(false);
        layout.setWidthFull();
        return layout;
    }
}
