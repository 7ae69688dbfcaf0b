package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.html.Div;
import io.tacitcrm.tenancy.service.PlanStatus;
import java.util.OptionalInt;

/** The workspace's plan in one line, with what it uses of each limit: "Plan Standard · users 3 of 10 · …". */
class PlanLine extends Div {

    PlanLine() {
        setId("plan-line");
        addClassName("tacit-user");
    }

    void show(PlanStatus status) {
        var limits = status.limits();
        setText(getTranslation("plan.line", limits.name(), figure(status.activeUsers(), limits.maxUsers()),
                figure(status.customers(), limits.maxCustomers())));
    }

    private String figure(long current, OptionalInt limit) {
        return limit.isPresent() ? getTranslation("plan.of", current, limit.getAsInt())
                : getTranslation("plan.unlimited", current);
    }
}
