package org.telerad.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CurrentCallerTest {

    final CurrentCaller current = new CurrentCaller();

    @Test
    void work_run_as_a_system_caller_is_attributed_to_it_and_the_thread_forgets_it_afterwards() {
        Caller seeding = Caller.system("demo-seeding");

        Caller inside = CurrentCaller.callAs(seeding, current::get);

        assertThat(inside).isEqualTo(seeding);
        assertThat(inside.username()).isEqualTo("telerad:demo-seeding");
        assertThat(CurrentCaller.callAs(Caller.system("outer"),
                () -> CurrentCaller.callAs(seeding, current::get).username() + "/" + current.get().username()))
                .isEqualTo("telerad:demo-seeding/telerad:outer");
    }

    @Test
    void a_caller_is_a_facility_admin_of_exactly_the_facilities_in_its_claim() {
        Caller admin = new Caller("facility-admin-tx", Set.of(Roles.FACILITY_ADMIN), Set.of("tx-dallas"), "::1");

        assertThat(admin.managesFacility("tx-dallas")).isTrue();
        assertThat(admin.managesFacility("tx-houston")).isFalse();
        assertThat(admin.hasAnyRole(Roles.AUDITOR, Roles.FACILITY_ADMIN)).isTrue();
    }
}
