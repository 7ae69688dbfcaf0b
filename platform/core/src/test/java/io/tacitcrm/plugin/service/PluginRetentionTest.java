package io.tacitcrm.plugin.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PluginRetentionTest {

    private static final int MIB = 1 << 20;
    /** Stands for the plugin's classes in these tests. */
    private static final Predicate<Class<?>> OURS = type -> type.getName().startsWith(
            PluginRetentionTest.class.getName());

    /** A plugin class keeping what it was given in a static list, like a cache that never forgets. */
    static final class Hoarder {
        static final List<byte[]> HELD = new ArrayList<>();
    }

    /** A plugin object holding a host service and a map of its own. */
    record Module(HostService host, Map<String, Object> notes) {
    }

    /** The host's: not the plugin's to be charged for. */
    static final class HostService {
        final byte[] big = new byte[8 * MIB];
    }

    @Test
    void what_a_plugin_class_keeps_in_a_static_field_is_counted() {
        synchronized (Hoarder.HELD) {
            Hoarder.HELD.clear();
            for (int i = 0; i < 10; i++) {
                Hoarder.HELD.add(new byte[MIB]);
            }
            long held = PluginRetention.bytesHeld(List.of(Hoarder.class), OURS, 1_000_000);
            assertTrue(held >= 10L * MIB && held < 11L * MIB, "ten megabytes, seen: " + held);
            Hoarder.HELD.clear();
        }
    }

    @Test
    void an_object_of_the_host_is_counted_but_not_followed() {
        Map<String, Object> notes = new HashMap<>();
        notes.put("a", new long[MIB / 8]);
        Module module = new Module(new HostService(), notes);
        long held = PluginRetention.bytesHeld(List.of(module), type -> type == Module.class, 1_000_000);
        assertTrue(held >= MIB && held < 2L * MIB, "the megabyte in its notes, not the host's eight: " + held);
    }

    @Test
    void cycles_are_walked_once_and_the_walk_stops_at_its_limit() {
        List<Object> ring = new ArrayList<>();
        ring.add(ring);
        ring.add(new byte[MIB]);
        long once = PluginRetention.bytesHeld(List.of(ring, ring), OURS, 1_000_000);
        assertTrue(once >= MIB && once < 2L * MIB, "the cycle's megabyte once: " + once);

        List<byte[]> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new byte[1024]);
        }
        long bounded = PluginRetention.bytesHeld(List.of(many), OURS, 10);
        assertTrue(bounded < 20 * 1024, "stopped after ten objects: " + bounded);
    }
}
