package io.tacitcrm.plugin.service;

import io.tacitcrm.api.Labels;
import java.util.Locale;

/** {@link Labels} from the screens' translations, in the caller's language; an unknown code is answered as it is. */
record HostLabels(CodeLabels words, Locale locale) implements Labels {

    @Override
    public String activityType(String code) {
        return word("activity.type.", code);
    }

    @Override
    public String activityStatus(String code) {
        return word("activity.status.", code);
    }

    @Override
    public String stageKind(String code) {
        return word("process.kind.", code);
    }

    @Override
    public String decisionRole(String code) {
        return word("contact.role.", code);
    }

    private String word(String prefix, String code) {
        return code == null ? "" : words.label(prefix + code, locale).orElse(code);
    }
}
