package org.telerad.routing.hl7;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The HL7 intake's boundaries: HAPI stays in the MLLP adapter; the domain knows no container or protocol. */
class Hl7ArchitectureTest {

    private static final JavaClasses HL7 = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.telerad.routing.hl7");

    @Test
    void hapi_is_used_only_by_the_mllp_adapter() {
        noClasses().that().resideOutsideOfPackage("org.telerad.routing.hl7.mllp..").should().dependOnClassesThat()
                .resideInAPackage("ca.uhn..").check(HL7);
    }

    @Test
    void the_domain_uses_no_container_persistence_or_hapi() {
        noClasses().that().resideInAPackage("org.telerad.routing.hl7.domain..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "java.sql..", "javax.sql..", "ca.uhn..").check(HL7);
    }

    @Test
    void the_application_layer_does_not_reach_into_adapters() {
        noClasses().that().resideInAPackage("org.telerad.routing.hl7.application..").should().dependOnClassesThat()
                .resideInAnyPackage("org.telerad.routing.hl7.mllp..", "org.telerad.routing.hl7.persistence..")
                .check(HL7);
    }
}
