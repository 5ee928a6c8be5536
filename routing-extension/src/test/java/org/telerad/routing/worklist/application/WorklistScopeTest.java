package org.telerad.routing.worklist.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;

class WorklistScopeTest {

    static Caller caller(String username, Set<String> roles, Set<String> facilities) {
        return new Caller(username, roles, facilities, null);
    }

    @Test
    void a_radiologist_sees_the_tasks_assigned_to_or_claimed_by_them() {
        WorklistScope scope = WorklistScope.of(caller("rad-tx", Set.of("radiologist"), Set.of()));
        assertThat(scope.includes("tx-dallas", "rad-tx", null)).isTrue();
        assertThat(scope.includes("tx-dallas", null, "rad-tx")).isTrue();
        assertThat(scope.includes("tx-dallas", "rad-ca", null)).isFalse();
    }

    @Test
    void a_facility_admin_sees_the_tasks_of_their_facilities_only() {
        WorklistScope scope = WorklistScope.of(caller("fa", Set.of("facility-admin"), Set.of("tx-dallas")));
        assertThat(scope.includes("tx-dallas", "rad-ca", null)).isTrue();
        assertThat(scope.includes("ca-sacramento", null, null)).isFalse();
        assertThat(scope.includes(null, null, null)).isFalse();
    }

    @Test
    void auditors_see_everything_and_callers_without_a_reading_role_nothing() {
        assertThat(WorklistScope.of(caller("a", Set.of("auditor"), Set.of())).includes(null, null, null)).isTrue();
        assertThatThrownBy(() -> WorklistScope.of(caller("x", Set.of("facility-admin"), Set.of())))
                .isInstanceOf(TeleradException.class);
    }
}
