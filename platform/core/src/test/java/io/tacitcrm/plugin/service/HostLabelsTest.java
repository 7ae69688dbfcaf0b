package io.tacitcrm.plugin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.api.CoreLinks;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HostLabelsTest {

    private final Map<String, String> chinese = Map.of("activity.type.VISIT", "拜访", "process.kind.WON", "赢单",
            "activity.status.DONE", "已完成", "contact.role.DECISION_MAKER", "决策者");
    private final CodeLabels words = (key, locale) -> Optional.ofNullable(
            Locale.SIMPLIFIED_CHINESE.equals(locale) ? chinese.get(key) : null);

    @Test
    void codes_are_said_in_the_callers_language_and_unknown_ones_as_they_are() {
        HostLabels labels = new HostLabels(words, Locale.SIMPLIFIED_CHINESE);

        assertEquals("拜访", labels.activityType("VISIT"));
        assertEquals("赢单", labels.stageKind("WON"));
        assertEquals("已完成", labels.activityStatus("DONE"));
        assertEquals("决策者", labels.decisionRole("DECISION_MAKER"));
        assertEquals("TELEPATHY", labels.activityType("TELEPATHY"));
        assertEquals("VISIT", new HostLabels(words, Locale.GERMAN).activityType("VISIT"));
    }

    @Test
    void links_name_the_core_pages_a_plugin_may_send_a_user_to() {
        UUID customer = UUID.fromString("0d6f6e2c-5f7c-4b7e-9c8a-1b2c3d4e5f60");
        UUID deal = UUID.fromString("1d6f6e2c-5f7c-4b7e-9c8a-1b2c3d4e5f61");
        CoreLinks links = new CoreLinks();

        assertEquals("customers/" + customer, links.customer(customer));
        assertEquals("customers/" + customer + "?deal=" + deal, links.opportunity(customer, deal));
        assertEquals("pipeline", links.pipeline());
    }
}
