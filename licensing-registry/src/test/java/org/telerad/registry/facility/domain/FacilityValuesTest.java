package org.telerad.registry.facility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.shared.problem.TeleradException;

class FacilityValuesTest {

    @Test
    void facility_codes_are_lower_case_slugs() {
        assertThat(FacilityCode.of("tx-dallas").value()).isEqualTo("tx-dallas");
        assertThatThrownBy(() -> FacilityCode.of("TX Dallas")).isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> FacilityCode.of("tx--dallas")).isInstanceOf(TeleradException.class);
    }

    @Test
    void a_bavarian_facility_resides_in_the_eu_and_a_texan_one_in_the_us() {
        assertThat(ResidencyRegion.of(Jurisdiction.of("DE-BY"))).isEqualTo(ResidencyRegion.EU);
        assertThat(ResidencyRegion.of(Jurisdiction.of("US-TX")).code()).isEqualTo("US");
        assertThat(ResidencyRegion.of(Jurisdiction.of("CH")).code()).isEqualTo("CH");
    }

    @Test
    void residency_overrides_are_eu_or_a_country() {
        assertThat(ResidencyRegion.of("eu")).isEqualTo(ResidencyRegion.EU);
        assertThatThrownBy(() -> ResidencyRegion.of("MARS")).isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> ResidencyRegion.of("US-TX")).isInstanceOf(TeleradException.class);
    }

    @Test
    void ae_titles_are_dicom_ae_strings() {
        assertThat(new StudyIdentifiers(Set.of(" DALLAS_CT1 "), Set.of(), Set.of()).aeTitles())
                .containsExactly("DALLAS_CT1");
        assertThatThrownBy(() -> new StudyIdentifiers(Set.of("THIS_AE_TITLE_IS_TOO_LONG"), Set.of(), Set.of()))
                .isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> new StudyIdentifiers(Set.of("BAD\\AE"), Set.of(), Set.of()))
                .isInstanceOf(TeleradException.class);
    }
}
