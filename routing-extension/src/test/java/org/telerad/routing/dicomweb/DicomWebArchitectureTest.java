package org.telerad.routing.dicomweb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

class DicomWebArchitectureTest {

    static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telerad.routing.dicomweb");

    @Test
    void the_gateway_domain_knows_no_adapter_no_servlet_and_no_http_client() {
        noClasses().that().resideInAPackage("..dicomweb.domain..").should().dependOnClassesThat()
                .resideInAnyPackage("..dicomweb.application..", "..dicomweb.persistence..", "..dicomweb.http..",
                        "org.telerad.routing.task..", "jakarta.servlet..", "java.net.http..", "com.fasterxml..")
                .check(GATEWAY);
    }

    @Test
    void only_the_http_package_speaks_servlet_and_http() {
        noClasses().that().resideOutsideOfPackage("..dicomweb.http..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "java.net.http..", "jakarta.ws.rs..").check(GATEWAY);
    }
}
