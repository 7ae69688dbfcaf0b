package io.tacitcrm.plugin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class PluginLogTest {

    @Test
    void every_line_a_plugin_writes_names_the_plugin_and_lands_under_its_logger() {
        List<LogRecord> written = new ArrayList<>();
        Logger jul = Logger.getLogger("tacit.plugin.cadence");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                written.add(entry);
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        jul.addHandler(capture);
        try {
            System.Logger log = PluginLog.of("cadence");
            log.log(System.Logger.Level.INFO, "nightly run found {0} overdue customers", 12);
            log.log(System.Logger.Level.WARNING, () -> "threshold unset", new IllegalStateException("x"));
        } finally {
            jul.removeHandler(capture);
        }

        assertEquals(2, written.size());
        assertEquals("tacit.plugin.cadence", written.getFirst().getLoggerName());
        assertEquals("[cadence] nightly run found {0} overdue customers", written.getFirst().getMessage());
        assertEquals("[cadence] threshold unset", written.get(1).getMessage());
    }
}
