package io.tacitcrm.example.cadence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plugin uses only the partner SDK and what the server provides beside it: a class of the server's own (anything
 * else under io.tacitcrm) may change or vanish in any release, and is not on your class path at run time anyway.
 * A plain JUnit test, so the build counts and reports it.
 */
class SdkOnlyTest {

    /** The compiled main classes, by their folder (a path-based "no tests" filter misfires in nested builds). */
    private static final JavaClasses PLUGIN = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void the_plugin_depends_only_on_the_partner_sdk_the_jdk_and_what_the_server_provides() {
        if (PLUGIN.isEmpty()) {
            throw new AssertionError("no plugin classes were imported");
        }
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(SdkOnlyTest.class.getPackageName() + "..",
                "io.tacitcrm.api..", "java..", "javax.sql..", "org.pf4j..", "com.vaadin..", "jakarta..")
                .check(PLUGIN);
    }
}
