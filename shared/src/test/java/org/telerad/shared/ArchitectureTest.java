package org.telerad.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared kernel's boundaries. */
@AnalyzeClasses(packages = "org.telerad.shared", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_shared_kernel_depends_on_no_module = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.telerad.registry..", "org.telerad.routing..",
                    "org.telerad.sla..", "org.telerad.reporting..", "org.telerad.app..");

    @ArchTest
    static final ArchRule the_contracts_speak_no_protocol_and_no_persistence_api = noClasses()
            .that().resideInAnyPackage("org.telerad.shared.problem", "org.telerad.shared.audit",
                    "org.telerad.shared.security")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "ca.uhn..");

    @ArchTest
    static final ArchRule the_command_line_verification_needs_only_the_jdk_and_this_jar = classes()
            .that().resideInAPackage("org.telerad.shared.audit.verification")
            .or().haveFullyQualifiedName("org.telerad.shared.audit.persistence.AuditEntryTable")
            .or().haveFullyQualifiedName("org.telerad.shared.audit.persistence.CheckpointPolicy")
            .or().haveFullyQualifiedName("org.telerad.shared.audit.AuditEntry")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "javax.sql..",
                    "org.telerad.shared.audit..", "org.telerad.shared.security");

    @ArchTest
    static final ArchRule jax_rs_types_stay_at_the_rest_edge = noClasses()
            .that().resideOutsideOfPackages("..rest..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule no_manager_helper_or_util_names = noClasses()
            .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils");
}
