package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.tacitcrm.ops.service.TenantOperations;
import io.tacitcrm.ui.shell.FormDialog;

/** Scheduling a workspace's deletion: the reason its administrators read, and the override of the export rule. */
class DeletionDialog extends FormDialog<DeletionForm> {

    DeletionDialog(String workspace, Save<DeletionForm> save, Runnable onSaved) {
        super(DeletionForm.class, "ops-delete", "ops.delete-scheduled", save, onSaved);
        setHeaderTitle(getTranslation("ops.delete.title", workspace));
        setWidth("min(34em, 95vw)");
        TextArea reason = new TextArea(getTranslation("ops.delete.reason"));
        reason.setWidthFull();
        reason.setId("ops-delete-reason");
        limited(reason, TenantOperations.REASON_MAX).bind("reason");
        Checkbox withoutExport = new Checkbox(getTranslation("ops.delete.without-export"));
        withoutExport.setId("ops-delete-without-export");
        binder.forField(withoutExport).bind("withoutExport");
        IntegerField graceDays = new IntegerField(getTranslation("ops.delete.grace-days"));
        graceDays.setId("ops-delete-grace");
        graceDays.setMin(0);
        graceDays.setMax(365);
        graceDays.setStepButtonsVisible(true);
        binder.forField(graceDays).bind("graceDays");
        setForm(new VerticalLayout(new Paragraph(getTranslation("ops.delete.effect")), reason, graceDays,
                withoutExport));
        edit(DeletionForm.blank());
        addOpenedChangeListener(e -> reason.focus());
    }
}
