package org.telerad.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reporting module's boundaries (STYLE.md 2, 3, 8, 10). */
class ReportingArchitectureTest {

    private static final JavaClasses REPORTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.telerad.reporting");

    @Test
    void the_domain_imports_no_rest_persistence_container_or_hapi_types() {
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.transaction..", "java.sql..", "javax.sql..", "ca.uhn..",
                        "org.hl7..", "com.fasterxml..", "org.telerad.shared.dicom..")
                .check(REPORTING);
    }

    @Test
    void other_modules_are_used_only_through_their_public_api() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.telerad.registry.domain..",
                "org.telerad.registry.radiologist..", "org.telerad.registry.facility..",
                "org.telerad.registry.license..", "org.telerad.registry.privilege..",
                "org.telerad.registry.eligibility..", "org.telerad.registry.common..", "org.telerad.registry.fhir..",
                "org.telerad.routing.task..", "org.telerad.routing.assignment..", "org.telerad.routing.upsrs..",
                "org.telerad.routing.priors..", "org.telerad.routing.reporting..", "org.telerad.sla.clock..",
                "org.telerad.sla.contract..", "org.telerad.sla.timer..", "org.telerad.sla.escalation..",
                "org.telerad.app..").check(REPORTING);
    }

    @Test
    void the_report_lifecycle_knows_nothing_of_result_delivery() {
        noClasses().that().resideInAnyPackage("org.telerad.reporting.report..", "org.telerad.reporting.template..",
                "org.telerad.reporting.api..").should().dependOnClassesThat()
                .resideInAPackage("org.telerad.reporting.delivery..").check(REPORTING);
    }

    @Test
    void the_api_depends_on_nothing_else_of_reporting() {
        noClasses().that().resideInAPackage("org.telerad.reporting.api..").should().dependOnClassesThat()
                .resideInAnyPackage("org.telerad.reporting.report..", "org.telerad.reporting.template..",
                        "org.telerad.reporting.delivery..").check(REPORTING);
    }

    @Test
    void jax_rs_lives_only_in_rest_packages_and_hapi_only_in_fhir_adapters() {
        noClasses().that().resideInAnyPackage("org.telerad.reporting.report..", "org.telerad.reporting.template..")
                .and().resideOutsideOfPackage("..rest..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..").check(REPORTING);
        noClasses().that().resideInAnyPackage("org.telerad.reporting.report..", "org.telerad.reporting.template..")
                .and().resideOutsideOfPackage("..fhir..").should().dependOnClassesThat()
                .resideInAnyPackage("ca.uhn..", "org.hl7..").check(REPORTING);
    }

    @Test
    void the_shared_fhir_mapping_knows_only_the_reporting_api() {
        noClasses().that().resideInAPackage("org.telerad.reporting.fhir..").should().dependOnClassesThat()
                .resideInAnyPackage("org.telerad.reporting.report..", "org.telerad.reporting.template..",
                        "org.telerad.reporting.delivery..", "org.telerad.reporting.rest..", "jakarta..", "java.sql..")
                .check(REPORTING);
    }

    @Test
    void jdbc_lives_only_in_persistence_packages() {
        noClasses().that().resideInAnyPackage("org.telerad.reporting.report..", "org.telerad.reporting.template..")
                .and().resideOutsideOfPackage("..persistence..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..").check(REPORTING);
    }

    @Test
    void application_services_depend_on_no_adapter() {
        noClasses().that().resideInAnyPackage("org.telerad.reporting.report.application..",
                "org.telerad.reporting.template.application..").should().dependOnClassesThat()
                .resideInAnyPackage("org.telerad.reporting..rest..", "org.telerad.reporting..persistence..",
                        "org.telerad.reporting..fhir..").check(REPORTING);
    }

    @Test
    void no_manager_helper_or_util_names() {
        classes().should().haveSimpleNameNotEndingWith("Manager").andShould().haveSimpleNameNotEndingWith("Helper")
                .andShould().haveSimpleNameNotEndingWith("Util").andShould().haveSimpleNameNotEndingWith("Utils")
                .check(REPORTING);
    }
}
