package org.telerad.sla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The SLA monitor's boundaries (STYLE.md 2, 3, 8, 10). */
class SlaArchitectureTest {

    private static final JavaClasses SLA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.telerad.sla");

    @Test
    void the_domain_imports_no_rest_persistence_container_or_hapi_types() {
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.transaction..", "java.sql..", "javax.sql..", "ca.uhn..",
                        "org.hl7..", "com.fasterxml..", "org.telerad.shared.dicom..")
                .check(SLA);
    }

    @Test
    void the_registry_is_used_only_through_its_public_api() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.telerad.registry.domain..",
                "org.telerad.registry.radiologist..", "org.telerad.registry.facility..",
                "org.telerad.registry.license..", "org.telerad.registry.privilege..",
                "org.telerad.registry.eligibility..", "org.telerad.registry.common..", "org.telerad.app..")
                .check(SLA);
    }

    @Test
    void routing_is_used_only_through_its_public_api() {
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.telerad.routing..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.telerad.routing.api"))))
                .check(SLA);
    }

    @Test
    void the_domain_knows_nothing_of_routing() {
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
                .resideInAPackage("org.telerad.routing..").check(SLA);
    }

    @Test
    void jdbc_lives_only_in_persistence_packages() {
        noClasses().that().resideOutsideOfPackage("..persistence..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..").check(SLA);
    }

    @Test
    void no_manager_helper_or_util_names() {
        classes().should().haveSimpleNameNotEndingWith("Manager").andShould().haveSimpleNameNotEndingWith("Helper")
                .andShould().haveSimpleNameNotEndingWith("Util").andShould().haveSimpleNameNotEndingWith("Utils")
                .check(SLA);
    }
}
