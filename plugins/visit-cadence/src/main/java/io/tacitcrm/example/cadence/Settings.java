package io.tacitcrm.example.cadence;

import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.api.PluginContext;
import java.util.List;
import java.util.Locale;

/** The module's settings, described once for the host and read back as a {@link CadenceRule}. */
final class Settings {

    static final String OVERDUE_DAYS = "overdue-days";
    static final String COUNTS = "counts";
    static final String FACE_TO_FACE = "face-to-face";
    static final String ANY = "any";

    private Settings() {
    }

    static List<ModuleSetting> described(Locale locale) {
        Texts texts = new Texts(locale);
        return List.of(ModuleSetting.integer(OVERDUE_DAYS, texts.get("setting.overdue-days"), 30, 1, 365),
                ModuleSetting.choice(COUNTS, texts.get("setting.counts"), FACE_TO_FACE, List.of(
                        new ModuleSetting.Choice(FACE_TO_FACE, texts.get("setting.counts.face-to-face")),
                        new ModuleSetting.Choice(ANY, texts.get("setting.counts.any")))));
    }

    static CadenceRule rule(PluginContext context) {
        return new CadenceRule((int) context.settings().integer(OVERDUE_DAYS),
                ANY.equals(context.settings().value(COUNTS)));
    }
}
