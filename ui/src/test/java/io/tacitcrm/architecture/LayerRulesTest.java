package io.tacitcrm.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import io.tacitcrm.ui.shell.DatePickers;
import io.tacitcrm.ui.shell.FormDialog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers honest (DESIGN §1): the partner API stands alone, domains stay pure, the UI uses services only.
 * Plain JUnit tests (not the ArchUnit engine) so that every rule is counted and reported by the build.
 */
class LayerRulesTest {

    /** The core's features, each a top-level package beside the kernel {@code common}. */
    private static final Set<String> CORE_FEATURES = Set.of("access", "activity", "agenda", "audit", "common",
            "customer", "exchange", "home", "identity", "mail", "ops", "plugin", "sales", "sample", "search",
            "tenancy", "transfer");
    /** A core class's feature: the package right below {@code io.tacitcrm}. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            return parts.length > 2 && CORE_FEATURES.contains(parts[2]) ? SliceIdentifier.of(parts[2])
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the core's features";
        }
    };

    private static final JavaClasses TACIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the plugins' own tests arrive as test jars (the server's build runs them): not production code
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.tacitcrm");

    @Test
    void all_modules_are_analysed() {
        if (TACIT.stream().noneMatch(c -> c.getPackageName().startsWith("io.tacitcrm.customer"))
                || TACIT.stream().noneMatch(c -> c.getPackageName().startsWith("io.tacitcrm.ui"))
                || TACIT.stream().noneMatch(c -> c.getPackageName().startsWith("io.tacitcrm.knowledge"))) {
            throw new AssertionError("core, ui and knowledge-plugin classes must all be imported");
        }
    }

    @Test
    void the_partner_api_depends_on_no_other_tacit_module() {
        classes().that().resideInAPackage("io.tacitcrm.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.tacitcrm.api..", "java..", "org.pf4j",
                        "com.vaadin.flow..").check(TACIT);
    }

    @Test
    void the_knowledge_plugin_reaches_the_core_only_through_the_partner_api() {
        onlyThroughTheApi("io.tacitcrm.knowledge..");
    }

    @Test
    void the_analytics_plugin_reaches_the_core_only_through_the_partner_api() {
        if (TACIT.stream().noneMatch(c -> c.getPackageName().startsWith("io.tacitcrm.analytics"))) {
            throw new AssertionError("the analytics plugin's classes must be imported");
        }
        onlyThroughTheApi("io.tacitcrm.analytics..");
    }

    @Test
    void the_kernel_common_depends_on_no_feature() {
        noClasses().that().resideInAPackage("io.tacitcrm.common..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.tacitcrm..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("io.tacitcrm.common.."))))
                .check(TACIT);
    }

    @Test
    void the_core_features_depend_on_each_other_one_way() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(TACIT);
    }

    /**
     * Operators see metadata and counts, never a workspace's records: the operators' realm reaches none of the
     * features that hold them.
     */
    @Test
    void the_operators_realm_reaches_no_feature_holding_records() {
        noClasses().that().resideInAPackage("io.tacitcrm.ops..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tacitcrm.customer..", "io.tacitcrm.sales..",
                        "io.tacitcrm.activity..", "io.tacitcrm.access..", "io.tacitcrm.transfer..",
                        "io.tacitcrm.exchange..", "io.tacitcrm.agenda..", "io.tacitcrm.search..",
                        "io.tacitcrm.home..", "io.tacitcrm.sample..", "io.tacitcrm.api..")
                .check(TACIT);
    }

    private static void onlyThroughTheApi(String plugin) {
        noClasses().that().resideInAPackage(plugin)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.tacitcrm..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("io.tacitcrm.api..",
                                plugin))))
                .check(TACIT);
    }

    @Test
    void domain_code_imports_no_rest_ui_or_infrastructure() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "io.tacitcrm.ui..", "..infrastructure..",
                        "jakarta.ws.rs..", "com.vaadin..", "java.sql..").check(TACIT);
    }

    @Test
    void services_do_not_reach_into_rest_or_ui() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "io.tacitcrm.ui..", "jakarta.ws.rs..",
                        "com.vaadin..")
                .check(TACIT);
    }

    @Test
    void the_ui_talks_to_services_never_to_the_database() {
        noClasses().that().resideInAPackage("io.tacitcrm.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..",
                        "..infrastructure..", "org.eclipse.persistence..").check(TACIT);
    }

    @Test
    void rest_resources_use_services_not_repositories_or_entity_managers() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "jakarta.persistence..")
                        .check(TACIT);
    }

    /**
     * One instance of each resource serves every request (building one per request through the container's injection
     * was ~9 % of the server's CPU, docs/performance.md): what a request brings is passed to the method, and a
     * resource's fields hold only what it was given once.
     */
    @Test
    void rest_resources_are_shared_and_keep_no_request_in_their_fields() {
        classes().that().areAnnotatedWith(Path.class).and().areNotInterfaces()
                .should().beAnnotatedWith(ApplicationScoped.class).check(TACIT);
        fields().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .should().beFinal().orShould().beAnnotatedWith(Inject.class).check(TACIT);
    }

    @Test
    void repository_implementations_are_hidden_behind_domain_interfaces() {
        classes().that().resideInAPackage("..infrastructure..").and().haveSimpleNameStartingWith("Jpa")
                .should().notBePublic().check(TACIT);
    }

    @Test
    void forms_edit_values_and_leave_saving_to_their_opener() {
        // a form that called services itself would decide what saving does and what to refresh after
        noClasses().that().areAssignableTo(FormDialog.class).or().haveSimpleNameEndingWith("Form")
                .and().resideInAPackage("io.tacitcrm.ui..")
                .should().dependOnClassesThat().areAnnotatedWith(ApplicationScoped.class)
                .check(TACIT);
    }

    /**
     * The server runs without MicroProfile OpenAPI (the core's document is written at build time): only the build's
     * filter may use its model and factory, and nothing the server runs may load that filter.
     */
    @Test
    void only_the_build_time_document_filter_uses_the_open_api_model() {
        String filter = "io.tacitcrm.common.rest.ApiDocument";
        noClasses().that().doNotHaveFullyQualifiedName(filter).should().dependOnClassesThat()
                .resideInAnyPackage("org.eclipse.microprofile.openapi", "org.eclipse.microprofile.openapi.models..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(filter).check(TACIT);
    }

    @Test
    void the_hosts_date_pickers_come_from_date_pickers() {
        // Vaadin's pickers name months and days in English and start the week on Sunday whatever the locale
        noClasses().that().resideInAPackage("io.tacitcrm.ui..").and().doNotBelongToAnyOf(DatePickers.class)
                .should().callConstructorWhere(target(owner(assignableTo(DatePicker.class)
                        .or(assignableTo(DateTimePicker.class))))).check(TACIT);
    }

    @Test
    void no_one_prints_to_the_console() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(TACIT);
    }
}
