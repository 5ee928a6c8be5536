package org.telerad.registry.eligibility;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

class EligibilityArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.telerad.registry");

    @Test
    void the_eligibility_domain_knows_no_framework_and_no_other_layer() {
        noClasses().that().resideInAPackage("org.telerad.registry.eligibility.domain..").should()
                .dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "ca.uhn..",
                        "org.hibernate..", "com.fasterxml..", "org.telerad.registry.eligibility.application..",
                        "org.telerad.registry.eligibility.persistence..", "org.telerad.registry.eligibility.rest..")
                .check(CLASSES);
    }

    @Test
    void eligibility_reads_the_registry_records_through_their_tables_not_their_classes() {
        noClasses().that().resideInAPackage("org.telerad.registry.eligibility..").should().dependOnClassesThat()
                .resideInAnyPackage("org.telerad.registry.radiologist..", "org.telerad.registry.license..",
                        "org.telerad.registry.facility..", "org.telerad.registry.privilege..")
                .check(CLASSES);
    }

    @Test
    void the_public_api_depends_on_no_implementation() {
        noClasses().that().resideInAPackage("org.telerad.registry.api..").should().dependOnClassesThat()
                .resideOutsideOfPackages("org.telerad.registry.api..", "org.telerad.shared.problem..", "java..")
                .check(CLASSES);
    }

    @Test
    void only_the_rest_edge_speaks_jax_rs() {
        noClasses().that().resideInAPackage("org.telerad.registry.eligibility..").and()
                .resideOutsideOfPackage("org.telerad.registry.eligibility.rest..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..").check(CLASSES);
    }
}
