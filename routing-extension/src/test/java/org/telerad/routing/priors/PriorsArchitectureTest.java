package org.telerad.routing.priors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

class PriorsArchitectureTest {

    static final JavaClasses PRIORS = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telerad.routing.priors");

    @Test
    void the_priors_domain_knows_no_adapter_and_no_reading_task_internals() {
        noClasses().that().resideInAPackage("..priors.domain..").should().dependOnClassesThat()
                .resideInAnyPackage("..priors.http..", "..priors.persistence..", "..priors.application..",
                        "org.telerad.routing.task..", "java.net.http..", "com.fasterxml..")
                .check(PRIORS);
    }

    @Test
    void only_the_http_adapters_speak_http() {
        noClasses().that().resideOutsideOfPackage("..priors.http..").should().dependOnClassesThat()
                .resideInAPackage("java.net.http..").check(PRIORS);
    }
}
