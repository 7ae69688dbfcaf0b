package io.tacitcrm.plugin.service;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * A plugin's logger: the JDK's platform logger named {@code tacit.plugin.<id>} (on Liberty it writes to the server's
 * log), with every line starting with {@code [<id>]}.
 */
record PluginLog(String pluginId, System.Logger delegate) implements System.Logger {

    static PluginLog of(String pluginId) {
        return new PluginLog(pluginId, System.getLogger("tacit.plugin." + pluginId));
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
        return delegate.isLoggable(level);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        delegate.log(level, bundle, prefixed(message), thrown);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... parameters) {
        delegate.log(level, bundle, prefixed(format), parameters);
    }

    @Override
    public void log(Level level, Supplier<String> message) {
        delegate.log(level, () -> prefixed(message.get()));
    }

    @Override
    public void log(Level level, Supplier<String> message, Throwable thrown) {
        delegate.log(level, () -> prefixed(message.get()), thrown);
    }

    private String prefixed(String message) {
        return "[" + pluginId + "] " + message;
    }
}
