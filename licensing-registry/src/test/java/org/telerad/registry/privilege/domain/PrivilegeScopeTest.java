package org.telerad.registry.privilege.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.shared.problem.TeleradException;

class PrivilegeScopeTest {

    @Test
    void an_empty_scope_covers_everything() {
        assertThat(PrivilegeScope.all().covers(Modality.of("MG"), Subspecialty.BREAST, ReadType.FINAL)).isTrue();
    }

    @Test
    void a_ct_and_mr_preliminary_scope_refuses_final_reads_and_ultrasound() {
        PrivilegeScope scope = new PrivilegeScope(Set.of(Modality.of("CT"), Modality.of("MR")), Set.of(),
                Set.of(ReadType.PRELIMINARY));
        assertThat(scope.covers(Modality.of("CT"), Subspecialty.NEURO, ReadType.PRELIMINARY)).isTrue();
        assertThat(scope.covers(Modality.of("CT"), Subspecialty.NEURO, ReadType.FINAL)).isFalse();
        assertThat(scope.covers(Modality.of("US"), Subspecialty.NEURO, ReadType.PRELIMINARY)).isFalse();
    }

    @Test
    void unknown_modalities_are_refused_with_code_005() {
        assertThatThrownBy(() -> PrivilegeScope.modality("XYZ")).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.code()).isEqualTo("TELERAD-REGISTRY-005"));
    }
}
