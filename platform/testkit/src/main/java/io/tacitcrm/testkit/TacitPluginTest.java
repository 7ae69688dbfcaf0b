package io.tacitcrm.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a Tacit server with the plugin under test in development mode. Test methods (and
 * constructors) may take a {@link TacitHost} (one server for the whole test run) and a {@link Company} (a new
 * company for each test, its administrator signed in, the plugin switched on).
 *
 * <p>The server comes from {@code tacit.testkit.server} (system property) or {@code TACIT_TESTKIT_SERVER}: the
 * {@code wlp} folder of a Tacit server. The plugin is the project the tests run in (its {@code target/classes},
 * compiled with the filtered {@code plugin.properties}); {@code tacit.testkit.plugins} names other or more project
 * folders, comma-separated.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TacitHostExtension.class)
public @interface TacitPluginTest {
}
