package io.tacitcrm.api;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One per-company setting of your module, described so that the host can show it on <em>Settings → Plugins</em>,
 * serve it on {@code /api/v1/plugins/<id>/settings} and refuse a bad value (422, naming the field) before you ever
 * read it.
 * Read it with {@link PluginSettings#value(String)}: the stored value, or the default until someone changes it.
 * Build one with {@link #integer}, {@link #text}, {@link #flag} or {@link #choice}.
 *
 * @param key          your name for it: lower-case letters, digits, '-' and '.'; stored, so never change it
 * @param kind         what values it takes
 * @param defaultValue the value before anyone changes it (valid for the setting)
 * @param min          the least integer, or the least length of a text
 * @param max          the greatest integer, or the greatest length of a text (at most 4,000)
 * @param choices      the values of a {@link Kind#CHOICE}, each with what it means in the host's language
 * @param label        what it means, in the language the host asked for
 * @param changedBy    the permission code needed to change it ({@code plugins.manage} unless you name one of yours)
 */
@Beta
public record ModuleSetting(String key, Kind kind, String defaultValue, long min, long max, List<Choice> choices,
                            String label, String changedBy) {

    /** What values a setting takes. */
    public enum Kind { TEXT, INTEGER, FLAG, CHOICE }

    /** One value of a choice, stored as {@code value} and shown as {@code label}. */
    public record Choice(String value, String label) {

        public Choice {
            if (value == null || value.isBlank() || label == null || label.isBlank()) {
                throw new IllegalArgumentException("a choice needs a value and a label");
            }
        }
    }

    /** The permission that changes a setting unless the module names another. */
    public static final String PLUGINS_MANAGE = "plugins.manage";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9.-]{0,99}");
    private static final int MAX_TEXT = 4_000;

    public ModuleSetting {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a setting key is lower-case letters, digits, '-' and '.': " + key);
        }
        if (kind == null || label == null || label.isBlank() || changedBy == null || changedBy.isBlank()) {
            throw new IllegalArgumentException("a setting needs a kind, a label and who may change it: " + key);
        }
        choices = List.copyOf(choices);
        if (min > max || (kind == Kind.TEXT && (min < 0 || max > MAX_TEXT))) {
            throw new IllegalArgumentException("bounds out of order for setting " + key);
        }
        if (kind == Kind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("a choice needs choices: " + key);
        }
        if (defaultValue == null || problem(kind, min, max, choices, defaultValue).isPresent()) {
            throw new IllegalArgumentException("the default of " + key + " is not one of its values: " + defaultValue);
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public static ModuleSetting integer(String key, String label, long defaultValue, long min, long max) {
        return new ModuleSetting(key, Kind.INTEGER, Long.toString(defaultValue), min, max, List.of(), label,
                PLUGINS_MANAGE);
    }

    /** A text of at most {@code maxLength} characters (empty allowed). */
    public static ModuleSetting text(String key, String label, String defaultValue, int maxLength) {
        return new ModuleSetting(key, Kind.TEXT, defaultValue, 0, maxLength, List.of(), label, PLUGINS_MANAGE);
    }

    /** On or off ({@code true} / {@code false}). */
    public static ModuleSetting flag(String key, String label, boolean defaultValue) {
        return new ModuleSetting(key, Kind.FLAG, Boolean.toString(defaultValue), 0, 0, List.of(), label,
                PLUGINS_MANAGE);
    }

    /** One of {@code choices} (by value). */
    public static ModuleSetting choice(String key, String label, String defaultValue, List<Choice> choices) {
        return new ModuleSetting(key, Kind.CHOICE, defaultValue, 0, 0, choices, label, PLUGINS_MANAGE);
    }

    /** The values a choice takes. */
    public List<String> values() {
        return choices.stream().map(Choice::value).toList();
    }

    /** The same setting, changed only by holders of {@code permission} (one of your module's, or a core one). */
    public ModuleSetting changedBy(String permission) {
        return new ModuleSetting(key, kind, defaultValue, min, max, choices, label, permission);
    }

    /**
     * Why {@code value} cannot be this setting's value, as a code — {@code setting.not-integer},
     * {@code setting.out-of-range}, {@code setting.too-long}, {@code setting.not-flag},
     * {@code setting.not-a-choice} — or empty when it can.
     */
    public Optional<String> problem(String value) {
        return problem(kind, min, max, choices, value);
    }

    private static Optional<String> problem(Kind kind, long min, long max, List<Choice> choices, String value) {
        if (value == null) {
            return Optional.of("setting.required");
        }
        return switch (kind) {
            case INTEGER -> {
                try {
                    long number = Long.parseLong(value.strip());
                    yield number < min || number > max ? Optional.of("setting.out-of-range") : Optional.empty();
                } catch (NumberFormatException e) {
                    yield Optional.of("setting.not-integer");
                }
            }
            case TEXT -> value.length() > max ? Optional.of("setting.too-long")
                    : value.length() < min ? Optional.of("setting.too-short") : Optional.empty();
            case FLAG -> "true".equals(value) || "false".equals(value) ? Optional.empty()
                    : Optional.of("setting.not-flag");
            case CHOICE -> choices.stream().anyMatch(c -> c.value().equals(value)) ? Optional.empty()
                    : Optional.of("setting.not-a-choice");
        };
    }
}
