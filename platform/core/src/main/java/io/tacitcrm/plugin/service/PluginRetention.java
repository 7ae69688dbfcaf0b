package io.tacitcrm.plugin.service;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Roughly how much heap a plugin holds: everything reachable from its classes' static fields and from the instances
 * the host keeps of it, followed through the plugin's own objects, arrays and the JDK's collections and maps (read
 * through their public methods, as the JDK's private fields are closed to reflection). Objects of the host's classes
 * are counted but not followed, so that a plugin holding a reference to a host service is not charged for the host.
 * Sizes are estimates of a 64-bit JVM with compressed references: good enough to tell a plugin holding a hundred
 * megabytes from one holding a few.
 */
final class PluginRetention {

    private static final int HEADER = 16;
    private static final int REFERENCE = 4;

    private final Predicate<Class<?>> own;
    private final long maxObjects;
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Object> pending = new ArrayDeque<>();
    private long bytes;

    private PluginRetention(Predicate<Class<?>> own, long maxObjects) {
        this.own = own;
        this.maxObjects = maxObjects;
    }

    /**
     * Bytes reachable from {@code roots} (classes stand for their static fields); {@code own} tells the plugin's
     * classes. Stops after {@code maxObjects} objects, so the figure is then a lower bound.
     */
    static long bytesHeld(Collection<?> roots, Predicate<Class<?>> own, long maxObjects) {
        PluginRetention walk = new PluginRetention(own, maxObjects);
        roots.forEach(walk::reach);
        while (!walk.pending.isEmpty() && walk.seen.size() < maxObjects) {
            walk.visit(walk.pending.pop());
        }
        return walk.bytes;
    }

    private void reach(Object value) {
        if (value != null && seen.add(value)) {
            pending.push(value);
        }
    }

    private void visit(Object value) {
        try {
            if (value instanceof Class<?> type) {
                fields(type, null, true);
            } else if (value.getClass().isArray()) {
                array(value);
            } else if (value instanceof CharSequence text) {
                bytes += HEADER + align(HEADER + text.length());
            } else if (value instanceof Map<?, ?> map) {
                bytes += HEADER + (long) map.size() * (HEADER + 4L * REFERENCE);
                for (Object entry : map.entrySet().toArray()) {
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                    reach(e.getKey());
                    reach(e.getValue());
                }
            } else if (value instanceof Collection<?> items) {
                bytes += HEADER + (long) items.size() * REFERENCE;
                for (Object item : items.toArray()) {
                    reach(item);
                }
            } else if (own.test(value.getClass())) {
                bytes += HEADER;
                for (Class<?> type = value.getClass(); type != null && own.test(type); type = type.getSuperclass()) {
                    fields(type, value, false);
                }
            } else {
                bytes += HEADER; // the host's or the JDK's: counted, not followed
            }
        } catch (RuntimeException | LinkageError changedWhileWalked) {
            // a collection changed under the walk, or a class could not be resolved: count what was seen
        }
    }

    private void array(Object array) {
        Class<?> component = array.getClass().getComponentType();
        int length = Array.getLength(array);
        if (component.isPrimitive()) {
            bytes += align(HEADER + (long) length * width(component));
            return;
        }
        bytes += align(HEADER + (long) length * REFERENCE);
        for (Object element : (Object[]) array) {
            reach(element);
        }
    }

    private void fields(Class<?> type, Object instance, boolean statics) {
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) != statics) {
                continue;
            }
            Class<?> kind = field.getType();
            if (kind.isPrimitive()) {
                bytes += statics ? 0 : width(kind);
            } else {
                bytes += statics ? 0 : REFERENCE;
                if (field.trySetAccessible()) {
                    try {
                        reach(field.get(instance));
                    } catch (IllegalAccessException closed) {
                        // not ours to read
                    }
                }
            }
        }
    }

    private static int width(Class<?> primitive) {
        if (primitive == long.class || primitive == double.class) {
            return 8;
        }
        if (primitive == int.class || primitive == float.class) {
            return 4;
        }
        return primitive == short.class || primitive == char.class ? 2 : 1;
    }

    private static long align(long size) {
        return (size + 7) & ~7L;
    }
}
