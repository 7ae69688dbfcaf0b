package io.tacitcrm.ui.home;

import com.vaadin.flow.component.Component;
import io.tacitcrm.api.ui.DashboardWidget.Size;
import java.util.function.Supplier;

/**
 * A card of the home page, the core's or a module's: its key in the user's layout ({@code core:my-day},
 * {@code visit-cadence:overdue}), heading, width, and its content, built only when shown.
 */
record HomeCard(String key, String title, Size size, Supplier<Component> content) {
}
