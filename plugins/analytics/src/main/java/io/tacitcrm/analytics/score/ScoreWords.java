package io.tacitcrm.analytics.score;

import io.tacitcrm.analytics.Texts;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;

/** A score's factors in the user's language, with the deal's own value of each ("23 days in this stage"). */
public final class ScoreWords {

    /** Features kept as log(1 + value): shown as the value again. */
    private static final Set<String> LOGGED = Set.of("DAYS_IN_STAGE", "FOOTPRINTS", "LONGEST_GAP", "DAYS_TO_FIRST",
            "DEAL_FOOTPRINTS");

    private final Texts texts;
    private final NumberFormat percent;

    public ScoreWords(Locale locale) {
        this.texts = new Texts(locale);
        this.percent = NumberFormat.getPercentInstance(locale);
    }

    public String factor(WinScores.Factor factor, String stageName) {
        return switch (factor.feature()) {
            case "STAGE" -> texts.get("score.factor.STAGE", stageName);
            case "OWNER_WINS" -> texts.get("score.factor.OWNER_WINS", percent.format(factor.value()));
            default -> texts.get("score.factor." + factor.feature(), Math.round(LOGGED.contains(factor.feature())
                    ? Math.expm1(factor.value()) : factor.value()));
        };
    }

    public String probability(double p) {
        return percent.format(p);
    }
}
