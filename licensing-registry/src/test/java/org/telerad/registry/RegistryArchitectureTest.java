package org.telerad.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The licensing registry's boundaries (STYLE.md 2, 3, 10). */
class RegistryArchitectureTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.telerad.registry");

    @Test
    void domain_code_imports_no_rest_persistence_or_hapi_types() {
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "ca.uhn..", "org.hl7..",
                        "jakarta.enterprise..", "jakarta.transaction..")
                .check(REGISTRY);
    }

    @Test
    void the_public_api_depends_on_no_feature_package() {
        noClasses().that().resideInAPackage("org.telerad.registry.api..").should().dependOnClassesThat()
                .resideInAnyPackage("..domain..", "..application..", "..rest..", "..persistence..", "..fhir..")
                .check(REGISTRY);
    }

    @Test
    void jpa_lives_only_in_persistence_packages() {
        noClasses().that().resideOutsideOfPackage("..persistence..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..").check(REGISTRY);
    }

    @Test
    void jax_rs_lives_only_in_rest_packages_and_the_fhir_adapter() {
        noClasses().that().resideOutsideOfPackages("..rest..", "..fhir..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..").check(REGISTRY);
    }

    @Test
    void hapi_lives_only_in_the_fhir_adapter() {
        noClasses().that().resideOutsideOfPackage("org.telerad.registry.fhir..").should().dependOnClassesThat()
                .resideInAnyPackage("ca.uhn..", "org.hl7.fhir..").check(REGISTRY);
    }

    @Test
    void application_services_do_not_reach_into_rest_or_persistence() {
        noClasses().that().resideInAPackage("..application..").should().dependOnClassesThat()
                .resideInAnyPackage("..rest..", "..persistence..").check(REGISTRY);
    }

    @Test
    void no_manager_helper_or_util_names() {
        classes().should().haveSimpleNameNotEndingWith("Manager").andShould().haveSimpleNameNotEndingWith("Helper")
                .andShould().haveSimpleNameNotEndingWith("Util").andShould().haveSimpleNameNotEndingWith("Utils")
                .check(REGISTRY);
    }
}
