package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.tacitcrm.ui.shell.FormDialog;
import java.util.List;

/** Switching a module on for every active workspace of a plan. */
class PlanTargetDialog extends FormDialog<PlanTargetForm> {

    PlanTargetDialog(String pluginId, List<String> plans, Save<PlanTargetForm> save, Runnable onSaved) {
        super(PlanTargetForm.class, "ops-plugin-plan", "ops.plugins.switched", save, onSaved);
        setHeaderTitle(getTranslation("ops.plugins.enable.title", pluginId));
        setWidth("min(30em, 95vw)");
        Select<String> plan = new Select<>();
        plan.setLabel(getTranslation("ops.tenant.plan"));
        plan.setItems(plans);
        plan.setId("ops-plugin-plan-choice");
        plan.setWidthFull();
        binder.forField(plan).bind("plan");
        setForm(new VerticalLayout(new Paragraph(getTranslation("ops.plugins.enable.effect")), plan));
        edit(PlanTargetForm.blank());
    }
}
