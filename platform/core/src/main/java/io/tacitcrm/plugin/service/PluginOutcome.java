package io.tacitcrm.plugin.service;

import java.util.Optional;

/** What came of one guarded plugin call: its value, or why there is none. */
public sealed interface PluginOutcome<T> {

    record Done<T>(T value) implements PluginOutcome<T> {
    }

    /** The plugin threw ({@code timedOut} false) or ran past the time limit. */
    record Failed<T>(String pluginId, String what, boolean timedOut, String message, Optional<Throwable> cause)
            implements PluginOutcome<T> {
    }
}
