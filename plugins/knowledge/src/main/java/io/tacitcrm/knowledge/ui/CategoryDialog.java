package io.tacitcrm.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.util.Map;

/** A workspace's own category (for publishers): a code such as PARTNER and the name people see. */
final class CategoryDialog extends Dialog {

    CategoryDialog(PluginContext ctx, KnowledgeBase knowledge, Texts texts, Runnable onAdded) {
        setHeaderTitle(texts.get("category.new"));
        TextField code = new TextField(texts.get("category.code"));
        code.setId("knowledge-category-code");
        code.setHelperText(texts.get("category.code-help"));
        TextField label = new TextField(texts.get("category.label"));
        label.setId("knowledge-category-label");
        Div message = new Div();
        Map<String, TextField> fields = Map.of("code", code, "label", label);
        Button save = new Button(texts.get("edit.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                knowledge.addCategory(ctx, code.getValue(), label.getValue());
                close();
                onAdded.run();
            } catch (ApiProblem problem) {
                problem.fields().forEach(f -> {
                    TextField field = fields.get(f.field());
                    if (field != null) {
                        field.setErrorMessage(texts.get("error." + f.code()));
                        field.setInvalid(true);
                    }
                });
                message.setText(problem.fields().isEmpty() ? texts.get("error." + problem.code()) : "");
            }
        });
        save.setId("knowledge-category-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(code, label, message);
        getFooter().add(new Button(texts.get("category.cancel"), e -> close()), save);
    }
}
