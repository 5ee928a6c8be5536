package org.telerad.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The UI jar only serves files: it talks to the rest of Telerad through the REST APIs, never through Java. */
class UiBoundaryTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.telerad.ui");

    @Test
    void the_ui_imports_no_other_telerad_module() {
        noClasses().that().resideInAPackage("org.telerad.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("org.telerad.registry..", "org.telerad.routing..", "org.telerad.sla..",
                        "org.telerad.reporting..", "org.telerad.shared..")
                .check(classes);
    }

    @Test
    void the_ui_needs_no_jax_rs_nor_persistence() {
        noClasses().that().resideInAPackage("org.telerad.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..").check(classes);
    }
}
