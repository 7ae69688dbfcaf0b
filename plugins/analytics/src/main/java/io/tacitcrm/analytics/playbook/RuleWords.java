package io.tacitcrm.analytics.playbook;

import io.tacitcrm.analytics.Texts;
import io.tacitcrm.api.Labels;
import java.text.NumberFormat;
import java.util.Locale;

/** A rule in words of the user's language: the condition, and the figures a manager trusts it by. */
public final class RuleWords {

    private final Texts texts;
    private final Labels labels;
    private final NumberFormat percent;

    public RuleWords(Locale locale, Labels labels) {
        this.texts = new Texts(locale);
        this.labels = labels;
        this.percent = NumberFormat.getPercentInstance(locale);
    }

    /** "In 方案报价: at least 1 × Demo with a decision maker within 5 days of entering the stage". */
    public String rule(String stageName, PlaybookRule rule) {
        return texts.get("rule.in", stageName, body(rule));
    }

    /** What a gate still asks before the deal may leave the stage (late is fine: any time in the stay). */
    public String gate(String stageName, PlaybookRule rule) {
        return texts.get("rule.in", stageName, rule.wording().orElseGet(() -> condition(Guidance.asGate(
                rule.condition()))));
    }

    /** The rule without its stage: the manager's wording, else the condition in words. */
    public String body(PlaybookRule rule) {
        return rule.wording().orElseGet(() -> condition(rule.condition()));
    }

    public String condition(Condition condition) {
        return switch (condition) {
            case Condition.Activity a -> texts.get("rule.activity", a.atLeast(), word(labels.activityType(a.type())),
                    a.role().map(r -> texts.get("rule.with", word(labels.decisionRole(r)))).orElse(""),
                    a.withinDays().isPresent() ? texts.get("rule.within", a.withinDays().getAsInt())
                            : texts.get("rule.before"));
            case Condition.People p -> texts.get("rule.people", p.atLeast());
            case Condition.Cadence c -> texts.get("rule.cadence", c.maxGapDays());
        };
    }

    /** A label inside a sentence: lower case where the language has cases ("a demo with the decision maker"). */
    private String word(String label) {
        return label.toLowerCase(texts.locale());
    }

    /** "(78% of won deals vs 31% of lost; lift 2.4; n = 212)". */
    public String figures(Rule mined) {
        return texts.get("rule.figures", percent.format(mined.wonShare()), percent.format(mined.lostShare()),
                String.format(texts.locale(), "%.1f", mined.lift()), mined.n());
    }
}
