package io.tacitcrm.plugin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginThreadsTest {

    private static final String PLUGIN = "io.tacitcrm.leaky";

    private static Optional<String> pluginOf(String type) {
        return type.startsWith(PLUGIN + ".") ? Optional.of("leaky") : Optional.empty();
    }

    /** A stack as the JVM gives it: the innermost frame first, where the thread began last. */
    private static StackTraceElement[] stack(String... typesInnermostFirst) {
        return Arrays.stream(typesInnermostFirst).map(t -> new StackTraceElement(t, "run", null, 1))
                .toArray(StackTraceElement[]::new);
    }

    @Test
    void a_thread_the_plugin_started_is_its_own_even_while_it_sleeps_in_the_jdk() {
        Map<String, StackTraceElement[]> stacks = new LinkedHashMap<>();
        stacks.put("raw", stack("java.lang.Thread.sleep0", "java.lang.Thread.sleep", PLUGIN + ".Leak$$Lambda",
                "java.lang.Thread.run"));
        stacks.put("its-executor-at-work", stack(PLUGIN + ".Task", "java.util.concurrent.FutureTask",
                "java.util.concurrent.ThreadPoolExecutor$Worker", "java.lang.Thread"));

        assertEquals(Map.of("leaky", List.of("raw", "its-executor-at-work")),
                PluginThreads.byPlugin(stacks, PluginThreadsTest::pluginOf));
    }

    @Test
    void the_hosts_threads_running_a_plugin_call_and_idle_pool_threads_are_nobodys() {
        Map<String, StackTraceElement[]> stacks = new LinkedHashMap<>();
        stacks.put("request", stack(PLUGIN + ".Route", "io.tacitcrm.plugin.service.PluginCalls",
                "com.ibm.ws.threading.internal.ExecutorServiceImpl$RunnableWrapper", "java.lang.Thread"));
        stacks.put("host-worker", stack(PLUGIN + ".Route", "io.tacitcrm.common.logging.LogContext$$Lambda",
                "java.util.concurrent.FutureTask", "java.util.concurrent.ThreadPoolExecutor", "java.lang.Thread"));
        stacks.put("idle", stack("jdk.internal.misc.Unsafe.park", "java.util.concurrent.LinkedBlockingQueue",
                "java.util.concurrent.ThreadPoolExecutor", "java.lang.Thread"));
        stacks.put("no-stack", new StackTraceElement[0]);

        assertEquals(Map.of(), PluginThreads.byPlugin(stacks, PluginThreadsTest::pluginOf));
    }
}
