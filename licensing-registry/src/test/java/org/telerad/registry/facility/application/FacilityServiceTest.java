package org.telerad.registry.facility.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

class FacilityServiceTest {

    private final Registry registry = new Registry();

    @Test
    void opens_a_facility_and_derives_its_residency_from_the_jurisdiction() {
        FacilityView munich = registry.facilities.open(Registry.facility("de-munich", "DE-BY", "Europe/Berlin"));

        assertThat(munich.residencyRegion()).isEqualTo("EU");
        assertThat(munich.residencyOverridden()).isFalse();
        assertThat(registry.facilities.get("de-munich").id()).isEqualTo(munich.id());
        assertThat(registry.facilities.get(munich.id()).code()).isEqualTo("de-munich");
    }

    @Test
    void an_explicit_residency_overrides_the_derived_one() {
        FacilityDetails d = Registry.facility("ch-zurich", "CH", "Europe/Zurich");
        FacilityView zurich = registry.facilities.open(new FacilityDetails(d.code(), d.name(), d.jurisdiction(), "EU",
                d.timeZone(), d.identifiers()));
        assertThat(zurich.residencyRegion()).isEqualTo("EU");
        assertThat(zurich.residencyOverridden()).isTrue();
    }

    @Test
    void a_duplicate_code_is_a_conflict() {
        registry.opened("tx-dallas", "US-TX");
        assertThatThrownBy(() -> registry.opened("tx-dallas", "US-TX")).isInstanceOfSatisfying(
                TeleradException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("TELERAD-REGISTRY-030");
                });
    }

    @Test
    void names_bad_code_jurisdiction_zone_and_ae_title() {
        FacilityDetails bad = new FacilityDetails("TX Dallas", "Dallas", "US-XX", null, "America/Nowhere",
                new StudyIdentifiersData(List.of("OK_AE", "AE\\BAD"), List.of(), List.of()));
        assertThatThrownBy(() -> registry.facilities.open(bad)).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("/code",
                        "/jurisdiction", "/timeZone", "/identifiers/aeTitles/1"));
    }

    @Test
    void the_code_never_changes_on_update() {
        FacilityView dallas = registry.opened("tx-dallas", "US-TX");
        assertThatThrownBy(() -> registry.facilities.update(dallas.id(), 0L,
                Registry.facility("tx-houston", "US-TX", "America/Chicago"))).isInstanceOfSatisfying(
                        TeleradException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                                .containsExactly("/code"));
    }

    @Test
    void everyone_reads_facilities_but_only_credentialing_admins_change_them() {
        registry.opened("tx-dallas", "US-TX");
        registry.as(Callers.radiologist("rad-ana"));
        assertThat(registry.facilities.search(FacilitySearch.any(), PageRequest.first(10)).total()).isEqualTo(1);
        assertThatThrownBy(() -> registry.opened("tx-houston", "US-TX")).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
    }

    @Test
    void deactivation_is_versioned() {
        FacilityView dallas = registry.opened("tx-dallas", "US-TX");
        FacilityView inactive = registry.facilities.deactivate("tx-dallas", dallas.version());
        assertThat(inactive.active()).isFalse();
        assertThatThrownBy(() -> registry.facilities.reactivate("tx-dallas", dallas.version()))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.PRECONDITION_FAILED));
    }
}
