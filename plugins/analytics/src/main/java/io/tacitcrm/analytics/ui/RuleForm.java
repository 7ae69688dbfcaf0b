package io.tacitcrm.analytics.ui;

/**
 * A manager's change to one rule: its wording (empty for the generated one), how many footprints (or people) it asks
 * for, and within how many days of entering the stage (empty: before the next stage) — or, for a cadence, the longest
 * gap.
 */
public record RuleForm(String wording, Integer atLeast, Integer days) {
}
