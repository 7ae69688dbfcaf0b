package io.tacitcrm.plugin.domain;

import java.util.List;
import java.util.function.Predicate;

/**
 * Where an active plugin's memory is reached from: its classes (standing for their static fields) and the instances
 * the host keeps of it; {@code owns} tells the plugin's classes from the host's and the JDK's.
 */
public record PluginHeap(List<Object> roots, Predicate<Class<?>> owns) {

    public PluginHeap {
        roots = List.copyOf(roots);
    }
}
