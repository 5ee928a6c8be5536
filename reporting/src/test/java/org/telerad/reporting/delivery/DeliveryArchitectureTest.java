package org.telerad.reporting.delivery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.telerad.reporting.delivery.channel.domain.ResultChannel;

/** Result delivery's boundaries (STYLE.md 3, 8, 9): HAPI stops at the adapters, JDBC at persistence, JAX-RS at rest. */
class DeliveryArchitectureTest {

    private static final JavaClasses DELIVERY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.telerad.reporting.delivery");

    @Test
    void hapi_types_live_only_in_the_fhir_and_hl7_adapters() {
        noClasses().that().resideOutsideOfPackages("..delivery.fhir..", "..delivery.hl7..").should()
                .dependOnClassesThat().resideInAnyPackage("ca.uhn..", "org.hl7..").check(DELIVERY);
    }

    @Test
    void tink_and_the_secrets_keys_live_only_in_the_secrets_adapter() {
        noClasses().that().resideOutsideOfPackage("..delivery.secrets..").should().dependOnClassesThat()
                .resideInAnyPackage("com.google.crypto.tink..", "..delivery.secrets..").check(DELIVERY);
    }

    @Test
    void jdbc_lives_only_in_persistence_and_jax_rs_only_in_rest() {
        noClasses().that().resideOutsideOfPackage("..persistence..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..").check(DELIVERY);
        noClasses().that().resideOutsideOfPackage("..rest..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..").check(DELIVERY);
    }

    @Test
    void the_outbox_and_channel_administration_know_channels_only_through_their_contract() {
        noClasses().that().resideInAnyPackage("..delivery.outbox..", "..delivery.channel..").should()
                .dependOnClassesThat().resideInAnyPackage("..delivery.fhir..", "..delivery.hl7..").check(DELIVERY);
        noClasses().that().resideInAnyPackage("..delivery..application..", "..delivery..domain..").should()
                .dependOnClassesThat().resideInAnyPackage("..delivery..persistence..", "..delivery..rest..")
                .check(DELIVERY);
    }

    @Test
    void every_channel_implementation_is_a_result_channel_named_by_what_it_delivers() {
        classes().that().resideInAnyPackage("..delivery.fhir..", "..delivery.hl7..").and().areNotInterfaces()
                .and().haveSimpleNameEndingWith("Delivery").should().implement(ResultChannel.class).check(DELIVERY);
    }

    @Test
    void the_report_lifecycle_is_used_only_through_the_reporting_api() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.telerad.reporting.report..",
                "org.telerad.reporting.template..").check(DELIVERY);
    }
}
