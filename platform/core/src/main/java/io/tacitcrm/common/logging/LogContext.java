package io.tacitcrm.common.logging;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Who a log line was written for: names this thread carries onto every line it writes. Liberty's JSON log shows them
 * as {@code ext_tenant} and {@code ext_requestId}, so an operator can follow one request or one workspace through
 * the log. Outside Liberty (unit tests) it keeps nothing.
 */
public final class LogContext {

    /** The workspace's id (never its name). */
    public static final String TENANT = "tenant";
    /** The request's id, as answered in {@code X-Request-Id}. */
    public static final String REQUEST = "requestId";

    private static final boolean IN_LIBERTY = liberty();

    private LogContext() {
    }

    public static void put(String name, String value) {
        if (IN_LIBERTY) {
            LogRecordContext.addExtension(name, value);
        }
    }

    /** The names this thread carries now. */
    public static Map<String, String> current() {
        Map<String, String> names = new HashMap<>();
        if (IN_LIBERTY) {
            LogRecordContext.getExtensions(names);
        }
        return names;
    }

    /** Makes this thread carry exactly these names (an empty map clears them). */
    public static void restore(Map<String, String> names) {
        if (IN_LIBERTY) {
            current().keySet().stream().filter(n -> !names.containsKey(n)).forEach(LogRecordContext::removeExtension);
            names.forEach(LogRecordContext::addExtension);
        }
    }

    /** The work, run on another thread with the names this thread carries now (that thread's own come back after). */
    public static <T> Callable<T> carried(Callable<T> work) {
        Map<String, String> names = current();
        if (names.isEmpty()) {
            return work;
        }
        return () -> {
            Map<String, String> before = current();
            restore(names);
            try {
                return work.call();
            } finally {
                restore(before);
            }
        };
    }

    private static boolean liberty() {
        try {
            Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext", false, LogContext.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
