package org.telerad.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The routing module's boundaries (STYLE.md 2, 3, 8, 10), for the whole module. */
class RoutingArchitectureTest {

    private static final JavaClasses ROUTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.telerad.routing");

    @Test
    void the_registry_is_used_only_through_its_public_api() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.telerad.registry.domain..",
                "org.telerad.registry.radiologist..", "org.telerad.registry.facility..",
                "org.telerad.registry.license..", "org.telerad.registry.privilege..",
                "org.telerad.registry.eligibility..", "org.telerad.registry.common..", "org.telerad.app..")
                .check(ROUTING);
    }

    @Test
    void domain_code_speaks_no_protocol_persistence_container_or_dicom() {
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "jakarta.enterprise..",
                        "jakarta.transaction..", "ca.uhn..", "org.hl7..", "org.telerad.shared.dicom..", "java.sql..")
                .check(ROUTING);
    }

    @Test
    void jax_rs_lives_only_in_rest_packages() {
        noClasses().that().resideOutsideOfPackage("..rest..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..").check(ROUTING);
    }

    @Test
    void jdbc_and_jpa_live_only_in_persistence_packages_and_the_archive_store() {
        noClasses().that().resideOutsideOfPackages("..persistence..", "org.telerad.routing.archive..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..")
                .check(ROUTING);
    }

    @Test
    void the_dicom_model_stops_at_the_ups_rs_adapter() {
        noClasses().that().resideOutsideOfPackage("org.telerad.routing.upsrs..").should().dependOnClassesThat()
                .resideInAPackage("org.telerad.shared.dicom..").check(ROUTING);
    }

    @Test
    void reading_tasks_know_nothing_of_their_adapters_or_of_routing_policy() {
        noClasses().that().resideInAPackage("org.telerad.routing.task..").should().dependOnClassesThat()
                .resideInAnyPackage("org.telerad.routing.upsrs..", "org.telerad.routing.assignment..")
                .check(ROUTING);
        noClasses().that().resideInAPackage("..application..").should().dependOnClassesThat()
                .resideInAnyPackage("..rest..", "..persistence..").check(ROUTING);
    }

    @Test
    void no_manager_helper_or_util_names() {
        classes().should().haveSimpleNameNotEndingWith("Manager").andShould().haveSimpleNameNotEndingWith("Helper")
                .andShould().haveSimpleNameNotEndingWith("Util").andShould().haveSimpleNameNotEndingWith("Utils")
                .check(ROUTING);
    }
}
