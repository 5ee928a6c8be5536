package org.telerad.routing.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Routing's public API stands alone: other modules see only it, so it exposes none of routing's internals. */
class RoutingApiArchitectureTest {

    private static final JavaClasses ROUTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.telerad.routing");

    @Test
    void the_api_depends_on_no_other_routing_package() {
        noClasses().that().resideInAPackage("org.telerad.routing.api..").should().dependOnClassesThat()
                .resideInAnyPackage("org.telerad.routing.task..", "org.telerad.routing.assignment..",
                        "org.telerad.routing.upsrs..", "org.telerad.routing.priors..", "org.telerad.routing.hl7..",
                        "org.telerad.routing.reporting..", "org.telerad.routing.archive..",
                        "org.telerad.routing.enrichment..", "org.telerad.routing.orthanc..",
                        "org.telerad.routing.fhir..")
                .check(ROUTING);
    }

    @Test
    void the_api_speaks_no_protocol_or_persistence() {
        noClasses().that().resideInAPackage("org.telerad.routing.api..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "java.sql..", "ca.uhn..", "org.hl7..",
                        "org.telerad.shared.dicom..")
                .check(ROUTING);
    }
}
