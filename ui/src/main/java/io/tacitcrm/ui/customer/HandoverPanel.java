package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tacitcrm.sales.service.NextStageGap;
import io.tacitcrm.transfer.service.Handover;
import io.tacitcrm.ui.shell.Problems;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the previous owner left: key contacts and their roles, the last footprints, open deals with what each still
 * lacks
 * for its next stage (as of now), and the footprints they had planned. All text is shown as text, never as HTML.
 */
class HandoverPanel extends Composite<VerticalLayout> {

    HandoverPanel(Handover handover, String previousOwner, ZoneId zone) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId("handover");
        JsonObject dossier = Json.createReader(new StringReader(handover.dossier().body())).readObject();
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        Function<String, String> when = text -> times.format(OffsetDateTime.parse(text));
        layout.add(new Paragraph(getTranslation("handover.from", previousOwner)));
        section(layout, "handover.contacts", dossier, "contacts", c -> c.getString("name") + " · "
                + getTranslation("contact.role." + c.getString("decisionRole")) + text(c, "title", " · ") + text(c,
                        "phone", " · "));
        section(layout, "handover.footprints", dossier, "lastFootprints", f -> when.apply(f.getString("occurredAt"))
                + " · "
                + getTranslation("activity.type." + f.getString("type")) + " · " + f.getString("subject") + text(f,
                        "outcome", " → "));
        Map<String, NextStageGap> gaps = handover.nextStages().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue));
        section(layout, "handover.opportunities", dossier, "openOpportunities", o -> o.getString("name") + " · "
                + o.getString("stage")
                + (o.isNull("amount") ? "" : " · " + NumberFormat.getNumberInstance(getLocale())
                        .format(o.getJsonNumber("amount").bigDecimalValue()) + " " + o.getString("currency"))
                + gap(gaps.get(o.getString("id"))));
        section(layout, "handover.planned", dossier, "plannedActivities", p -> when.apply(p.getString("occurredAt"))
                + " · "
                + getTranslation("activity.type." + p.getString("type")) + " · " + p.getString("subject"));
    }

    private String gap(NextStageGap gap) {
        if (gap == null) {
            return "";
        }
        if (gap.unmet().isEmpty()) {
            return " — " + getTranslation("handover.ready", gap.stageName());
        }
        return " — " + getTranslation("stage.unmet", gap.stageName()) + " " + gap.unmet().stream()
                .map(u -> Problems.describe(this.getContent(), u)).collect(Collectors.joining("; "));
    }

    private static String text(JsonObject o, String field, String prefix) {
        return o.containsKey(field) && !o.isNull(field) && !o.getString(field).isBlank() ? prefix + o.getString(field)
                : "";
    }

    private void section(VerticalLayout layout, String title, JsonObject dossier, String field, Function<JsonObject,
            String> line) {
        layout.add(new H4(getTranslation(title)));
        var items = dossier.getJsonArray(field);
        if (items.isEmpty()) {
            layout.add(new Paragraph(getTranslation("handover.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (JsonValue item : items) {
            list.add(new ListItem(line.apply(item.asJsonObject())));
        }
        layout.add(list);
    }
}
