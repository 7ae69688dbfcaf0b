package io.tacitcrm.plugin.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which threads a plugin started itself, told by where each thread began: the first frame from the bottom of its
 * stack that is not the JDK's. A thread the plugin started runs the plugin's code there; the host's own threads (the
 * server's request threads, the host's plugin workers) begin in server or host code, even while they run a call into
 * a plugin. A thread of a plugin's own executor counts while it works on the plugin's task; idle, its stack is all
 * JDK and it is not seen.
 */
final class PluginThreads {

    private PluginThreads() {
    }

    /** The live threads of each plugin, by plugin id; {@code pluginOf} names the plugin a class belongs to. */
    static <T> Map<String, List<T>> byPlugin(Map<T, StackTraceElement[]> stacks,
            Function<String, Optional<String>> pluginOf) {
        Map<String, List<T>> owned = new HashMap<>();
        stacks.forEach((thread, stack) -> entry(stack).flatMap(pluginOf)
                .ifPresent(plugin -> owned.computeIfAbsent(plugin, p -> new ArrayList<>()).add(thread)));
        return owned;
    }

    /** The class where the thread began, below everything the JDK runs. */
    private static Optional<String> entry(StackTraceElement[] stack) {
        for (int i = stack.length - 1; i >= 0; i--) {
            String type = stack[i].getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
