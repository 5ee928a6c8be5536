package org.telerad.routing.viewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

class ViewerArchitectureTest {

    static final JavaClasses VIEWER = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telerad.routing.viewer");

    @Test
    void the_viewer_domain_knows_no_adapter_no_framework_and_no_reading_task_internals() {
        noClasses().that().resideInAPackage("..viewer.domain..").should().dependOnClassesThat()
                .resideInAnyPackage("..viewer.application..", "..viewer.persistence..", "..viewer.rest..",
                        "org.telerad.routing.task..", "jakarta.ws.rs..", "jakarta.persistence..")
                .check(VIEWER);
    }

    @Test
    void only_the_rest_package_speaks_jax_rs() {
        noClasses().that().resideOutsideOfPackage("..viewer.rest..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..").check(VIEWER);
    }
}
