package io.tacitcrm.ui.ops;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.tacitcrm.ops.service.TenantOperations;
import io.tacitcrm.ui.shell.FormDialog;

/** Suspending a workspace, with the reason its administrators will read. */
class SuspendDialog extends FormDialog<SuspendForm> {

    SuspendDialog(String workspace, Save<SuspendForm> save, Runnable onSaved) {
        super(SuspendForm.class, "ops-suspend", "ops.suspended", save, onSaved);
        setHeaderTitle(getTranslation("ops.suspend.title", workspace));
        setWidth("min(32em, 95vw)");
        TextArea reason = new TextArea(getTranslation("ops.suspend.reason"));
        reason.setWidthFull();
        reason.setId("ops-suspend-reason");
        limited(reason, TenantOperations.REASON_MAX).bind("reason");
        setForm(new VerticalLayout(new Paragraph(getTranslation("ops.suspend.effect")), reason));
        edit(SuspendForm.blank());
        addOpenedChangeListener(e -> reason.focus());
    }
}
