package org.telerad.routing.assignment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries of routing's assignment feature (STYLE.md 2, 3, 10). */
class AssignmentArchitectureTest {

    private static final JavaClasses ASSIGNMENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telerad.routing.assignment");

    @Test
    void the_domain_imports_no_rest_persistence_cdi_or_hapi_types() {
        noClasses().that().resideInAPackage("org.telerad.routing.assignment.domain..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "jakarta.enterprise..",
                        "jakarta.transaction..", "java.sql..", "javax.sql..", "com.fasterxml..", "ca.uhn..", "org.hl7..")
                .check(ASSIGNMENT);
    }

    @Test
    void the_registry_is_used_only_through_its_public_api() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.telerad.registry.eligibility..",
                "org.telerad.registry.radiologist..", "org.telerad.registry.facility..",
                "org.telerad.registry.license..", "org.telerad.registry.privilege..", "org.telerad.registry.common..")
                .check(ASSIGNMENT);
    }

    @Test
    void jax_rs_lives_only_in_rest_and_jdbc_only_in_persistence() {
        noClasses().that().resideOutsideOfPackage("..rest..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..").check(ASSIGNMENT);
        noClasses().that().resideOutsideOfPackage("..persistence..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..").check(ASSIGNMENT);
    }

    @Test
    void application_services_do_not_reach_into_rest_or_persistence() {
        noClasses().that().resideInAPackage("..assignment.application..").should().dependOnClassesThat()
                .resideInAnyPackage("..assignment.rest..", "..assignment.persistence..").check(ASSIGNMENT);
    }

    @Test
    void no_manager_helper_or_util_names() {
        classes().should().haveSimpleNameNotEndingWith("Manager").andShould().haveSimpleNameNotEndingWith("Helper")
                .andShould().haveSimpleNameNotEndingWith("Util").andShould().haveSimpleNameNotEndingWith("Utils")
                .check(ASSIGNMENT);
    }
}
