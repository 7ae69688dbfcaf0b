package io.tacitcrm.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.tacitcrm.analytics.Texts;
import io.tacitcrm.analytics.playbook.Condition;
import io.tacitcrm.analytics.playbook.PlaybookRule;
import io.tacitcrm.analytics.playbook.Playbooks;
import io.tacitcrm.analytics.playbook.RuleWords;
import java.util.Optional;
import java.util.function.Consumer;

/** Edits one rule of a draft: its wording and thresholds, bound to a {@link RuleForm}; saving hands the change on. */
final class RuleDialog {

    private static final int MAX_WORDING = 500;

    private RuleDialog() {
    }

    static void open(PlaybookRule rule, RuleWords words, Texts texts, Consumer<Playbooks.RuleEdit> onSave) {
        Dialog dialog = new Dialog(texts.get("rule.edit.title"));
        dialog.setId("rule-dialog");
        TextArea wording = new TextArea(texts.get("rule.edit.wording"));
        wording.setPlaceholder(words.condition(rule.condition()));
        wording.setMaxLength(MAX_WORDING);
        wording.setWidthFull();
        IntegerField atLeast = new IntegerField(texts.get(rule.condition() instanceof Condition.People
                ? "rule.edit.people" : "rule.edit.at-least"));
        IntegerField days = new IntegerField(texts.get(rule.condition() instanceof Condition.Cadence
                ? "rule.edit.gap" : "rule.edit.within"));
        atLeast.setVisible(!(rule.condition() instanceof Condition.Cadence));
        days.setVisible(!(rule.condition() instanceof Condition.People));
        days.setClearButtonVisible(true);
        Binder<RuleForm> binder = new Binder<>(RuleForm.class);
        binder.forField(wording).bind("wording");
        binder.forField(atLeast).withValidator(n -> !atLeast.isVisible() || n != null && n >= 1 && n <= 20,
                texts.get("rule.edit.range", 1, 20)).bind("atLeast");
        binder.forField(days).withValidator(n -> !days.isVisible() || n == null
                        && rule.condition() instanceof Condition.Activity || n != null && n >= 1 && n <= 90,
                texts.get("rule.edit.range", 1, 90)).bind("days");
        binder.readRecord(form(rule));
        Button save = new Button(texts.get("rule.edit.save"), e -> {
            try {
                RuleForm changed = binder.writeRecord();
                onSave.accept(new Playbooks.RuleEdit(rule.id(), Optional.ofNullable(changed.wording()),
                        Optional.ofNullable(changed.atLeast()), Optional.ofNullable(changed.days()),
                        changed.days() == null, Optional.empty()));
                dialog.close();
            } catch (ValidationException invalid) {
                // each message stands next to its field
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.get("rule.edit.cancel"), e -> dialog.close());
        dialog.add(new FormLayout(wording, atLeast, days));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private static RuleForm form(PlaybookRule rule) {
        String wording = rule.wording().orElse("");
        return switch (rule.condition()) {
            case Condition.Activity a -> new RuleForm(wording, a.atLeast(), a.withinDays().isPresent()
                    ? a.withinDays().getAsInt() : null);
            case Condition.People p -> new RuleForm(wording, p.atLeast(), null);
            case Condition.Cadence c -> new RuleForm(wording, null, c.maxGapDays());
        };
    }
}
